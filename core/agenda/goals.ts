/**
 * Goals of an agenda (strategic goals with operational goals below them) and
 * their links to measures of the portfolio.
 */
import type { AgendaGoal, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { trackChildren } from '../changes/children.ts';
import { inStep, readRow, type Step } from '../changes/log.ts';
import { measureTitle } from '../fact-sheet/milestones.ts';
import { agendaRow, flatGoals, liveContent } from './content.ts';
import { assertDraftEditable } from './versions-read.ts';

export interface GoalRow {
  id: string; agenda_id: string; parent_id: string | null; kind: AgendaGoal['kind']; title: string; description: string | null;
  field_id: string | null; sort_order: number;
}

export function goalRow(core: Core, id: string): GoalRow {
  const row = core.raw().prepare('SELECT * FROM agenda_goals WHERE id = ?').get(id) as GoalRow | undefined;
  if (!row) throw notFound();
  return row;
}

function liveGoal(core: Core, agendaId: string, goalId: string): AgendaGoal {
  const goal = flatGoals(liveContent(core, agendaId)).find((g) => g.id === goalId);
  if (!goal) throw notFound();
  return goal;
}

export function saveAgendaGoal(core: Core, input: Parsed<'saveAgendaGoal'>): AgendaGoal {
  agendaRow(core, input.agendaId);
  const existing = input.id ? goalRow(core, input.id) : null;
  if (existing && existing.agenda_id !== input.agendaId) throw notFound();
  assertDraftEditable(core, input.agendaId);
  const raw = core.raw();
  if (input.parentId) {
    const parent = raw.prepare('SELECT * FROM agenda_goals WHERE id = ?').get(input.parentId) as GoalRow | undefined;
    if (!parent || parent.agenda_id !== input.agendaId || parent.parent_id !== null || parent.id === existing?.id) {
      throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'parentId', key: 'agenda_goal_parent' }]);
    }
    const children = existing ? (raw.prepare('SELECT count(*) FROM agenda_goals WHERE parent_id = ?').pluck().get(existing.id) as number) : 0;
    if (children > 0) throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'parentId', key: 'agenda_goal_has_children' }]);
  }
  if (input.fieldId && !readRow(core, 'field', input.fieldId)) {
    throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'fieldId', key: 'field_unknown' }]);
  }
  const kind = input.parentId ? 'operational' : 'strategic';
  const now = core.clock.now();
  const sortOrder = input.sortOrder ?? existing?.sort_order ?? ((raw.prepare(
    'SELECT coalesce(max(sort_order), -1) + 1 FROM agenda_goals WHERE agenda_id = ? AND parent_id IS ?',
  ).pluck().get(input.agendaId, input.parentId) as number));
  const id = inStep(core, { action: existing ? 'update' : 'create', entity: 'agendaGoal', title: input.title }, (step) => {
    const goalId = existing?.id ?? core.clock.newId();
    step.track('agendaGoal', goalId, existing ? 'update' : 'create', () => {
      if (existing) {
        raw.prepare('UPDATE agenda_goals SET parent_id = ?, kind = ?, title = ?, description = ?, field_id = ?, sort_order = ?, updated_at = ? WHERE id = ?')
          .run(input.parentId, kind, input.title, input.description, input.fieldId, sortOrder, now, goalId);
      } else {
        raw.prepare(`INSERT INTO agenda_goals (id, agenda_id, parent_id, kind, title, description, field_id, sort_order, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(goalId, input.agendaId, input.parentId, kind, input.title, input.description, input.fieldId, sortOrder, now, now);
      }
    });
    return goalId;
  });
  return liveGoal(core, input.agendaId, id);
}

/** Deletes an indicator with its measurements inside an open step, so undo brings all back. */
export function trackIndicatorDelete(core: Core, step: Step, indicatorId: string): void {
  const raw = core.raw();
  for (const m of raw.prepare('SELECT id FROM agenda_measurements WHERE indicator_id = ?').pluck().all(indicatorId) as string[]) {
    step.track('measurement', m, 'delete', () => raw.prepare('DELETE FROM agenda_measurements WHERE id = ?').run(m));
  }
  step.track('indicator', indicatorId, 'delete', () => raw.prepare('DELETE FROM agenda_indicators WHERE id = ?').run(indicatorId));
}

/** Deletes a goal with its operational goals, measure links and goal indicators (the measures themselves stay). */
export function deleteAgendaGoal(core: Core, id: string): null {
  const goal = goalRow(core, id);
  assertDraftEditable(core, goal.agenda_id);
  const raw = core.raw();
  inStep(core, { action: 'delete', entity: 'agendaGoal', title: goal.title }, (step) => {
    // Its operational goals, indicators with their measurements, measure and stakeholder links.
    trackChildren(core, step, 'agenda_goals', id);
    step.track('agendaGoal', id, 'delete', () => raw.prepare('DELETE FROM agenda_goals WHERE id = ?').run(id));
  });
  return null;
}

export function linkAgendaMeasure(core: Core, input: Parsed<'linkAgendaMeasure'>): AgendaGoal {
  const goal = goalRow(core, input.goalId);
  const title = measureTitle(core, input.measureId);
  assertDraftEditable(core, goal.agenda_id);
  const raw = core.raw();
  if (raw.prepare('SELECT 1 FROM agenda_goal_measures WHERE goal_id = ? AND measure_id = ?').get(goal.id, input.measureId)) {
    throw new CoreError('conflict', 'agenda_link_exists', { title });
  }
  const now = core.clock.now();
  const sortOrder = raw.prepare('SELECT coalesce(max(sort_order), -1) + 1 FROM agenda_goal_measures WHERE goal_id = ?').pluck().get(goal.id) as number;
  inStep(core, { action: 'create', entity: 'agendaGoalMeasure', title }, (step) => {
    const id = core.clock.newId();
    step.track('agendaGoalMeasure', id, 'create', () => {
      raw.prepare('INSERT INTO agenda_goal_measures (id, goal_id, measure_id, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, goal.id, input.measureId, sortOrder, now, now);
    });
  });
  return liveGoal(core, goal.agenda_id, goal.id);
}

export function unlinkAgendaMeasure(core: Core, input: Parsed<'unlinkAgendaMeasure'>): AgendaGoal {
  const goal = goalRow(core, input.goalId);
  const title = measureTitle(core, input.measureId);
  assertDraftEditable(core, goal.agenda_id);
  const raw = core.raw();
  const link = raw.prepare('SELECT id FROM agenda_goal_measures WHERE goal_id = ? AND measure_id = ?').pluck().get(goal.id, input.measureId) as string | undefined;
  if (!link) throw new CoreError('not_found', 'agenda_link_unknown');
  inStep(core, { action: 'delete', entity: 'agendaGoalMeasure', title }, (step) => {
    step.track('agendaGoalMeasure', link, 'delete', () => raw.prepare('DELETE FROM agenda_goal_measures WHERE id = ?').run(link));
  });
  return liveGoal(core, goal.agenda_id, goal.id);
}
