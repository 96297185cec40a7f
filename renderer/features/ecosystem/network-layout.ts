/**
 * Where the network view draws each actor and relation: one column per
 * sphere, actors stacked by name, relations as lines between node edges
 * (an arc beside the column when both ends share it). Pure geometry, no React.
 */
import { SPHERES, type Actor, type ActorRelation, type Sphere } from '../../../api/index.ts';

export const NODE = { width: 214, height: 32, gap: 10, column: 262, top: 50, left: 16 } as const;

export interface NodeBox { id: string; name: string; sphere: Sphere; x: number; y: number }
export interface Edge { id: string; kind: ActorRelation['kind']; fromId: string; toId: string; path: string }

export function layoutNetwork(actors: Actor[], relations: ActorRelation[]): { nodes: NodeBox[]; edges: Edge[]; width: number; height: number } {
  const nodes: NodeBox[] = [];
  let rows = 0;
  SPHERES.forEach((sphere, col) => {
    const inSphere = actors.filter((a) => a.sphere === sphere);
    rows = Math.max(rows, inSphere.length);
    inSphere.forEach((a, i) => nodes.push({ id: a.id, name: a.name, sphere, x: NODE.left + col * NODE.column, y: NODE.top + i * (NODE.height + NODE.gap) }));
  });
  const at = new Map(nodes.map((n) => [n.id, n]));
  const mid = (n: NodeBox) => n.y + NODE.height / 2;
  const edges: Edge[] = [];
  for (const r of relations) {
    const a = at.get(r.fromId);
    const b = at.get(r.toId);
    if (!a || !b) continue;
    let path: string;
    if (a.x === b.x) {
      // Same sphere: an arc out to the right of the column, wider for ends further apart.
      const x = a.x + NODE.width;
      const bulge = 18 + Math.min(40, Math.abs(mid(a) - mid(b)) / 8);
      path = `M ${x} ${mid(a)} C ${x + bulge} ${mid(a)}, ${x + bulge} ${mid(b)}, ${x + 4} ${mid(b)}`;
    } else {
      const forward = a.x < b.x;
      const x1 = forward ? a.x + NODE.width : a.x;
      const x2 = forward ? b.x - 4 : b.x + NODE.width + 4;
      const dx = (x2 - x1) / 2;
      path = `M ${x1} ${mid(a)} C ${x1 + dx} ${mid(a)}, ${x2 - dx} ${mid(b)}, ${x2} ${mid(b)}`;
    }
    edges.push({ id: r.id, kind: r.kind, fromId: r.fromId, toId: r.toId, path });
  }
  return { nodes, edges, width: NODE.left * 2 + (SPHERES.length - 1) * NODE.column + NODE.width + 40, height: NODE.top + Math.max(rows, 1) * (NODE.height + NODE.gap) + 8 };
}

/** A name short enough for its box (the full name is in the tooltip and the list). */
export const fitName = (name: string, max = 29) => (name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name);
