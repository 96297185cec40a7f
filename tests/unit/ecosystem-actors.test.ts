/**
 * Actors, relations, roles and the map through the API on a real workspace:
 * actors keep their sphere and field links, relations refuse twins and
 * unknown actors, roles need a holder, the map places each record by the
 * rules stated on the page, and deleting a field that measures use is refused
 * unless its measures are reassigned (one undo step).
 */
import type { Input } from '../../api/index.ts';
import { value } from '../support/core-harness.ts';
import { fieldIdOf, workspaceForEachTest } from '../support/workspaces.ts';

const h = workspaceForEachTest();

const fieldId = (name: string) => fieldIdOf(h, name);

function snapshot(): unknown {
  const raw = h.core.raw();
  return ['fields', 'measures', 'actors', 'actor_fields', 'actor_relations', 'role_assignments', 'change_log'].map((t) => raw.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
}

async function failure(p: Promise<{ ok: boolean }>) {
  const r = (await p) as { ok: false; error: { code: string; message: string; details?: { issues?: { path: string; message: string }[] } } };
  expect(r.ok).toBe(false);
  return r.error;
}

const stadtwerke = (fieldIds: string[]): Input<'saveActor'> => ({
  name: 'Stadtwerke Musterstadt', kind: 'organisation', sphere: 'municipal_group', description: 'Energie und Glasfaser', contact: 'info@sw.example', fieldIds,
});

describe('actors', () => {
  it('saves an actor with its fields, filters by sphere and field, and undo removes it with its links', async () => {
    const energy = await fieldId('Energie & Klima');
    const infra = await fieldId('Digitale Infrastruktur');
    const a = value(await h.api.saveActor(stadtwerke([energy, infra, energy])));
    expect(a).toMatchObject({ name: 'Stadtwerke Musterstadt', sphere: 'municipal_group', contact: 'info@sw.example', relationCount: 0 });
    expect(a.fields.map((f) => f.name).sort()).toEqual(['Digitale Infrastruktur', 'Energie & Klima']);
    value(await h.api.saveActor({ name: 'KGSt', kind: 'organisation', sphere: 'external' }));
    expect(value(await h.api.listActors({ sphere: 'external' })).map((x) => x.name)).toEqual(['KGSt']);
    expect(value(await h.api.listActors({ fieldId: energy })).map((x) => x.name)).toEqual(['Stadtwerke Musterstadt']);
    value(await h.api.undo());
    value(await h.api.undo());
    expect(value(await h.api.listActors({}))).toEqual([]);
    expect(h.core.raw().prepare('SELECT count(*) AS n FROM actor_fields').get()).toEqual({ n: 0 });
  });

  it('refuses unknown fields, org units and stakeholders by field path, and writes nothing', async () => {
    const before = snapshot();
    expect((await failure(h.api.saveActor(stadtwerke(['nope'])))).details?.issues?.[0]?.path).toBe('fieldIds.0');
    expect((await failure(h.api.saveActor({ ...stadtwerke([]), orgUnitId: 'nope' }))).details?.issues?.[0]?.path).toBe('orgUnitId');
    expect((await failure(h.api.saveActor({ ...stadtwerke([]), stakeholderId: 'nope' }))).details?.issues?.[0]?.path).toBe('stakeholderId');
    expect(snapshot()).toEqual(before);
  });

  it('relates actors once per kind, refuses itself, and deleting an actor takes its relations (undo brings them back)', async () => {
    const sw = value(await h.api.saveActor(stadtwerke([])));
    const kdm = value(await h.api.saveActor({ name: 'Kommunale Datenverarbeitung', kind: 'organisation', sphere: 'external' }));
    const rel = value(await h.api.saveActorRelation({ fromId: kdm.id, toId: sw.id, kind: 'supplies', note: 'Rechenzentrum' }));
    expect(rel).toMatchObject({ fromName: 'Kommunale Datenverarbeitung', toName: 'Stadtwerke Musterstadt', kind: 'supplies' });
    const before = snapshot();
    expect((await failure(h.api.saveActorRelation({ fromId: kdm.id, toId: sw.id, kind: 'supplies' }))).details?.issues?.[0]?.message).toBe('Diese Beziehung gibt es bereits.');
    expect((await failure(h.api.saveActorRelation({ fromId: kdm.id, toId: kdm.id, kind: 'advises' }))).details?.issues?.[0]?.path).toBe('toId');
    expect((await failure(h.api.saveActorRelation({ fromId: 'nope', toId: kdm.id, kind: 'advises' }))).details?.issues?.[0]?.path).toBe('fromId');
    expect(snapshot()).toEqual(before);
    value(await h.api.deleteActor({ id: kdm.id }));
    expect(value(await h.api.getActorNetwork()).relations).toEqual([]);
    value(await h.api.undo());
    expect(value(await h.api.getActorNetwork()).relations).toEqual([rel]);
  });
});

describe('role assignments', () => {
  it('lists roles in governance order and needs a holder and, for "other", a title', async () => {
    const unit = value(await h.api.saveOrgUnit({ name: 'Wohngeldstelle', kind: 'office' }));
    value(await h.api.saveRoleAssignment({ role: 'digital_pilot', title: 'Digitallotsin', holderName: 'Nadine Schäfer', orgUnitId: unit.id }));
    value(await h.api.saveRoleAssignment({ role: 'hvb', title: 'Bürgermeisterin', holderName: 'Dr. Katrin Berger' }));
    expect(value(await h.api.listRoleAssignments()).map((r) => [r.role, r.orgUnitName])).toEqual([['hvb', null], ['digital_pilot', 'Wohngeldstelle']]);
    const before = snapshot();
    const noHolder = await failure(h.api.saveRoleAssignment({ role: 'cio' }));
    expect(noHolder.details?.issues).toEqual([{ path: 'holderName', message: expect.stringContaining('wer die Rolle innehat') }]);
    const noTitle = await failure(h.api.saveRoleAssignment({ role: 'other', holderName: 'Max Muster' }));
    expect(noTitle.details?.issues?.[0]?.path).toBe('title');
    expect(snapshot()).toEqual(before);
  });
});

describe('getEcosystemMap', () => {
  it('places actors by their fields and sphere, measures by their lead actor (else Kernverwaltung), stakeholders by actor or scope', async () => {
    const energy = await fieldId('Energie & Klima');
    const sw = value(await h.api.saveActor(stadtwerke([energy])));
    const led = value(await h.api.saveMeasure({ title: 'Wärmenetz-Sensorik', fieldId: energy, leadUnit: 'stadtwerke  musterstadt' }));
    const own = value(await h.api.saveMeasure({ title: 'Energiemonitoring Rathaus', fieldId: energy, leadUnit: 'Gebäudemanagement' }));
    const citizens = value(await h.api.saveStakeholder({
      name: 'Bürgerinitiative Klima', kind: 'group', scope: 'external', influence: 2, interest: 5, attitude: 'supporter',
      engagementNow: 'neutral', engagementWanted: 'supportive', measureIds: [own.id],
    }));
    const map = value(await h.api.getEcosystemMap());
    const row = map.rows.find((r) => r.fieldId === energy);
    const cell = (sphere: string) => row?.cells.find((c) => c.sphere === sphere);
    expect(cell('municipal_group')).toEqual({ sphere: 'municipal_group', actors: [{ id: sw.id, name: sw.name }], measures: [{ id: led.id, name: led.title }], stakeholders: [] });
    expect(cell('core_admin')?.measures).toEqual([{ id: own.id, name: own.title }]);
    expect(cell('local_community')?.stakeholders).toEqual([{ id: citizens.id, name: citizens.name }]);
    expect(map.totals.find((t) => t.sphere === 'municipal_group')).toEqual({ sphere: 'municipal_group', actors: 1, measures: 1, stakeholders: 0 });
    // Linking the stakeholder to an actor moves it into the actor's sphere.
    value(await h.api.saveActor({ ...stadtwerke([energy]), id: sw.id, stakeholderId: citizens.id }));
    const moved = value(await h.api.getEcosystemMap()).rows.find((r) => r.fieldId === energy)?.cells.find((c) => c.sphere === 'municipal_group');
    expect(moved?.stakeholders.map((s) => s.name)).toEqual(['Bürgerinitiative Klima']);
  });
});

describe('deleteField with measures', () => {
  it('is refused with the count of measures and changes nothing', async () => {
    const field = value(await h.api.saveField({ name: 'Smart City' }));
    value(await h.api.saveMeasure({ title: 'Sensorik im Parkhaus', fieldId: field.id }));
    value(await h.api.saveMeasure({ title: 'Digitaler Zwilling', fieldId: field.id }));
    const before = snapshot();
    const e = await failure(h.api.deleteField({ id: field.id }));
    expect(e.code).toBe('conflict');
    expect(e.message).toContain('„Smart City“ ist noch 2 Maßnahmen zugeordnet');
    expect(snapshot()).toEqual(before);
  });

  it('moves measures, ideas and actor links to another field and deletes it in one undo step', async () => {
    const field = value(await h.api.saveField({ name: 'Smart City' }));
    const target = await fieldId('Daten & Plattformen');
    const m = value(await h.api.saveMeasure({ title: 'Sensorik im Parkhaus', fieldId: field.id }));
    const idea = value(await h.api.saveIdea({ title: 'Digitaler Zwilling', source: 'department', fieldId: field.id }));
    const actor = value(await h.api.saveActor({ ...stadtwerke([field.id, target]) }));
    const other = value(await h.api.saveActor({ name: 'Hochschule', kind: 'organisation', sphere: 'local_community', fieldIds: [field.id] }));
    const before = snapshot();
    value(await h.api.deleteField({ id: field.id, reassignTo: target }));
    expect(value(await h.api.getMeasure({ id: m.id })).fieldId).toBe(target);
    expect(value(await h.api.getIdea({ id: idea.id })).fieldId).toBe(target);
    expect(value(await h.api.getActor({ id: actor.id })).fields.map((f) => f.fieldId)).toEqual([target]);
    expect(value(await h.api.getActor({ id: other.id })).fields.map((f) => f.fieldId)).toEqual([target]);
    expect(value(await h.api.listFields()).some((f) => f.id === field.id)).toBe(false);
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'delete', entity: 'field', title: 'Smart City' });
    value(await h.api.undo());
    const [fields, measures, actors, links] = snapshot() as unknown[][];
    const [bFields, bMeasures, bActors, bLinks] = before as unknown[][];
    expect([fields, measures, actors, links]).toEqual([bFields, bMeasures, bActors, bLinks]);
  });

  it('refuses a field that DigiChecks use unless they move too, and moves them with reassignTo', async () => {
    const field = value(await h.api.saveField({ name: 'Smart City' }));
    const target = await fieldId('Daten & Plattformen');
    const raw = h.core.raw();
    // The DigiCheck feature writes these rows; a minimal catalogue and an assessment of the field are enough here.
    raw.prepare("INSERT INTO digicheck_catalogues (id, name, version, created_at, updated_at) VALUES ('c1', 'Katalog', 1, 'x', 'x')").run();
    raw.prepare("INSERT INTO digicheck_assessments (id, catalogue_id, field_id, title, held_on, created_at, updated_at) VALUES ('a1', 'c1', ?, 'DigiCheck', '2026-11-01', 'x', 'x')").run(field.id);
    const before = snapshot();
    const e = await failure(h.api.deleteField({ id: field.id }));
    expect(e.message).toContain('noch von 1 DigiChecks verwendet');
    expect(snapshot()).toEqual(before);
    value(await h.api.deleteField({ id: field.id, reassignTo: target }));
    expect(raw.prepare("SELECT field_id FROM digicheck_assessments WHERE id = 'a1'").get()).toEqual({ field_id: target });
    value(await h.api.undo());
    expect(raw.prepare("SELECT field_id FROM digicheck_assessments WHERE id = 'a1'").get()).toEqual({ field_id: field.id });
  });

  it('refuses reassigning to itself or to an unknown field', async () => {
    const field = value(await h.api.saveField({ name: 'Smart City' }));
    value(await h.api.saveMeasure({ title: 'Sensorik', fieldId: field.id }));
    expect((await failure(h.api.deleteField({ id: field.id, reassignTo: field.id }))).details?.issues?.[0]?.path).toBe('reassignTo');
    expect((await failure(h.api.deleteField({ id: field.id, reassignTo: 'nope' }))).details?.issues?.[0]?.path).toBe('reassignTo');
  });
});
