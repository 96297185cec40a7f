/**
 * Value vs effort: the value and effort sub-scores exactly as the ranking
 * computes them (core/scoring), bubble size from the effective budget. Above
 * `limit` placed measures the answer is a grid of counts, not thousands of dots.
 *
 * The sub-scores are summed in SQL with the formula of summarise() in
 * core/scoring/ranking.ts: on each axis, the weights of the scored criteria,
 * cost criteria inverted, the effort axis read as effort. One grouped query
 * instead of 60,000 score rows through JavaScript keeps 10,000 measures well
 * within the chart budget; tests/unit/charts-core.test.ts holds both equal.
 */
import { QUADRANTS, UNPLACED_LIMIT, type Parsed, type Quadrant, type ValueEffortCell, type ValueEffortChart, type ValueEffortPoint, type ValueEffortUnplaced } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { effectiveBudgets, fieldColors, NO_FIELD_COLOR } from './shared.ts';
import { compareGerman } from '../collate.ts';

/** The middle of both axes splits the four quadrants; a measure right on 50 counts as high. */
export function quadrantOf(value: number, effort: number): Quadrant {
  const high = value >= 50;
  const easy = effort < 50;
  if (high) return easy ? 'quickWin' : 'bigBet';
  return easy ? 'fillIn' : 'reconsider';
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Per measure, on each axis: the weighted "good" of its scored criteria and their weight. Grouped by measure only, so SQLite walks the (measure, criterion) index without sorting. */
const GOOD = "(CASE WHEN c.direction = 'cost' THEN 1.0 - s.score * 1.0 / c.scale_max ELSE s.score * 1.0 / c.scale_max END)";
const AXES_SQL = `SELECT s.measure_id AS id,
    sum(CASE WHEN c.axis = 'value' THEN c.weight * ${GOOD} END) AS value_good, sum(CASE WHEN c.axis = 'value' THEN c.weight END) AS value_w,
    sum(CASE WHEN c.axis = 'effort' THEN c.weight * ${GOOD} END) AS effort_good, sum(CASE WHEN c.axis = 'effort' THEN c.weight END) AS effort_w
  FROM measure_scores s JOIN scoring_criteria c ON c.id = s.criterion_id
  GROUP BY s.measure_id`;

interface Row { measureId: string; title: string; fieldId: string | null; fieldName: string | null; value: number | null; effort: number | null }

/** Every measure with its value and effort sub-score (0..100; null: that axis has no scored criterion with weight). */
function subScores(core: Core): Row[] {
  const raw = core.raw();
  const axes = new Map<string, { value: number | null; effort: number | null }>();
  type AxisRow = { id: string; value_good: number | null; value_w: number | null; effort_good: number | null; effort_w: number | null };
  for (const a of raw.prepare(AXES_SQL).all() as AxisRow[]) {
    axes.set(a.id, {
      value: a.value_w ? round2(((a.value_good ?? 0) / a.value_w) * 100) : null,
      // The effort axis says how much effort there is: the weight not "good".
      effort: a.effort_w ? round2(((a.effort_w - (a.effort_good ?? 0)) / a.effort_w) * 100) : null,
    });
  }
  const measures = raw.prepare('SELECT m.id, m.title, m.field_id, f.name AS field_name FROM measures m LEFT JOIN fields f ON f.id = m.field_id').all() as
    { id: string; title: string; field_id: string | null; field_name: string | null }[];
  return measures.map((m) => ({ measureId: m.id, title: m.title, fieldId: m.field_id, fieldName: m.field_name, ...(axes.get(m.id) ?? { value: null, effort: null }) }));
}

export function valueEffortChart(core: Core, input: Parsed<'getValueEffortChart'>): ValueEffortChart {
  const rows = subScores(core);
  const budgets = effectiveBudgets(core);
  const fields = fieldColors(core);

  const points: ValueEffortPoint[] = [];
  const unplaced: ValueEffortUnplaced[] = [];
  for (const r of rows) {
    if (r.value === null || r.effort === null) {
      unplaced.push({ measureId: r.measureId, title: r.title, fieldName: r.fieldName, missing: r.value === null && r.effort === null ? 'none' : r.value === null ? 'value' : 'effort' });
      continue;
    }
    const b = budgets.get(r.measureId) ?? { budget: null, source: null };
    points.push({
      measureId: r.measureId, title: r.title, fieldId: r.fieldId, fieldName: r.fieldName,
      color: (r.fieldId && fields.get(r.fieldId)?.color) || NO_FIELD_COLOR,
      value: r.value, effort: r.effort, budget: b.budget, budgetSource: b.source, quadrant: quadrantOf(r.value, r.effort),
    });
  }
  unplaced.sort((a, b) => compareGerman(a.title, b.title) || a.measureId.localeCompare(b.measureId));

  const quadrantCounts = Object.fromEntries(QUADRANTS.map((q) => [q, 0])) as Record<Quadrant, number>;
  for (const p of points) quadrantCounts[p.quadrant] += 1;

  // The legend names the fields that actually appear, in the CDO's field order.
  const used = new Map<string | null, { id: string | null; name: string | null; color: string; order: number }>();
  for (const p of points) {
    if (!used.has(p.fieldId)) used.set(p.fieldId, { id: p.fieldId, name: p.fieldName, color: p.color, order: p.fieldId ? (fields.get(p.fieldId)?.sortOrder ?? 0) : Number.MAX_SAFE_INTEGER });
  }
  const legend = [...used.values()].sort((a, b) => a.order - b.order).map(({ id, name, color }) => ({ id, name, color }));

  const step = round2(100 / input.grid);
  const base = { placed: points.length, quadrantCounts, unplaced: unplaced.slice(0, UNPLACED_LIMIT), unplacedCount: unplaced.length, fields: legend, step };
  if (points.length <= input.limit) {
    points.sort((a, b) => (b.budget ?? 0) - (a.budget ?? 0) || compareGerman(a.title, b.title));
    return { mode: 'bubbles', points, cells: [], ...base };
  }

  const cellOf = (v: number) => Math.min(input.grid - 1, Math.floor((v / 100) * input.grid));
  const cells = new Map<string, ValueEffortCell>();
  for (const p of points) {
    const e = cellOf(p.effort);
    const v = cellOf(p.value);
    const key = `${e}:${v}`;
    let cell = cells.get(key);
    if (!cell) cells.set(key, (cell = { effortFrom: round2((e * 100) / input.grid), valueFrom: round2((v * 100) / input.grid), count: 0, budget: 0 }));
    cell.count += 1;
    cell.budget += p.budget ?? 0;
  }
  const sorted = [...cells.values()].sort((a, b) => b.valueFrom - a.valueFrom || a.effortFrom - b.effortFrom);
  return { mode: 'grid', points: [], cells: sorted, ...base };
}
