/**
 * The traffic-light matrix: every measure's latest status report as one row
 * of lights per dimension, worst first. Large portfolios are aggregated: the
 * counts per dimension and light are complete, the rows stop at `limit`.
 */
import { LIGHTS, STATUS_CURRENT_DAYS, STATUS_DIMENSIONS, type Light, type Parsed, type StatusDimension, type StatusMatrix } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError } from '../errors.ts';
import { today } from '../fact-sheet/milestones.ts';
import { compareGerman } from '../collate.ts';

interface Row {
  measure_id: string; title: string; field_name: string | null; reported_on: string;
  overall: Light; schedule: Light; cost: Light; scope: Light; resources: Light; impact: Light;
}

const SEVERITY: Record<Light, number> = { red: 3, yellow: 2, green: 1, grey: 0 };
const KEYS = [...STATUS_DIMENSIONS, 'overall'] as const;

const shiftDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export function statusMatrix(core: Core, input: Parsed<'getStatusMatrix'>): StatusMatrix {
  const raw = core.raw();
  if (input.fieldId !== null && !raw.prepare('SELECT 1 FROM fields WHERE id = ?').get(input.fieldId)) {
    throw new CoreError('not_found', 'field_unknown', {}, [{ path: 'fieldId', key: 'field_unknown' }]);
  }
  const day = today(core);
  const since = shiftDays(day, -STATUS_CURRENT_DAYS);
  // The latest report per measure, as listPortfolioStatus reads it: newest reported_on, then the newest filing.
  const rows = raw.prepare(
    `SELECT m.id AS measure_id, m.title, f.name AS field_name, r.reported_on, r.overall, r.schedule, r.cost, r.scope, r.resources, r.impact
     FROM measures m
     JOIN status_reports r ON r.id = (
       SELECT s.id FROM status_reports s WHERE s.measure_id = m.id ORDER BY s.reported_on DESC, s.created_at DESC, s.id DESC LIMIT 1)
     LEFT JOIN fields f ON f.id = m.field_id
     WHERE ? IS NULL OR m.field_id = ?`,
  ).all(input.fieldId, input.fieldId) as Row[];
  const { n: unreported } = raw.prepare(
    `SELECT count(*) AS n FROM measures m WHERE m.phase IN ('implementation', 'operation')
       AND NOT EXISTS (SELECT 1 FROM status_reports s WHERE s.measure_id = m.id) AND (? IS NULL OR m.field_id = ?)`,
  ).get(input.fieldId, input.fieldId) as { n: number };

  const counts = Object.fromEntries(KEYS.map((k) => [k, Object.fromEntries(LIGHTS.map((l) => [l, 0]))])) as Record<StatusDimension | 'overall', Record<Light, number>>;
  for (const r of rows) for (const k of KEYS) counts[k][r[k]] += 1;

  // Worst first: the overall light, then how many dimensions are red, then yellow; ties by title.
  const weight = (r: Row) => STATUS_DIMENSIONS.reduce((a, d) => a + (r[d] === 'red' ? 100 : r[d] === 'yellow' ? 1 : 0), 0);
  const sorted = rows
    .map((r) => ({ r, severity: SEVERITY[r.overall], weight: weight(r) }))
    .sort((a, b) => b.severity - a.severity || b.weight - a.weight || compareGerman(a.r.title, b.r.title))
    .slice(0, input.limit)
    .map(({ r }) => ({
      measureId: r.measure_id, title: r.title, fieldName: r.field_name, reportedOn: r.reported_on, overall: r.overall,
      lights: { schedule: r.schedule, cost: r.cost, scope: r.scope, resources: r.resources, impact: r.impact },
      current: r.reported_on >= since,
    }));
  return { fieldId: input.fieldId, asOf: day, rows: sorted, reported: rows.length, unreported, counts };
}
