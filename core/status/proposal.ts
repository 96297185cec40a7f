/**
 * core/status/: status reports (dated, unchangeable snapshots), the lights the
 * system proposes from thresholds, the portfolio's latest lights and the
 * milestones ahead. Imports api/ and core/ only; never renderer/ or host/.
 *
 * This file: the proposal. Schedule and cost follow from data (milestones,
 * end date, cost items); scope, resources and impact need the owner's judgement.
 */
import { STATUS_DIMENSIONS, worstLight, type Light, type ProposedLight, type StatusProposal } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { measureTitle, today } from '../fact-sheet/milestones.ts';

/** Overdue by more than this many days turns the schedule red. */
export const OVERDUE_RED_DAYS = 30;
/** Actual above plan by more than this share turns the cost red (above 0 already yellow). */
export const COST_RED_SHARE = 0.1;

const DAY_MS = 86_400_000;
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/** Phases in which a passed end date is no longer a schedule problem. */
const END_SETTLED = new Set(['operation', 'completed', 'stopped']);

function schedule(core: Core, measureId: string, day: string): ProposedLight {
  const raw = core.raw();
  const m = raw.prepare('SELECT phase, "end" AS end FROM measures WHERE id = ?').get(measureId) as { phase: string; end: string | null };
  const overdue = raw.prepare(
    'SELECT title, planned_on FROM milestones WHERE measure_id = ? AND done = 0 AND planned_on IS NOT NULL AND planned_on < ? ORDER BY planned_on, sort_order',
  ).all(measureId, day) as { title: string; planned_on: string }[];
  const first = overdue[0];
  if (first) {
    const days = daysBetween(first.planned_on, day);
    const params = { title: first.title, days, count: overdue.length };
    return days > OVERDUE_RED_DAYS
      ? { light: 'red', reason: { key: 'milestone_overdue_long', params } }
      : { light: 'yellow', reason: { key: 'milestone_overdue', params } };
  }
  if (m.end && m.end < day && !END_SETTLED.has(m.phase)) {
    return { light: 'yellow', reason: { key: 'end_passed', params: { end: m.end, days: daysBetween(m.end, day) } } };
  }
  const planned = (raw.prepare('SELECT count(*) AS n FROM milestones WHERE measure_id = ? AND planned_on IS NOT NULL').get(measureId) as { n: number }).n;
  if (!planned && !m.end) return { light: 'grey', reason: { key: 'schedule_no_plan', params: {} } };
  return { light: 'green', reason: { key: 'schedule_on_track', params: {} } };
}

function cost(core: Core, measureId: string): ProposedLight {
  const row = core.raw().prepare(
    `SELECT count(*) AS items, count(actual) AS withActual,
            coalesce(sum(CASE WHEN actual IS NOT NULL THEN plan END), 0) AS plan,
            coalesce(sum(actual), 0) AS actual
     FROM cost_items WHERE measure_id = ?`,
  ).get(measureId) as { items: number; withActual: number; plan: number; actual: number };
  if (!row.items) return { light: 'grey', reason: { key: 'cost_none', params: {} } };
  // Only items with an actual value are compared: next year's plan is not yet an underrun.
  if (!row.withActual) return { light: 'grey', reason: { key: 'cost_no_actuals', params: {} } };
  const params = { plan: row.plan, actual: row.actual, percent: row.plan > 0 ? Math.round(((row.actual - row.plan) / row.plan) * 1000) / 10 : 100 };
  if (row.actual > row.plan * (1 + COST_RED_SHARE)) return { light: 'red', reason: { key: 'cost_over_long', params } };
  if (row.actual > row.plan) return { light: 'yellow', reason: { key: 'cost_over', params } };
  return { light: 'green', reason: { key: 'cost_on_plan', params } };
}

const judgement = (): ProposedLight => ({ light: 'grey', reason: { key: 'needs_judgement', params: {} } });

export function proposeStatus(core: Core, measureId: string): StatusProposal {
  measureTitle(core, measureId);
  const day = today(core);
  const lights = { schedule: schedule(core, measureId, day), cost: cost(core, measureId), scope: judgement(), resources: judgement(), impact: judgement() };
  const overall: Light = worstLight(STATUS_DIMENSIONS.map((d) => lights[d].light));
  return { asOf: day, overall, lights };
}
