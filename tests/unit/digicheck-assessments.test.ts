/**
 * DigiCheck assessments: created for an org unit or a field with the newest
 * catalogue version, answered one question at a time (Ist/Soll 0–4), weighted
 * averages per dimension, comparison with the earlier assessment of the same
 * unit, search, undo, and bad input that changes nothing.
 */
import { value } from '../support/core-harness.ts';
import { countingClock, workspaceForEachTest } from '../support/workspaces.ts';

const h = workspaceForEachTest({ clock: countingClock('2026-03-10T09:00:00.000Z') });

async function unit(name = 'Wohngeldstelle'): Promise<string> {
  return value(await h.api.saveOrgUnit({ name, kind: 'office' })).id;
}

function snapshot(): unknown {
  const raw = h.core.raw();
  return {
    assessments: raw.prepare('SELECT * FROM digicheck_assessments ORDER BY id').all(),
    answers: raw.prepare('SELECT * FROM digicheck_answers ORDER BY id').all(),
    log: raw.prepare('SELECT count(*) AS n FROM change_log').get(),
  };
}

async function create(orgUnitId: string, heldOn = '2026-03-10', title = 'DigiCheck Wohngeldstelle 2026') {
  return value(await h.api.saveDigicheckAssessment({ orgUnitId, title, heldOn, participants: 'Leitung, zwei Sachbearbeiterinnen' }));
}

describe('saveDigicheckAssessment', () => {
  it('creates an assessment for a unit with the newest catalogue version and every question unanswered', async () => {
    const a = await create(await unit());
    expect(a).toMatchObject({ title: 'DigiCheck Wohngeldstelle 2026', heldOn: '2026-03-10', unit: { kind: 'orgUnit', name: 'Wohngeldstelle' }, catalogueName: 'DigiCheck Kommune', catalogueVersion: 1, ist: null, soll: null, answered: 0 });
    expect(a.dimensions).toHaveLength(9);
    expect(a.answers.length).toBe(a.questions);
    expect(a.answers.every((x) => x.ist === null && x.soll === null)).toBe(true);
    expect(value(await h.api.listDigicheckAssessments()).map((x) => x.id)).toEqual([a.id]);
  });

  it('may be about a field of action instead of a unit, and edits its narratives', async () => {
    const field = value(await h.api.listFields())[0]!;
    const a = value(await h.api.saveDigicheckAssessment({ fieldId: field.id, title: 'DigiCheck Verwaltung', heldOn: '2026-02-01' }));
    expect(a.unit).toEqual({ kind: 'field', id: field.id, name: field.name });
    const b = value(await h.api.saveDigicheckAssessment({ id: a.id, fieldId: field.id, title: 'DigiCheck Verwaltung', heldOn: '2026-02-01', needForChange: 'Anträge kommen noch auf Papier.' }));
    expect(b.needForChange).toBe('Anträge kommen noch auf Papier.');
    expect(value(await h.api.undo()).done).toEqual({ action: 'update', entity: 'digicheckAssessment', title: 'DigiCheck Verwaltung' });
    expect(value(await h.api.getDigicheckAssessment({ id: a.id })).needForChange).toBeNull();
  });

  it('refuses an assessment without unit or field, with both, or with an unknown unit, writing nothing', async () => {
    const orgUnitId = await unit();
    const field = value(await h.api.listFields())[0]!;
    const before = snapshot();
    const none = await h.api.saveDigicheckAssessment({ title: 'Ohne Einheit', heldOn: '2026-03-10' });
    expect(!none.ok && none.error.details?.issues).toEqual([{ path: 'orgUnitId', message: 'Bitte die Organisationseinheit oder das Handlungsfeld wählen, für die der DigiCheck gilt.' }]);
    const both = await h.api.saveDigicheckAssessment({ orgUnitId, fieldId: field.id, title: 'Beides', heldOn: '2026-03-10' });
    expect(!both.ok && both.error.details?.issues?.[0]?.path).toBe('fieldId');
    const ghost = await h.api.saveDigicheckAssessment({ orgUnitId: 'nope', title: 'Geist', heldOn: '2026-03-10' });
    expect(!ghost.ok && ghost.error.details?.issues).toEqual([{ path: 'orgUnitId', message: 'Die gewählte Organisationseinheit gibt es nicht (mehr).' }]);
    const date = await h.api.saveDigicheckAssessment({ orgUnitId, title: 'Datum', heldOn: '10.03.2026' });
    expect(!date.ok && date.error.details?.issues?.[0]?.path).toBe('heldOn');
    const en = await h.dispatcher.call('saveDigicheckAssessment', { title: 'x', heldOn: '2026-03-10' }, { lang: 'en' });
    expect(!en.ok && en.error.details?.issues?.[0]?.message).toBe('Please choose the organisational unit or the field of action this DigiCheck is about.');
    expect(snapshot()).toEqual(before);
  });
});

