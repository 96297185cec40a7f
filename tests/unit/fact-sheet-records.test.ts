/**
 * The fact sheet's own records: milestones, dependencies between measures
 * (never a cycle) and linked OZG services from the shipped catalogue. Every
 * edit is one undo step; bad input changes nothing.
 */
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const count = (table: string) => (h.core.raw().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const today = () => new Date().toISOString().slice(0, 10);

async function measure(title: string) {
  return value(await h.api.saveMeasure({ title }));
}

describe('milestones', () => {
  it('adds milestones, lists them by planned date and marks an open one in the past as overdue', async () => {
    const m = await measure('E-Akte');
    value(await h.api.saveMilestone({ measureId: m.id, title: 'Rollout Personalamt', plannedOn: '2999-03-01' }));
    value(await h.api.saveMilestone({ measureId: m.id, title: 'Ausschreibung', plannedOn: '2020-01-15' }));
    value(await h.api.saveMilestone({ measureId: m.id, title: 'Ohne Termin' }));
    const list = value(await h.api.listMilestones({ measureId: m.id }));
    expect(list.map((x) => [x.title, x.overdue])).toEqual([['Ausschreibung', true], ['Rollout Personalamt', false], ['Ohne Termin', false]]);
  });

  it('marks a milestone as reached: done, reached today unless a date is given, no longer overdue', async () => {
    const m = await measure('E-Akte');
    const ms = value(await h.api.saveMilestone({ measureId: m.id, title: 'Ausschreibung', plannedOn: '2020-01-15' }));
    const done = value(await h.api.saveMilestone({ id: ms.id, measureId: m.id, title: 'Ausschreibung', plannedOn: '2020-01-15', done: true }));
    expect(done).toMatchObject({ done: true, actualOn: today(), overdue: false });
    const dated = value(await h.api.saveMilestone({ id: ms.id, measureId: m.id, title: 'Ausschreibung', plannedOn: '2020-01-15', done: true, actualOn: '2020-02-01' }));
    expect(dated.actualOn).toBe('2020-02-01');
    const reopened = value(await h.api.saveMilestone({ id: ms.id, measureId: m.id, title: 'Ausschreibung', plannedOn: '2020-01-15', done: false }));
    expect(reopened).toMatchObject({ done: false, actualOn: null, overdue: true });
  });

  it('undoes and redoes adding, editing and deleting a milestone', async () => {
    const m = await measure('E-Akte');
    const ms = value(await h.api.saveMilestone({ measureId: m.id, title: 'Pilot', plannedOn: '2026-05-01' }));
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'create', entity: 'milestone', title: 'Pilot' });
    const edited = value(await h.api.saveMilestone({ id: ms.id, measureId: m.id, title: 'Pilot im Bürgerbüro', plannedOn: '2026-06-01' }));
    value(await h.api.deleteMilestone({ id: ms.id }));
    expect(value(await h.api.listMilestones({ measureId: m.id }))).toEqual([]);

    value(await h.api.undo());
    expect(value(await h.api.listMilestones({ measureId: m.id }))).toEqual([edited]);
    value(await h.api.undo());
    expect(value(await h.api.listMilestones({ measureId: m.id }))).toEqual([ms]);
    value(await h.api.undo());
    expect(value(await h.api.listMilestones({ measureId: m.id }))).toEqual([]);
    value(await h.api.redo());
    expect(value(await h.api.listMilestones({ measureId: m.id }))).toEqual([ms]);
  });

  it('refuses bad milestones with a clear message and writes nothing', async () => {
    const m = await measure('E-Akte');
    const other = await measure('Andere');
    const foreign = value(await h.api.saveMilestone({ measureId: other.id, title: 'Fremd' }));
    const before = [count('milestones'), count('change_log')];

    const noTitle = await h.api.saveMilestone({ measureId: m.id, title: '  ' });
    expect(!noTitle.ok && noTitle.error.details?.issues?.[0]).toMatchObject({ path: 'title', message: 'Pflichtfeld: bitte ausfüllen.' });
    const badDate = await h.api.saveMilestone({ measureId: m.id, title: 'X', plannedOn: '31.12.2026' });
    expect(!badDate.ok && badDate.error.details?.issues?.[0]).toMatchObject({ path: 'plannedOn', message: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.' });
    const actualOpen = await h.api.saveMilestone({ measureId: m.id, title: 'X', actualOn: '2026-01-01', done: false });
    expect(!actualOpen.ok && actualOpen.error.details?.issues?.[0]).toMatchObject({ path: 'actualOn', message: 'Ein tatsächliches Datum gibt es erst, wenn der Meilenstein erreicht ist.' });
    const doneText = await h.api.saveMilestone({ measureId: m.id, title: 'X', done: 'ja' as unknown as boolean });
    expect(!doneText.ok && doneText.error.code).toBe('invalid_input');
    const longTitle = await h.api.saveMilestone({ measureId: m.id, title: 'x'.repeat(201) });
    expect(!longTitle.ok && longTitle.error.details?.issues?.[0]?.message).toBe('Höchstens 200 Zeichen.');
    const unknownMeasure = await h.api.saveMilestone({ measureId: 'gibt-es-nicht', title: 'X' });
    expect(!unknownMeasure.ok && unknownMeasure.error).toMatchObject({ code: 'not_found', message: 'Diese Maßnahme gibt es nicht (mehr).' });
    const otherMeasures = await h.api.saveMilestone({ id: foreign.id, measureId: m.id, title: 'Umgehängt' });
    expect(!otherMeasures.ok && otherMeasures.error.code).toBe('not_found');
    const unknownDelete = await h.api.deleteMilestone({ id: 'gibt-es-nicht' });
    expect(!unknownDelete.ok && unknownDelete.error.code).toBe('not_found');
    const unknownList = await h.api.listMilestones({ measureId: 'gibt-es-nicht' });
    expect(!unknownList.ok && unknownList.error.code).toBe('not_found');

    expect([count('milestones'), count('change_log')]).toEqual(before);
    expect(value(await h.api.listMilestones({ measureId: other.id }))[0]?.title).toBe('Fremd');
  });
});

describe('dependencies between measures', () => {
  it('lists a dependency from both sides: "depends on" and "needed by"', async () => {
    const portal = await measure('Bürgerportal');
    const wohngeld = await measure('Wohngeld digital');
    value(await h.api.addDependency({ measureId: wohngeld.id, dependsOnId: portal.id }));
    expect(value(await h.api.listDependencies({ measureId: wohngeld.id })).dependsOn.map((d) => d.title)).toEqual(['Bürgerportal']);
    expect(value(await h.api.listDependencies({ measureId: portal.id })).neededBy.map((d) => d.title)).toEqual(['Wohngeld digital']);
    expect(value(await h.api.listDependencies({ measureId: portal.id })).dependsOn).toEqual([]);
  });

  it('refuses a dependency of a measure on itself and writes nothing', async () => {
    const a = await measure('A');
    const log = count('change_log');
    const r = await h.api.addDependency({ measureId: a.id, dependsOnId: a.id });
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid_input', message: 'Eine Maßnahme kann nicht von sich selbst abhängen.' });
    expect([count('measure_dependencies'), count('change_log')]).toEqual([0, log]);
  });

  it('refuses a dependency that closes a 2-cycle, naming it', async () => {
    const a = await measure('Servicekonto');
    const b = await measure('Bürgerportal');
    value(await h.api.addDependency({ measureId: a.id, dependsOnId: b.id }));
    const r = await h.api.addDependency({ measureId: b.id, dependsOnId: a.id });
    expect(!r.ok && r.error.message).toBe('Diese Abhängigkeit würde einen Kreis bilden: „Bürgerportal“ → „Servicekonto“ → „Bürgerportal“. Sie wurde nicht angelegt.');
    expect(count('measure_dependencies')).toBe(1);
  });

  it('refuses a dependency that closes a 3-cycle A → B → C → A, names the path by titles and writes nothing', async () => {
    const a = await measure('E-Akte');
    const b = await measure('Dokumentenmanagement');
    const c = await measure('Scanstelle');
    value(await h.api.addDependency({ measureId: a.id, dependsOnId: b.id }));
    value(await h.api.addDependency({ measureId: b.id, dependsOnId: c.id }));
    const before = [count('measure_dependencies'), count('change_log')];

    const r = await h.api.addDependency({ measureId: c.id, dependsOnId: a.id });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.message).toBe('Diese Abhängigkeit würde einen Kreis bilden: „Scanstelle“ → „E-Akte“ → „Dokumentenmanagement“ → „Scanstelle“. Sie wurde nicht angelegt.');
    expect(r.error.details?.issues?.[0]?.path).toBe('dependsOnId');
    expect([count('measure_dependencies'), count('change_log')]).toEqual(before);

    const en = await h.dispatcher.call('addDependency', { measureId: c.id, dependsOnId: a.id }, { lang: 'en' });
    expect(!en.ok && en.error.message).toBe('This dependency would create a cycle: „Scanstelle“ → „E-Akte“ → „Dokumentenmanagement“ → „Scanstelle“. It was not added.');
  });

  it('allows a diamond (two paths to the same prerequisite), which is no cycle', async () => {
    const [a, b, c, d] = [await measure('A'), await measure('B'), await measure('C'), await measure('D')];
    value(await h.api.addDependency({ measureId: a.id, dependsOnId: b.id }));
    value(await h.api.addDependency({ measureId: a.id, dependsOnId: c.id }));
    value(await h.api.addDependency({ measureId: b.id, dependsOnId: d.id }));
    value(await h.api.addDependency({ measureId: c.id, dependsOnId: d.id }));
    expect(count('measure_dependencies')).toBe(4);
  });

  it('refuses a duplicate, an unknown measure and an unknown dependency id, writing nothing', async () => {
    const a = await measure('A');
    const b = await measure('B');
    value(await h.api.addDependency({ measureId: a.id, dependsOnId: b.id }));
    const before = [count('measure_dependencies'), count('change_log')];
    const twice = await h.api.addDependency({ measureId: a.id, dependsOnId: b.id });
    expect(!twice.ok && twice.error).toMatchObject({ code: 'conflict', message: '„B“ ist bereits als Voraussetzung eingetragen.' });
    const unknown = await h.api.addDependency({ measureId: a.id, dependsOnId: 'gibt-es-nicht' });
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'not_found', message: 'Diese Maßnahme gibt es nicht (mehr).' });
    const wrongType = await h.api.addDependency({ measureId: a.id, dependsOnId: 42 as unknown as string });
    expect(!wrongType.ok && wrongType.error.code).toBe('invalid_input');
    const remove = await h.api.removeDependency({ id: 'gibt-es-nicht' });
    expect(!remove.ok && remove.error.code).toBe('not_found');
    expect([count('measure_dependencies'), count('change_log')]).toEqual(before);
  });

  it('undoes adding and removing a dependency', async () => {
    const a = await measure('A');
    const b = await measure('B');
    const deps = value(await h.api.addDependency({ measureId: a.id, dependsOnId: b.id }));
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'create', entity: 'dependency', title: 'A → B' });
    value(await h.api.removeDependency({ id: deps.dependsOn[0]!.id }));
    expect(value(await h.api.listDependencies({ measureId: a.id })).dependsOn).toEqual([]);
    value(await h.api.undo());
    expect(value(await h.api.listDependencies({ measureId: a.id }))).toEqual(deps);
    value(await h.api.undo());
    expect(count('measure_dependencies')).toBe(0);
    value(await h.api.redo());
    expect(value(await h.api.listDependencies({ measureId: a.id }))).toEqual(deps);
  });
});

