import type { Field, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep, readRow, type Step } from '../changes/log.ts';
import { DEFAULT_FIELDS, DEFAULT_FIELDS_SOURCE } from './defaults.ts';

interface FieldRow {
  id: string; name: string; description: string | null; color: string; sort_order: number; source: string; measure_count: number;
}

const toField = (r: FieldRow): Field => ({
  id: r.id, name: r.name, description: r.description, color: r.color, sortOrder: r.sort_order, source: r.source, measureCount: r.measure_count,
});

const SELECT = `SELECT f.*, (SELECT count(*) FROM measures m WHERE m.field_id = f.id) AS measure_count FROM fields f`;

export function listFields(core: Core): Field[] {
  return (core.raw().prepare(`${SELECT} ORDER BY f.sort_order, f.name`).all() as FieldRow[]).map(toField);
}

function getField(core: Core, id: string): Field {
  const row = core.raw().prepare(`${SELECT} WHERE f.id = ?`).get(id) as FieldRow | undefined;
  if (!row) throw notFound();
  return toField(row);
}

/** Writes the default list into a new workspace (not an undoable step). */
export function seedDefaultFields(core: Core): void {
  const now = core.clock.now();
  const insert = core.raw().prepare('INSERT INTO fields (id, name, color, sort_order, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  DEFAULT_FIELDS.forEach((f, i) => insert.run(core.clock.newId(), f.name, f.color, (i + 1) * 10, DEFAULT_FIELDS_SOURCE, now, now));
}

export function saveField(core: Core, input: Parsed<'saveField'>): Field {
  const raw = core.raw();
  const clash = raw.prepare('SELECT id FROM fields WHERE name = ? AND id IS NOT ?').get(input.name, input.id ?? null);
  if (clash) throw new CoreError('conflict', 'field_name_taken', { name: input.name }, [{ path: 'name', key: 'field_name_taken' }]);
  const now = core.clock.now();
  if (input.id) {
    const id = input.id;
    if (!readRow(core, 'field', id)) throw notFound();
    inStep(core, { action: 'update', entity: 'field', title: input.name }, (step) =>
      step.track('field', id, 'update', () => {
        raw.prepare('UPDATE fields SET name = ?, description = ?, color = ?, sort_order = coalesce(?, sort_order), updated_at = ? WHERE id = ?')
          .run(input.name, input.description, input.color, input.sortOrder ?? null, now, id);
      }),
    );
    return getField(core, id);
  }
  const id = core.clock.newId();
  const order = input.sortOrder ?? ((raw.prepare('SELECT max(sort_order) AS m FROM fields').get() as { m: number | null }).m ?? 0) + 10;
  inStep(core, { action: 'create', entity: 'field', title: input.name }, (step) =>
    step.track('field', id, 'create', () => {
      raw.prepare('INSERT INTO fields (id, name, description, color, sort_order, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, input.name, input.description, input.color, order, 'Eigene Ergänzung', now, now);
    }),
  );
  return getField(core, id);
}

/** Records that point at a field and move with it when it is reassigned: entity and table of each. */
const FIELD_USERS = [
  { entity: 'measure', table: 'measures' },
  { entity: 'idea', table: 'ideas' },
  { entity: 'agendaGoal', table: 'agenda_goals' },
  { entity: 'digicheckAssessment', table: 'digicheck_assessments' },
] as const;

/**
 * Deletes a field. While measures (or DigiChecks) still use it, it is refused
 * with their count unless `reassignTo` names another field: then measures,
 * ideas, agenda goals, DigiChecks and actor links move there first, all in
 * the one undo step. Without measures, ideas and goals merely lose the link.
 */
export function deleteField(core: Core, id: string, reassignTo?: string): null {
  const field = getField(core, id);
  const raw = core.raw();
  const now = core.clock.now();
  if (reassignTo === id) throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'reassignTo', key: 'field_reassign_same' }]);
  if (reassignTo && !raw.prepare('SELECT 1 FROM fields WHERE id = ?').get(reassignTo)) {
    throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'reassignTo', key: 'field_unknown' }]);
  }
  const hasTable = (table: string) => !!raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table);
  const users = FIELD_USERS.filter((u) => hasTable(u.table)).map((u) => ({
    ...u, ids: (raw.prepare(`SELECT id FROM ${u.table} WHERE field_id = ?`).all(id) as { id: string }[]).map((r) => r.id),
  }));
  const countOf = (table: string) => users.find((u) => u.table === table)?.ids.length ?? 0;
  if (!reassignTo && field.measureCount > 0) throw new CoreError('conflict', 'field_in_use', { name: field.name, count: field.measureCount });
  if (!reassignTo && countOf('digicheck_assessments') > 0) throw new CoreError('conflict', 'field_used_by_digichecks', { name: field.name, count: countOf('digicheck_assessments') });
  inStep(core, { action: 'delete', entity: 'field', title: field.name }, (step) => {
    for (const u of users) {
      for (const rid of u.ids) {
        step.track(u.entity, rid, 'update', () => raw.prepare(`UPDATE ${u.table} SET field_id = ?, updated_at = ? WHERE id = ?`).run(reassignTo ?? null, now, rid));
      }
    }
    moveActorLinks(core, step, id, reassignTo);
    step.track('field', id, 'delete', () => raw.prepare('DELETE FROM fields WHERE id = ?').run(id));
  });
  return null;
}

/** Actor links of a deleted field move to the new field (unless the actor has it already) or go. */
function moveActorLinks(core: Core, step: Step, fromId: string, toId: string | undefined): void {
  const raw = core.raw();
  const links = raw.prepare('SELECT id, actor_id FROM actor_fields WHERE field_id = ?').all(fromId) as { id: string; actor_id: string }[];
  for (const link of links) {
    const keep = toId && !raw.prepare('SELECT 1 FROM actor_fields WHERE actor_id = ? AND field_id = ?').get(link.actor_id, toId);
    step.track('actorField', link.id, keep ? 'update' : 'delete', () => (keep
      ? raw.prepare('UPDATE actor_fields SET field_id = ?, updated_at = ? WHERE id = ?').run(toId, core.clock.now(), link.id)
      : raw.prepare('DELETE FROM actor_fields WHERE id = ?').run(link.id)));
  }
}
