/**
 * The DigiCheck catalogue: the default "DigiCheck Kommune" version 1 exists
 * in every workspace on first use; an edit of a version that assessments use
 * becomes version n+1 with the same keys while old assessments keep theirs;
 * an unused version is edited in place; older versions are never edited.
 */
import type { DigicheckCatalogue } from '../../api/index.ts';
import { value } from '../support/core-harness.ts';
import { countingClock, workspaceForEachTest } from '../support/workspaces.ts';

const h = workspaceForEachTest({ clock: countingClock('2026-03-10T09:00:00.000Z') });

/** The catalogue as the editor sends it back: keys kept, ids left out. */
function asInput(c: DigicheckCatalogue) {
  return {
    id: c.id, name: c.name,
    dimensions: c.dimensions.map((d) => ({ key: d.key, name: d.name, description: d.description, weight: d.weight, questions: d.questions.map((q) => ({ key: q.key, text: q.text, help: q.help, weight: q.weight })) })),
  };
}

async function assessment() {
  const orgUnitId = value(await h.api.saveOrgUnit({ name: 'Wohngeldstelle', kind: 'office' })).id;
  return value(await h.api.saveDigicheckAssessment({ orgUnitId, title: 'DigiCheck Wohngeldstelle 2025', heldOn: '2025-03-12' }));
}

describe('default catalogue', () => {
  it('offers "DigiCheck Kommune" version 1 with nine dimensions of three to five questions, each with a help text', async () => {
    const c = value(await h.api.getDigicheckCatalogue({}));
    expect(c).toMatchObject({ name: 'DigiCheck Kommune', version: 1, latest: true, assessments: 0, basedOnId: null });
    expect(c.dimensions.map((d) => d.name)).toEqual([
      'Strategie & Steuerung', 'Prozesse', 'Daten', 'IT & Fachverfahren', 'Personal & Kompetenzen', 'Kultur & Zusammenarbeit',
      'Nutzerorientierung', 'Informationssicherheit & Datenschutz', 'Onlinedienste',
    ]);
    for (const d of c.dimensions) {
      expect(d.questions.length).toBeGreaterThanOrEqual(3);
      expect(d.questions.length).toBeLessThanOrEqual(5);
      expect(d.questions.every((q) => q.help && q.text.endsWith('?'))).toBe(true);
    }
    // Written once: listing again does not add a second one.
    expect(value(await h.api.listDigicheckCatalogues())).toHaveLength(1);
    expect(h.core.raw().prepare('SELECT count(*) AS n FROM change_log').get()).toEqual({ n: 0 });
  });
});

