/**
 * One click from a recommendation to the portfolio: a new idea (source
 * "DigiCheck", submitted by the DigiCheck) or a new measure (phase idea or
 * concept, the recommendation's priority). One transaction, one undo step;
 * the link is kept on the recommendation, and the idea or measure finds its
 * origin through `recommendationOrigin`.
 */
import type { Parsed, Recommendation, RecommendationOrigin } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError } from '../errors.ts';
import { inStep, type Step } from '../changes/log.ts';
import { getAssessment } from '../digicheck/read.ts';
import { getRecommendation } from './recommendations.ts';

export function convertRecommendation(core: Core, input: Parsed<'convertRecommendation'>): Recommendation {
  const r = getRecommendation(core, input.id);
  if (r.ideaId) throw new CoreError('conflict', 'recommendation_already_idea', { title: r.ideaTitle });
  if (r.measureId) throw new CoreError('conflict', 'recommendation_already_measure', { title: r.measureTitle });
  const a = getAssessment(core, r.assessmentId);
  const fieldId = a.unit.kind === 'field' ? a.unit.id : null;
  const raw = core.raw();
  const now = core.clock.now();
  const newId = core.clock.newId();
  inStep(core, { action: 'create', entity: input.to, title: r.title }, (step) => {
    if (input.to === 'idea') {
      step.track('idea', newId, 'create', () => {
        raw.prepare(`INSERT INTO ideas (id, title, description, source, submitter, submitted_on, field_id, status, origin, created_at, updated_at)
          VALUES (?, ?, ?, 'digicheck', ?, ?, ?, 'new', 'local', ?, ?)`)
          .run(newId, r.title, r.description, a.title, now.slice(0, 10), fieldId, now, now);
      });
    } else {
      step.track('measure', newId, 'create', () => {
        raw.prepare('INSERT INTO measures (id, title, description, field_id, phase, priority, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(newId, r.title, r.description, fieldId, input.phase, r.priority, 'local', now, now);
      });
    }
    step.track('recommendation', r.id, 'update', () => {
      raw.prepare(`UPDATE digicheck_recommendations SET ${input.to === 'idea' ? 'idea_id' : 'measure_id'} = ?, updated_at = ? WHERE id = ?`).run(newId, now, r.id);
    });
  });
  return getRecommendation(core, r.id);
}

/** The recommendation an idea or measure came from (the earliest DigiCheck's, when several), or null. */
export function recommendationOrigin(core: Core, input: Parsed<'getRecommendationOrigin'>): RecommendationOrigin | null {
  // A measure also comes from a recommendation when it was adopted from the idea the recommendation became.
  const where = input.ideaId ? 'r.idea_id = @id' : 'r.measure_id = @id OR r.idea_id IN (SELECT i.id FROM ideas i WHERE i.measure_id = @id)';
  const row = core.raw().prepare(`SELECT r.id, r.title, a.id AS assessment_id, a.title AS assessment_title
    FROM digicheck_recommendations r JOIN digicheck_assessments a ON a.id = r.assessment_id WHERE ${where} ORDER BY a.held_on, r.created_at LIMIT 1`)
    .get({ id: input.ideaId ?? input.measureId }) as { id: string; title: string; assessment_id: string; assessment_title: string } | undefined;
  return row ? { recommendationId: row.id, recommendationTitle: row.title, assessmentId: row.assessment_id, assessmentTitle: row.assessment_title } : null;
}

/**
 * Before an idea or measure is deleted: drops the links of recommendations to
 * it inside the same step (the store would set them null unlogged), so undo
 * brings the link back with the idea or measure.
 */
export function releaseRecommendationsOf(core: Core, step: Step, column: 'idea_id' | 'measure_id', id: string): void {
  const raw = core.raw();
  for (const rid of raw.prepare(`SELECT id FROM digicheck_recommendations WHERE ${column} = ?`).pluck().all(id) as string[]) {
    step.track('recommendation', rid, 'update', () => raw.prepare(`UPDATE digicheck_recommendations SET ${column} = NULL WHERE id = ?`).run(rid));
  }
}
