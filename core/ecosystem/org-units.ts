/**
 * core/ecosystem/: the ecosystem of digitalisation — org units (this file),
 * actors, relations, roles and the map fields × spheres. Imports api/ and
 * core/ only. Every edit is one undo step (inStep).
 */
import type { OrgUnit, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep } from '../changes/log.ts';

interface OrgUnitRow {
  id: string; name: string; short_name: string | null; parent_id: string | null; kind: OrgUnit['kind']; head: string | null;
  sort_order: number; created_at: string; updated_at: string;
}

/** All units in tree order (each parent before its children, siblings by sort order and name). */
export function listOrgUnits(core: Core): OrgUnit[] {
  const rows = core.raw().prepare('SELECT * FROM org_units ORDER BY sort_order, name COLLATE NOCASE, id').all() as OrgUnitRow[];
  const ids = new Set(rows.map((r) => r.id));
  const children = new Map<string | null, OrgUnitRow[]>();
  // A parent that is missing (should not happen with the foreign key) makes its unit a top unit rather than hiding it.
  for (const r of rows) {
    const parent = r.parent_id && ids.has(r.parent_id) ? r.parent_id : null;
    children.set(parent, [...(children.get(parent) ?? []), r]);
  }
  const out: OrgUnit[] = [];
  const visit = (parent: string | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      out.push({
        id: r.id, name: r.name, shortName: r.short_name, parentId: r.parent_id, kind: r.kind, head: r.head, sortOrder: r.sort_order,
        depth, childCount: children.get(r.id)?.length ?? 0, createdAt: r.created_at, updatedAt: r.updated_at,
      });
      visit(r.id, depth + 1);
    }
  };
  visit(null, 0);
  return out;
}

function getOrgUnit(core: Core, id: string): OrgUnit {
  const found = listOrgUnits(core).find((u) => u.id === id);
  if (!found) throw notFound();
  return found;
}

/** Refuses a parent that does not exist, or that is the unit itself or one of its descendants. */
function checkParent(core: Core, id: string | undefined, parentId: string | null): void {
  if (!parentId) return;
  const parentOf = new Map((core.raw().prepare('SELECT id, parent_id FROM org_units').all() as { id: string; parent_id: string | null }[]).map((r) => [r.id, r.parent_id]));
  if (!parentOf.has(parentId)) throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'parentId', key: 'org_unit_unknown' }]);
  const seen = new Set<string>();
  for (let at: string | null | undefined = parentId; at && !seen.has(at); at = parentOf.get(at)) {
    if (at === id) throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'parentId', key: 'org_unit_cycle' }]);
    seen.add(at);
  }
}

export function saveOrgUnit(core: Core, input: Parsed<'saveOrgUnit'>): OrgUnit {
  const raw = core.raw();
  const existing = input.id ? getOrgUnit(core, input.id) : null;
  checkParent(core, input.id, input.parentId);
  const now = core.clock.now();
  const id = existing?.id ?? core.clock.newId();
  const order = input.sortOrder ?? existing?.sortOrder
    ?? ((raw.prepare('SELECT max(sort_order) AS m FROM org_units WHERE parent_id IS ?').get(input.parentId) as { m: number | null }).m ?? 0) + 10;
  inStep(core, { action: existing ? 'update' : 'create', entity: 'orgUnit', title: input.name }, (step) =>
    step.track('orgUnit', id, existing ? 'update' : 'create', () => {
      if (existing) {
        raw.prepare('UPDATE org_units SET name = ?, short_name = ?, parent_id = ?, kind = ?, head = ?, sort_order = ?, updated_at = ? WHERE id = ?')
          .run(input.name, input.shortName, input.parentId, input.kind, input.head, order, now, id);
      } else {
        raw.prepare('INSERT INTO org_units (id, name, short_name, parent_id, kind, head, sort_order, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(id, input.name, input.shortName, input.parentId, input.kind, input.head, order, 'local', now, now);
      }
    }),
  );
  return getOrgUnit(core, id);
}

/** Assessments of the DigiCheck that point at the unit (their foreign key refuses the delete). */
export function digiCheckCount(core: Core, column: 'org_unit_id' | 'field_id', id: string): number {
  const raw = core.raw();
  const present = raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'digicheck_assessments'").get();
  return present ? (raw.prepare(`SELECT count(*) AS n FROM digicheck_assessments WHERE ${column} = ?`).get(id) as { n: number }).n : 0;
}

/**
 * Deletes a unit without children and not used by DigiChecks. Actors and role
 * assignments that point at it lose the link (the foreign key would do that
 * outside the change log), logged in the same step so undo restores it.
 */
export function deleteOrgUnit(core: Core, id: string): null {
  const unit = getOrgUnit(core, id);
  if (unit.childCount > 0) throw new CoreError('conflict', 'org_unit_has_children', { name: unit.name, count: unit.childCount });
  const checks = digiCheckCount(core, 'org_unit_id', id);
  if (checks > 0) throw new CoreError('conflict', 'org_unit_used_by_digichecks', { name: unit.name, count: checks });
  const raw = core.raw();
  const now = core.clock.now();
  inStep(core, { action: 'delete', entity: 'orgUnit', title: unit.name }, (step) => {
    for (const { id: aid } of raw.prepare('SELECT id FROM actors WHERE org_unit_id = ?').all(id) as { id: string }[]) {
      step.track('actor', aid, 'update', () => raw.prepare('UPDATE actors SET org_unit_id = NULL, updated_at = ? WHERE id = ?').run(now, aid));
    }
    // An assignment held by the unit alone would be left without a holder: it goes with the unit.
    const assignments = raw.prepare('SELECT id, holder_name IS NULL AND actor_id IS NULL AS unitOnly FROM role_assignments WHERE org_unit_id = ?').all(id) as { id: string; unitOnly: number }[];
    for (const { id: rid, unitOnly } of assignments) {
      step.track('roleAssignment', rid, unitOnly ? 'delete' : 'update', () => (unitOnly
        ? raw.prepare('DELETE FROM role_assignments WHERE id = ?').run(rid)
        : raw.prepare('UPDATE role_assignments SET org_unit_id = NULL, updated_at = ? WHERE id = ?').run(now, rid)));
    }
    step.track('orgUnit', id, 'delete', () => raw.prepare('DELETE FROM org_units WHERE id = ?').run(id));
  });
  return null;
}
