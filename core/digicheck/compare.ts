/**
 * Comparison of an assessment with an earlier one of the same unit (or field):
 * Ist per dimension side by side. Dimensions are matched by their stable key,
 * so two assessments answered with different catalogue versions compare.
 */
import type { DigicheckAssessmentRef, DigicheckComparison, DigicheckComparisonRow, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError } from '../errors.ts';
import { getAssessment } from './read.ts';

/** Earlier assessments of the same unit or field, newest first. */
function earlierOf(core: Core, id: string): DigicheckAssessmentRef[] {
  return core.raw().prepare(
    `SELECT e.id, e.title, e.held_on AS heldOn FROM digicheck_assessments a JOIN digicheck_assessments e
       ON e.id <> a.id AND (e.org_unit_id = a.org_unit_id OR e.field_id = a.field_id)
       AND (e.held_on < a.held_on OR (e.held_on = a.held_on AND e.created_at < a.created_at))
     WHERE a.id = ? ORDER BY e.held_on DESC, e.created_at DESC`,
  ).all(id) as DigicheckAssessmentRef[];
}

const round = (n: number) => Math.round(n * 100) / 100;

export function compareAssessments(core: Core, input: Parsed<'compareDigicheckAssessments'>): DigicheckComparison {
  const current = getAssessment(core, input.id);
  const candidates = earlierOf(core, current.id);
  const chosen = input.earlierId ? candidates.find((c) => c.id === input.earlierId) : candidates[0];
  if (input.earlierId && !chosen) {
    throw new CoreError('invalid_input', 'digicheck_compare_other_unit', {}, [{ path: 'earlierId', key: 'digicheck_compare_other_unit' }]);
  }
  const ref = { id: current.id, title: current.title, heldOn: current.heldOn };
  if (!chosen) return { current: ref, earlier: null, candidates, rows: [] };
  const earlier = getAssessment(core, chosen.id);
  const before = new Map(earlier.dimensions.map((d) => [d.key, d]));
  const rows: DigicheckComparisonRow[] = current.dimensions.map((d) => {
    const e = before.get(d.key)?.ist ?? null;
    return { key: d.key, name: d.name, ist: d.ist, earlierIst: e, difference: d.ist !== null && e !== null ? round(d.ist - e) : null };
  });
  // A dimension the newer version dropped still shows its earlier value.
  for (const d of earlier.dimensions) {
    if (!current.dimensions.some((c) => c.key === d.key)) rows.push({ key: d.key, name: d.name, ist: null, earlierIst: d.ist, difference: null });
  }
  return { current: ref, earlier: chosen, candidates, rows };
}
