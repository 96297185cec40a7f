/**
 * Org units through the API on a real workspace: a tree listed parent first
 * with depth, saved and moved (a cycle is refused), deleted only when it has
 * no children and no DigiCheck uses it, every edit one undo step.
 */
import type { Input } from '../../api/index.ts';
import { value } from '../support/core-harness.ts';
import { workspaceForEachTest } from '../support/workspaces.ts';

const h = workspaceForEachTest();

const fb5: Input<'saveOrgUnit'> = { name: 'Fachbereich 5 – Soziales, Jugend und Wohnen', shortName: 'FB 5', kind: 'division', head: 'Petra Neumann' };

function snapshot(): unknown {
  const raw = h.core.raw();
  return ['org_units', 'actors', 'role_assignments', 'change_log'].map((t) => raw.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
}

async function failure(p: Promise<{ ok: boolean }>) {
  const r = (await p) as { ok: false; error: { code: string; message: string; details?: { issues?: { path: string; message: string }[] } } };
  expect(r.ok).toBe(false);
  return r.error;
}

describe('listOrgUnits and saveOrgUnit', () => {
  it('lists the tree parent first, with depth, parent and child count', async () => {
    const top = value(await h.api.saveOrgUnit(fb5));
    const b = value(await h.api.saveOrgUnit({ name: 'Wohngeldstelle', shortName: '50.3', kind: 'office', parentId: top.id }));
    const a = value(await h.api.saveOrgUnit({ name: 'Jugendamt', kind: 'department', parentId: top.id, sortOrder: 1 }));
    const other = value(await h.api.saveOrgUnit({ name: 'Fachbereich 1 – Zentrale Dienste', kind: 'division' }));
    const list = value(await h.api.listOrgUnits());
    expect(list.map((u) => [u.name, u.depth, u.parentId])).toEqual([
      [fb5.name, 0, null], ['Jugendamt', 1, top.id], ['Wohngeldstelle', 1, top.id], [other.name, 0, null],
    ]);
    expect(list[0]).toMatchObject({ shortName: 'FB 5', head: 'Petra Neumann', childCount: 2 });
    expect([a.depth, b.depth]).toEqual([1, 1]);
  });

  it('refuses a parent cycle and an unknown parent, and writes nothing', async () => {
    const top = value(await h.api.saveOrgUnit(fb5));
    const child = value(await h.api.saveOrgUnit({ name: 'Wohngeldstelle', kind: 'office', parentId: top.id }));
    const before = snapshot();
    const cycle = await failure(h.api.saveOrgUnit({ ...fb5, id: top.id, parentId: child.id }));
    expect(cycle.code).toBe('invalid_input');
    expect(cycle.details?.issues).toEqual([{ path: 'parentId', message: expect.stringContaining('unter sich selbst') }]);
    const self = await failure(h.api.saveOrgUnit({ ...fb5, id: top.id, parentId: top.id }));
    expect(self.details?.issues?.[0]?.path).toBe('parentId');
    const unknown = await failure(h.api.saveOrgUnit({ ...fb5, parentId: 'gibt-es-nicht' }));
    expect(unknown.details?.issues?.[0]?.message).toContain('Organisationseinheit');
    expect(snapshot()).toEqual(before);
  });

  it('undoes a move under another parent in one step', async () => {
    const top = value(await h.api.saveOrgUnit(fb5));
    const other = value(await h.api.saveOrgUnit({ name: 'Fachbereich 1 – Zentrale Dienste', kind: 'division' }));
    const child = value(await h.api.saveOrgUnit({ name: 'IT und Digitalisierung', kind: 'department', parentId: top.id }));
    value(await h.api.saveOrgUnit({ id: child.id, name: child.name, kind: child.kind, parentId: other.id }));
    expect(value(await h.api.listOrgUnits()).find((u) => u.id === child.id)?.parentId).toBe(other.id);
    expect(value(await h.api.undo()).done).toEqual({ action: 'update', entity: 'orgUnit', title: 'IT und Digitalisierung' });
    expect(value(await h.api.listOrgUnits()).find((u) => u.id === child.id)?.parentId).toBe(top.id);
  });
});

describe('deleteOrgUnit', () => {
  it('refuses a unit that still has children, naming the count, and writes nothing', async () => {
    const top = value(await h.api.saveOrgUnit(fb5));
    value(await h.api.saveOrgUnit({ name: 'Wohngeldstelle', kind: 'office', parentId: top.id }));
    const before = snapshot();
    const e = await failure(h.api.deleteOrgUnit({ id: top.id }));
    expect(e.code).toBe('conflict');
    expect(e.message).toBe('„Fachbereich 5 – Soziales, Jugend und Wohnen“ hat noch 1 untergeordnete Einheiten. Bitte verschieben oder löschen Sie diese zuerst.');
    expect(snapshot()).toEqual(before);
  });

  it('refuses a unit that DigiChecks use with a clear message instead of a foreign key error', async () => {
    const unit = value(await h.api.saveOrgUnit(fb5));
    const raw = h.core.raw();
    // The DigiCheck feature writes these rows; a minimal catalogue and two assessments of the unit are enough here.
    raw.prepare("INSERT INTO digicheck_catalogues (id, name, version, created_at, updated_at) VALUES ('c1', 'Katalog', 1, 'x', 'x')").run();
    for (const id of ['a1', 'a2']) {
      raw.prepare("INSERT INTO digicheck_assessments (id, catalogue_id, org_unit_id, title, held_on, created_at, updated_at) VALUES (?, 'c1', ?, 'DigiCheck', '2026-11-01', 'x', 'x')").run(id, unit.id);
    }
    const before = snapshot();
    const e = await failure(h.api.deleteOrgUnit({ id: unit.id }));
    expect(e.code).toBe('conflict');
    expect(e.message).toContain('noch von 2 DigiChecks verwendet');
    expect(snapshot()).toEqual(before);
  });

  it('deletes a leaf, unlinks actors and role assignments in the same step, and undo restores all', async () => {
    const unit = value(await h.api.saveOrgUnit(fb5));
    const actor = value(await h.api.saveActor({ name: 'Sozialamt', kind: 'organisation', sphere: 'core_admin', orgUnitId: unit.id }));
    const lotse = value(await h.api.saveRoleAssignment({ role: 'digital_pilot', holderName: 'Nadine Schäfer', orgUnitId: unit.id }));
    const byUnit = value(await h.api.saveRoleAssignment({ role: 'department_head', orgUnitId: unit.id }));
    value(await h.api.deleteOrgUnit({ id: unit.id }));
    expect(value(await h.api.listOrgUnits())).toEqual([]);
    expect(value(await h.api.getActor({ id: actor.id })).orgUnitId).toBeNull();
    // The assignment held by the unit alone goes with it; the person's stays without the unit.
    expect(value(await h.api.listRoleAssignments()).map((r) => [r.id, r.orgUnitId])).toEqual([[lotse.id, null]]);
    value(await h.api.undo());
    expect(value(await h.api.getActor({ id: actor.id })).orgUnitName).toBe(fb5.name);
    expect(value(await h.api.listRoleAssignments()).map((r) => r.id).sort()).toEqual([lotse.id, byUnit.id].sort());
  });

  it('answers not_found for an unknown unit', async () => {
    expect((await failure(h.api.deleteOrgUnit({ id: 'nope' }))).code).toBe('not_found');
  });
});
