/**
 * A small DigiCheck written straight into a test workspace (catalogue with
 * three dimensions, an org unit, an assessment with answers), so the
 * recommendation tests do not depend on the assessment editor's API.
 */
import type { Input } from '../../api/index.ts';
import type { Harness } from '../support/core-harness.ts';

export const DIMENSIONS = [
  { key: 'prozesse', name: 'Prozesse', ist: 1, soll: 3 },
  { key: 'daten', name: 'Daten', ist: 2, soll: 3 },
  { key: 'onlinedienste', name: 'Onlinedienste', ist: 1, soll: 4 },
] as const;

let seq = 0;
const next = (p: string) => `${p}-${String(++seq).padStart(4, '0')}`;

export interface FixtureAssessment { id: string; catalogueId: string; title: string }

/** An assessment of the "Wohngeldstelle" held on `heldOn` (or of a field of action when `fieldId` is given). */
export function insertAssessment(h: Harness, opts: { heldOn?: string; title?: string; fieldId?: string } = {}): FixtureAssessment {
  const raw = h.core.raw();
  const at = '2026-03-10T09:00:00.000Z';
  const stamps = { origin: 'local', created_at: at, updated_at: at };
  const catalogueId = next('cat');
  raw.prepare('INSERT INTO digicheck_catalogues (id, name, version, origin, created_at, updated_at) VALUES (@id, @name, @version, @origin, @created_at, @updated_at)')
    .run({ id: catalogueId, name: `Testkatalog ${catalogueId}`, version: 1, ...stamps });
  const questions: { id: string; ist: number; soll: number }[] = [];
  DIMENSIONS.forEach((d, i) => {
    const dimId = next('dim');
    raw.prepare('INSERT INTO digicheck_dimensions (id, catalogue_id, key, name, sort_order, origin, created_at, updated_at) VALUES (@id, @c, @key, @name, @s, @origin, @created_at, @updated_at)')
      .run({ id: dimId, c: catalogueId, key: d.key, name: d.name, s: i, ...stamps });
    const qId = next('q');
    raw.prepare('INSERT INTO digicheck_questions (id, dimension_id, key, text, sort_order, origin, created_at, updated_at) VALUES (@id, @d, @key, @text, 0, @origin, @created_at, @updated_at)')
      .run({ id: qId, d: dimId, key: `${d.key}-1`, text: `Frage zu ${d.name}`, ...stamps });
    questions.push({ id: qId, ist: d.ist, soll: d.soll });
  });
  let orgUnitId: string | null = null;
  if (!opts.fieldId) {
    orgUnitId = next('unit');
    raw.prepare("INSERT INTO org_units (id, name, kind, sort_order, origin, created_at, updated_at) VALUES (@id, 'Wohngeldstelle', 'office', 0, @origin, @created_at, @updated_at)")
      .run({ id: orgUnitId, ...stamps });
  }
  const id = next('assessment');
  const title = opts.title ?? 'DigiCheck Wohngeldstelle 2026';
  raw.prepare(`INSERT INTO digicheck_assessments (id, catalogue_id, org_unit_id, field_id, title, held_on, participants, starting_position, need_for_change, it_challenges, origin, created_at, updated_at)
    VALUES (@id, @c, @u, @f, @title, @heldOn, @p, @sp, @nfc, @it, @origin, @created_at, @updated_at)`)
    .run({
      id, c: catalogueId, u: orgUnitId, f: opts.fieldId ?? null, title, heldOn: opts.heldOn ?? '2026-03-10', p: 'Amtsleitung, drei Sachbearbeiterinnen',
      sp: 'Anträge kommen zu zwei Dritteln auf Papier.', nfc: 'Nachweise sollen digital eingehen.', it: 'Das Fachverfahren hat keine Schnittstelle zum Antragsportal.', ...stamps,
    });
  for (const q of questions) {
    raw.prepare('INSERT INTO digicheck_answers (id, assessment_id, question_id, ist, soll, origin, created_at, updated_at) VALUES (@id, @a, @q, @ist, @soll, @origin, @created_at, @updated_at)')
      .run({ id: next('answer'), a: id, q: q.id, ist: q.ist, soll: q.soll, ...stamps });
  }
  return { id, catalogueId, title };
}

export const recommendation = (assessmentId: string, extra: Partial<Input<'saveRecommendation'>> = {}): Input<'saveRecommendation'> => ({
  assessmentId, title: 'Nachweise digital einreichen', priority: 'high', year: 1, ...extra,
});
