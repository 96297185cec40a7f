/**
 * Roles of the digital governance (mayor/Landrat, CDO, CIO, Digitallotsen,
 * department heads, project leads, steering committee, council) and who holds
 * them: a person's name, an actor, and/or the org unit the role is held for or by.
 */
import { ROLES, type Parsed, type RoleAssignment } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep } from '../changes/log.ts';

interface AssignmentRow {
  id: string; role: RoleAssignment['role']; title: string | null; holder_name: string | null; actor_id: string | null; actor_name: string | null;
  org_unit_id: string | null; unit_name: string | null; note: string | null; sort_order: number;
}

/** Assignments in the order of the role list (governance first), then as entered. */
export function listRoleAssignments(core: Core): RoleAssignment[] {
  const rows = core.raw().prepare(`SELECT r.*, a.name AS actor_name, u.name AS unit_name FROM role_assignments r
    LEFT JOIN actors a ON a.id = r.actor_id LEFT JOIN org_units u ON u.id = r.org_unit_id ORDER BY r.sort_order, r.id`).all() as AssignmentRow[];
  return rows
    .map((r): RoleAssignment => ({
      id: r.id, role: r.role, title: r.title, holderName: r.holder_name, actorId: r.actor_id, actorName: r.actor_name,
      orgUnitId: r.org_unit_id, orgUnitName: r.unit_name, note: r.note, sortOrder: r.sort_order,
    }))
    .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role) || a.sortOrder - b.sortOrder);
}

export function saveRoleAssignment(core: Core, input: Parsed<'saveRoleAssignment'>): RoleAssignment {
  const raw = core.raw();
  const existing = input.id ? listRoleAssignments(core).find((r) => r.id === input.id) : null;
  if (input.id && !existing) throw notFound();
  if (input.actorId && !raw.prepare('SELECT 1 FROM actors WHERE id = ?').get(input.actorId)) {
    throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'actorId', key: 'actor_unknown' }]);
  }
  if (input.orgUnitId && !raw.prepare('SELECT 1 FROM org_units WHERE id = ?').get(input.orgUnitId)) {
    throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'orgUnitId', key: 'org_unit_unknown' }]);
  }
  const now = core.clock.now();
  const id = existing?.id ?? core.clock.newId();
  const order = existing?.sortOrder ?? ((raw.prepare('SELECT max(sort_order) AS m FROM role_assignments').get() as { m: number | null }).m ?? 0) + 10;
  const values = [input.role, input.title, input.holderName, input.actorId, input.orgUnitId, input.note];
  // The undo notice names the assignment in words: its title, else who holds it (never the role's code).
  const nameOf = (table: 'actors' | 'org_units', ref: string | null) => (ref ? (raw.prepare(`SELECT name FROM ${table} WHERE id = ?`).get(ref) as { name: string } | undefined)?.name : undefined);
  const label = input.title ?? input.holderName ?? nameOf('actors', input.actorId) ?? nameOf('org_units', input.orgUnitId) ?? '';
  inStep(core, { action: existing ? 'update' : 'create', entity: 'roleAssignment', title: label }, (step) =>
    step.track('roleAssignment', id, existing ? 'update' : 'create', () => {
      if (existing) {
        raw.prepare('UPDATE role_assignments SET role = ?, title = ?, holder_name = ?, actor_id = ?, org_unit_id = ?, note = ?, updated_at = ? WHERE id = ?').run(...values, now, id);
      } else {
        raw.prepare('INSERT INTO role_assignments (id, role, title, holder_name, actor_id, org_unit_id, note, sort_order, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(id, ...values, order, 'local', now, now);
      }
    }));
  const saved = listRoleAssignments(core).find((r) => r.id === id);
  if (!saved) throw notFound();
  return saved;
}

export function deleteRoleAssignment(core: Core, id: string): null {
  const found = listRoleAssignments(core).find((r) => r.id === id);
  if (!found) throw notFound();
  const raw = core.raw();
  inStep(core, { action: 'delete', entity: 'roleAssignment', title: found.title ?? found.holderName ?? found.actorName ?? found.orgUnitName ?? '' }, (step) =>
    step.track('roleAssignment', id, 'delete', () => raw.prepare('DELETE FROM role_assignments WHERE id = ?').run(id)));
  return null;
}
