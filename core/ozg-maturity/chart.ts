/**
 * The maturity charts: relevant services per Ist level and Themenfeld (one
 * model version at a time: levels of 1.1 and 2.0 are not comparable), and the
 * share of them at level 3 or higher.
 */
import { OZG_MODEL_MAX, type OzgMaturityChart, type OzgThemenfeldMaturity, type Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';

export function getOzgMaturityChart(core: Core, q: Parsed<'getOzgMaturityChart'>): OzgMaturityChart {
  const max = OZG_MODEL_MAX[q.model];
  const rows = core.raw().prepare(
    `SELECT s.themenfeld, m.level_ist AS ist FROM ozg_maturity m JOIN ozg_services s ON s.ozg_id = m.ozg_id
     WHERE m.relevant = 1 AND m.model = ? AND m.level_ist IS NOT NULL ORDER BY s.themenfeld`,
  ).all(q.model) as { themenfeld: string; ist: number }[];
  const byField = new Map<string, OzgThemenfeldMaturity>();
  for (const r of rows) {
    let field = byField.get(r.themenfeld);
    if (!field) {
      field = { themenfeld: r.themenfeld, counts: Array.from({ length: max + 1 }, () => 0), assessed: 0, atLeast3: 0 };
      byField.set(r.themenfeld, field);
    }
    // Levels are validated on save; clamp anyway so a hand-edited file cannot break the chart.
    field.counts[Math.min(Math.max(r.ist, 0), max)]! += 1;
    field.assessed += 1;
    if (r.ist >= 3) field.atLeast3 += 1;
  }
  const assessed = rows.length;
  const atLeast3 = rows.filter((r) => r.ist >= 3).length;
  return { model: q.model, max, rows: [...byField.values()], assessed, atLeast3, share: assessed ? atLeast3 / assessed : null };
}
