import type { Core } from '../core.ts';
import type { Step } from '../changes/log.ts';

/**
 * Before a measure or field is deleted: the foreign key would silently set the
 * ideas' link to NULL, outside the change log, and undo could not restore it.
 * Logging the release in the same step makes undo put the link back.
 */
export function releaseIdeasOf(core: Core, step: Step, link: 'measure_id' | 'field_id', id: string): void {
  const raw = core.raw();
  for (const { id: ideaId } of raw.prepare(`SELECT id FROM ideas WHERE ${link} = ?`).all(id) as { id: string }[]) {
    step.track('idea', ideaId, 'update', () => raw.prepare(`UPDATE ideas SET ${link} = NULL WHERE id = ?`).run(ideaId));
  }
}
