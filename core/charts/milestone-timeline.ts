/**
 * Milestones of all measures in a window of three years (the chosen year ± 1),
 * one row per measure or per field of action. Done, open and overdue are
 * judged against the core's clock, like the fact sheet does.
 */
import type { MilestoneState, MilestoneTimeline, Parsed, TimelineRow } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { today } from '../fact-sheet/milestones.ts';
import { NO_FIELD_COLOR } from './shared.ts';

interface Row {
  id: string; title: string; planned_on: string; actual_on: string | null; done: number;
  measure_id: string; measure_title: string; field_id: string | null; field_name: string | null; color: string | null; field_order: number | null;
}

export function milestoneTimeline(core: Core, input: Parsed<'getMilestoneTimeline'>): MilestoneTimeline {
  const day = today(core);
  const year = input.year ?? Number(day.slice(0, 4));
  const from = `${year - 1}-01-01`;
  const to = `${year + 1}-12-31`;
  const raw = core.raw();
  const rows = raw.prepare(
    `SELECT ms.id, ms.title, ms.planned_on, ms.actual_on, ms.done, m.id AS measure_id, m.title AS measure_title,
            f.id AS field_id, f.name AS field_name, f.color, f.sort_order AS field_order
     FROM milestones ms JOIN measures m ON m.id = ms.measure_id LEFT JOIN fields f ON f.id = m.field_id
     WHERE ms.planned_on BETWEEN ? AND ?
     ORDER BY coalesce(f.sort_order, 1e9), ${input.groupBy === 'measure' ? 'm.title COLLATE NOCASE, m.id,' : ''} ms.planned_on, ms.sort_order, ms.title`,
  ).all(from, to) as Row[];
  const undated = (raw.prepare('SELECT count(*) AS n FROM milestones WHERE planned_on IS NULL').get() as { n: number }).n;

  const counts: Record<MilestoneState, number> = { done: 0, open: 0, overdue: 0 };
  const out = new Map<string, TimelineRow>();
  for (const r of rows) {
    const state: MilestoneState = r.done === 1 ? 'done' : r.planned_on < day ? 'overdue' : 'open';
    counts[state] += 1;
    const key = input.groupBy === 'measure' ? r.measure_id : (r.field_id ?? '');
    let row = out.get(key);
    if (!row) {
      row = input.groupBy === 'measure'
        ? { id: r.measure_id, label: r.measure_title, color: r.color ?? NO_FIELD_COLOR, milestones: [] }
        : { id: r.field_id, label: r.field_name, color: r.color ?? NO_FIELD_COLOR, milestones: [] };
      out.set(key, row);
    }
    row.milestones.push({ id: r.id, title: r.title, measureId: r.measure_id, measureTitle: r.measure_title, plannedOn: r.planned_on, actualOn: r.actual_on, state });
  }
  return { from, to, today: day, groupBy: input.groupBy, rows: [...out.values()], counts, undated };
}