describe('saveDigicheckAnswer', () => {
  it('scores questions and computes weighted averages per dimension and overall', async () => {
    const a = await create(await unit());
    const strategy = a.answers.filter((x) => x.dimensionKey === 'strategie');
    value(await h.api.saveDigicheckAnswer({ assessmentId: a.id, questionId: strategy[0]!.questionId, ist: 1, soll: 4, justification: 'Ziele nur mündlich.' }));
    const b = value(await h.api.saveDigicheckAnswer({ assessmentId: a.id, questionId: strategy[1]!.questionId, ist: 2, soll: 3, justification: null }));
    const dim = b.dimensions.find((d) => d.key === 'strategie')!;
    expect(dim).toMatchObject({ name: 'Strategie & Steuerung', ist: 1.5, soll: 3.5, answered: 2, questions: 4 });
    expect(b).toMatchObject({ ist: 1.5, soll: 3.5, answered: 2 });
    expect(b.answers.find((x) => x.questionId === strategy[0]!.questionId)).toMatchObject({ ist: 1, soll: 4, justification: 'Ziele nur mündlich.' });
    // A second dimension with weight 1 enters the overall average equally.
    const data = b.answers.find((x) => x.dimensionKey === 'daten')!;
    const d = value(await h.api.saveDigicheckAnswer({ assessmentId: a.id, questionId: data.questionId, ist: 3, soll: 4, justification: null }));
    expect(d.ist).toBe(2.25);
    expect(value(await h.api.undo()).done).toEqual({ action: 'update', entity: 'digicheckAssessment', title: 'DigiCheck Wohngeldstelle 2026' });
    expect(value(await h.api.getDigicheckAssessment({ id: a.id })).ist).toBe(1.5);
  });

  it('refuses scores outside 0–4, fractions and questions of another version, writing nothing', async () => {
    const a = await create(await unit());
    const q = a.answers[0]!.questionId;
    const before = snapshot();
    const five = await h.api.saveDigicheckAnswer({ assessmentId: a.id, questionId: q, ist: 5, soll: 4, justification: null });
    expect(!five.ok && five.error.details?.issues).toEqual([{ path: 'ist', message: 'Bitte eine Stufe von 0 (nicht vorhanden) bis 4 (vollständig/optimiert) wählen.' }]);
    const negative = await h.api.saveDigicheckAnswer({ assessmentId: a.id, questionId: q, ist: 2, soll: -1, justification: null });
    expect(!negative.ok && negative.error.details?.issues?.[0]?.path).toBe('soll');
    const fraction = await h.api.saveDigicheckAnswer({ assessmentId: a.id, questionId: q, ist: 2.5, soll: 3, justification: null });
    expect(!fraction.ok && fraction.error.code).toBe('invalid_input');
    const text = await h.api.saveDigicheckAnswer({ assessmentId: a.id, questionId: q, ist: 'drei', soll: 3 } as never);
    expect(!text.ok && text.error.details?.issues?.[0]?.path).toBe('ist');
    const foreign = await h.api.saveDigicheckAnswer({ assessmentId: a.id, questionId: 'nope', ist: 1, soll: 2, justification: null });
    expect(!foreign.ok && foreign.error.details?.issues?.[0]?.path).toBe('questionId');
    const ghost = await h.api.saveDigicheckAnswer({ assessmentId: 'nope', questionId: q, ist: 1, soll: 2, justification: null });
    expect(!ghost.ok && ghost.error.code).toBe('not_found');
    expect(snapshot()).toEqual(before);
  });
});

