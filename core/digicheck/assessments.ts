/**
 * Writing DigiCheck assessments: meta and narratives, one answer at a time
 * (the form saves each change on its own, so nothing typed is lost), and
 * delete. Every write is one undo step.
 */
import type { DigicheckAssessment, EntityName, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep } from '../changes/log.ts';
import { ENTITY_TABLES } from '../changes/entities.ts';
import { latestCatalogueId } from './catalogue.ts';
import { getAssessment } from './read.ts';

/** The name of the chosen unit or field; an unknown one is refused at its field. */
function unitName(core: Core, input: { orgUnitId: string | null; fieldId: string | null }): string {
  const raw = core.raw();
  if (input.orgUnitId) {
    const row = raw.prepare('SELECT name FROM org_units WHERE id = ?').get(input.orgUnitId) as { name: string } | undefined;
    if (!row) throw new CoreError('invalid_input', 'digicheck_unit_unknown', {}, [{ path: 'orgUnitId', key: 'digicheck_unit_unknown' }]);
    return row.name;
  }
  const row = raw.prepare('SELECT name FROM fields WHERE id = ?').get(input.fieldId) as { name: string } | undefined;
  if (!row) throw new CoreError('invalid_input', 'field_unknown', {}, [{ path: 'fieldId', key: 'field_unknown' }]);
  return row.name;
}

const COLUMNS = ['org_unit_id', 'field_id', 'unit_name', 'title', 'held_on', 'participants', 'starting_position', 'need_for_change', 'it_challenges'] as const;

/** Creates (with the newest catalogue version) or updates an assessment's meta data and narratives. */
export function saveAssessment(core: Core, input: Parsed<'saveDigicheckAssessment'>): DigicheckAssessment {
  const raw = core.raw();
  const existing = input.id ? (raw.prepare('SELECT id FROM digicheck_assessments WHERE id = ?').get(input.id) as { id: string } | undefined) : undefined;
  if (input.id && !existing) throw notFound();
  const values = [input.orgUnitId, input.fieldId, unitName(core, input), input.title, input.heldOn, input.participants,
    input.startingPosition, input.needForChange, input.itChallenges];
  const now = core.clock.now();
  const id = existing?.id ?? core.clock.newId();
  const catalogueId = existing ? null : latestCatalogueId(core);
  inStep(core, { action: existing ? 'update' : 'create', entity: 'digicheckAssessment', title: input.title }, (step) =>
    step.track('digicheckAssessment', id, existing ? 'update' : 'create', () => {
      if (existing) {
        raw.prepare(`UPDATE digicheck_assessments SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now, id);
      } else {
        raw.prepare(`INSERT INTO digicheck_assessments (id, catalogue_id, ${COLUMNS.join(', ')}, origin, created_at, updated_at)
          VALUES (?, ?, ${COLUMNS.map(() => '?').join(', ')}, 'local', ?, ?)`).run(id, catalogueId, ...values, now, now);
      }
    }),
  );
  return getAssessment(core, id);
}

/** Saves one question's Ist, Soll and justification (one undo step). */
export function saveAnswer(core: Core, input: Parsed<'saveDigicheckAnswer'>): DigicheckAssessment {
  const raw = core.raw();
  const assessment = raw.prepare('SELECT id, title, catalogue_id FROM digicheck_assessments WHERE id = ?').get(input.assessmentId) as
    { id: string; title: string; catalogue_id: string } | undefined;
  if (!assessment) throw notFound();
  // The question must belong to the version this assessment is answered with.
  const question = raw.prepare(`SELECT q.id FROM digicheck_questions q JOIN digicheck_dimensions d ON d.id = q.dimension_id
    WHERE q.id = ? AND d.catalogue_id = ?`).get(input.questionId, assessment.catalogue_id);
  if (!question) throw new CoreError('invalid_input', 'digicheck_question_unknown', {}, [{ path: 'questionId', key: 'digicheck_question_unknown' }]);
  const existing = raw.prepare('SELECT id FROM digicheck_answers WHERE assessment_id = ? AND question_id = ?').get(assessment.id, input.questionId) as { id: string } | undefined;
  const now = core.clock.now();
  const id = existing?.id ?? core.clock.newId();
  inStep(core, { action: 'update', entity: 'digicheckAssessment', title: assessment.title }, (step) => {
    step.track('digicheckAnswer', id, existing ? 'update' : 'create', () => {
      if (existing) {
        raw.prepare('UPDATE digicheck_answers SET ist = ?, soll = ?, justification = ?, updated_at = ? WHERE id = ?').run(input.ist, input.soll, input.justification, now, id);
      } else {
        raw.prepare(`INSERT INTO digicheck_answers (id, assessment_id, question_id, ist, soll, justification, origin, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, 'local', ?, ?)`).run(id, assessment.id, input.questionId, input.ist, input.soll, input.justification, now, now);
      }
    });
    step.track('digicheckAssessment', assessment.id, 'update', () => raw.prepare('UPDATE digicheck_assessments SET updated_at = ? WHERE id = ?').run(now, assessment.id));
  });
  return getAssessment(core, assessment.id);
}

/**
 * Tables whose rows hang off an assessment. Their rows are deleted (and
 * logged) before it so undo brings them all back; the recommendations' entity
 * is looked up by table, as it belongs to the partial strategy.
 */
const CHILD_TABLES = ['digicheck_recommendations', 'digicheck_answers'];
const childEntities = (): [EntityName, string][] =>
  CHILD_TABLES.flatMap((table) => (Object.entries(ENTITY_TABLES) as [EntityName, string][]).filter(([, t]) => t === table));

export function deleteAssessment(core: Core, id: string): null {
  const raw = core.raw();
  const row = raw.prepare('SELECT id, title FROM digicheck_assessments WHERE id = ?').get(id) as { id: string; title: string } | undefined;
  if (!row) throw notFound();
  inStep(core, { action: 'delete', entity: 'digicheckAssessment', title: row.title }, (step) => {
    for (const [entity, table] of childEntities()) {
      for (const child of raw.prepare(`SELECT id FROM ${table} WHERE assessment_id = ?`).pluck().all(id) as string[]) {
        step.track(entity, child, 'delete', () => raw.prepare(`DELETE FROM ${table} WHERE id = ?`).run(child));
      }
    }
    step.track('digicheckAssessment', id, 'delete', () => raw.prepare('DELETE FROM digicheck_assessments WHERE id = ?').run(id));
  });
  return null;
}
