/**
 * core/digicheck-strategy/: the recommendations of a DigiCheck and the
 * 3-year partial strategy they add up to, their conversion into ideas or
 * measures, and the strategy as a document. Reads assessments through
 * core/digicheck/read.ts (never their tables directly). Imports api/ and
 * core/ only — never electron/, host/ or renderer/. Every edit is one undo
 * step (inStep).
 */
import type { Parsed, Priority, Recommendation, StrategyYear } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep } from '../changes/log.ts';
import type { MessageKey } from '../messages.ts';

interface RecommendationRow {
  id: string; assessment_id: string; dimension_key: string | null; dimension_name: string | null; title: string;
  description: string | null; priority: Priority; year: number; one_off_min: number | null; one_off_max: number | null;
  yearly_min: number | null; yearly_max: number | null; staff_fte: number | null; staff_note: string | null;
  idea_id: string | null; idea_title: string | null; measure_id: string | null; measure_title: string | null;
  sort_order: number; held_on: string; created_at: string; updated_at: string;
}

/** The dimension name comes from the assessment's own catalogue version (keys are stable across versions). */
const SELECT = `SELECT r.*, a.held_on, i.title AS idea_title, m.title AS measure_title,
  (SELECT d.name FROM digicheck_dimensions d WHERE d.catalogue_id = a.catalogue_id AND d.key = r.dimension_key) AS dimension_name
  FROM digicheck_recommendations r JOIN digicheck_assessments a ON a.id = r.assessment_id
  LEFT JOIN ideas i ON i.id = r.idea_id LEFT JOIN measures m ON m.id = r.measure_id`;

const ORDER = 'ORDER BY r.year, CASE r.priority WHEN \'high\' THEN 0 WHEN \'medium\' THEN 1 ELSE 2 END, r.sort_order, r.title COLLATE NOCASE';

/** Year 1 of the partial strategy is the year after the DigiCheck. */
export const firstYearOf = (heldOn: string): number => Number(heldOn.slice(0, 4)) + 1;

const toRecommendation = (r: RecommendationRow): Recommendation => ({
  id: r.id, assessmentId: r.assessment_id, dimensionKey: r.dimension_key, dimensionName: r.dimension_name,
  title: r.title, description: r.description, priority: r.priority, year: r.year as StrategyYear,
  calendarYear: firstYearOf(r.held_on) + r.year - 1,
  oneOffMin: r.one_off_min, oneOffMax: r.one_off_max, yearlyMin: r.yearly_min, yearlyMax: r.yearly_max,
  staffFte: r.staff_fte, staffNote: r.staff_note,
  ideaId: r.idea_id, ideaTitle: r.idea_title, measureId: r.measure_id, measureTitle: r.measure_title,
  sortOrder: r.sort_order, createdAt: r.created_at, updatedAt: r.updated_at,
});

export function listRecommendations(core: Core, assessmentId: string): Recommendation[] {
  requireAssessment(core, assessmentId, null);
  const rows = core.raw().prepare(`${SELECT} WHERE r.assessment_id = ? ${ORDER}`).all(assessmentId) as RecommendationRow[];
  return rows.map(toRecommendation);
}

export function getRecommendation(core: Core, id: string): Recommendation {
  const row = core.raw().prepare(`${SELECT} WHERE r.id = ?`).get(id) as RecommendationRow | undefined;
  if (!row) throw notFound();
  return toRecommendation(row);
}

const invalid = (path: string, key: MessageKey) => new CoreError('invalid_input', 'invalid_input', {}, [{ path, key }]);

/** The assessment's catalogue; `path` names the field at fault (null: the record itself is missing). */
function requireAssessment(core: Core, assessmentId: string, path: string | null): { catalogueId: string } {
  const row = core.raw().prepare('SELECT catalogue_id AS catalogueId FROM digicheck_assessments WHERE id = ?').get(assessmentId) as { catalogueId: string } | undefined;
  if (!row) throw path ? invalid(path, 'recommendation_assessment_unknown') : notFound();
  return row;
}

export function saveRecommendation(core: Core, input: Parsed<'saveRecommendation'>): Recommendation {
  const existing = input.id ? getRecommendation(core, input.id) : null;
  const { catalogueId } = requireAssessment(core, input.assessmentId, 'assessmentId');
  // A recommendation stays with its DigiCheck: moving it to another one would tear its strategy apart.
  if (existing && existing.assessmentId !== input.assessmentId) throw invalid('assessmentId', 'recommendation_assessment_unknown');
  if (input.dimensionKey && !core.raw().prepare('SELECT 1 FROM digicheck_dimensions WHERE catalogue_id = ? AND key = ?').get(catalogueId, input.dimensionKey)) {
    throw invalid('dimensionKey', 'recommendation_dimension_unknown');
  }
  const raw = core.raw();
  const now = core.clock.now();
  const id = existing?.id ?? core.clock.newId();
  const action = existing ? 'update' : 'create';
  const values = {
    id, assessment_id: input.assessmentId, dimension_key: input.dimensionKey, title: input.title, description: input.description,
    priority: input.priority, year: input.year, one_off_min: input.oneOffMin, one_off_max: input.oneOffMax,
    yearly_min: input.yearlyMin, yearly_max: input.yearlyMax, staff_fte: input.staffFte, staff_note: input.staffNote, updated_at: now,
  };
  inStep(core, { action, entity: 'recommendation', title: input.title }, (step) =>
    step.track('recommendation', id, action, () => {
      if (existing) {
        const cols = Object.keys(values).filter((c) => c !== 'id');
        raw.prepare(`UPDATE digicheck_recommendations SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`).run(values);
      } else {
        const next = (raw.prepare('SELECT coalesce(max(sort_order), -1) + 1 AS n FROM digicheck_recommendations WHERE assessment_id = ?').get(input.assessmentId) as { n: number }).n;
        const row = { ...values, sort_order: next, origin: 'local', created_at: now };
        const cols = Object.keys(row);
        raw.prepare(`INSERT INTO digicheck_recommendations (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
      }
    }),
  );
  return getRecommendation(core, id);
}

/** Deletes the recommendation; an idea or measure it became stays (it has a life of its own now). */
export function deleteRecommendation(core: Core, id: string): null {
  const r = getRecommendation(core, id);
  inStep(core, { action: 'delete', entity: 'recommendation', title: r.title }, (step) =>
    step.track('recommendation', id, 'delete', () => core.raw().prepare('DELETE FROM digicheck_recommendations WHERE id = ?').run(id)),
  );
  return null;
}
