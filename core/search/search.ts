/**
 * Global search over the workspace with German folding (FTS5 over text the
 * core folds itself). Follows every logged row change, including undo/redo.
 */
import { createHash } from 'node:crypto';
import type { EntityName, SearchHit } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { onRowChanged, readRow } from '../changes/log.ts';
import { foldGerman, ftsQuery } from '../fold.ts';

/** Which entities are searchable and what text they contribute. */
const INDEXED: Partial<Record<EntityName, (row: Record<string, unknown>) => { title: string; body: string }>> = {
  measure: (r) => ({ title: String(r.title ?? ''), body: [r.description, r.lead_unit].filter(Boolean).join(' ') }),
};

/**
 * Each record's index row has a fixed rowid (63 bits of SHA-1 of entity and
 * id): an edit replaces it by rowid. Finding it by the UNINDEXED entity
 * columns would scan the whole index on every edit.
 */
export function searchRowid(entity: string, id: string): bigint {
  return createHash('sha1').update(`${entity}\0${id}`).digest().readBigUInt64BE(0) >> 1n;
}

export function reindex(core: Core, entity: EntityName, id: string): void {
  const text = INDEXED[entity];
  if (!text) return;
  const raw = core.raw();
  const rowid = searchRowid(entity, id);
  raw.prepare('DELETE FROM search_index WHERE rowid = ?').run(rowid);
  const row = readRow(core, entity, id);
  if (!row) return;
  const { title, body } = text(row);
  raw.prepare('INSERT INTO search_index (rowid, entity, entity_id, title, body) VALUES (?, ?, ?, ?, ?)').run(rowid, entity, id, foldGerman(title), foldGerman(body));
}

onRowChanged(reindex);

/** Rebuilds the whole index (after a restore or a bulk load without the change log). */
export function rebuildIndex(core: Core): void {
  const raw = core.raw();
  raw.transaction(() => {
    raw.prepare('DELETE FROM search_index').run();
    const insert = raw.prepare("INSERT INTO search_index (rowid, entity, entity_id, title, body) VALUES (?, 'measure', ?, ?, ?)");
    for (const r of raw.prepare('SELECT id, title, description, lead_unit FROM measures').all() as { id: string; title: string | null; description: string | null; lead_unit: string | null }[]) {
      insert.run(searchRowid('measure', r.id), r.id, foldGerman(r.title ?? ''), foldGerman([r.description, r.lead_unit].filter(Boolean).join(' ')));
    }
  })();
}

function excerpt(text: string | null, max = 140): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export function search(core: Core, query: string, limit: number): SearchHit[] {
  const match = ftsQuery(query);
  if (!match) return [];
  const rows = core.raw().prepare(
    `SELECT s.entity, s.entity_id, m.title, m.description FROM search_index s
     JOIN measures m ON m.id = s.entity_id AND s.entity = 'measure'
     WHERE search_index MATCH ? ORDER BY bm25(search_index, 0, 0, 5, 1) LIMIT ?`,
  ).all(match, limit) as { entity: EntityName; entity_id: string; title: string; description: string | null }[];
  return rows.map((r) => ({ entity: r.entity, id: r.entity_id, title: r.title, snippet: excerpt(r.description) }));
}
