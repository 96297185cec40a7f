import { PHASES, type FieldPhaseCount, type Overview, type Phase } from '../../api/index.ts';
import type { Core } from '../core.ts';

const emptyCounts = (): Record<Phase, number> => Object.fromEntries(PHASES.map((p) => [p, 0])) as Record<Phase, number>;

/** Measures per field of action by phase, for the first chart on Übersicht. */
export function overview(core: Core): Overview {
  const raw = core.raw();
  const rows = raw.prepare(
    `SELECT f.id AS field_id, f.name AS field_name, f.color, m.phase, count(*) AS n
     FROM measures m LEFT JOIN fields f ON f.id = m.field_id
     GROUP BY f.id, m.phase ORDER BY coalesce(f.sort_order, 1e9)`,
  ).all() as { field_id: string | null; field_name: string | null; color: string | null; phase: Phase; n: number }[];
  const byField = new Map<string | null, FieldPhaseCount>();
  for (const r of rows) {
    let entry = byField.get(r.field_id);
    if (!entry) {
      entry = { fieldId: r.field_id, fieldName: r.field_name, color: r.color ?? '#9aa5b1', counts: emptyCounts() };
      byField.set(r.field_id, entry);
    }
    entry.counts[r.phase] += r.n;
  }
  const totals = raw.prepare('SELECT count(*) AS n, coalesce(sum(budget), 0) AS b FROM measures').get() as { n: number; b: number };
  return { measureCount: totals.n, budgetTotal: totals.b, byFieldPhase: [...byField.values()] };
}
