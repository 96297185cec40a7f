/**
 * core/fact-sheet/: the parts of a measure's fact sheet that are rows of their
 * own: milestones (here), dependencies between measures, linked OZG services.
 * Imports api/ and core/ only. Every edit is one undo step (inStep).
 */
import type { Milestone, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep, readRow } from '../changes/log.ts';

interface MilestoneRow {
  id: string; measure_id: string; title: string; planned_on: string | null; actual_on: string | null; done: number; sort_order: number;
}

/** Today as YYYY-MM-DD, from the core's clock (reproducible in tests and the demo). */
export const today = (core: Core): string => core.clock.now().slice(0, 10);

const toMilestone = (r: MilestoneRow, day: string): Milestone => ({
  id: r.id, measureId: r.measure_id, title: r.title, plannedOn: r.planned_on, actualOn: r.actual_on, done: r.done === 1,
  sortOrder: r.sort_order, overdue: r.done !== 1 && r.planned_on !== null && r.planned_on < day,
});

/** The measure must exist; its title names the undo step. */
export function measureTitle(core: Core, measureId: string, path = 'measureId'): string {
  const row = readRow(core, 'measure', measureId);
  if (!row) throw new CoreError('not_found', 'measure_unknown', {}, [{ path, key: 'measure_unknown' }]);
  return String(row.title);
}

export function listMilestones(core: Core, measureId: string): Milestone[] {
  measureTitle(core, measureId);
  const rows = core.raw()
    .prepare('SELECT * FROM milestones WHERE measure_id = ? ORDER BY planned_on IS NULL, planned_on, sort_order, title')
    .all(measureId) as MilestoneRow[];
  const day = today(core);
  return rows.map((r) => toMilestone(r, day));
}

function getMilestone(core: Core, id: string): Milestone {
  const row = core.raw().prepare('SELECT * FROM milestones WHERE id = ?').get(id) as MilestoneRow | undefined;
  if (!row) throw notFound();
  return toMilestone(row, today(core));
}

export function saveMilestone(core: Core, input: Parsed<'saveMilestone'>): Milestone {
  const raw = core.raw();
  measureTitle(core, input.measureId);
  const existing = input.id ? (readRow(core, 'milestone', input.id) as MilestoneRow | null) : null;
  // A milestone stays with its measure: an id of another measure's milestone is not this one's.
  if (input.id && (!existing || existing.measure_id !== input.measureId)) throw notFound();
  const now = core.clock.now();
  const id = input.id ?? core.clock.newId();
  // Ticked as reached without a date: reached today.
  const actualOn = input.done ? (input.actualOn ?? today(core)) : null;
  const order = input.sortOrder ?? existing?.sort_order
    ?? ((raw.prepare('SELECT max(sort_order) AS m FROM milestones WHERE measure_id = ?').get(input.measureId) as { m: number | null }).m ?? 0) + 10;
  const action = existing ? 'update' : 'create';
  inStep(core, { action, entity: 'milestone', title: input.title }, (step) =>
    step.track('milestone', id, action, () => {
      if (existing) {
        raw.prepare('UPDATE milestones SET title = ?, planned_on = ?, actual_on = ?, done = ?, sort_order = ?, updated_at = ? WHERE id = ?')
          .run(input.title, input.plannedOn, actualOn, input.done ? 1 : 0, order, now, id);
      } else {
        raw.prepare('INSERT INTO milestones (id, measure_id, title, planned_on, actual_on, done, sort_order, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(id, input.measureId, input.title, input.plannedOn, actualOn, input.done ? 1 : 0, order, 'local', now, now);
      }
    }),
  );
  return getMilestone(core, id);
}

export function deleteMilestone(core: Core, id: string): null {
  const m = getMilestone(core, id);
  inStep(core, { action: 'delete', entity: 'milestone', title: m.title }, (step) =>
    step.track('milestone', id, 'delete', () => core.raw().prepare('DELETE FROM milestones WHERE id = ?').run(id)),
  );
  return null;
}
