/**
 * The Musterstadt demo as a portfolio: about 40 measures across fields and
 * phases, and a calendar anchored to the day the demo is created, so that a
 * demo made in November looks as current as one made in January.
 */
import type { Clock } from '../../core/clock.ts';
import { addMonths, demoClock } from '../../core/demo/demo-clock.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

const fixed = (iso: string): Clock => {
  let n = 0;
  return { now: () => iso, newId: () => `demo-${String(++n).padStart(6, '0')}` };
};

async function demoOn(iso: string): Promise<Harness> {
  const h = createHarness({ clock: fixed(iso) });
  value(await h.api.createDemoWorkspace());
  return h;
}

describe('demoClock', () => {
  it('moves dates by the whole months since 15.01.2026 and keeps the last day of a month valid', () => {
    const c = demoClock('2026-11-22T10:00:00.000Z');
    expect(c.months).toBe(10);
    expect(c.date('2025-03-01')).toBe('2026-01-01');
    expect(c.date('2025-12-31')).toBe('2026-10-31');
    expect(c.date(null)).toBeNull();
    expect(c.year(2025)).toBe(2026);
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
  });

  it('leaves the written dates alone on the base day and never moves them backwards', () => {
    expect(demoClock('2026-01-31').date('2025-06-30')).toBe('2025-06-30');
    expect(demoClock('2025-06-01').months).toBe(0);
  });

  it('gives the same ids and numbers for the same day', () => {
    const a = demoClock('2026-11-22');
    const b = demoClock('2026-11-22');
    expect([a.newId(), a.random(), a.now()]).toEqual([b.newId(), b.random(), b.now()]);
  });
});

describe('the Musterstadt demo portfolio', () => {
  let jan: Harness;
  let nov: Harness;
  beforeAll(async () => {
    jan = await demoOn('2026-01-15T09:00:00.000Z');
    nov = await demoOn('2026-11-22T09:00:00.000Z');
  });
  afterAll(() => {
    jan.cleanup();
    nov.cleanup();
  });

  it('has about 40 measures in every phase and at least 15 fields of action', async () => {
    const o = value(await nov.api.getOverview());
    expect(o.measureCount).toBeGreaterThanOrEqual(38);
    expect(o.measureCount).toBeLessThanOrEqual(45);
    expect(o.byFieldPhase.filter((f) => f.fieldId !== null).length).toBeGreaterThanOrEqual(15);
    for (const phase of ['idea', 'concept', 'implementation', 'operation', 'completed', 'stopped'] as const) {
      expect(o.byFieldPhase.reduce((n, f) => n + f.counts[phase], 0)).toBeGreaterThan(0);
    }
  });

  it('moves every date of a demo created on 22.11.2026 by ten months', async () => {
    const find = async (h: Harness) => value(await h.api.listMeasures({ query: 'Wohngeldantrag' })).rows[0]!;
    const [a, b] = [await find(jan), await find(nov)];
    expect([a.start, a.end]).toEqual(['2025-03-01', '2026-06-30']);
    expect([b.start, b.end]).toEqual(['2026-01-01', '2027-04-30']);
    const reports = value(await nov.api.listStatusReports({ measureId: b.id }));
    expect(reports.map((r) => r.reportedOn).sort()).toEqual(['2026-04-30', '2026-07-30', '2026-10-12']);
  });

  it('looks as current in November as in January: running measures report, milestones and deadlines lie ahead', async () => {
    for (const h of [jan, nov]) {
      const status = value(await h.api.listPortfolioStatus());
      const running = status.rows.filter((r) => r.reportsExpected);
      const stale = running.filter((r) => r.noCurrentReport);
      // Two are stale on purpose (the WLAN and the library), not the whole portfolio.
      expect(stale.length).toBeLessThanOrEqual(4);
      expect(running.length - stale.length).toBeGreaterThanOrEqual(10);
      expect(value(await h.api.listUpcomingMilestones({ days: 90, limit: 50 })).length).toBeGreaterThanOrEqual(2);
      expect(value(await h.api.listFundingDeadlines({ days: 90 })).length).toBeGreaterThanOrEqual(3);
    }
  });

  it('names the same two measures without a current report whatever day of the month it is created', async () => {
    // Dates move by whole months, so a demo made late in a month sees its reports up to 16 days older than one made on the 15th.
    for (const day of ['2026-11-01', '2026-11-23', '2026-11-30', '2027-02-28', '2027-03-31']) {
      const h = await demoOn(`${day}T10:00:00.000Z`);
      try {
        const lights = value(await h.api.getOverviewLights({ shown: 10 }));
        expect({ day, stale: lights.stale.map((s) => s.title) }).toEqual({ day, stale: ['Bibliothek: Onleihe und Makerspace', 'Öffentliches WLAN in der Innenstadt'] });
      } finally {
        h.cleanup();
      }
    }
  });

  it('has plan and actual figures for the running year of a November demo', async () => {
    const b = value(await nov.api.getBudgetByYear({ from: 2026, to: 2026 }));
    const y = b.years[0]!;
    expect(y.planInvestive + y.planConsumptive).toBeGreaterThan(1_000_000);
    const actual = (y.actualInvestive ?? 0) + (y.actualConsumptive ?? 0);
    expect(actual).toBeGreaterThan(0);
    expect(actual).toBeLessThan(y.planInvestive + y.planConsumptive);
  });

  it('gives every chart something to show, and places the bubbles exactly where the ranking puts value and effort', async () => {
    const api = nov.api;
    const ve = value(await api.getValueEffortChart({}));
    expect(ve.placed).toBeGreaterThanOrEqual(30);
    expect(Object.values(ve.quadrantCounts).filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
    const ranking = new Map(value(await api.getRanking({})).rows.map((r) => [r.measureId, r]));
    for (const p of ve.points) expect([p.value, p.effort]).toEqual([ranking.get(p.measureId)!.value, ranking.get(p.measureId)!.effort]);
    const funnel = value(await api.getPhaseFunnel({}));
    expect(funnel.steps.every((s) => s.count > 0)).toBe(true);
    const share = value(await api.getFundingShare({}));
    expect(share.totals.share).toBeGreaterThan(0.15);
    expect(share.years.filter((y) => y.funding > 0).length).toBeGreaterThanOrEqual(3);
    const matrix = value(await api.getStatusMatrix({}));
    expect(matrix.reported).toBeGreaterThanOrEqual(15);
    expect(matrix.counts.overall.red).toBeGreaterThan(0);
    expect(matrix.counts.overall.yellow).toBeGreaterThan(0);
    const timeline = value(await api.getMilestoneTimeline({}));
    expect(timeline.counts.open).toBeGreaterThan(5);
    expect(timeline.counts.done).toBeGreaterThan(5);
  });
});