describe('compareDigicheckAssessments', () => {
  it('compares with the previous assessment of the same unit by dimension key', async () => {
    const wohngeld = await unit();
    const other = await unit('Bürgerbüro');
    const old = await create(wohngeld, '2025-03-12', 'DigiCheck Wohngeldstelle 2025');
    await create(other, '2025-06-01', 'DigiCheck Bürgerbüro 2025');
    const now = await create(wohngeld, '2026-03-10');
    const q = (a: typeof old, key: string) => a.answers.find((x) => x.dimensionKey === key)!.questionId;
    value(await h.api.saveDigicheckAnswer({ assessmentId: old.id, questionId: q(old, 'prozesse'), ist: 1, soll: 3, justification: null }));
    value(await h.api.saveDigicheckAnswer({ assessmentId: now.id, questionId: q(now, 'prozesse'), ist: 2, soll: 3, justification: null }));
    const c = value(await h.api.compareDigicheckAssessments({ id: now.id }));
    expect(c.earlier).toEqual({ id: old.id, title: 'DigiCheck Wohngeldstelle 2025', heldOn: '2025-03-12' });
    expect(c.candidates.map((x) => x.id)).toEqual([old.id]);
    expect(c.rows.find((r) => r.key === 'prozesse')).toEqual({ key: 'prozesse', name: 'Prozesse', ist: 2, earlierIst: 1, difference: 1 });
    expect(c.rows.find((r) => r.key === 'daten')).toMatchObject({ ist: null, earlierIst: null, difference: null });
    // The oldest has nothing to compare with; another unit's assessment is refused.
    expect(value(await h.api.compareDigicheckAssessments({ id: old.id }))).toMatchObject({ earlier: null, rows: [] });
    const foreign = await h.api.compareDigicheckAssessments({ id: now.id, earlierId: value(await h.api.listDigicheckAssessments()).find((x) => x.unit.name === 'Bürgerbüro')!.id });
    expect(!foreign.ok && foreign.error.details?.issues?.[0]?.path).toBe('earlierId');
  });
});

describe('comparison across catalogue versions', () => {
  it('matches dimensions by key when the later check uses version 2 with a renamed dimension', async () => {
    const wohngeld = await unit();
    const old = await create(wohngeld, '2025-03-12', 'DigiCheck Wohngeldstelle 2025');
    const q1 = old.answers.find((x) => x.dimensionKey === 'daten')!.questionId;
    value(await h.api.saveDigicheckAnswer({ assessmentId: old.id, questionId: q1, ist: 1, soll: 3, justification: null }));
    const v1 = value(await h.api.getDigicheckCatalogue({}));
    const renamed = {
      id: v1.id, name: v1.name,
      dimensions: v1.dimensions.map((d) => ({ key: d.key, name: d.key === 'daten' ? 'Daten & Statistik' : d.name, description: d.description, weight: d.weight, questions: d.questions.map((q) => ({ key: q.key, text: q.text, help: q.help, weight: q.weight })) })),
    };
    expect(value(await h.api.saveDigicheckCatalogue(renamed)).newVersion).toBe(true);
    const now = await create(wohngeld, '2026-03-10');
    expect(now.catalogueVersion).toBe(2);
    const q2 = now.answers.find((x) => x.dimensionKey === 'daten')!.questionId;
    expect(q2).not.toBe(q1);
    value(await h.api.saveDigicheckAnswer({ assessmentId: now.id, questionId: q2, ist: 3, soll: 4, justification: null }));
    const c = value(await h.api.compareDigicheckAssessments({ id: now.id }));
    expect(c.rows.find((r) => r.key === 'daten')).toEqual({ key: 'daten', name: 'Daten & Statistik', ist: 3, earlierIst: 1, difference: 2 });
    // A question of version 1 cannot be answered in a check made with version 2.
    const foreign = await h.api.saveDigicheckAnswer({ assessmentId: now.id, questionId: q1, ist: 1, soll: 1, justification: null });
    expect(!foreign.ok && foreign.error.details?.issues?.[0]?.message).toBe('Diese Frage gehört nicht zur Fassung des Fragenkatalogs, mit der dieser DigiCheck beantwortet wird.');
  });
});

describe('search and delete', () => {
  it('finds an assessment by unit name and narrative with German folding, and deletes it with its answers as one undo step', async () => {
    const a = await create(await unit('Bürgerbüro'), '2026-03-10', 'DigiCheck 2026');
    value(await h.api.saveDigicheckAssessment({ id: a.id, orgUnitId: a.unit.id, title: 'DigiCheck 2026', heldOn: '2026-03-10', itChallenges: 'Schnittstelle zum Fachverfahren fehlt.' }));
    value(await h.api.saveDigicheckAnswer({ assessmentId: a.id, questionId: a.answers[0]!.questionId, ist: 1, soll: 2, justification: null }));
    const ours = async (query: string) => value(await h.api.search({ query })).filter((x) => x.entity === 'digicheckAssessment').map((x) => x.id);
    expect(await ours('Buergerbuero')).toEqual([a.id]);
    expect(await ours('Schnittstelle')).toEqual([a.id]);
    value(await h.api.deleteDigicheckAssessment({ id: a.id }));
    expect(value(await h.api.listDigicheckAssessments())).toEqual([]);
    expect(await ours('Buergerbuero')).toEqual([]);
    value(await h.api.undo());
    expect(value(await h.api.getDigicheckAssessment({ id: a.id })).answered).toBe(1);
  });
});
