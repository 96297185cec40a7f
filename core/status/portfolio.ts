/**
 * The portfolio's lights (every measure with its latest report) and the
 * milestones ahead, for Übersicht.
 */
import { STATUS_CURRENT_DAYS, type Parsed, type Phase, type PortfolioStatus, type UpcomingMilestone } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { today } from '../fact-sheet/milestones.ts';
import { daysBetween } from './proposal.ts';
import { lightsOf, type StatusRow } from './reports.ts';

const shiftDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The phases in which a measure is expected to report. */
const REPORTING_PHASES = new Set<Phase>(['implementation', 'operation']);

type Joined = Partial<StatusRow> & { m_id: string; title: string; phase: Phase; field_id: string | null; field_name: string | null };

/** The latest report per measure `m` as `r`: the newest reported_on, then the newest filing. */
export const LATEST_REPORT_JOIN = `LEFT JOIN status_reports r ON r.id = (
       SELECT s.id FROM status_reports s WHERE s.measure_id = m.id ORDER BY s.reported_on DESC, s.created_at DESC, s.id DESC LIMIT 1)`;

/** The first day whose report still counts as current. */
export const currentSince = (day: string): string => shiftDays(day, -STATUS_CURRENT_DAYS);

/** Whether a measure should have a current report and has none. */
export const isStale = (phase: Phase, reportedOn: string | null, since: string): boolean =>
  REPORTING_PHASES.has(phase) && (reportedOn === null || reportedOn < since);

export function listPortfolioStatus(core: Core): PortfolioStatus {
  const day = today(core);
  const since = currentSince(day);
  // Its lights only: the texts are not shown here.
  const rows = core.raw().prepare(
    `SELECT m.id AS m_id, m.title, m.phase, m.field_id, f.name AS field_name,
            r.id, r.reported_on, r.overall, r.schedule, r.cost, r.scope, r.resources, r.impact
     FROM measures m
     LEFT JOIN fields f ON f.id = m.field_id
     ${LATEST_REPORT_JOIN}
     ORDER BY m.title COLLATE NOCASE`,
  ).all() as Joined[];
  return {
    asOf: day,
    currentDays: STATUS_CURRENT_DAYS,
    rows: rows.map((r) => {
      const has = typeof r.id === 'string';
      return {
        measureId: r.m_id, title: r.title, phase: r.phase, fieldId: r.field_id, fieldName: r.field_name,
        reportId: has ? r.id! : null,
        reportedOn: has ? r.reported_on! : null,
        overall: has ? r.overall! : null,
        lights: has ? lightsOf(r as StatusRow) : null,
        noCurrentReport: !has || r.reported_on! < since,
        reportsExpected: REPORTING_PHASES.has(r.phase),
      };
    }),
  };
}

export function listUpcomingMilestones(core: Core, input: Parsed<'listUpcomingMilestones'>): UpcomingMilestone[] {
  const day = today(core);
  const rows = core.raw().prepare(
    `SELECT ms.id, ms.measure_id, m.title AS measure_title, ms.title, ms.planned_on
     FROM milestones ms JOIN measures m ON m.id = ms.measure_id
     WHERE ms.done = 0 AND ms.planned_on >= ? AND ms.planned_on <= ?
     ORDER BY ms.planned_on, m.title COLLATE NOCASE, ms.sort_order LIMIT ?`,
  ).all(day, shiftDays(day, input.days), input.limit) as { id: string; measure_id: string; measure_title: string; title: string; planned_on: string }[];
  return rows.map((r) => ({
    id: r.id, measureId: r.measure_id, measureTitle: r.measure_title, title: r.title, plannedOn: r.planned_on, daysUntil: daysBetween(day, r.planned_on),
  }));
}
