/**
 * The steering filters of the measures list: the overall light of the latest
 * status report, and whether a measure has funding. Plain SQL conditions on
 * `measures m` (no parameters: the values come from fixed lists).
 */
import type { FundingFilter, LightFilter } from '../../api/index.ts';

/** The overall light of the latest report: newest reported_on, then the newest filing (as listPortfolioStatus reads it). */
const LATEST_OVERALL = `(SELECT s.overall FROM status_reports s WHERE s.measure_id = m.id
  ORDER BY s.reported_on DESC, s.created_at DESC, s.id DESC LIMIT 1)`;

const FUNDED = `(EXISTS (SELECT 1 FROM financing_items fi WHERE fi.measure_id = m.id AND fi.source_type = 'funding' AND fi.amount > 0)
  OR EXISTS (SELECT 1 FROM funding_applications fa WHERE fa.measure_id = m.id AND fa.status = 'approved'))`;
const APPLIED = "EXISTS (SELECT 1 FROM funding_applications fa WHERE fa.measure_id = m.id AND fa.status IN ('planned', 'submitted'))";

const LIGHT_SQL: Record<LightFilter, string> = {
  red: `${LATEST_OVERALL} = 'red'`,
  yellow: `${LATEST_OVERALL} = 'yellow'`,
  green: `${LATEST_OVERALL} = 'green'`,
  grey: `${LATEST_OVERALL} = 'grey'`,
  none: 'NOT EXISTS (SELECT 1 FROM status_reports s WHERE s.measure_id = m.id)',
};

const FUNDING_SQL: Record<FundingFilter, string> = {
  funded: FUNDED,
  applied: APPLIED,
  none: `NOT ${FUNDED} AND NOT ${APPLIED}`,
};

export function portfolioFilterSql(q: { light?: LightFilter | undefined; funding?: FundingFilter | undefined }): string[] {
  const where: string[] = [];
  if (q.light) where.push(LIGHT_SQL[q.light]);
  if (q.funding) where.push(`(${FUNDING_SQL[q.funding]})`);
  return where;
}
