/**
 * Plan and actual per year and kind (investive, consumptive), summed straight
 * from cost_items. An actual stays null while no cost item of that year and
 * kind has one, so "nothing spent" and "not reported yet" stay apart.
 */
import type { BudgetByYear, BudgetYear, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';

interface SumRow { year: number; kind: 'investive' | 'consumptive'; plan: number; actual: number | null; n: number }

export function budgetByYear(core: Core, input: Parsed<'getBudgetByYear'>): BudgetByYear {
  const from = input.from ?? null;
  const to = input.to ?? null;
  const rows = core.raw().prepare(
    `SELECT year, kind, sum(plan) AS plan, sum(actual) AS actual, count(*) AS n FROM cost_items
     WHERE (? IS NULL OR year >= ?) AND (? IS NULL OR year <= ?)
     GROUP BY year, kind ORDER BY year`,
  ).all(from, from, to, to) as SumRow[];
  const years = rows.map((r) => r.year);
  const first = from ?? (years.length ? Math.min(...years) : null);
  const last = to ?? (years.length ? Math.max(...years) : null);
  const byYear = new Map<number, BudgetYear>();
  // Every year of the range appears, also one without cost items: a gap in the bars would hide it.
  if (first !== null && last !== null) {
    for (let y = first; y <= last; y++) byYear.set(y, { year: y, planInvestive: 0, planConsumptive: 0, actualInvestive: null, actualConsumptive: null });
  }
  for (const r of rows) {
    const y = byYear.get(r.year)!;
    if (r.kind === 'investive') {
      y.planInvestive = r.plan;
      y.actualInvestive = r.actual;
    } else {
      y.planConsumptive = r.plan;
      y.actualConsumptive = r.actual;
    }
  }
  const list = [...byYear.values()];
  return {
    years: list,
    totals: {
      plan: list.reduce((a, y) => a + y.planInvestive + y.planConsumptive, 0),
      actual: list.reduce((a, y) => a + (y.actualInvestive ?? 0) + (y.actualConsumptive ?? 0), 0),
    },
    items: rows.reduce((a, r) => a + r.n, 0),
  };
}
