/**
 * One total everywhere: the ranking page (rankRows, in JavaScript), the
 * measure's scoring panel and the portfolio table sorted by score or rank
 * (points summed in SQL) must agree to the last digit and in every place,
 * whatever the weights, scales, directions and must criteria.
 */
import * as fc from 'fast-check';
import type { Criterion } from '../../api/index.ts';
import { summarise } from '../../core/scoring/ranking.ts';
import { createHarness, value } from '../support/core-harness.ts';

const criterion = (id: string, weight: number, scaleMax: number, direction: Criterion['direction']): Criterion =>
  ({ id, name: id, description: null, weight, scaleMax, direction, axis: direction === 'cost' ? 'effort' : 'value', sortOrder: 0, scoreCount: 0 });

it('sums a total that sits on a rounding edge the same way whatever the order of the criteria', () => {
  // 31.14·¼ + 5.74·½ + 10.66 + 24.59 + 0 = 45.905 exactly: summed as fractions in floating point, one order gave 45.9 and the other 45.91.
  const criteria = [
    criterion('a', 31.14, 4, 'cost'), criterion('b', 5.74, 4, 'benefit'), criterion('c', 10.66, 4, 'benefit'),
    criterion('d', 24.59, 5, 'benefit'), criterion('e', 27.87, 4, 'cost'),
  ];
  const weights = Object.fromEntries(criteria.map((c) => [c.id, c.weight]));
  const scores = new Map([['a', 3], ['b', 2], ['c', 4], ['d', 5], ['e', 4]]);
  expect(summarise(criteria, weights, scores).total).toBe(45.91);
  expect(summarise([...criteria].reverse(), weights, scores).total).toBe(45.91);
});

/** Weights with two decimals that make exactly 100, as the model stores them. */
const model = fc.array(fc.record({ share: fc.integer({ min: 1, max: 40 }), scaleMax: fc.integer({ min: 1, max: 10 }), cost: fc.boolean() }), { minLength: 1, maxLength: 5 })
  .map((parts) => {
    const sum = parts.reduce((a, p) => a + p.share, 0);
    const cents = parts.map((p) => Math.floor((p.share / sum) * 10_000));
    cents[0]! += 10_000 - cents.reduce((a, c) => a + c, 0);
    return parts.map((p, i) => ({ name: `Kriterium ${i + 1}`, weight: cents[i]! / 100, scaleMax: p.scaleMax, ...(p.cost ? { direction: 'cost' as const, axis: 'effort' as const } : {}) }));
  });
const measure = fc.record({
  levels: fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), { minLength: 5, maxLength: 5 }),
  legal: fc.option(fc.constantFrom('2027-01-01', '2028-06-30'), { nil: null }),
  political: fc.boolean(),
});

type Model = Parameters<ReturnType<typeof createHarness>['api']['saveScoringModel']>[0]['criteria'];

/** Builds the workspace and compares the three places a total or rank shows up. */
async function expectAgreement(criteria: Model, measures: { levels: (number | null)[]; legal: string | null; political: boolean }[]): Promise<void> {
  const h = createHarness();
  try {
    value(await h.api.createWorkspace({ ags: '05770024' }));
    const saved = value(await h.api.saveScoringModel({ criteria, confirm: true }));
    for (const [i, m] of measures.entries()) {
      // Titles repeat, so equal totals must fall back to the same title order in both places.
      const { id } = value(await h.api.saveMeasure({ title: `Maßnahme ${i % 3}`, mustLegal: m.legal !== null, mustLegalDeadline: m.legal, mustPolitical: m.political }));
      const scores = saved.flatMap((c, k) => (m.levels[k] == null ? [] : [{ criterionId: c.id, score: Math.round(m.levels[k]! * c.scaleMax) }]));
      value(await h.api.saveScores({ measureId: id, scores }));
    }
    const ranking = value(await h.api.getRanking({}));
    const ranked = ranking.rows.filter((r) => r.rank !== null).map((r) => r.measureId);
    const byRank = value(await h.api.listMeasures({ sort: 'rank', dir: 'asc', limit: 50 })).rows.map((m) => m.id);
    expect(byRank.slice(0, ranked.length)).toEqual(ranked);
    const totalOf = new Map(ranking.rows.map((r) => [r.measureId, r.total]));
    const byScore = value(await h.api.listMeasures({ sort: 'score', dir: 'desc', limit: 50 })).rows.map((m) => totalOf.get(m.id));
    expect(byScore).toEqual(ranking.rows.map((r) => r.total).sort((a, b) => (a === null ? 1 : b === null ? -1 : b - a)));
    for (const r of ranking.rows) {
      const panel = value(await h.api.getMeasureScoring({ measureId: r.measureId }));
      expect({ total: panel.total, rank: panel.rank, must: panel.must }).toEqual({ total: r.total, rank: r.rank, must: r.must });
    }
  } finally {
    h.cleanup();
  }
}

it('gives the portfolio table and the scoring panel the totals and places of the ranking page', async () => {
  await fc.assert(fc.asyncProperty(model, fc.array(measure, { minLength: 1, maxLength: 8 }), expectAgreement), { numRuns: 25 });
});
