import type { Measure, MeasurePage, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep, readRow } from '../changes/log.ts';
import { ftsQuery } from '../fold.ts';

interface MeasureRow {
  id: string; title: string; description: string | null; field_id: string | null; field_name: string | null;
  phase: Measure['phase']; priority: Measure['priority']; start: string | null; end: string | null;
  lead_unit: string | null; budget: number | null; origin: string; created_at: string; updated_at: string;
}

const toMeasure = (r: MeasureRow): Measure => ({
  id: r.id, title: r.title, description: r.description, fieldId: r.field_id, fieldName: r.field_name,
  phase: r.phase, priority: r.priority, start: r.start, end: r.end, leadUnit: r.lead_unit, budget: r.budget,
  origin: r.origin, createdAt: r.created_at, updatedAt: r.updated_at,
});

const SELECT = 'SELECT m.*, f.name AS field_name FROM measures m LEFT JOIN fields f ON f.id = m.field_id';

/** Sort keys → SQL; phase and priority sort in their domain order, not alphabetically. */
const ORDER: Record<Parsed<'listMeasures'>['sort'], string> = {
  title: 'm.title COLLATE NOCASE',
  phase: "CASE m.phase WHEN 'idea' THEN 0 WHEN 'concept' THEN 1 WHEN 'implementation' THEN 2 WHEN 'operation' THEN 3 WHEN 'completed' THEN 4 ELSE 5 END",
  priority: "CASE m.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END",
  start: 'm.start',
  end: 'm."end"',
  budget: 'm.budget',
  updatedAt: 'm.updated_at',
  field: 'f.sort_order',
};

export function listMeasures(core: Core, q: Parsed<'listMeasures'>): MeasurePage {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.fieldId) { where.push('m.field_id = ?'); params.push(q.fieldId); }
  if (q.phase) { where.push('m.phase = ?'); params.push(q.phase); }
  if (q.priority) { where.push('m.priority = ?'); params.push(q.priority); }
  const match = q.query ? ftsQuery(q.query) : null;
  if (match) {
    where.push("m.id IN (SELECT entity_id FROM search_index WHERE search_index MATCH ? AND entity = 'measure')");
    params.push(match);
  }
  const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const raw = core.raw();
  const total = (raw.prepare(`SELECT count(*) AS n FROM measures m${clause}`).get(...params) as { n: number }).n;
  const dir = q.dir === 'asc' ? 'ASC' : 'DESC';
  const rows = raw
    .prepare(`${SELECT}${clause} ORDER BY ${ORDER[q.sort]} ${dir} NULLS LAST, m.id LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset) as MeasureRow[];
  return { total, rows: rows.map(toMeasure) };
}

export function getMeasure(core: Core, id: string): Measure {
  const row = core.raw().prepare(`${SELECT} WHERE m.id = ?`).get(id) as MeasureRow | undefined;
  if (!row) throw notFound();
  return toMeasure(row);
}

export function saveMeasure(core: Core, input: Parsed<'saveMeasure'>): Measure {
  const raw = core.raw();
  if (input.fieldId && !readRow(core, 'field', input.fieldId)) {
    throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'fieldId', key: 'field_unknown' }]);
  }
  const now = core.clock.now();
  const values = [input.title, input.description, input.fieldId, input.phase, input.priority, input.start, input.end, input.leadUnit, input.budget];
  const existing = input.id ? readRow(core, 'measure', input.id) : null;
  if (input.id && !existing) throw notFound();
  const id = input.id ?? core.clock.newId();
  const action = existing ? 'update' : 'create';
  inStep(core, { action, entity: 'measure', title: input.title }, (step) =>
    step.track('measure', id, action, () => {
      if (existing) {
        raw.prepare('UPDATE measures SET title = ?, description = ?, field_id = ?, phase = ?, priority = ?, start = ?, "end" = ?, lead_unit = ?, budget = ?, updated_at = ? WHERE id = ?')
          .run(...values, now, id);
      } else {
        raw.prepare('INSERT INTO measures (title, description, field_id, phase, priority, start, "end", lead_unit, budget, id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(...values, id, 'local', now, now);
      }
    }),
  );
  return getMeasure(core, id);
}

export function deleteMeasure(core: Core, id: string): null {
  const m = getMeasure(core, id);
  inStep(core, { action: 'delete', entity: 'measure', title: m.title }, (step) =>
    step.track('measure', id, 'delete', () => core.raw().prepare('DELETE FROM measures WHERE id = ?').run(id)),
  );
  return null;
}
