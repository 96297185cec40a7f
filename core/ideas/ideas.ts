/**
 * core/ideas: the portfolio's intake. Ideas come in from citizens,
 * departments, politics, a DigiCheck or a peer, are assessed, and an adopted
 * idea becomes a measure (one undo step for both). Imports api/ and core
 * helpers only — never electron/, host/ or renderer/.
 */
import type { AdoptResult, Idea, IdeaList, IdeaStatus, Parsed } from '../../api/index.ts';
import { IDEA_STATUSES } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep, readRow } from '../changes/log.ts';
import { ftsQuery } from '../fold.ts';
import { getMeasure } from '../measures/measures.ts';
import { releaseRecommendationsOf } from '../digicheck-strategy/convert.ts';

interface IdeaRow {
  id: string; title: string; description: string | null; source: Idea['source']; submitter: string | null;
  submitted_on: string | null; field_id: string | null; field_name: string | null; status: IdeaStatus;
  status_reason: string | null; measure_id: string | null; measure_title: string | null;
  origin: string; created_at: string; updated_at: string;
}

const toIdea = (r: IdeaRow): Idea => ({
  id: r.id, title: r.title, description: r.description, source: r.source, submitter: r.submitter,
  submittedOn: r.submitted_on, fieldId: r.field_id, fieldName: r.field_name, status: r.status,
  statusReason: r.status_reason, measureId: r.measure_id, measureTitle: r.measure_title,
  origin: r.origin, createdAt: r.created_at, updatedAt: r.updated_at,
});

const SELECT = `SELECT i.*, f.name AS field_name, m.title AS measure_title FROM ideas i
  LEFT JOIN fields f ON f.id = i.field_id LEFT JOIN measures m ON m.id = i.measure_id`;

/** Status sorts in the order of the assessment, not alphabetically. */
const STATUS_ORDER = `CASE i.status ${IDEA_STATUSES.map((s, n) => `WHEN '${s}' THEN ${n}`).join(' ')} END`;

const ORDER: Record<Parsed<'listIdeas'>['sort'], string> = {
  submittedOn: 'i.submitted_on',
  title: 'i.title COLLATE NOCASE',
  status: STATUS_ORDER,
  updatedAt: 'i.updated_at',
};

export function listIdeas(core: Core, q: Parsed<'listIdeas'>): IdeaList {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.source) { where.push('i.source = ?'); params.push(q.source); }
  if (q.fieldId) { where.push('i.field_id = ?'); params.push(q.fieldId); }
  if (q.measureId) { where.push('i.measure_id = ?'); params.push(q.measureId); }
  const match = q.query ? ftsQuery(q.query) : null;
  if (match) {
    where.push("i.id IN (SELECT entity_id FROM search_index WHERE search_index MATCH ? AND entity = 'idea')");
    params.push(match);
  }
  const raw = core.raw();
  const base = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const counts = Object.fromEntries(IDEA_STATUSES.map((s) => [s, 0])) as Record<IdeaStatus, number>;
  for (const r of raw.prepare(`SELECT i.status, count(*) AS n FROM ideas i${base} GROUP BY i.status`).all(...params) as { status: IdeaStatus; n: number }[]) {
    counts[r.status] = r.n;
  }
  if (q.status) { where.push('i.status = ?'); params.push(q.status); }
  const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const total = (raw.prepare(`SELECT count(*) AS n FROM ideas i${clause}`).get(...params) as { n: number }).n;
  const dir = q.dir === 'asc' ? 'ASC' : 'DESC';
  const rows = raw
    .prepare(`${SELECT}${clause} ORDER BY ${ORDER[q.sort]} ${dir} NULLS LAST, i.title COLLATE NOCASE, i.id LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset) as IdeaRow[];
  return { total, rows: rows.map(toIdea), counts };
}

export function getIdea(core: Core, id: string): Idea {
  const row = core.raw().prepare(`${SELECT} WHERE i.id = ?`).get(id) as IdeaRow | undefined;
  if (!row) throw notFound();
  return toIdea(row);
}

const invalid = (path: string, key: 'field_unknown' | 'idea_adopt_via_action' | 'idea_adopted_locked', params: Record<string, unknown> = {}) =>
  new CoreError('invalid_input', 'invalid_input', params, [{ path, key }]);

export function saveIdea(core: Core, input: Parsed<'saveIdea'>): Idea {
  const existing = input.id ? getIdea(core, input.id) : null;
  if (input.fieldId && !readRow(core, 'field', input.fieldId)) throw invalid('fieldId', 'field_unknown');
  // "Adopted" always has its measure: only adoptIdea creates both together.
  if (input.status === 'adopted' && existing?.status !== 'adopted') throw invalid('status', 'idea_adopt_via_action');
  if (existing?.measureId && input.status !== 'adopted') throw invalid('status', 'idea_adopted_locked', { measure: existing.measureTitle });

  const raw = core.raw();
  const now = core.clock.now();
  const id = existing?.id ?? core.clock.newId();
  const action = existing ? 'update' : 'create';
  const values = [input.title, input.description, input.source, input.submitter, input.submittedOn, input.fieldId, input.status, input.statusReason];
  inStep(core, { action, entity: 'idea', title: input.title }, (step) =>
    step.track('idea', id, action, () => {
      if (existing) {
        raw.prepare('UPDATE ideas SET title = ?, description = ?, source = ?, submitter = ?, submitted_on = ?, field_id = ?, status = ?, status_reason = ?, updated_at = ? WHERE id = ?')
          .run(...values, now, id);
      } else {
        raw.prepare('INSERT INTO ideas (title, description, source, submitter, submitted_on, field_id, status, status_reason, id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(...values, id, 'local', now, now);
      }
    }),
  );
  return getIdea(core, id);
}

export function deleteIdea(core: Core, id: string): null {
  const idea = getIdea(core, id);
  inStep(core, { action: 'delete', entity: 'idea', title: idea.title }, (step) => {
    releaseRecommendationsOf(core, step, 'idea_id', id);
    step.track('idea', id, 'delete', () => core.raw().prepare('DELETE FROM ideas WHERE id = ?').run(id));
  });
  return null;
}

/** Creates a measure from the idea (title, description, field) and marks the idea adopted: one transaction, one undo step. */
export function adoptIdea(core: Core, input: Parsed<'adoptIdea'>): AdoptResult {
  const idea = getIdea(core, input.id);
  if (idea.status === 'adopted' && idea.measureId) {
    throw new CoreError('conflict', 'idea_already_adopted', { title: idea.title, measure: idea.measureTitle });
  }
  const raw = core.raw();
  const now = core.clock.now();
  const measureId = core.clock.newId();
  inStep(core, { action: 'create', entity: 'measure', title: idea.title }, (step) => {
    step.track('measure', measureId, 'create', () => {
      raw.prepare('INSERT INTO measures (id, title, description, field_id, phase, priority, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(measureId, idea.title, idea.description, idea.fieldId, input.phase, input.priority, 'local', now, now);
    });
    step.track('idea', idea.id, 'update', () => {
      raw.prepare("UPDATE ideas SET status = 'adopted', measure_id = ?, updated_at = ? WHERE id = ?").run(measureId, now, idea.id);
    });
  });
  return { idea: getIdea(core, idea.id), measure: getMeasure(core, measureId) };
}
