/**
 * Which index rows a search shows first, and in what order.
 *
 * The rules, in this order:
 *  1. rows whose title holds every query word as a whole word ("Kita" in "Kita-Anmeldung online");
 *  2. rows whose title holds a query word, also as the start of a word as one types ("Bürg" in "Bürgerportal");
 *  3. rows that hold the words only in their other text.
 * Every row holds every query word somewhere. Inside each group FTS5's bm25
 * orders them, the title weighing 5 times the body.
 *
 * Why not one `ORDER BY rank` over every match: bm25 costs about 1 µs per
 * matching row, and at 100,000 rows a common word ("Bürger", "EfA") matches
 * 10,000–16,000 of them: ranking them all took 15–25 ms of the 20 ms budget,
 * to show 20. So each step ranks at most RANKED_AT_MOST matches, the first in
 * index order: the workspace's own records first, then the imported library
 * (searchRowid numbers them so), each in a fixed hash order. Below that size
 * (rare words, most queries of two words) the order is exactly the rules
 * above. Above it, a whole-word title hit still comes first (step 1 is cheap:
 * no prefix expansion), and title hits still come before body hits: when the
 * ranked part of all matches holds too few title hits, the title hits are
 * ranked on their own before it.
 */
import type Database from 'better-sqlite3';
import { statement } from '../statements.ts';

/** Matches ranked per group at most: about 2 ms of bm25. */
export const RANKED_AT_MOST = 2000;

/** The best `n` of a group's first RANKED_AT_MOST matches. */
const RANK_GROUP = `SELECT rowid FROM (
    SELECT rowid, bm25(search_index, 0, 0, 5, 1) AS score FROM search_index WHERE search_index MATCH ? LIMIT ${RANKED_AT_MOST}
  ) ORDER BY score LIMIT ?`;

/** The same over all matches, title hits first; `seen` and `titled` count the ranked sample (for the decision below). */
const RANK_ALL = `SELECT rowid, count(*) OVER () AS seen, sum(in_title) OVER () AS titled FROM (
    SELECT rowid, bm25(search_index, 0, 0, 5, 1) AS score, bm25(search_index, 0, 0, 1, 0) < 0 AS in_title
    FROM search_index WHERE search_index MATCH ? LIMIT ${RANKED_AT_MOST}
  ) ORDER BY in_title DESC, score LIMIT ?`;

interface AllRow { rowid: bigint; seen: bigint; titled: bigint }

/** Folded words as FTS5 phrases (quoted: no syntax gets through), whole words or prefixes. */
const phrases = (words: string[], prefix: boolean, joiner = ' ') => words.map((w) => `"${w}"${prefix ? '*' : ''}`).join(joiner);

/** The MATCH of each step: every word in the title as a whole word; every word anywhere; every word anywhere and one in the title. */
const MATCH = {
  wholeInTitle: (words: string[]) => `{title} : (${phrases(words, false)})`,
  anywhere: (words: string[]) => phrases(words, true),
  inTitle: (words: string[]) => (words.length === 1 ? `{title} : (${phrases(words, true)})` : `(${phrases(words, true)}) AND {title} : (${phrases(words, true, ' OR ')})`),
};

/**
 * The rowids of the best `want` index rows for the (folded, non-empty) words,
 * best first. Fewer than `want`: there are no more to rank.
 */
export function rankedRowids(raw: Database.Database, words: string[], want: number): bigint[] {
  // Rowids use up to 63 bits: read them as BigInt, a JS number would round them.
  const group = statement(raw, RANK_GROUP).pluck().safeIntegers(true);
  const best = new Set<bigint>();
  const add = (rowids: bigint[]) => rowids.forEach((r) => best.add(r));

  add(group.all(MATCH.wholeInTitle(words), want) as bigint[]);
  if (best.size >= want) return [...best].slice(0, want);

  // Later groups may repeat rows already taken: ask for that many more.
  const all = statement(raw, RANK_ALL).safeIntegers(true).all(MATCH.anywhere(words), want + best.size) as AllRow[];
  const sampled = all.length > 0 && Number(all[0]!.seen) >= RANKED_AT_MOST;
  // A sample of very many matches may hold too few of the title hits: rank those on their own, before the body hits.
  if (sampled && Number(all[0]!.titled) < want) add(group.all(MATCH.inTitle(words), want + best.size) as bigint[]);
  add(all.map((r) => r.rowid));
  return [...best].slice(0, want);
}
