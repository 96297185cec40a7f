/**
 * Rows of other tables that hang on a measure (milestones, dependencies, OZG
 * links, scores, costs …). SQLite's ON DELETE would remove or unlink them
 * outside the change log, so undoing the deletion would bring back a bare
 * measure. Logging them in the same step lets undo restore everything.
 */
import { ENTITIES, type EntityName } from '../../api/index.ts';
import type { Core } from '../core.ts';
import type { Step } from '../changes/log.ts';
import { ENTITY_TABLES } from '../changes/entities.ts';

interface ForeignKey {
  table: string;
  from: string;
  on_delete: string;
}

/** Logs (and performs) what the foreign keys to `measures` would do when measure `id` is deleted. */
export function trackMeasureChildren(core: Core, step: Step, id: string): void {
  const raw = core.raw();
  const seen = new Set<string>();
  for (const entity of ENTITIES as readonly EntityName[]) {
    if (entity === 'measure') continue;
    const table = ENTITY_TABLES[entity];
    const keys = (raw.prepare(`PRAGMA foreign_key_list("${table}")`).all() as ForeignKey[]).filter((k) => k.table === 'measures');
    for (const key of keys) {
      const ids = (raw.prepare(`SELECT id FROM "${table}" WHERE "${key.from}" = ?`).all(id) as { id: string }[]).map((r) => r.id);
      for (const childId of ids) {
        if (seen.has(`${entity}:${childId}`)) continue;
        seen.add(`${entity}:${childId}`);
        if (key.on_delete.toUpperCase() === 'CASCADE') {
          step.track(entity, childId, 'delete', () => raw.prepare(`DELETE FROM "${table}" WHERE id = ?`).run(childId));
        } else if (key.on_delete.toUpperCase() === 'SET NULL') {
          step.track(entity, childId, 'update', () => raw.prepare(`UPDATE "${table}" SET "${key.from}" = NULL WHERE id = ?`).run(childId));
        }
      }
    }
  }
}
