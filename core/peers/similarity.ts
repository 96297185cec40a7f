/**
 * "Who has the same idea?" as pure functions: TF-IDF cosine similarity over
 * title, summary and description (folded, stemmed, compound parts), plus boosts
 * for the same OZG service, the same field of action and shared tags. Every hit
 * says why it matched. A Corpus is built once per set of documents (an inverted
 * index in typed arrays) so matching one idea against 20,000 peer projects
 * only walks the postings of the idea's own words.
 * Pure: no database, no Core.
 */
import { foldGerman } from '../fold.ts';
import { forEachFeature } from './text.ts';

export interface MatchDoc {
  title: string;
  summary?: string | null;
  description?: string | null;
  ozgIds: readonly string[];
  fieldId: string | null;
  tags: readonly string[];
}

export interface SimilarityHit {
  /** Index of the document in the corpus. */
  index: number;
  score: number;
  /** Words of the query that the document shares, most telling first. */
  words: string[];
  ozgIds: string[];
  sameField: boolean;
  tags: string[];
}

/** Title words say more about a project than words deep in its description. */
const SECTION_WEIGHT = { title: 2, summary: 1.5, description: 1 } as const;
export const BOOST = { ozg: 0.25, field: 0.1, tag: 0.05, maxTags: 3 } as const;
/** Below this text similarity a document is no hit unless it shares an OZG service. */
const MIN_TEXT = 0.08;
const MIN_SCORE = 0.12;
const MAX_WORDS = 5;
const COMMON_FROM = 1000;
const COMMON_SHARE = 0.1;

interface Vector {
  terms: Map<string, { w: number; surface: string }>;
}

const SECTIONS = ['title', 'summary', 'description'] as const;

/** Weighted term frequencies of one document, before IDF, with the first way each term was written. */
function termCounts(doc: MatchDoc): Map<string, { tf: number; surface: string }> {
  const counts = new Map<string, { tf: number; surface: string }>();
  for (const section of SECTIONS) {
    forEachFeature(doc[section], (term, surface, weight) => {
      const c = counts.get(term);
      const add = weight * SECTION_WEIGHT[section];
      if (c) c.tf += add;
      else counts.set(term, { tf: add, surface });
    });
  }
  return counts;
}

/** The same without surfaces, compact: what the index keeps while it is built. */
function termFrequencies(doc: MatchDoc): { terms: string[]; tf: Float32Array } {
  const counts = new Map<string, number>();
  for (const section of SECTIONS) {
    forEachFeature(doc[section], (term, _surface, weight) => counts.set(term, (counts.get(term) ?? 0) + weight * SECTION_WEIGHT[section]));
  }
  return { terms: [...counts.keys()], tf: Float32Array.from(counts.values()) };
}

const foldTag = (tag: string) => foldGerman(tag.trim());

export class Corpus {
  readonly size: number;
  private readonly idf = new Map<string, number>();
  private readonly postings = new Map<string, { docs: Int32Array; weights: Float32Array }>();
  private readonly byOzg = new Map<string, number[]>();
  private readonly byTag = new Map<string, number[]>();

  constructor(private readonly docs: readonly MatchDoc[]) {
    this.size = docs.length;
    const freqs = docs.map(termFrequencies);
    const df = new Map<string, number>();
    for (const f of freqs) for (const term of f.terms) df.set(term, (df.get(term) ?? 0) + 1);
    for (const [term, n] of df) this.idf.set(term, Math.log(1 + this.size / n));
    // Postings are filled in two passes so each list is one typed array.
    const lists = new Map<string, { docs: Int32Array; weights: Float32Array; n: number }>();
    for (const [term, n] of df) lists.set(term, { docs: new Int32Array(n), weights: new Float32Array(n), n: 0 });
    freqs.forEach((f, i) => {
      const w = new Float32Array(f.terms.length);
      let sum = 0;
      f.terms.forEach((term, k) => {
        w[k] = Math.log(1 + f.tf[k]!) * this.idf.get(term)!;
        sum += w[k]! * w[k]!;
      });
      const norm = Math.sqrt(sum) || 1;
      f.terms.forEach((term, k) => {
        const l = lists.get(term)!;
        l.docs[l.n] = i;
        l.weights[l.n] = w[k]! / norm;
        l.n += 1;
      });
      for (const o of docs[i]!.ozgIds) push(this.byOzg, o, i);
      for (const t of new Set(docs[i]!.tags.map(foldTag))) if (t) push(this.byTag, t, i);
    });
    for (const [term, l] of lists) this.postings.set(term, { docs: l.docs, weights: l.weights });
  }

