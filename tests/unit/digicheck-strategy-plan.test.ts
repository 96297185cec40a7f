/**
 * The 3-year partial strategy: recommendations per year relative to the
 * DigiCheck's year, one-off costs once, yearly costs in every year from their
 * start (so the three-year total counts a year-1 yearly cost three times),
 * staff that stays, priorities counted.
 */
import { value } from '../support/core-harness.ts';
import { workspaceForEachTest } from '../support/workspaces.ts';
import { insertAssessment, recommendation } from './digicheck-strategy-fixture.ts';

const h = workspaceForEachTest();
let assessmentId: string;
beforeEach(async () => {
  assessmentId = insertAssessment(h, { heldOn: '2026-03-10' }).id;
});

describe('getPartialStrategy', () => {
  it('adds up each year honestly: yearly costs recur from their year on', async () => {
    const save = async (extra: Parameters<typeof recommendation>[1]) => value(await h.api.saveRecommendation(recommendation(assessmentId, extra)));
    await save({ title: 'Antragsportal', year: 1, priority: 'high', oneOffMin: 50_000, oneOffMax: 80_000, yearlyMin: 10_000, yearlyMax: 20_000, staffFte: 0.5 });
    await save({ title: 'E-Akte', year: 2, priority: 'medium', yearlyMin: 5000, yearlyMax: 5000, staffFte: 1 });
    await save({ title: 'Schulungen', year: 3, priority: 'medium', oneOffMin: 30_000, oneOffMax: 30_000 });
    await save({ title: 'Ohne Kosten', year: 3, priority: 'low' });

    const s = value(await h.api.getPartialStrategy({ assessmentId }));
    expect(s).toMatchObject({ assessmentTitle: 'DigiCheck Wohngeldstelle 2026', unitName: 'Wohngeldstelle', firstYear: 2027, lastYear: 2029 });
    expect(s.years.map((y) => [y.calendarYear, y.recommendations.map((r) => r.title)])).toEqual([
      [2027, ['Antragsportal']], [2028, ['E-Akte']], [2029, ['Schulungen', 'Ohne Kosten']],
    ]);
    expect(s.years.map((y) => y.oneOff)).toEqual([{ min: 50_000, max: 80_000 }, { min: 0, max: 0 }, { min: 30_000, max: 30_000 }]);
    expect(s.years.map((y) => y.yearlyNew)).toEqual([{ min: 10_000, max: 20_000 }, { min: 5000, max: 5000 }, { min: 0, max: 0 }]);
    expect(s.years.map((y) => y.yearlyRunning)).toEqual([{ min: 10_000, max: 20_000 }, { min: 15_000, max: 25_000 }, { min: 15_000, max: 25_000 }]);
    expect(s.years.map((y) => y.total)).toEqual([{ min: 60_000, max: 100_000 }, { min: 15_000, max: 25_000 }, { min: 45_000, max: 55_000 }]);
    expect(s.years.map((y) => [y.staffNew, y.staffRunning])).toEqual([[0.5, 0.5], [1, 1.5], [0, 1.5]]);
    expect(s.years[2]?.priorities).toEqual({ high: 0, medium: 1, low: 1 });
    // 80k one-off + 3 × (10–20k) + 2 × 5k: the yearly costs of year 1 count three times.
    expect(s.totals).toEqual({
      oneOff: { min: 80_000, max: 110_000 }, yearlyAfter: { min: 15_000, max: 25_000 },
      threeYears: { min: 120_000, max: 180_000 }, staff: 1.5, count: 4,
    });
  });

  it('is empty but complete for a DigiCheck without recommendations, and refuses an unknown one', async () => {
    const s = value(await h.api.getPartialStrategy({ assessmentId }));
    expect(s.years.map((y) => y.recommendations.length)).toEqual([0, 0, 0]);
    expect(s.totals.threeYears).toEqual({ min: 0, max: 0 });
    const r = await h.api.getPartialStrategy({ assessmentId: 'unknown' });
    expect(!r.ok && r.error.code).toBe('not_found');
  });
});
