import type { Field, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep, readRow } from '../changes/log.ts';
import { DEFAULT_FIELDS, DEFAULT_FIELDS_SOURCE } from './defaults.ts';
import { releaseIdeasOf } from '../ideas/release.ts';

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

/** Deletes a field; its measures become unassigned, logged in the same step so undo restores them. */
export function deleteField(core: Core, id: string): null {
  const field = getField(core, id);
  const raw = core.raw();
  const now = core.clock.now();
  const measureIds = (raw.prepare('SELECT id FROM measures WHERE field_id = ?').all(id) as { id: string }[]).map((r) => r.id);
  inStep(core, { action: 'delete', entity: 'field', title: field.name }, (step) => {
    for (const mid of measureIds) {
      step.track('measure', mid, 'update', () => raw.prepare('UPDATE measures SET field_id = NULL, updated_at = ? WHERE id = ?').run(now, mid));
    }
    releaseIdeasOf(core, step, 'field_id', id);
    step.track('field', id, 'delete', () => raw.prepare('DELETE FROM fields WHERE id = ?').run(id));
  });
  return null;
}
