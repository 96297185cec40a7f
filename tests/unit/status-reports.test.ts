/**
 * Status reports: dated, unchangeable snapshots per measure. Filing inserts,
 * nothing updates (a wrong report is corrected by filing a new one), undo of
 * the filing removes it, and the system proposes schedule and cost lights
 * from thresholds (overdue milestones, passed end date, cost overrun).
 */
import { METHODS, type Phase } from '../../api/index.ts';
import type { Clock } from '../../core/clock.ts';
import { demoClock } from '../../core/demo/demo-clock.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

/** "Today" is 2026-03-15 for every test here, so the thresholds can be stated in days. */
const TODAY = '2026-03-15';
function fixedClock(): Clock {
  let n = 0;
  return {
    now: () => `${TODAY}T10:00:${String(n++ % 60).padStart(2, '0')}.000Z`,
    newId: () => `id-${String(++n).padStart(6, '0')}`,
  };
}

let h: Harness;
beforeEach(async () => {
  h = createHarness({ clock: fixedClock() });
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const count = (table: string) => (h.core.raw().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const rows = (table: string) => h.core.raw().prepare(`SELECT * FROM ${table} ORDER BY id`).all();

async function measure(title: string, extra: { phase?: Phase; start?: string; end?: string } = {}) {
  return value(await h.api.saveMeasure({ title, ...extra }));
}

const green = { schedule: 'green', cost: 'green', scope: 'green', resources: 'green', impact: 'green' } as const;

function addCost(measureId: string, plan: number, actual: number | null, year = 2025) {
  const at = `${TODAY}T09:00:00.000Z`;
  h.core.raw().prepare(
    `INSERT INTO cost_items (id, measure_id, year, kind, recurrence, plan, actual, origin, created_at, updated_at)
     VALUES (?, ?, ?, 'investive', 'one_off', ?, ?, 'local', ?, ?)`,
  ).run(`cost-${Math.random().toString(36).slice(2)}`, measureId, year, plan, actual, at, at);
}

describe('filing a status report', () => {
  it('files a dated report with a light per dimension, the texts, and the system\'s proposal beside it', async () => {
    const m = await measure('E-Akte', { phase: 'implementation', start: '2025-01-01', end: '2027-12-31' });
    value(await h.api.saveMilestone({ measureId: m.id, title: 'Rollout Ordnungsamt', plannedOn: '2026-03-01' }));
    const r = value(await h.api.fileStatusReport({
      measureId: m.id, reportedOn: '2026-03-13', ...green, schedule: 'yellow', scope: 'red', impact: 'grey',
      achievements: ' Personalamt umgestellt ', nextSteps: 'Ordnungsamt', risks: '', decisionsNeeded: 'Stelle Projektkoordination',
    }));
    expect(r).toMatchObject({
      measureId: m.id, reportedOn: '2026-03-13', overall: 'red',
      lights: { schedule: 'yellow', cost: 'green', scope: 'red', resources: 'green', impact: 'grey' },
      achievements: 'Personalamt umgestellt', nextSteps: 'Ordnungsamt', risks: null, decisionsNeeded: 'Stelle Projektkoordination',
    });
    expect(r.proposed).toMatchObject({ asOf: TODAY, overall: 'yellow', lights: { schedule: { light: 'yellow', reason: { key: 'milestone_overdue', params: { title: 'Rollout Ordnungsamt', days: 14, count: 1 } } } } });
    // The owner agreed on the schedule; where the system had no data (grey), the owner's light is no override.
    expect(r.overridden).toEqual([]);
    expect(value(await h.api.getStatusReport({ id: r.id }))).toEqual(r);
  });

  it('dates a report today unless told otherwise, and takes the worst reported light as overall', async () => {
    const m = await measure('Bauantrag');
    const r = value(await h.api.fileStatusReport({ measureId: m.id, ...green, cost: 'yellow', impact: 'grey' }));
    expect(r).toMatchObject({ reportedOn: TODAY, overall: 'yellow' });
    const allGrey = value(await h.api.fileStatusReport({ measureId: m.id, schedule: 'grey', cost: 'grey', scope: 'grey', resources: 'grey', impact: 'grey' }));
    expect(allGrey.overall).toBe('grey');
  });

  it('keeps an overall light the owner set differently and marks it as overridden', async () => {
    const m = await measure('Bauantrag');
    const r = value(await h.api.fileStatusReport({ measureId: m.id, ...green, cost: 'red', overall: 'yellow' }));
    expect(r.overall).toBe('yellow');
    expect(r.overridden).toEqual(['overall']);
  });

  it('marks a dimension as overridden where the owner changed a light the system proposed from data', async () => {
    const m = await measure('Bauantrag', { phase: 'implementation' });
    value(await h.api.saveMilestone({ measureId: m.id, title: 'Abnahme', plannedOn: '2026-01-01' }));
    const r = value(await h.api.fileStatusReport({ measureId: m.id, ...green, schedule: 'yellow' }));
    expect(r.proposed?.lights.schedule.light).toBe('red');
    expect(r.overridden).toEqual(['schedule']);
  });

  it('lists the reports of a measure newest first', async () => {
    const m = await measure('Bauantrag');
    value(await h.api.fileStatusReport({ measureId: m.id, reportedOn: '2025-06-30', ...green }));
    value(await h.api.fileStatusReport({ measureId: m.id, reportedOn: '2025-12-31', ...green, cost: 'red' }));
    value(await h.api.fileStatusReport({ measureId: m.id, reportedOn: '2025-09-30', ...green, cost: 'yellow' }));
    const other = await measure('Anderes');
    value(await h.api.fileStatusReport({ measureId: other.id, ...green }));
    expect(value(await h.api.listStatusReports({ measureId: m.id })).map((r) => [r.reportedOn, r.overall])).toEqual([
      ['2025-12-31', 'red'], ['2025-09-30', 'yellow'], ['2025-06-30', 'green'],
    ]);
  });
});

describe('a filed report cannot be changed', () => {
  it('offers no method to update or delete a report', () => {
    expect(METHODS.filter((m) => /status/i.test(m)).sort()).toEqual(['fileStatusReport', 'getStatusMatrix', 'getStatusReport', 'listPortfolioStatus', 'listStatusReports', 'proposeStatus']);
  });

  it('files a new report when one is sent again with the id of a filed one; the first stays as it was', async () => {
    const m = await measure('Bauantrag');
    const first = value(await h.api.fileStatusReport({ measureId: m.id, reportedOn: '2026-03-01', ...green, achievements: 'Falsch' }));
    const before = rows('status_reports');
    const input = { id: first.id, measureId: m.id, reportedOn: '2026-03-01', ...green, cost: 'red', achievements: 'Richtig' } as Parameters<typeof h.api.fileStatusReport>[0];
    const second = value(await h.api.fileStatusReport(input));
    expect(second.id).not.toBe(first.id);
    expect(value(await h.api.getStatusReport({ id: first.id }))).toEqual(first);
    expect(rows('status_reports')).toEqual(expect.arrayContaining(before));
    expect(count('status_reports')).toBe(2);
  });

  it('removes a filing by undo, and brings it back by redo, unchanged', async () => {
    const m = await measure('Bauantrag');
    const r = value(await h.api.fileStatusReport({ measureId: m.id, ...green }));
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'create', entity: 'statusReport', title: 'Bauantrag' });
    value(await h.api.undo());
    expect(count('status_reports')).toBe(0);
    const gone = await h.api.getStatusReport({ id: r.id });
    expect(gone.ok ? null : gone.error.code).toBe('not_found');
    value(await h.api.redo());
    expect(value(await h.api.getStatusReport({ id: r.id }))).toEqual(r);
  });
});

describe('the proposed lights', () => {
  it('proposes a green schedule when no milestone is overdue, and grey for what needs the owner\'s judgement', async () => {
    const m = await measure('Bauantrag', { phase: 'implementation', end: '2026-12-31' });
    value(await h.api.saveMilestone({ measureId: m.id, title: 'Go-live', plannedOn: '2026-06-30' }));
    value(await h.api.saveMilestone({ measureId: m.id, title: 'Erreicht', plannedOn: '2026-01-31', done: true }));
    const p = value(await h.api.proposeStatus({ measureId: m.id }));
    expect(p.asOf).toBe(TODAY);
    expect(p.lights.schedule).toEqual({ light: 'green', reason: { key: 'schedule_on_track', params: {} } });
    for (const d of ['scope', 'resources', 'impact'] as const) expect(p.lights[d]).toEqual({ light: 'grey', reason: { key: 'needs_judgement', params: {} } });
    expect(p.overall).toBe('green');
  });

  it.each([
    ['2026-03-14', 'yellow', 'milestone_overdue', 1],
    ['2026-02-13', 'yellow', 'milestone_overdue', 30],
    ['2026-02-12', 'red', 'milestone_overdue_long', 31],
  ] as const)('a milestone planned for %s and not reached makes the schedule %s', async (planned, light, key, days) => {
    const m = await measure('Bauantrag', { phase: 'implementation' });
    value(await h.api.saveMilestone({ measureId: m.id, title: 'Abnahme', plannedOn: planned }));
    value(await h.api.saveMilestone({ measureId: m.id, title: 'Später', plannedOn: '2026-03-14' }));
    const p = value(await h.api.proposeStatus({ measureId: m.id }));
    expect(p.lights.schedule).toEqual({ light, reason: { key, params: { title: 'Abnahme', days, count: 2 } } });
    expect(p.overall).toBe(light);
  });

  it('turns the schedule yellow when the end date passed before operation, but not in operation', async () => {
    const m = await measure('Bauantrag', { phase: 'implementation', start: '2025-01-01', end: '2026-03-01' });
    expect(value(await h.api.proposeStatus({ measureId: m.id })).lights.schedule).toEqual({ light: 'yellow', reason: { key: 'end_passed', params: { end: '2026-03-01', days: 14 } } });
    value(await h.api.saveMeasure({ id: m.id, title: 'Bauantrag', phase: 'operation', start: '2025-01-01', end: '2026-03-01' }));
    expect(value(await h.api.proposeStatus({ measureId: m.id })).lights.schedule.light).toBe('green');
  });

  it('leaves the schedule grey when there is neither a milestone date nor an end date', async () => {
    const m = await measure('Bauantrag');
    expect(value(await h.api.proposeStatus({ measureId: m.id })).lights.schedule.light).toBe('grey');
  });

  it.each([
    ['no cost items', [], 'grey', 'cost_none'],
    ['no actual costs yet', [[50_000, null]], 'grey', 'cost_no_actuals'],
    ['actual within plan', [[50_000, 50_000], [10_000, null]], 'green', 'cost_on_plan'],
    ['actual above plan by 10 %', [[50_000, 55_000]], 'yellow', 'cost_over'],
    ['actual above plan by more than 10 %', [[50_000, 40_000], [50_000, 70_100]], 'red', 'cost_over_long'],
  ] as const)('cost with %s is %s', async (_name, items, light, key) => {
    const m = await measure('Bauantrag');
    for (const [plan, actual] of items) addCost(m.id, plan, actual);
    const p = value(await h.api.proposeStatus({ measureId: m.id }));
    expect(p.lights.cost.light).toBe(light);
    expect(p.lights.cost.reason.key).toBe(key);
  });

  it('names plan, actual and the overrun in percent', async () => {
    const m = await measure('Bauantrag');
    addCost(m.id, 80_000, 92_000);
    addCost(m.id, 20_000, null, 2026);
    expect(value(await h.api.proposeStatus({ measureId: m.id })).lights.cost.reason.params).toEqual({ plan: 80_000, actual: 92_000, percent: 15 });
  });
});

describe('the portfolio status and the milestones ahead', () => {
  it('lists every measure with its latest report and flags those without a report in the last 90 days', async () => {
    const recent = await measure('Aktuell', { phase: 'implementation' });
    const old = await measure('Veraltet', { phase: 'operation' });
    const none = await measure('Ohne', { phase: 'concept' });
    value(await h.api.fileStatusReport({ measureId: recent.id, reportedOn: '2025-10-01', ...green, cost: 'red' }));
    value(await h.api.fileStatusReport({ measureId: recent.id, reportedOn: '2026-02-01', ...green, scope: 'yellow' }));
    value(await h.api.fileStatusReport({ measureId: old.id, reportedOn: '2025-12-14', ...green }));
    const s = value(await h.api.listPortfolioStatus());
    expect(s).toMatchObject({ asOf: TODAY, currentDays: 90 });
    expect(s.rows.map((r) => [r.title, r.reportedOn, r.overall, r.noCurrentReport, r.reportsExpected])).toEqual([
      ['Aktuell', '2026-02-01', 'yellow', false, true],
      ['Ohne', null, null, true, false],
      ['Veraltet', '2025-12-14', 'green', true, true],
    ]);
    expect(s.rows[0]!.lights).toEqual({ ...green, scope: 'yellow' });
    expect(s.rows.find((r) => r.measureId === none.id)!.lights).toBeNull();
  });

  it('lists the open milestones of the next days, soonest first, without reached or overdue ones', async () => {
    const a = await measure('E-Akte');
    const b = await measure('Bauantrag');
    value(await h.api.saveMilestone({ measureId: a.id, title: 'Heute', plannedOn: TODAY }));
    value(await h.api.saveMilestone({ measureId: b.id, title: 'In 90 Tagen', plannedOn: '2026-06-13' }));
    value(await h.api.saveMilestone({ measureId: b.id, title: 'In 91 Tagen', plannedOn: '2026-06-14' }));
    value(await h.api.saveMilestone({ measureId: a.id, title: 'Überfällig', plannedOn: '2026-03-01' }));
    value(await h.api.saveMilestone({ measureId: a.id, title: 'Erreicht', plannedOn: '2026-04-01', done: true }));
    const list = value(await h.api.listUpcomingMilestones({}));
    expect(list.map((x) => [x.title, x.measureTitle, x.daysUntil])).toEqual([['Heute', 'E-Akte', 0], ['In 90 Tagen', 'Bauantrag', 90]]);
    expect(value(await h.api.listUpcomingMilestones({ days: 7 })).map((x) => x.title)).toEqual(['Heute']);
  });
});

describe('bad input', () => {
  it('refuses an unknown light value and writes nothing', async () => {
    const m = await measure('Bauantrag');
    const before = count('change_log');
    const r = await h.api.fileStatusReport({ measureId: m.id, ...green, cost: 'orange' as 'red' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.details?.issues).toEqual([{ path: 'cost', message: 'Bitte einen der vorgesehenen Werte wählen.' }]);
    expect(count('status_reports')).toBe(0);
    expect(count('change_log')).toBe(before);
  });

  it.each([
    ['15.03.2026', 'Bitte ein Datum im Format JJJJ-MM-TT angeben.'],
    ['2026-02-30', 'Dieses Datum gibt es nicht.'],
    ['2026-03-16', 'Ein Statusbericht kann nicht für einen Tag in der Zukunft abgegeben werden.'],
  ])('refuses the report date %s with a clear message and writes nothing', async (reportedOn, message) => {
    const m = await measure('Bauantrag');
    const r = await h.api.fileStatusReport({ measureId: m.id, reportedOn, ...green });
    expect(r.ok ? null : r.error.details?.issues).toEqual([{ path: 'reportedOn', message }]);
    expect(count('status_reports')).toBe(0);
  });

  it('says it in English with lang en', async () => {
    const m = await measure('Bauantrag');
    const r = await h.transport.invoke('fileStatusReport', { measureId: m.id, reportedOn: '2030-01-01', ...green }, { lang: 'en' });
    expect(r.ok ? null : r.error.details?.issues).toEqual([{ path: 'reportedOn', message: 'A status report cannot be filed for a day in the future.' }]);
  });

  it('answers not_found for an unknown measure or report and writes nothing', async () => {
    for (const r of [
      await h.api.fileStatusReport({ measureId: 'unbekannt', ...green }),
      await h.api.listStatusReports({ measureId: 'unbekannt' }),
      await h.api.proposeStatus({ measureId: 'unbekannt' }),
      await h.api.getStatusReport({ id: 'unbekannt' }),
    ]) expect(r.ok ? null : r.error.code).toBe('not_found');
    expect(count('status_reports')).toBe(0);
  });

  it('refuses a missing light, an oversized text and a days range out of bounds', async () => {
    const m = await measure('Bauantrag');
    const { impact: _i, ...withoutImpact } = green;
    const missing = await h.api.fileStatusReport({ measureId: m.id, ...withoutImpact } as Parameters<typeof h.api.fileStatusReport>[0]);
    expect(missing.ok ? null : missing.error.details?.issues?.map((i) => i.path)).toEqual(['impact']);
    const long = await h.api.fileStatusReport({ measureId: m.id, ...green, risks: 'x'.repeat(20_001) });
    expect(long.ok ? null : long.error.details?.issues).toEqual([{ path: 'risks', message: 'Höchstens 20.000 Zeichen.' }]);
    const days = await h.api.listUpcomingMilestones({ days: 0 });
    expect(days.ok ? null : days.error.code).toBe('invalid_input');
    expect(count('status_reports')).toBe(0);
  });
});

describe('the Musterstadt demo', () => {
  it('has two or three reports for most running measures, some yellow and red, and two running measures without a current one', async () => {
    // Made on the demo's base day, so its dates are as written.
    const demo = createHarness({ clock: demoClock('2026-01-15T09:00:00.000Z') });
    try {
      value(await demo.api.createDemoWorkspace());
      const raw = demo.core.raw();
      const latest = raw.prepare(
        `SELECT m.title, m.phase, count(r.id) AS n, max(r.reported_on) AS last FROM measures m LEFT JOIN status_reports r ON r.measure_id = m.id
         WHERE m.phase IN ('implementation', 'operation') GROUP BY m.id`,
      ).all() as { title: string; phase: string; n: number; last: string | null }[];
      const reported = latest.filter((m) => m.n >= 2 && m.n <= 3);
      expect(reported.length).toBeGreaterThanOrEqual(latest.length - 2);
      // The demo's "today" is 2026-01-15: current means reported since 2025-10-17.
      expect(latest.filter((m) => !m.last || m.last < '2025-10-17').map((m) => m.title).sort()).toEqual(['Bibliothek: Onleihe und Makerspace', 'Öffentliches WLAN in der Innenstadt']);
      const overall = raw.prepare('SELECT overall, count(*) AS n FROM status_reports GROUP BY overall').all() as { overall: string; n: number }[];
      expect(overall.map((o) => o.overall).sort()).toEqual(['green', 'red', 'yellow']);
      // Filed reports read back with their proposal, and the owner's overrides show.
      const reports = raw.prepare('SELECT DISTINCT measure_id FROM status_reports').all() as { measure_id: string }[];
      const all = (await Promise.all(reports.map(async (r) => value(await demo.api.listStatusReports({ measureId: r.measure_id }))))).flat();
      expect(all.every((r) => r.proposed !== null)).toBe(true);
      expect(all.filter((r) => r.overridden.length).length).toBeGreaterThanOrEqual(3);
    } finally {
      demo.cleanup();
    }
  });
});
