/**
 * getOverviewLights: what the Übersicht tiles show of the portfolio's lights,
 * counted over every measure, with only the few measures named. It must say
 * exactly what the full list (listPortfolioStatus) says, in a few hundred bytes.
 */
import type { Phase } from '../../api/index.ts';
import type { Clock } from '../../core/clock.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

const TODAY = '2026-03-15';
function fixedClock(): Clock {
  let n = 0;
  return {
    now: () => `${TODAY}T10:00:${String(n++ % 60).padStart(2, '0')}.000Z`,
    newId: () => `id-${String(++n).padStart(6, '0')}`,
  };
}

const green = { schedule: 'green', cost: 'green', scope: 'green', resources: 'green', impact: 'green' } as const;

describe('getOverviewLights', () => {
  let h: Harness;
  beforeEach(async () => {
    h = createHarness({ clock: fixedClock() });
    value(await h.api.createWorkspace({ ags: '05770024' }));
  });
  afterEach(() => h.cleanup());

  const measure = async (title: string, phase: Phase) => value(await h.api.saveMeasure({ title, phase })).id;

  it('counts the latest light of every measure and names red before yellow, each by title', async () => {
    const zebra = await measure('Zebrastreifen digital', 'implementation');
    const akte = await measure('E-Akte', 'implementation');
    const portal = await measure('Bürgerportal', 'operation');
    const wlan = await measure('WLAN Rathaus', 'implementation');
    await measure('Idee ohne Bericht', 'idea');
    value(await h.api.fileStatusReport({ measureId: zebra, reportedOn: '2026-03-01', ...green, cost: 'red' }));
    value(await h.api.fileStatusReport({ measureId: akte, reportedOn: '2026-02-01', ...green, cost: 'red' }));
    // An older red report is replaced by the newer yellow one.
    value(await h.api.fileStatusReport({ measureId: portal, reportedOn: '2025-10-01', ...green, cost: 'red' }));
    value(await h.api.fileStatusReport({ measureId: portal, reportedOn: '2026-03-10', ...green, scope: 'yellow' }));
    // Green, but older than 90 days: counted green and named as without a current report.
    value(await h.api.fileStatusReport({ measureId: wlan, reportedOn: '2025-12-14', ...green }));

    const l = value(await h.api.getOverviewLights({ shown: 5 }));
    expect(l).toMatchObject({ asOf: TODAY, currentDays: 90, counts: { red: 2, yellow: 1, green: 1, grey: 0 }, withoutReport: 1, staleCount: 1 });
    expect(l.attention.map((m) => [m.title, m.overall])).toEqual([['E-Akte', 'red'], ['Zebrastreifen digital', 'red'], ['Bürgerportal', 'yellow']]);
    expect(l.stale).toEqual([{ measureId: wlan, title: 'WLAN Rathaus', overall: 'green', reportedOn: '2025-12-14' }]);

    const one = value(await h.api.getOverviewLights({ shown: 1 }));
    expect(one.attention.map((m) => m.title)).toEqual(['E-Akte']);
    expect(one.counts).toEqual(l.counts);
  });

  it('names running measures that never reported and leaves out ideas and concepts', async () => {
    await measure('Konzept ohne Bericht', 'concept');
    const running = await measure('Laufend ohne Bericht', 'operation');
    const l = value(await h.api.getOverviewLights());
    expect(l.withoutReport).toBe(2);
    expect(l.staleCount).toBe(1);
    expect(l.stale).toEqual([{ measureId: running, title: 'Laufend ohne Bericht', overall: null, reportedOn: null }]);
    expect(l.attention).toEqual([]);
  });
});

describe('getOverviewLights on the Musterstadt demo', () => {
  it('says what the full portfolio status says, in a fraction of its bytes', async () => {
    const h = createHarness();
    try {
      value(await h.api.createDemoWorkspace());
      const full = value(await h.api.listPortfolioStatus());
      const l = value(await h.api.getOverviewLights({ shown: 50 }));
      const rows = full.rows;
      expect(l.counts).toEqual({
        green: rows.filter((r) => r.overall === 'green').length,
        yellow: rows.filter((r) => r.overall === 'yellow').length,
        red: rows.filter((r) => r.overall === 'red').length,
        grey: rows.filter((r) => r.overall === 'grey').length,
      });
      expect(l.withoutReport).toBe(rows.filter((r) => !r.overall).length);
      const attention = rows.filter((r) => r.overall === 'red').concat(rows.filter((r) => r.overall === 'yellow'));
      expect(attention.length).toBeGreaterThan(0);
      expect(l.attention.map((m) => m.measureId)).toEqual(attention.map((r) => r.measureId));
      const stale = rows.filter((r) => r.reportsExpected && r.noCurrentReport);
      expect(stale.length).toBeGreaterThan(0);
      expect(l.staleCount).toBe(stale.length);
      expect(l.stale.map((m) => [m.measureId, m.reportedOn])).toEqual(stale.map((r) => [r.measureId, r.reportedOn]));
      expect(JSON.stringify(value(await h.api.getOverviewLights())).length).toBeLessThan(JSON.stringify(full).length / 5);
    } finally {
      h.cleanup();
    }
  });
});
