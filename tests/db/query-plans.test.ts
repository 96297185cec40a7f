/**
 * Query plans of the hot reads at a large Kreis's scale: the measures list
 * (sorted, filtered, text filter, steering filters) and the global search.
 * The statements are the ones the core really runs (recorded while the API
 * answers), explained with EXPLAIN QUERY PLAN: each must reach its rows
 * through an index, not by scanning the 10,000-row measures table. Timing is
 * the benchmark's business (`npm run bench`); a plan is what keeps it.
 */
import type Database from 'better-sqlite3';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

interface Ran {
  sql: string;
  params: unknown[];
}

let h: Harness;
let ran: Ran[];
let explain: (r: Ran) => string[];
let fieldId: string;

/** Records every statement the core prepares from now on, with the parameters it runs with. */
function recordStatements(raw: Database.Database): Ran[] {
  const seen: Ran[] = [];
  const prepare = raw.prepare.bind(raw);
  explain = (r) => (prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.params) as { detail: string }[]).map((p) => p.detail);
  raw.prepare = ((sql: string) => {
    const stmt = prepare(sql);
    for (const method of ['all', 'get'] as const) {
      const run = stmt[method].bind(stmt) as (...p: unknown[]) => unknown;
      Object.assign(stmt, { [method]: (...params: unknown[]) => (seen.push({ sql, params }), run(...params)) });
    }
    return stmt;
  }) as typeof raw.prepare;
  return seen;
}

beforeAll(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770' }));
  fieldId = value(await h.api.listFields({}))[0]!.id;
  for (const [title, phase] of [['Bürgerportal', 'implementation'], ['Kita-Platzvergabe online', 'concept'], ['Glasfaser Gewerbegebiet', 'idea']] as const) {
    value(await h.api.saveMeasure({ title, phase, fieldId }));
  }
  // A fresh recorder per query below; the statement cache of the core must not hide prepares made before.
  ran = recordStatements(h.core.raw());
});
afterAll(() => h.cleanup());

/** The plans of every statement one API call ran, as `SQL ⇒ plan lines`. */
async function plansOf(method: 'listMeasures' | 'search', input: Record<string, unknown>): Promise<{ sql: string; plan: string[] }[]> {
  ran.length = 0;
  const r = await h.dispatcher.call(method, input);
  expect(r.ok).toBe(true);
  const distinct = [...new Map(ran.map((x) => [x.sql, x])).values()];
  expect(distinct.length).toBeGreaterThan(0);
  return distinct.map((x) => ({ sql: x.sql, plan: explain(x) }));
}

/** A bare `SCAN m` reads every measure row; `SCAN m USING INDEX` walks an index in order and stops at the page's end. */
const scansMeasures = (plan: string[]) => plan.some((line) => /^SCAN m$/.test(line) || /^SCAN measures$/.test(line));

