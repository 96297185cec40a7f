/**
 * Rows of other tables that hang on a record (a measure's milestones, scores
 * and costs; a stakeholder's relations and the actors that name it; a goal's
 * sub-goals and links …). SQLite's ON DELETE would remove or unlink them
 * outside the change log, so undoing the deletion would bring back a bare
 * record. Logging them in the same step lets undo restore everything.
 *
 * Read from the foreign keys themselves, so a new table that points at a
 * record is covered without touching its delete: children that are deleted
 * with it are followed down to their own children first (undo then restores
 * from the top), children that only lose the link are logged as an update.
 */
import { ENTITIES, type EntityName } from '../../api/index.ts';
import type { Core } from '../core.ts';
import type { Step } from './log.ts';
import { ENTITY_TABLES } from './entities.ts';

interface ForeignKey {
  table: string;
  from: string;
  on_delete: string;
}

/** Logs (and performs) what the foreign keys pointing at row `id` of `table` would do when it is deleted; the row itself stays for the caller. */
export function trackChildren(core: Core, step: Step, table: string, id: string, seen = new Set<string>([`${table}:${id}`])): void {
  const raw = core.raw();
  for (const entity of ENTITIES as readonly EntityName[]) {
    const childTable = ENTITY_TABLES[entity];
    const keys = (raw.prepare(`PRAGMA foreign_key_list("${childTable}")`).all() as ForeignKey[]).filter((k) => k.table === table);
    for (const key of keys) {
      const ids = (raw.prepare(`SELECT id FROM "${childTable}" WHERE "${key.from}" = ?`).all(id) as { id: string }[]).map((r) => r.id);
      for (const childId of ids) {
        if (seen.has(`${childTable}:${childId}`)) continue;
        seen.add(`${childTable}:${childId}`);
        if (key.on_delete.toUpperCase() === 'CASCADE') {
          trackChildren(core, step, childTable, childId, seen);
          step.track(entity, childId, 'delete', () => raw.prepare(`DELETE FROM "${childTable}" WHERE id = ?`).run(childId));
        } else if (key.on_delete.toUpperCase() === 'SET NULL') {
          step.track(entity, childId, 'update', () => raw.prepare(`UPDATE "${childTable}" SET "${key.from}" = NULL WHERE id = ?`).run(childId));
        }
      }
    }
  }
}
