/**
 * Value vs effort: the value and effort sub-scores exactly as the ranking
 * computes them (core/scoring), bubble size from the effective budget. Above
 * `limit` placed measures the answer is a grid of counts, not thousands of dots.
 */
import { QUADRANTS, UNPLACED_LIMIT, type Parsed, type Quadrant, type ValueEffortCell, type ValueEffortChart, type ValueEffortPoint, type ValueEffortUnplaced } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { loadRankingData, rankRows, resolveWeights } from '../scoring/ranking.ts';
import { effectiveBudgets, fieldColors, NO_FIELD_COLOR } from './shared.ts';

/** The middle of both axes splits the four quadrants; a measure right on 50 counts as high. */
export function quadrantOf(value: number, effort: number): Quadrant {
  const high = value >= 50;
  const easy = effort < 50;
  if (high) return easy ? 'quickWin' : 'bigBet';
  return easy ? 'fillIn' : 'reconsider';
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function valueEffortChart(core: Core, input: Parsed<'getValueEffortChart'>): ValueEffortChart {
  const data = loadRankingData(core);
  const rows = rankRows(data, resolveWeights(data.criteria, undefined));
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
  unplaced.sort((a, b) => a.title.localeCompare(b.title, 'de') || a.measureId.localeCompare(b.measureId));

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
    points.sort((a, b) => (b.budget ?? 0) - (a.budget ?? 0) || a.title.localeCompare(b.title, 'de'));
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
