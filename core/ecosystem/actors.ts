/**
 * Actors of the ecosystem (persons, organisations, groups in one of the four
 * spheres), their links to fields of action and the relations between them.
 */
import type { Actor, ActorNetwork, ActorRelation, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep, type Step } from '../changes/log.ts';

interface ActorRow {
  id: string; name: string; kind: Actor['kind']; sphere: Actor['sphere']; description: string | null; contact: string | null;
  org_unit_id: string | null; unit_name: string | null; stakeholder_id: string | null; stakeholder_name: string | null;
  relation_count: number; created_at: string; updated_at: string;
}

const SELECT = `SELECT a.*, u.name AS unit_name, s.name AS stakeholder_name,
  (SELECT count(*) FROM actor_relations r WHERE r.from_id = a.id OR r.to_id = a.id) AS relation_count
  FROM actors a LEFT JOIN org_units u ON u.id = a.org_unit_id LEFT JOIN stakeholders s ON s.id = a.stakeholder_id`;

export function listActors(core: Core, filter: Parsed<'listActors'> = {}): Actor[] {
  const raw = core.raw();
  const links = raw.prepare(`SELECT af.actor_id AS aid, f.id AS fieldId, f.name, f.color FROM actor_fields af JOIN fields f ON f.id = af.field_id
    ORDER BY f.sort_order, f.name`).all() as { aid: string; fieldId: string; name: string; color: string }[];
  const fieldsOf = new Map<string, Actor['fields']>();
  for (const { aid, ...f } of links) fieldsOf.set(aid, [...(fieldsOf.get(aid) ?? []), f]);
  const rows = raw.prepare(`${SELECT} WHERE (@sphere IS NULL OR a.sphere = @sphere) ORDER BY a.name COLLATE NOCASE, a.id`).all({ sphere: filter.sphere ?? null }) as ActorRow[];
  return rows
    .map((r): Actor => ({
      id: r.id, name: r.name, kind: r.kind, sphere: r.sphere, description: r.description, contact: r.contact,
      orgUnitId: r.org_unit_id, orgUnitName: r.unit_name, stakeholderId: r.stakeholder_id, stakeholderName: r.stakeholder_name,
      fields: fieldsOf.get(r.id) ?? [], relationCount: r.relation_count, createdAt: r.created_at, updatedAt: r.updated_at,
    }))
    .filter((a) => !filter.fieldId || a.fields.some((f) => f.fieldId === filter.fieldId));
}

export function getActor(core: Core, id: string): Actor {
  const found = listActors(core).find((a) => a.id === id);
  if (!found) throw notFound();
  return found;
}

/** Refuses links to records that do not exist, naming the field of the first one. */
function checkRefs(core: Core, input: Parsed<'saveActor'>): void {
  const raw = core.raw();
  const issue = (path: string, key: 'org_unit_unknown' | 'actor_stakeholder_unknown' | 'field_unknown') => new CoreError('invalid_input', 'invalid_input', {}, [{ path, key }]);
  if (input.orgUnitId && !raw.prepare('SELECT 1 FROM org_units WHERE id = ?').get(input.orgUnitId)) throw issue('orgUnitId', 'org_unit_unknown');
  if (input.stakeholderId && !raw.prepare('SELECT 1 FROM stakeholders WHERE id = ?').get(input.stakeholderId)) throw issue('stakeholderId', 'actor_stakeholder_unknown');
  const known = new Set((raw.prepare('SELECT id FROM fields').all() as { id: string }[]).map((r) => r.id));
  const unknown = input.fieldIds.findIndex((f) => !known.has(f));
  if (unknown >= 0) throw issue(`fieldIds.${unknown}`, 'field_unknown');
}

