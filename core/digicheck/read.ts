/**
 * Reading DigiCheck assessments: the list, one assessment with its answers and
 * per-dimension weighted averages. `getAssessment` is also what the
 * recommendations and partial strategy (core/digicheck-strategy/) build on.
 */
import type { DigicheckAnswer, DigicheckAssessment, DigicheckAssessmentSummary, DigicheckDimensionScore, DigicheckUnit } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { notFound } from '../errors.ts';
import { weightedAverage } from './scores.ts';

interface AssessmentRow {
  id: string; catalogue_id: string; org_unit_id: string | null; field_id: string | null; title: string; held_on: string;
  participants: string | null; starting_position: string | null; need_for_change: string | null; it_challenges: string | null;
  updated_at: string; catalogue_name: string; catalogue_version: number; unit_name: string | null; live_unit_name: string | null;
}

const SELECT = `SELECT a.*, c.name AS catalogue_name, c.version AS catalogue_version,
  coalesce(o.name, f.name) AS live_unit_name
  FROM digicheck_assessments a JOIN digicheck_catalogues c ON c.id = a.catalogue_id
  LEFT JOIN org_units o ON o.id = a.org_unit_id LEFT JOIN fields f ON f.id = a.field_id`;

interface QuestionAnswerRow {
  dimension_key: string; dimension_name: string; dimension_weight: number; question_id: string; question_key: string;
  question_weight: number; ist: number | null; soll: number | null; justification: string | null;
}

/** Every question of the assessment's catalogue version with its answer (if any), in catalogue order. */
function questionRows(core: Core, assessmentId: string, catalogueId: string): QuestionAnswerRow[] {
  return core.raw().prepare(
    `SELECT d.key AS dimension_key, d.name AS dimension_name, d.weight AS dimension_weight, q.id AS question_id, q.key AS question_key,
       q.weight AS question_weight, an.ist, an.soll, an.justification
     FROM digicheck_dimensions d JOIN digicheck_questions q ON q.dimension_id = d.id
     LEFT JOIN digicheck_answers an ON an.question_id = q.id AND an.assessment_id = ?
     WHERE d.catalogue_id = ? ORDER BY d.sort_order, d.name, q.sort_order, q.text`,
  ).all(assessmentId, catalogueId) as QuestionAnswerRow[];
}

function dimensionScores(rows: QuestionAnswerRow[]): DigicheckDimensionScore[] {
  const byKey = new Map<string, QuestionAnswerRow[]>();
  for (const r of rows) byKey.set(r.dimension_key, [...(byKey.get(r.dimension_key) ?? []), r]);
  return [...byKey.values()].map((qs) => ({
    key: qs[0]!.dimension_key,
    name: qs[0]!.dimension_name,
    weight: qs[0]!.dimension_weight,
    ist: weightedAverage(qs.map((q) => ({ weight: q.question_weight, value: q.ist }))),
    soll: weightedAverage(qs.map((q) => ({ weight: q.question_weight, value: q.soll }))),
    answered: qs.filter((q) => q.ist !== null || q.soll !== null).length,
    questions: qs.length,
  }));
}

function unitOf(r: AssessmentRow): DigicheckUnit {
  const name = r.live_unit_name ?? r.unit_name ?? '';
  return r.org_unit_id ? { kind: 'orgUnit', id: r.org_unit_id, name } : { kind: 'field', id: r.field_id ?? '', name };
}

function summaryOf(r: AssessmentRow, dimensions: DigicheckDimensionScore[]): DigicheckAssessmentSummary {
  return {
    id: r.id, title: r.title, heldOn: r.held_on, unit: unitOf(r),
    catalogueId: r.catalogue_id, catalogueName: r.catalogue_name, catalogueVersion: r.catalogue_version,
    ist: weightedAverage(dimensions.map((d) => ({ weight: d.weight, value: d.ist }))),
    soll: weightedAverage(dimensions.map((d) => ({ weight: d.weight, value: d.soll }))),
    answered: dimensions.reduce((n, d) => n + d.answered, 0),
    questions: dimensions.reduce((n, d) => n + d.questions, 0),
    updatedAt: r.updated_at,
  };
}

/**
 * One assessment: unit (or field) name, date, participants, the three
 * narratives, weighted Ist/Soll averages per dimension and overall, and every
 * question's answer (unanswered questions appear with null scores).
 */
export function getAssessment(core: Core, id: string): DigicheckAssessment {
  const r = core.raw().prepare(`${SELECT} WHERE a.id = ?`).get(id) as AssessmentRow | undefined;
  if (!r) throw notFound();
  const rows = questionRows(core, r.id, r.catalogue_id);
  const dimensions = dimensionScores(rows);
  const answers: DigicheckAnswer[] = rows.map((q) => ({
    questionId: q.question_id, questionKey: q.question_key, dimensionKey: q.dimension_key,
    ist: q.ist, soll: q.soll, justification: q.justification,
  }));
  return {
    ...summaryOf(r, dimensions),
    participants: r.participants, startingPosition: r.starting_position, needForChange: r.need_for_change, itChallenges: r.it_challenges,
    dimensions, answers,
  };
}

/** All assessments, newest first (a workspace holds a few dozen at most: each is read in full for its averages). */
export function listAssessments(core: Core): DigicheckAssessmentSummary[] {
  const rows = core.raw().prepare(`${SELECT} ORDER BY a.held_on DESC, a.title COLLATE NOCASE`).all() as AssessmentRow[];
  return rows.map((r) => summaryOf(r, dimensionScores(questionRows(core, r.id, r.catalogue_id))));
}
