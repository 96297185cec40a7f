/**
 * Scores per measure and criterion with a short justification. Saving a
 * measure's scores is one undo step; the change log is the score history.
 */
import type { MeasureScore, MeasureScoring, Parsed, ScoreHistoryEntry } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep } from '../changes/log.ts';
import { listCriteria } from './model.ts';
import { mustReasonsOf, summarise } from './ranking.ts';
import { rankingPlaces } from './places.ts';

interface ScoreRow { id: string; criterion_id: string; score: number; justification: string | null; updated_at: string }

function measureTitle(core: Core, id: string): string {
  const row = core.raw().prepare('SELECT title FROM measures WHERE id = ?').get(id) as { title: string } | undefined;
  if (!row) throw notFound();
  return row.title;
}

function scoreRows(core: Core, measureId: string): ScoreRow[] {
  return core.raw().prepare('SELECT id, criterion_id, score, justification, updated_at FROM measure_scores WHERE measure_id = ?').all(measureId) as ScoreRow[];
}

export function getMeasureScoring(core: Core, measureId: string): MeasureScoring {
  const flags = core.raw().prepare('SELECT must_legal, must_critical, must_political FROM measures WHERE id = ?').get(measureId) as Parameters<typeof mustReasonsOf>[0] | undefined;
  if (!flags) throw notFound();
  const criteria = listCriteria(core);
  const order = new Map(criteria.map((c, i) => [c.id, i]));
  const scores = scoreRows(core, measureId)
    .map((s): MeasureScore => ({ criterionId: s.criterion_id, score: s.score, justification: s.justification, updatedAt: s.updated_at }))
    .sort((a, b) => (order.get(a.criterionId) ?? 0) - (order.get(b.criterionId) ?? 0));
  const weights = Object.fromEntries(criteria.map((c) => [c.id, c.weight]));
  const summary = summarise(criteria, weights, new Map(scores.map((s) => [s.criterionId, s.score])));
  return {
    measureId, criteria, scores, rank: rankingPlaces(core).get(measureId)?.rank ?? null,
    must: mustReasonsOf(flags),
    ...summary,
  };
}

/** Saves the given scores of one measure as one undo step; unchanged ones are left alone, null removes a score. */
export function saveScores(core: Core, input: Parsed<'saveScores'>): MeasureScoring {
  const title = measureTitle(core, input.measureId);
  const raw = core.raw();
  const scales = new Map((raw.prepare('SELECT id, scale_max FROM scoring_criteria').all() as { id: string; scale_max: number }[]).map((c) => [c.id, c.scale_max]));
  const seen = new Set<string>();
  input.scores.forEach((s, i) => {
    const max = scales.get(s.criterionId);
    if (max === undefined) throw new CoreError('invalid_input', 'criterion_unknown', {}, [{ path: `scores.${i}.criterionId`, key: 'criterion_unknown' }]);
    if (seen.has(s.criterionId)) throw new CoreError('invalid_input', 'score_duplicate', {}, [{ path: `scores.${i}.criterionId`, key: 'score_duplicate' }]);
    seen.add(s.criterionId);
    if (s.score !== null && s.score > max) throw new CoreError('invalid_input', 'score_out_of_range', { max }, [{ path: `scores.${i}.score`, key: 'score_out_of_range' }]);
  });
  const existing = new Map(scoreRows(core, input.measureId).map((s) => [s.criterion_id, s]));
  const now = core.clock.now();
  inStep(core, { action: 'update', entity: 'score', title }, (step) => {
    for (const s of input.scores) {
      const before = existing.get(s.criterionId);
      if (s.score === null) {
        if (before) step.track('score', before.id, 'delete', () => raw.prepare('DELETE FROM measure_scores WHERE id = ?').run(before.id));
        continue;
      }
      if (before) {
        if (before.score === s.score && before.justification === s.justification) continue;
        step.track('score', before.id, 'update', () =>
          raw.prepare('UPDATE measure_scores SET score = ?, justification = ?, updated_at = ? WHERE id = ?').run(s.score, s.justification, now, before.id));
      } else {
        const id = core.clock.newId();
        step.track('score', id, 'create', () =>
          raw.prepare('INSERT INTO measure_scores (id, measure_id, criterion_id, score, justification, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
            .run(id, input.measureId, s.criterionId, s.score, s.justification, 'local', now, now));
      }
    }
  });
  return getMeasureScoring(core, input.measureId);
}

interface LogRow { seq: number; at: string; action: ScoreHistoryEntry['action']; before: string | null; after: string | null; undone: number }
interface StoredScore { criterion_id: string; score: number; justification: string | null }

/** Every change of this measure's scores, newest first, from the change log (also of criteria deleted since). */
export function listScoreHistory(core: Core, measureId: string): ScoreHistoryEntry[] {
  measureTitle(core, measureId);
  const raw = core.raw();
  const names = new Map((raw.prepare('SELECT id, name FROM scoring_criteria').all() as { id: string; name: string }[]).map((c) => [c.id, c.name]));
  const rows = raw.prepare(
    `SELECT seq, at, action, before, after, undone FROM change_log
     WHERE entity = 'score' AND json_extract(coalesce(after, before), '$.measure_id') = ?
     ORDER BY seq DESC LIMIT 500`,
  ).all(measureId) as LogRow[];
  return rows.map((r) => {
    const before = r.before ? (JSON.parse(r.before) as StoredScore) : null;
    const after = r.after ? (JSON.parse(r.after) as StoredScore) : null;
    const criterionId = (after ?? before)!.criterion_id;
    return {
      seq: r.seq, at: r.at, criterionId, criterionName: names.get(criterionId) ?? null, action: r.action,
      from: before?.score ?? null, to: after?.score ?? null, justification: after?.justification ?? before?.justification ?? null, undone: r.undone !== 0,
    };
  });
}
