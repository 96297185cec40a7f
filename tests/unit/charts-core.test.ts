/**
 * The data behind the portfolio charts, on a small workspace whose numbers are
 * worked out by hand in the comments (not taken from the code's output), and
 * the value-vs-effort grid on a generated portfolio of 2,000 measures.
 */
import type { Criterion, ValueEffortChart } from '../../api/index.ts';
import { seededClock } from '../../core/demo/seeded-clock.ts';
import { quadrantOf } from '../../core/charts/value-effort.ts';
import { generateMeasures, insertMeasuresRaw } from '../bench/generate.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
const ids: Record<string, string> = {};
let admin: string;
let mobility: string;
let N: Criterion; // Nutzen:  60 %, benefit, 0–5, value axis
let A: Criterion; // Aufwand: 40 %, cost,    0–5, effort axis

const count = (table: string) => (h.core.raw().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

function costItem(measure: string, year: number, kind: 'investive' | 'consumptive', plan: number, actual: number | null) {
  const at = '2026-01-01T00:00:00.000Z';
  h.core.raw().prepare(
    "INSERT INTO cost_items (id, measure_id, year, kind, recurrence, plan, actual, origin, created_at, updated_at) VALUES (?, ?, ?, ?, 'one_off', ?, ?, 'local', ?, ?)",
  ).run(h.core.clock.newId(), ids[measure], year, kind, plan, actual, at, at);
}

function milestone(measure: string, title: string, planned: string | null, done = false) {
  const at = '2026-01-01T00:00:00.000Z';
  h.core.raw().prepare(
    "INSERT INTO milestones (id, measure_id, title, planned_on, actual_on, done, sort_order, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, 'local', ?, ?)",
  ).run(h.core.clock.newId(), ids[measure], title, planned, done ? planned : null, done ? 1 : 0, at, at);
}

beforeEach(async () => {
  // "Today" is 15 May 2026 for the whole test (one minute per tick).
  h = createHarness({ clock: seededClock('2026-05-15T08:00:00.000Z', 7) });
  value(await h.api.createWorkspace({ ags: '05770024' }));
  const fields = value(await h.api.listFields());
  admin = fields.find((f) => f.name === 'Verwaltung & Bürgerservice')!.id;
  mobility = fields.find((f) => f.name === 'Mobilität & Verkehr')!.id;
  [N, A] = value(await h.api.saveScoringModel({
    criteria: [{ name: 'Nutzen', weight: 60 }, { name: 'Aufwand', weight: 40, direction: 'cost', axis: 'effort' }],
    confirm: true,
  })) as [Criterion, Criterion];
  for (const [title, fieldId, phase, budget] of [
    ['Wohngeld digital', admin, 'implementation', 50_000],
    ['E-Akte', admin, 'implementation', 200_000],
    ['WLAN im Rathaus', null, 'operation', null],
    ['3D-Stadtmodell', mobility, 'stopped', 80_000],
    ['Parkraum', mobility, 'concept', 10_000],
    ['Open Data', null, 'idea', null],
  ] as const) ids[title] = value(await h.api.saveMeasure({ title, fieldId, phase, budget })).id;
  const score = async (title: string, n: number, a: number | null) => value(await h.api.saveScores({ measureId: ids[title]!, scores: [
    { criterionId: N.id, score: n, justification: null }, ...(a === null ? [] : [{ criterionId: A.id, score: a, justification: null }]),
  ] }));
  await score('Wohngeld digital', 5, 1); // value 5/5 = 100, effort 1/5 = 20
  await score('E-Akte', 4, 4); // 80, 80
  await score('WLAN im Rathaus', 1, 1); // 20, 20
  await score('3D-Stadtmodell', 2, 5); // 40, 100
  await score('Parkraum', 3, null); // value 60, effort not scored
  // Open Data stays unscored
  costItem('Wohngeld digital', 2026, 'investive', 30_000, 28_000);
  costItem('Wohngeld digital', 2027, 'consumptive', 40_000, null);
  costItem('E-Akte', 2026, 'investive', 100_000, 20_000);
  costItem('E-Akte', 2026, 'consumptive', 15_000, null);
  costItem('E-Akte', 2028, 'investive', 5_000, null);
});
afterEach(() => h.cleanup());

describe('value vs effort', () => {
  it('places scored measures by the ranking\'s value and effort, sized by budget and coloured by field', async () => {
    const chart = value(await h.api.getValueEffortChart({}));
    expect(chart.mode).toBe('bubbles');
    expect(chart.placed).toBe(4);
    const by = Object.fromEntries(chart.points.map((p) => [p.title, p]));
    expect(by['Wohngeld digital']).toMatchObject({ value: 100, effort: 20, quadrant: 'quickWin', budget: 70_000, budgetSource: 'costItems', fieldName: 'Verwaltung & Bürgerservice' });
    // E-Akte: cost items 100,000 + 15,000 + 5,000 = 120,000 take the place of the measure's 200,000.
    expect(by['E-Akte']).toMatchObject({ value: 80, effort: 80, quadrant: 'bigBet', budget: 120_000, budgetSource: 'costItems' });
    expect(by['WLAN im Rathaus']).toMatchObject({ value: 20, effort: 20, quadrant: 'fillIn', budget: null, budgetSource: null, color: '#9aa5b1' });
    expect(by['3D-Stadtmodell']).toMatchObject({ value: 40, effort: 100, quadrant: 'reconsider', budget: 80_000, budgetSource: 'measure' });
    const fields = value(await h.api.listFields());
    expect(by['3D-Stadtmodell']!.color).toBe(fields.find((f) => f.id === mobility)!.color);
    expect(chart.quadrantCounts).toEqual({ quickWin: 1, bigBet: 1, fillIn: 1, reconsider: 1 });
    // Largest bubbles first, so small ones are drawn on top of them.
    expect(chart.points.map((p) => p.title)).toEqual(['E-Akte', '3D-Stadtmodell', 'Wohngeld digital', 'WLAN im Rathaus']);
  });

  it('agrees with the ranking for every placed measure', async () => {
    const chart = value(await h.api.getValueEffortChart({}));
    const ranking = value(await h.api.getRanking({}));
    for (const p of chart.points) {
      const r = ranking.rows.find((x) => x.measureId === p.measureId)!;
      expect([p.value, p.effort]).toEqual([r.value, r.effort]);
    }
  });

  it('lists measures it cannot place and says which axis is missing', async () => {
    const chart = value(await h.api.getValueEffortChart({}));
    expect(chart.unplaced.map((u) => [u.title, u.missing])).toEqual([['Open Data', 'none'], ['Parkraum', 'effort']]);
    expect(chart.unplacedCount).toBe(2);
  });

  it('counts a measure right on the middle as high value and high effort', () => {
    expect(quadrantOf(50, 50)).toBe('bigBet');
    expect(quadrantOf(50, 49.99)).toBe('quickWin');
    expect(quadrantOf(49.99, 49.99)).toBe('fillIn');
    expect(quadrantOf(0, 100)).toBe('reconsider');
  });

  it('aggregates into a grid of counts above the limit', async () => {
    const chart = value(await h.api.getValueEffortChart({ limit: 3, grid: 4 }));
    expect(chart.mode).toBe('grid');
    expect(chart.points).toEqual([]);
    expect(chart.step).toBe(25);
    // Cells of 25 points; 100 falls into the last cell (75–100). Sorted by value from the top, then effort.
    expect(chart.cells).toEqual([
      { valueFrom: 75, effortFrom: 0, count: 1, budget: 70_000 }, // Wohngeld 100 / 20
      { valueFrom: 75, effortFrom: 75, count: 1, budget: 120_000 }, // E-Akte 80 / 80
      { valueFrom: 25, effortFrom: 75, count: 1, budget: 80_000 }, // 3D 40 / 100
      { valueFrom: 0, effortFrom: 0, count: 1, budget: 0 }, // WLAN 20 / 20
    ]);
  });

  it('refuses a limit or grid out of range and changes nothing', async () => {
    const before = count('change_log');
    for (const [input, path] of [[{ limit: 0 }, 'limit'], [{ grid: 1 }, 'grid'], [{ grid: 'zehn' }, 'grid']] as const) {
      const r = await h.transport.invoke('getValueEffortChart', input, { lang: 'de' });
      expect(r.ok ? null : r.error.details?.issues?.map((i) => i.path)).toEqual([path]);
    }
    expect(count('change_log')).toBe(before);
  });
});

describe('value vs effort on a large portfolio', () => {
  let chart: ValueEffortChart;
  beforeEach(async () => {
    const raw = h.core.raw();
    const fieldIds = (raw.prepare('SELECT id FROM fields').all() as { id: string }[]).map((f) => f.id);
    const clock = seededClock('2026-05-15T09:00:00.000Z', 11);
    insertMeasuresRaw(raw, generateMeasures(2_000, fieldIds, 11), clock.newId, clock.now);
    // Every generated measure gets both scores, from its position, so each cell of the grid is reachable.
    const all = (raw.prepare("SELECT id FROM measures WHERE title LIKE '%(%)' ORDER BY id").all() as { id: string }[]).map((m) => m.id);
    const insert = raw.prepare("INSERT INTO measure_scores (id, measure_id, criterion_id, score, origin, created_at, updated_at) VALUES (?, ?, ?, ?, 'local', '2026-01-01', '2026-01-01')");
    raw.transaction(() => all.forEach((m, i) => {
      insert.run(clock.newId(), m, N.id, i % 6);
      insert.run(clock.newId(), m, A.id, Math.floor(i / 6) % 6);
    }))();
    chart = value(await h.api.getValueEffortChart({}));
  });

  it('draws a grid of counts instead of 2,004 bubbles', () => {
    expect(chart.mode).toBe('grid');
    expect(chart.placed).toBe(2_004);
    expect(chart.points).toEqual([]);
    expect(chart.cells.reduce((n, c) => n + c.count, 0)).toBe(2_004);
    expect(chart.step).toBe(10);
  });

  it('counts each cell like the ranking would place the measures', async () => {
    const rows = value(await h.api.getRanking({})).rows.filter((r) => r.value !== null && r.effort !== null);
    const cellOf = (v: number) => Math.min(9, Math.floor(v / 10)) * 10;
    for (const c of chart.cells) {
      expect(c.count).toBe(rows.filter((r) => cellOf(r.value!) === c.valueFrom && cellOf(r.effort!) === c.effortFrom).length);
    }
    // Scores 0..5 of 5 give 0, 20, 40, 60, 80, 100: 6 × 6 = 36 cells are used.
    expect(chart.cells).toHaveLength(36);
  });

  it('still draws every bubble when asked for more', async () => {
    const all = value(await h.api.getValueEffortChart({ limit: 5_000 }));
    expect(all.mode).toBe('bubbles');
    expect(all.points).toHaveLength(2_004);
  });
});

describe('phase funnel', () => {
  it('counts measures per phase in their order, stopped apart, with their budgets', async () => {
    const f = value(await h.api.getPhaseFunnel({}));
    // Budgets: Wohngeld 70,000 (cost items) + E-Akte 120,000 (cost items) in implementation; Parkraum 10,000; 3D 80,000.
    expect(f.steps).toEqual([
      { phase: 'idea', count: 1, budget: 0 },
      { phase: 'concept', count: 1, budget: 10_000 },
      { phase: 'implementation', count: 2, budget: 190_000 },
      { phase: 'operation', count: 1, budget: 0 },
      { phase: 'completed', count: 0, budget: 0 },
    ]);
    expect(f.stopped).toEqual({ count: 1, budget: 80_000 });
    expect(f.total).toBe(6);
  });

  it('narrows to one field of action', async () => {
    const f = value(await h.api.getPhaseFunnel({ fieldId: mobility }));
    expect(f.steps.map((s) => s.count)).toEqual([0, 1, 0, 0, 0]);
    expect(f.stopped.count).toBe(1);
    expect(f.total).toBe(2);
  });

  it('answers not_found for an unknown field and refuses a field id that is not text', async () => {
    const r = await h.transport.invoke('getPhaseFunnel', { fieldId: 'unbekannt' }, { lang: 'de' });
    expect(r.ok ? null : [r.error.code, r.error.details?.issues?.[0]]).toEqual(['not_found', { path: 'fieldId', message: 'Das gewählte Handlungsfeld gibt es nicht (mehr).' }]);
    const bad = await h.transport.invoke('getPhaseFunnel', { fieldId: 7 }, { lang: 'de' });
    expect(bad.ok ? null : bad.error.code).toBe('invalid_input');
  });
});

describe('budget by year', () => {
  it('sums plan and actual per year and kind, every year of the range, actual null while none is recorded', async () => {
    const b = value(await h.api.getBudgetByYear({}));
    expect(b.years).toEqual([
      // 2026: investive 30,000 + 100,000 plan, 28,000 + 20,000 actual; consumptive 15,000 plan, no actual yet
      { year: 2026, planInvestive: 130_000, planConsumptive: 15_000, actualInvestive: 48_000, actualConsumptive: null },
      { year: 2027, planInvestive: 0, planConsumptive: 40_000, actualInvestive: null, actualConsumptive: null },
      { year: 2028, planInvestive: 5_000, planConsumptive: 0, actualInvestive: null, actualConsumptive: null },
    ]);
    expect(b.totals).toEqual({ plan: 190_000, actual: 48_000 });
    expect(b.items).toBe(5);
  });

  it('keeps to the chosen years and shows empty years as zero', async () => {
    const b = value(await h.api.getBudgetByYear({ from: 2025, to: 2026 }));
    expect(b.years.map((y) => [y.year, y.planInvestive + y.planConsumptive])).toEqual([[2025, 0], [2026, 145_000]]);
    expect(b.items).toBe(3);
  });

  it('answers an empty list without cost items', async () => {
    h.core.raw().prepare('DELETE FROM cost_items').run();
    expect(value(await h.api.getBudgetByYear({}))).toEqual({ years: [], totals: { plan: 0, actual: 0 }, items: 0 });
  });

  it('refuses an end year before the start year, in German and English', async () => {
    const de = await h.transport.invoke('getBudgetByYear', { from: 2027, to: 2026 }, { lang: 'de' });
    const en = await h.transport.invoke('getBudgetByYear', { from: 2027, to: 2026 }, { lang: 'en' });
    expect(de.ok ? null : de.error.details?.issues).toEqual([{ path: 'to', message: 'Das Endjahr liegt vor dem Anfangsjahr.' }]);
    expect(en.ok ? null : en.error.details?.issues).toEqual([{ path: 'to', message: 'The last year is before the first year.' }]);
  });
});

describe('milestone timeline', () => {
  beforeEach(() => {
    milestone('Wohngeld digital', 'Ausschreibung', '2026-02-01', true);
    milestone('Wohngeld digital', 'Go-live', '2026-03-31'); // before 15 May and not done: overdue
    milestone('E-Akte', 'Pilot', '2026-09-30');
    milestone('E-Akte', 'Rollout', '2028-03-31'); // outside 2025–2027
    milestone('Parkraum', 'Sensoren', '2025-06-30', true);
    milestone('Parkraum', 'Konzept', null); // undated
  });

  it('shows the milestones of this year ± 1 per measure, marked done, open or overdue', async () => {
    const t = value(await h.api.getMilestoneTimeline({}));
    expect([t.from, t.to, t.today]).toEqual(['2025-01-01', '2027-12-31', '2026-05-15']);
    // Fields in their order: Verwaltung (E-Akte, Wohngeld digital by title), then Mobilität (Parkraum).
    expect(t.rows.map((r) => [r.label, r.milestones.map((m) => `${m.title}:${m.state}`)])).toEqual([
      ['E-Akte', ['Pilot:open']],
      ['Wohngeld digital', ['Ausschreibung:done', 'Go-live:overdue']],
      ['Parkraum', ['Sensoren:done']],
    ]);
    expect(t.counts).toEqual({ done: 2, open: 1, overdue: 1 });
    expect(t.undated).toBe(1);
  });

  it('groups by field of action and moves the window with the year', async () => {
    const t = value(await h.api.getMilestoneTimeline({ year: 2027, groupBy: 'field' }));
    expect([t.from, t.to]).toEqual(['2026-01-01', '2028-12-31']);
    expect(t.rows.map((r) => [r.label, r.milestones.length])).toEqual([['Verwaltung & Bürgerservice', 4]]);
    expect(t.rows[0]!.milestones.map((m) => m.title)).toEqual(['Ausschreibung', 'Go-live', 'Pilot', 'Rollout']);
  });

  it('refuses a year out of range or an unknown grouping', async () => {
    for (const [input, path] of [[{ year: 1900 }, 'year'], [{ year: 2026.5 }, 'year'], [{ groupBy: 'phase' }, 'groupBy']] as const) {
      const r = await h.transport.invoke('getMilestoneTimeline', input, { lang: 'de' });
      expect(r.ok ? null : r.error.details?.issues?.map((i) => i.path)).toEqual([path]);
    }
  });
});