describe('OZG services', () => {
  it('finds Wohngeld in the shipped catalogue by name, with German folding, and by OZG id', async () => {
    const hits = value(await h.api.listOzgServices({ query: 'Wohngeld' }));
    expect(hits[0]).toMatchObject({ ozgId: '10092', name: 'Wohngeld', themenfeld: 'Arbeit & Ruhestand', municipal: true });
    expect(value(await h.api.listOzgServices({ query: 'Buergerbegehren' })).map((s) => s.ozgId)).toContain('10129');
    expect(value(await h.api.listOzgServices({ query: '10092' }))[0]?.name).toBe('Wohngeld');
  });

  it('filters by Themenfeld and by services municipalities carry out', async () => {
    const fields = value(await h.api.listOzgThemenfelder());
    expect(fields).toContain('Familie & Kind');
    const family = value(await h.api.listOzgServices({ query: '', themenfeld: 'Familie & Kind', limit: 200 }));
    expect(family.length).toBeGreaterThan(10);
    expect(family.every((s) => s.themenfeld === 'Familie & Kind')).toBe(true);
    const municipal = value(await h.api.listOzgServices({ query: '', municipalOnly: true, limit: 200 }));
    expect(municipal.length).toBeGreaterThan(0);
    expect(municipal.every((s) => s.municipal)).toBe(true);
    // "Bauvorbescheid und Baugenehmigung" lists its LeiKa types as "1;2/3;4": municipal.
    expect(value(await h.api.listOzgServices({ query: '10519' }))[0]?.municipal).toBe(true);
  });

  it('links, lists and unlinks services of a measure, each one undo step', async () => {
    const m = await measure('Digitaler Wohngeldantrag');
    const link = value(await h.api.linkOzgService({ measureId: m.id, ozgId: '10092' }));
    expect(link).toMatchObject({ ozgId: '10092', name: 'Wohngeld' });
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'create', entity: 'ozgLink', title: 'Wohngeld' });
    expect(value(await h.api.listMeasureOzgServices({ measureId: m.id }))).toEqual([link]);
    value(await h.api.unlinkOzgService({ id: link.id }));
    expect(value(await h.api.listMeasureOzgServices({ measureId: m.id }))).toEqual([]);
    value(await h.api.undo());
    expect(value(await h.api.listMeasureOzgServices({ measureId: m.id }))).toEqual([link]);
  });

  it('refuses an unknown service, a duplicate link, a malformed id and an unknown measure, writing nothing', async () => {
    const m = await measure('Wohngeld');
    value(await h.api.linkOzgService({ measureId: m.id, ozgId: '10092' }));
    const before = [count('measure_ozg_services'), count('change_log')];
    const unknown = await h.api.linkOzgService({ measureId: m.id, ozgId: '99999' });
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'invalid_input', message: 'Die OZG-Leistung „99999“ gibt es im Katalog nicht.' });
    const twice = await h.api.linkOzgService({ measureId: m.id, ozgId: '10092' });
    expect(!twice.ok && twice.error).toMatchObject({ code: 'conflict', message: 'Die OZG-Leistung „Wohngeld“ ist mit dieser Maßnahme bereits verknüpft.' });
    const malformed = await h.api.linkOzgService({ measureId: m.id, ozgId: "10092' OR 1=1" });
    expect(!malformed.ok && malformed.error.details?.issues?.[0]).toMatchObject({ path: 'ozgId', message: 'Eine OZG-ID besteht aus Ziffern, z. B. 10092.' });
    const noMeasure = await h.api.linkOzgService({ measureId: 'gibt-es-nicht', ozgId: '10092' });
    expect(!noMeasure.ok && noMeasure.error.code).toBe('not_found');
    const badLimit = await h.api.listOzgServices({ query: 'Wohngeld', limit: 0 });
    expect(!badLimit.ok && badLimit.error.code).toBe('invalid_input');
    const longQuery = await h.api.listOzgServices({ query: 'x'.repeat(201) });
    expect(!longQuery.ok && longQuery.error.code).toBe('invalid_input');
    expect([count('measure_ozg_services'), count('change_log')]).toEqual(before);
  });
});

describe('deleting a measure with a fact sheet', () => {
  it('takes its milestones, dependencies and OZG links along, and one undo brings them all back', async () => {
    const portal = await measure('Bürgerportal');
    const m = await measure('Wohngeld digital');
    const ms = value(await h.api.saveMilestone({ measureId: m.id, title: 'Go-live', plannedOn: '2026-06-30' }));
    const deps = value(await h.api.addDependency({ measureId: m.id, dependsOnId: portal.id }));
    const link = value(await h.api.linkOzgService({ measureId: m.id, ozgId: '10092' }));

    value(await h.api.deleteMeasure({ id: m.id }));
    expect([count('milestones'), count('measure_dependencies'), count('measure_ozg_services')]).toEqual([0, 0, 0]);

    value(await h.api.undo());
    expect(value(await h.api.listMilestones({ measureId: m.id }))).toEqual([ms]);
    expect(value(await h.api.listDependencies({ measureId: m.id }))).toEqual(deps);
    expect(value(await h.api.listMeasureOzgServices({ measureId: m.id }))).toEqual([link]);

    value(await h.api.redo());
    expect([count('milestones'), count('measure_dependencies'), count('measure_ozg_services')]).toEqual([0, 0, 0]);
  });
});
