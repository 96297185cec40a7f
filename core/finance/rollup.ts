/**
 * Portfolio roll-ups of the cost items: plan and actual, investive and
 * consumptive, per year, field of action or phase (for the charts and the
 * overview). Groups without cost items are left out.
 */
import { PHASES, type FinanceRollup, type FinanceRollupRow, type RollupBy } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { cents } from './money.ts';

const SUMS = `
  coalesce(sum(CASE WHEN c.kind = 'investive' THEN c.plan END), 0) AS planInvestive,
  coalesce(sum(CASE WHEN c.kind = 'consumptive' THEN c.plan END), 0) AS planConsumptive,
  coalesce(sum(CASE WHEN c.kind = 'investive' THEN c.actual END), 0) AS actualInvestive,
  coalesce(sum(CASE WHEN c.kind = 'consumptive' THEN c.actual END), 0) AS actualConsumptive`;

const PHASE_ORDER = `CASE m.phase ${PHASES.map((p, i) => `WHEN '${p}' THEN ${i}`).join(' ')} END`;

const QUERIES: Record<RollupBy, string> = {
  year: `SELECT CAST(c.year AS TEXT) AS key, CAST(c.year AS TEXT) AS label, ${SUMS} FROM cost_items c GROUP BY c.year ORDER BY c.year`,
  field: `SELECT coalesce(f.id, '') AS key, coalesce(f.name, '') AS label, ${SUMS}
          FROM cost_items c JOIN measures m ON m.id = c.measure_id LEFT JOIN fields f ON f.id = m.field_id
          GROUP BY f.id ORDER BY f.id IS NULL, f.sort_order, f.name`,
  phase: `SELECT m.phase AS key, m.phase AS label, ${SUMS} FROM cost_items c JOIN measures m ON m.id = c.measure_id
          GROUP BY m.phase ORDER BY ${PHASE_ORDER}`,
};

export function getFinanceRollup(core: Core, by: RollupBy): FinanceRollup {
  const rows = core.raw().prepare(QUERIES[by]).all() as FinanceRollupRow[];
  return {
    by,
    rows: rows.map((r) => ({
      key: r.key, label: r.label, planInvestive: cents(r.planInvestive), planConsumptive: cents(r.planConsumptive),
      actualInvestive: cents(r.actualInvestive), actualConsumptive: cents(r.actualConsumptive),
    })),
  };
}