describe('saveDigicheckCatalogue', () => {
  it('edits an unused version in place: rename, new question, removed question, weights (one undo step)', async () => {
    const c = value(await h.api.getDigicheckCatalogue({}));
    const input = asInput(c);
    input.name = 'DigiCheck Musterstadt';
    input.dimensions[0]!.weight = 2;
    input.dimensions[0]!.questions.push({ key: undefined as never, text: 'Gibt es eine Digitalisierungsstrategie des Fachbereichs?', help: null, weight: 1 });
    input.dimensions[1]!.questions.pop();
    const saved = value(await h.api.saveDigicheckCatalogue(input));
    expect(saved.newVersion).toBe(false);
    expect(saved.catalogue).toMatchObject({ id: c.id, name: 'DigiCheck Musterstadt', version: 1 });
    expect(saved.catalogue.dimensions[0]).toMatchObject({ weight: 2 });
    expect(saved.catalogue.dimensions[0]!.questions.at(-1)).toMatchObject({ key: 'gibt-es-eine-digitalisierungsstrategie-d', text: 'Gibt es eine Digitalisierungsstrategie des Fachbereichs?' });
    expect(saved.catalogue.dimensions[1]!.questions).toHaveLength(c.dimensions[1]!.questions.length - 1);
    value(await h.api.undo());
    expect(value(await h.api.getDigicheckCatalogue({ id: c.id }))).toEqual(c);
  });

  it('writes version 2 when assessments use version 1; the old assessment keeps its questions and answers', async () => {
    const a = await assessment();
    const q = a.answers[0]!;
    value(await h.api.saveDigicheckAnswer({ assessmentId: a.id, questionId: q.questionId, ist: 1, soll: 3, justification: 'Noch Papier.' }));
    const v1 = value(await h.api.getDigicheckCatalogue({}));
    const input = asInput(v1);
    input.dimensions[0]!.questions[0]!.text = 'Gibt es messbare Digitalisierungsziele?';
    input.dimensions[0]!.questions[0]!.weight = 3;
    const saved = value(await h.api.saveDigicheckCatalogue(input));
    expect(saved.newVersion).toBe(true);
    expect(saved.catalogue).toMatchObject({ version: 2, basedOnId: v1.id, latest: true, assessments: 0 });
    expect(saved.catalogue.dimensions.map((d) => d.key)).toEqual(v1.dimensions.map((d) => d.key));
    expect(saved.catalogue.dimensions[0]!.questions[0]).toMatchObject({ key: v1.dimensions[0]!.questions[0]!.key, text: 'Gibt es messbare Digitalisierungsziele?', weight: 3 });
    // Version 1 and the assessment made with it are untouched.
    expect(value(await h.api.getDigicheckCatalogue({ id: v1.id }))).toEqual({ ...v1, latest: false });
    expect(value(await h.api.getDigicheckAssessment({ id: a.id }))).toMatchObject({ catalogueVersion: 1, answers: expect.arrayContaining([expect.objectContaining({ questionId: q.questionId, ist: 1, justification: 'Noch Papier.' })]) });
    // New assessments use version 2.
    const b = value(await h.api.saveDigicheckAssessment({ orgUnitId: a.unit.id, title: 'DigiCheck Wohngeldstelle 2026', heldOn: '2026-03-10' }));
    expect(b.catalogueVersion).toBe(2);
    expect(value(await h.api.listDigicheckCatalogues()).map((c) => [c.version, c.assessments, c.latest])).toEqual([[2, 1, true], [1, 1, false]]);
  });

  it('refuses to edit an older version, duplicate keys and empty dimensions, writing nothing', async () => {
    await assessment();
    const v1 = value(await h.api.getDigicheckCatalogue({}));
    const input = asInput(v1);
    input.dimensions[0]!.questions[0]!.weight = 2;
    value(await h.api.saveDigicheckCatalogue(input));
    const raw = h.core.raw();
    const before = [raw.prepare('SELECT * FROM digicheck_questions ORDER BY id').all(), raw.prepare('SELECT count(*) FROM change_log').get()];
    const old = await h.api.saveDigicheckCatalogue(input);
    expect(!old.ok && old.error).toMatchObject({ code: 'conflict', message: 'Version 1 des Fragenkatalogs wird von früheren DigiChecks verwendet und bleibt unverändert. Bearbeitet wird nur die neueste Version.' });
    const v2 = value(await h.api.getDigicheckCatalogue({}));
    const twice = asInput(v2);
    twice.dimensions[1]!.key = twice.dimensions[0]!.key;
    const dup = await h.api.saveDigicheckCatalogue(twice);
    expect(!dup.ok && dup.error.details?.issues).toEqual([{ path: 'dimensions.1.key', message: 'Diese Kennung kommt im Fragenkatalog zweimal vor.' }]);
    const empty = asInput(v2);
    empty.dimensions[2]!.questions = [];
    const e = await h.api.saveDigicheckCatalogue(empty);
    expect(!e.ok && e.error.details?.issues?.[0]?.path).toBe('dimensions.2.questions');
    expect([raw.prepare('SELECT * FROM digicheck_questions ORDER BY id').all(), raw.prepare('SELECT count(*) FROM change_log').get()]).toEqual(before);
  });
});