describe('the measures list reaches its rows through indexes', () => {
  it.each([
    ['sorted by last change (the default)', { sort: 'updatedAt', dir: 'desc', limit: 200 }, 'measures_updated_idx'],
    ['sorted by title', { sort: 'title', dir: 'asc', limit: 200 }, 'measures_title_idx'],
    ['sorted by title, descending', { sort: 'title', dir: 'desc', limit: 200 }, 'measures_title_idx'],
    ['filtered by phase (the board, once per phase)', { phase: 'concept', sort: 'priority', dir: 'asc', limit: 200 }, 'measures_phase_idx'],
    ['filtered by field of action', { fieldId: '(set below)', sort: 'title', limit: 200 }, 'measures_field_idx'],
  ])('%s', async (_name, input, index) => {
    const plans = await plansOf('listMeasures', 'fieldId' in input ? { ...input, fieldId } : input);
    const page = plans.find((p) => p.sql.includes('LIMIT'))!;
    expect(page.plan.join('\n')).toContain(index);
    expect(scansMeasures(page.plan)).toBe(false);
    // The total the table shows: a filter's count uses the same index; without a filter it counts a covering index.
    const count = plans.find((p) => p.sql.includes('count(*)'))!;
    expect(scansMeasures(count.plan)).toBe(false);
  });

  it('filtered by text: the full-text index finds the ids, each measure is read by its key', async () => {
    const plans = await plansOf('listMeasures', { query: 'Bürger', sort: 'title', limit: 200 });
    for (const { plan } of plans) {
      expect(plan.join('\n')).toMatch(/VIRTUAL TABLE INDEX \d+:M/);
      expect(plan.join('\n')).toMatch(/SEARCH m USING (COVERING )?(INDEX sqlite_autoindex_measures_1|PRIMARY KEY) \(id=\?\)/);
      expect(scansMeasures(plan)).toBe(false);
    }
  });

  it('sorted by the ranking: every score comes from a covering index, without reading the scores table', async () => {
    const plans = await plansOf('listMeasures', { sort: 'score', dir: 'desc', limit: 200 });
    const scores = plans.find((p) => p.sql.includes('FROM measure_scores s JOIN scoring_criteria'))!;
    expect(scores.plan.join('\n')).toContain('USING COVERING INDEX measure_scores_ranking_idx');
  });

  it('sorted by the ranking after a save: only the measure written is read again, by its key', async () => {
    await plansOf('listMeasures', { sort: 'score', dir: 'desc', limit: 200 });
    const [first] = value(await h.api.listMeasures({ sort: 'title', limit: 1 })).rows;
    value(await h.api.saveMeasure({ ...first!, title: `${first!.title} (neu)` }));
    const again = (await plansOf('listMeasures', { sort: 'rank', dir: 'asc', limit: 200 })).find((p) => p.sql.includes('json_each(@ids)'))!;
    const text = again.plan.join('\n');
    expect(text).toMatch(/SEARCH s USING COVERING INDEX measure_scores_ranking_idx \(measure_id=\?\)/);
    expect(text).toMatch(/SEARCH m USING INDEX sqlite_autoindex_measures_1 \(id=\?\)/);
    expect(again.plan.some((line) => /^SCAN (s|m)\b/.test(line))).toBe(false);
  });

  it.each([
    ['light of the latest status report', { light: 'red', sort: 'title', limit: 200 }, /SEARCH s USING INDEX status_reports_measure_idx/],
    ['without a status report', { light: 'none', sort: 'title', limit: 200 }, /SEARCH s USING (COVERING )?INDEX status_reports_measure_idx/],
    ['funded', { funding: 'funded', sort: 'title', limit: 200 }, /SEARCH fi USING INDEX financing_items_measure_idx[\s\S]*SEARCH fa USING INDEX funding_applications_measure_idx/],
  ])('steering filter %s: one index lookup per measure, no scan of the child table', async (_name, input, lookup) => {
    for (const { plan } of await plansOf('listMeasures', input)) {
      expect(plan.join('\n')).toMatch(lookup);
      expect(plan.some((line) => /^SCAN (s|fi|fa)\b/.test(line))).toBe(false);
    }
  });
});

describe('the global search', () => {
  it('ranks inside the full-text index, at most a fixed number of matches, and reads records only for the top hits, each by its key', async () => {
    const plans = await plansOf('search', { query: 'Bürgerportal', limit: 20 });
    const ranking = plans.filter((p) => p.sql.includes('MATCH'));
    expect(ranking.length).toBeGreaterThan(0);
    for (const { sql, plan } of ranking) {
      // bm25 runs in a subquery with its own LIMIT (core/search/rank.ts): a common word's tens of thousands of matches are not all ranked.
      expect(sql.replace(/\s+/g, ' ')).toMatch(/\(\s?SELECT rowid, bm25\(search_index, [^)]+\) AS score.*?FROM search_index WHERE search_index MATCH \? LIMIT \d+ \) ORDER BY [\w ,]+ LIMIT \?/);
      expect(plan.join('\n')).toMatch(/SCAN search_index VIRTUAL TABLE INDEX \d+:M/);
    }
    // The records: the ranked rowids drive the join, each index row is read by its rowid (FTS5 plan "="), each record by its key.
    const records = plans.find((p) => p.sql.includes('json_each'))!;
    const text = records.plan.join('\n');
    expect(text).toMatch(/SCAN j VIRTUAL TABLE[\s\S]*SCAN s VIRTUAL TABLE INDEX \d+:=/);
    const joined = records.plan.filter((line) => /^(SEARCH|SCAN) e\d+\b/.test(line));
    expect(joined.length).toBeGreaterThan(3);
    for (const line of joined) expect(line).toMatch(/^SEARCH e\d+ USING (INDEX sqlite_autoindex_\w+_1|PRIMARY KEY) \(id=\?\) LEFT-JOIN$/);
  });

  it('still finds every hit when an index row lost its record', async () => {
    // An index row without a record (from an older file) is skipped, and the hits behind it still come.
    const raw = h.core.raw();
    raw.prepare("INSERT INTO search_index (rowid, entity, entity_id, title, body) VALUES (424242, 'measure', 'gone', 'buergerportal buergerportal', 'buergerportal')").run();
    const hits = value(await h.api.search({ query: 'Bürgerportal', limit: 1 }));
    expect(hits.map((x) => x.title)).toEqual(['Bürgerportal']);
    raw.prepare('DELETE FROM search_index WHERE rowid = 424242').run();
  });
});
