import type { Core } from '../core.ts';

/** Colour of measures without a field of action (the same grey as on Übersicht). */
export const NO_FIELD_COLOR = '#9aa5b1';

/**
 * A measure's budget as the charts count it: the sum of its cost-item plans
 * when it has cost items, else the budget on the measure itself.
 */
export const EFFECTIVE_BUDGET_SQL = `SELECT m.id, m.budget AS measure_budget, c.plan AS cost_plan
  FROM measures m LEFT JOIN (SELECT measure_id, sum(plan) AS plan FROM cost_items GROUP BY measure_id) c ON c.measure_id = m.id`;

export interface EffectiveBudget {
  budget: number | null;
  source: 'costItems' | 'measure' | null;
}

export function effectiveBudgets(core: Core): Map<string, EffectiveBudget> {
  const rows = core.raw().prepare(EFFECTIVE_BUDGET_SQL).all() as { id: string; measure_budget: number | null; cost_plan: number | null }[];
  return new Map(rows.map((r) => [r.id, r.cost_plan !== null ? { budget: r.cost_plan, source: 'costItems' } : r.measure_budget !== null ? { budget: r.measure_budget, source: 'measure' } : { budget: null, source: null }]));
}

export function fieldColors(core: Core): Map<string, { name: string; color: string; sortOrder: number }> {
  const rows = core.raw().prepare('SELECT id, name, color, sort_order FROM fields').all() as { id: string; name: string; color: string; sort_order: number }[];
  return new Map(rows.map((f) => [f.id, { name: f.name, color: f.color, sortOrder: f.sort_order }]));
}