  /** TF-IDF weights scaled to unit length; words the corpus never saw weigh as if seen once. */
  private normalise(counts: Map<string, { tf: number; surface: string }>): Map<string, { w: number; surface: string }> {
    const out = new Map<string, { w: number; surface: string }>();
    let sum = 0;
    for (const [term, c] of counts) {
      const w = Math.log(1 + c.tf) * (this.idf.get(term) ?? Math.log(1 + this.size));
      out.set(term, { w, surface: c.surface });
      sum += w * w;
    }
    const norm = Math.sqrt(sum) || 1;
    for (const v of out.values()) v.w /= norm;
    return out;
  }

  private vector(doc: MatchDoc): Vector {
    return { terms: this.normalise(termCounts(doc)) };
  }

  /** The documents most like `query`, best first; `skip` leaves out documents (the query itself). */
  match(query: MatchDoc, limit: number, skip?: (index: number) => boolean): SimilarityHit[] {
    const q = this.vector(query);
    // One accumulator per document and a list of the touched ones: no Set, no per-hit objects while scoring.
    const text = new Float32Array(this.size);
    const seen = new Uint8Array(this.size);
    const touched: number[] = [];
    for (const [term, { w }] of q.terms) {
      const p = this.postings.get(term);
      if (!p) continue;
      // In a big library, a word in more than a tenth of all projects says little and costs the most: skip its list.
      if (this.size >= COMMON_FROM && p.docs.length > this.size * COMMON_SHARE) continue;
      const { docs, weights } = p;
      for (let k = 0; k < docs.length; k++) {
        const d = docs[k]!;
        text[d]! += w * weights[k]!;
        if (!seen[d]) { seen[d] = 1; touched.push(d); }
      }
    }
    const ozgShared = new Map<number, string[]>();
    for (const o of new Set(query.ozgIds)) {
      for (const d of this.byOzg.get(o) ?? []) {
        push(ozgShared, d, o);
        if (!seen[d]) { seen[d] = 1; touched.push(d); }
      }
    }
    const tagShared = new Map<number, string[]>();
    for (const t of new Set(query.tags.map(foldTag))) for (const d of this.byTag.get(t) ?? []) push(tagShared, d, t);

    const scored: { index: number; score: number }[] = [];
    for (const d of touched) {
      const ozg = ozgShared.get(d);
      if (text[d]! < MIN_TEXT && !ozg) continue;
      if (skip?.(d)) continue;
      const score = text[d]!
        + (ozg ? BOOST.ozg : 0)
        + (query.fieldId && this.docs[d]!.fieldId === query.fieldId ? BOOST.field : 0)
        + BOOST.tag * Math.min(tagShared.get(d)?.length ?? 0, BOOST.maxTags);
      if (score >= MIN_SCORE) scored.push({ index: d, score });
    }
    scored.sort((a, b) => b.score - a.score || a.index - b.index);
    const queryTags = new Map(query.tags.map((t) => [foldTag(t), t.trim()]));
    return scored.slice(0, limit).map(({ index, score }) => {
      const doc = this.docs[index]!;
      return {
        index,
        score: Math.round(score * 1000) / 1000,
        words: this.sharedWords(q, doc),
        ozgIds: ozgShared.get(index) ?? [],
        sameField: !!query.fieldId && doc.fieldId === query.fieldId,
        tags: (tagShared.get(index) ?? []).map((t) => queryTags.get(t) ?? t),
      };
    });
  }

  /** The query's words that carry the similarity with `doc`, as the query wrote them. */
  private sharedWords(q: Vector, doc: MatchDoc): string[] {
    const d = this.vector(doc);
    const parts: { surface: string; c: number }[] = [];
    for (const [term, { w, surface }] of q.terms) {
      const other = d.terms.get(term);
      if (other) parts.push({ surface, c: w * other.w });
    }
    parts.sort((a, b) => b.c - a.c);
    const seen = new Set<string>();
    const words: string[] = [];
    for (const p of parts) {
      const key = foldGerman(p.surface);
      if (seen.has(key)) continue;
      seen.add(key);
      words.push(p.surface);
      if (words.length === MAX_WORDS) break;
    }
    return words;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