/** Makes the actor's field links equal `fieldIds`, logging each added or removed link. */
function writeFieldLinks(core: Core, step: Step, actorId: string, fieldIds: string[]): void {
  const raw = core.raw();
  const now = core.clock.now();
  const current = raw.prepare('SELECT id, field_id AS fieldId FROM actor_fields WHERE actor_id = ?').all(actorId) as { id: string; fieldId: string }[];
  const wanted = new Set(fieldIds);
  for (const link of current.filter((c) => !wanted.has(c.fieldId))) {
    step.track('actorField', link.id, 'delete', () => raw.prepare('DELETE FROM actor_fields WHERE id = ?').run(link.id));
  }
  const have = new Set(current.map((c) => c.fieldId));
  for (const fieldId of wanted) {
    if (have.has(fieldId)) continue;
    const linkId = core.clock.newId();
    step.track('actorField', linkId, 'create', () =>
      raw.prepare('INSERT INTO actor_fields (id, actor_id, field_id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(linkId, actorId, fieldId, 'local', now, now));
  }
}

export function saveActor(core: Core, input: Parsed<'saveActor'>): Actor {
  const existing = input.id ? getActor(core, input.id) : null;
  checkRefs(core, input);
  const raw = core.raw();
  const now = core.clock.now();
  const id = existing?.id ?? core.clock.newId();
  const values = [input.name, input.kind, input.sphere, input.description, input.contact, input.orgUnitId, input.stakeholderId];
  inStep(core, { action: existing ? 'update' : 'create', entity: 'actor', title: input.name }, (step) => {
    step.track('actor', id, existing ? 'update' : 'create', () => {
      if (existing) {
        raw.prepare('UPDATE actors SET name = ?, kind = ?, sphere = ?, description = ?, contact = ?, org_unit_id = ?, stakeholder_id = ?, updated_at = ? WHERE id = ?')
          .run(...values, now, id);
      } else {
        raw.prepare('INSERT INTO actors (id, name, kind, sphere, description, contact, org_unit_id, stakeholder_id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(id, ...values, 'local', now, now);
      }
    });
    writeFieldLinks(core, step, id, [...new Set(input.fieldIds)]);
  });
  return getActor(core, id);
}

/** Deletes an actor with its field links and relations; role assignments lose the link (or go, if the actor was their only holder). */
export function deleteActor(core: Core, id: string): null {
  const actor = getActor(core, id);
  const raw = core.raw();
  const now = core.clock.now();
  inStep(core, { action: 'delete', entity: 'actor', title: actor.name }, (step) => {
    for (const { id: rid } of raw.prepare('SELECT id FROM actor_relations WHERE from_id = ? OR to_id = ?').all(id, id) as { id: string }[]) {
      step.track('actorRelation', rid, 'delete', () => raw.prepare('DELETE FROM actor_relations WHERE id = ?').run(rid));
    }
    const assignments = raw.prepare('SELECT id, holder_name IS NULL AND org_unit_id IS NULL AS actorOnly FROM role_assignments WHERE actor_id = ?').all(id) as { id: string; actorOnly: number }[];
    for (const { id: rid, actorOnly } of assignments) {
      step.track('roleAssignment', rid, actorOnly ? 'delete' : 'update', () => (actorOnly
        ? raw.prepare('DELETE FROM role_assignments WHERE id = ?').run(rid)
        : raw.prepare('UPDATE role_assignments SET actor_id = NULL, updated_at = ? WHERE id = ?').run(now, rid)));
    }
    writeFieldLinks(core, step, id, []);
    step.track('actor', id, 'delete', () => raw.prepare('DELETE FROM actors WHERE id = ?').run(id));
  });
  return null;
}

function allRelations(core: Core): ActorRelation[] {
  return core.raw().prepare(`SELECT r.id, r.from_id AS fromId, f.name AS fromName, r.to_id AS toId, t.name AS toName, r.kind, r.note
    FROM actor_relations r JOIN actors f ON f.id = r.from_id JOIN actors t ON t.id = r.to_id
    ORDER BY f.name COLLATE NOCASE, t.name COLLATE NOCASE, r.kind`).all() as ActorRelation[];
}

export function getActorNetwork(core: Core): ActorNetwork {
  return { actors: listActors(core), relations: allRelations(core) };
}

export function saveActorRelation(core: Core, input: Parsed<'saveActorRelation'>): ActorRelation {
  const raw = core.raw();
  const exists = raw.prepare('SELECT id, name FROM actors WHERE id IN (?, ?)').all(input.fromId, input.toId) as { id: string; name: string }[];
  const from = exists.find((a) => a.id === input.fromId);
  if (!from) throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'fromId', key: 'actor_unknown' }]);
  if (!exists.some((a) => a.id === input.toId)) throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'toId', key: 'actor_unknown' }]);
  if (raw.prepare('SELECT 1 FROM actor_relations WHERE from_id = ? AND to_id = ? AND kind = ?').get(input.fromId, input.toId, input.kind)) {
    throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'toId', key: 'actor_relation_exists' }]);
  }
  const id = core.clock.newId();
  const now = core.clock.now();
  inStep(core, { action: 'create', entity: 'actorRelation', title: from.name }, (step) =>
    step.track('actorRelation', id, 'create', () =>
      raw.prepare('INSERT INTO actor_relations (id, from_id, to_id, kind, note, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(id, input.fromId, input.toId, input.kind, input.note, 'local', now, now)));
  const saved = allRelations(core).find((r) => r.id === id);
  if (!saved) throw notFound();
  return saved;
}

export function deleteActorRelation(core: Core, id: string): null {
  const rel = allRelations(core).find((r) => r.id === id);
  if (!rel) throw notFound();
  const raw = core.raw();
  inStep(core, { action: 'delete', entity: 'actorRelation', title: rel.fromName }, (step) =>
    step.track('actorRelation', id, 'delete', () => raw.prepare('DELETE FROM actor_relations WHERE id = ?').run(id)));
  return null;
}
