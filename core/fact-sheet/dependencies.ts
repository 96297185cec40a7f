/**
 * Dependencies between measures: "A depends on B" means B must come first.
 * The graph must stay free of cycles (A → B → C → A could never start): an
 * edge that closes one is refused with the cycle named by titles.
 */
import type { DependencyLink, MeasureDependencies, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep } from '../changes/log.ts';
import { measureTitle } from './milestones.ts';

interface LinkRow {
  id: string; measure_id: string; title: string; phase: DependencyLink['phase']; end: string | null;
}

const toLink = (r: LinkRow): DependencyLink => ({ id: r.id, measureId: r.measure_id, title: r.title, phase: r.phase, end: r.end });

export function listDependencies(core: Core, measureId: string): MeasureDependencies {
  measureTitle(core, measureId);
  const raw = core.raw();
  const dependsOn = raw.prepare(
    'SELECT d.id, m.id AS measure_id, m.title, m.phase, m."end" FROM measure_dependencies d JOIN measures m ON m.id = d.depends_on_id WHERE d.measure_id = ? ORDER BY m.title COLLATE NOCASE',
  ).all(measureId) as LinkRow[];
  const neededBy = raw.prepare(
    'SELECT d.id, m.id AS measure_id, m.title, m.phase, m."end" FROM measure_dependencies d JOIN measures m ON m.id = d.measure_id WHERE d.depends_on_id = ? ORDER BY m.title COLLATE NOCASE',
  ).all(measureId) as LinkRow[];
  return { dependsOn: dependsOn.map(toLink), neededBy: neededBy.map(toLink) };
}

/**
 * A path of "depends on" edges from `from` to `to` (both included), or null.
 * Breadth-first, so the cycle named to the user is a shortest one.
 */
export function dependencyPath(core: Core, from: string, to: string): string[] | null {
  const next = core.raw().prepare('SELECT depends_on_id AS id FROM measure_dependencies WHERE measure_id = ? ORDER BY depends_on_id');
  const cameFrom = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const node = queue.shift()!;
    if (node === to) {
      const path: string[] = [];
      for (let at: string | null = node; at !== null; at = cameFrom.get(at) ?? null) path.unshift(at);
      return path;
    }
    for (const { id } of next.all(node) as { id: string }[]) {
      if (!cameFrom.has(id)) {
        cameFrom.set(id, node);
        queue.push(id);
      }
    }
  }
  return null;
}

export function addDependency(core: Core, input: Parsed<'addDependency'>): MeasureDependencies {
  const { measureId, dependsOnId } = input;
  const title = measureTitle(core, measureId);
  const otherTitle = measureTitle(core, dependsOnId, 'dependsOnId');
  if (measureId === dependsOnId) throw new CoreError('invalid_input', 'dependency_self', {}, [{ path: 'dependsOnId', key: 'dependency_self' }]);
  const raw = core.raw();
  if (raw.prepare('SELECT 1 FROM measure_dependencies WHERE measure_id = ? AND depends_on_id = ?').get(measureId, dependsOnId)) {
    throw new CoreError('conflict', 'dependency_exists', { title: otherTitle }, [{ path: 'dependsOnId', key: 'dependency_exists' }]);
  }
  // The new edge measure → dependsOn closes a cycle exactly when dependsOn already (indirectly) depends on measure.
  const back = dependencyPath(core, dependsOnId, measureId);
  if (back) {
    const titleOf = raw.prepare('SELECT title FROM measures WHERE id = ?');
    const names = [measureId, ...back].map((id) => `„${(titleOf.get(id) as { title: string }).title}“`);
    throw new CoreError('invalid_input', 'dependency_cycle', { path: names.join(' → ') }, [{ path: 'dependsOnId', key: 'dependency_cycle' }]);
  }
  const id = core.clock.newId();
  const now = core.clock.now();
  inStep(core, { action: 'create', entity: 'dependency', title: `${title} → ${otherTitle}` }, (step) =>
    step.track('dependency', id, 'create', () => {
      raw.prepare('INSERT INTO measure_dependencies (id, measure_id, depends_on_id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, measureId, dependsOnId, 'local', now, now);
    }),
  );
  return listDependencies(core, measureId);
}

export function removeDependency(core: Core, id: string): null {
  const raw = core.raw();
  const row = raw.prepare(
    'SELECT a.title AS a, b.title AS b FROM measure_dependencies d JOIN measures a ON a.id = d.measure_id JOIN measures b ON b.id = d.depends_on_id WHERE d.id = ?',
  ).get(id) as { a: string; b: string } | undefined;
  if (!row) throw notFound();
  inStep(core, { action: 'delete', entity: 'dependency', title: `${row.a} → ${row.b}` }, (step) =>
    step.track('dependency', id, 'delete', () => raw.prepare('DELETE FROM measure_dependencies WHERE id = ?').run(id)),
  );
  return null;
}
