/**
 * core/value-propositions/: value propositions (Wertversprechen) per target
 * group. This file writes the propositions themselves and their links to
 * measures; items.ts writes items and fit links, read.ts reads. Imports api/
 * and core/ only. Every edit is one undo step (inStep).
 */
import type { Parsed, ValueProposition } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError } from '../errors.ts';
import type { MessageKey } from '../messages.ts';
import { inStep, type Step } from '../changes/log.ts';
import { getValueProposition, itemsOf } from './read.ts';

/** Bad input on one field: nothing is written. */
export const refused = (path: string, key: MessageKey, params: Record<string, unknown> = {}) => new CoreError('invalid_input', 'invalid_input', params, [{ path, key }]);

/** The proposition named by an input field, or a refusal on that field. */
export function propositionFor(core: Core, id: string, path = 'propositionId'): ValueProposition {
  const found = core.raw().prepare('SELECT id FROM value_propositions WHERE id = ?').get(id);
  if (!found) throw refused(path, 'value_proposition_unknown');
  return getValueProposition(core, id);
}

/**
 * Marks the proposition changed and keeps its item texts for search, in the
 * same step as the edit, so undo restores both.
 */
export function touch(core: Core, step: Step, propositionId: string): void {
  const text = itemsOf(core, propositionId).map((i) => i.text).join('\n');
  step.track('valueProposition', propositionId, 'update', () =>
    core.raw().prepare('UPDATE value_propositions SET item_text = ?, updated_at = ? WHERE id = ?').run(text, core.clock.now(), propositionId));
}

export function saveValueProposition(core: Core, input: Parsed<'saveValueProposition'>): ValueProposition {
  const existing = input.id ? getValueProposition(core, input.id) : null;
  const raw = core.raw();
  if (input.stakeholderId && !raw.prepare('SELECT id FROM stakeholders WHERE id = ?').get(input.stakeholderId)) throw refused('stakeholderId', 'value_stakeholder_unknown');
  const values = [input.title, input.targetGroup, input.stakeholderId, input.description];
  const now = core.clock.now();
  const id = inStep(core, { action: existing ? 'update' : 'create', entity: 'valueProposition', title: input.title }, (step) => {
    const pid = existing?.id ?? core.clock.newId();
    step.track('valueProposition', pid, existing ? 'update' : 'create', () => {
      if (existing) raw.prepare('UPDATE value_propositions SET title = ?, target_group = ?, stakeholder_id = ?, description = ?, updated_at = ? WHERE id = ?').run(...values, now, pid);
      else raw.prepare("INSERT INTO value_propositions (id, title, target_group, stakeholder_id, description, item_text, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, '', 'local', ?, ?)").run(pid, ...values, now, now);
    });
    return pid;
  });
  return getValueProposition(core, id);
}

/** Deletes a proposition with its fit links, items and measure links, each logged so undo brings them all back. */
export function deleteValueProposition(core: Core, id: string): null {
  const p = getValueProposition(core, id);
  const raw = core.raw();
  inStep(core, { action: 'delete', entity: 'valueProposition', title: p.title }, (step) => {
    for (const f of p.fits) step.track('valueFit', f.id, 'delete', () => raw.prepare('DELETE FROM value_fits WHERE id = ?').run(f.id));
    for (const { id: lid } of raw.prepare('SELECT id FROM value_proposition_measures WHERE proposition_id = ?').all(p.id) as { id: string }[]) {
      step.track('valuePropositionMeasure', lid, 'delete', () => raw.prepare('DELETE FROM value_proposition_measures WHERE id = ?').run(lid));
    }
    for (const i of p.items) step.track('valueItem', i.id, 'delete', () => raw.prepare('DELETE FROM value_items WHERE id = ?').run(i.id));
    step.track('valueProposition', p.id, 'delete', () => raw.prepare('DELETE FROM value_propositions WHERE id = ?').run(p.id));
  });
  return null;
}

export function linkValueMeasure(core: Core, input: Parsed<'linkValueMeasure'>): ValueProposition {
  const p = propositionFor(core, input.propositionId);
  const raw = core.raw();
  const measure = raw.prepare('SELECT title FROM measures WHERE id = ?').get(input.measureId) as { title: string } | undefined;
  if (!measure) throw refused('measureId', 'value_measure_unknown');
  if (p.measures.some((m) => m.measureId === input.measureId)) throw refused('measureId', 'value_measure_linked');
  const lid = core.clock.newId();
  const now = core.clock.now();
  inStep(core, { action: 'create', entity: 'valuePropositionMeasure', title: measure.title }, (step) => {
    step.track('valuePropositionMeasure', lid, 'create', () =>
      raw.prepare("INSERT INTO value_proposition_measures (id, proposition_id, measure_id, origin, created_at, updated_at) VALUES (?, ?, ?, 'local', ?, ?)").run(lid, p.id, input.measureId, now, now));
    touch(core, step, p.id);
  });
  return getValueProposition(core, p.id);
}

export function unlinkValueMeasure(core: Core, input: Parsed<'unlinkValueMeasure'>): ValueProposition {
  const p = propositionFor(core, input.propositionId);
  const raw = core.raw();
  const link = raw.prepare('SELECT id FROM value_proposition_measures WHERE proposition_id = ? AND measure_id = ?').get(p.id, input.measureId) as { id: string } | undefined;
  if (!link) throw refused('measureId', 'value_measure_not_linked');
  const title = p.measures.find((m) => m.measureId === input.measureId)?.title ?? '';
  inStep(core, { action: 'delete', entity: 'valuePropositionMeasure', title }, (step) => {
    step.track('valuePropositionMeasure', link.id, 'delete', () => raw.prepare('DELETE FROM value_proposition_measures WHERE id = ?').run(link.id));
    touch(core, step, p.id);
  });
  return getValueProposition(core, p.id);
}
