/**
 * core/peers: the peer library (imported projects, read-only), matching own
 * ideas and measures against it, adopting a peer project as an own idea, and
 * partnerships of measures. Imports api/, db/ and core helpers only — never
 * electron/, host/ or renderer/.
 *
 * This file: browsing and filtering the library.
 */
import type { Parsed, PeerFacets, PeerProject, PeerProjectPage, PeerStatus } from '../../api/index.ts';
import { municipalities } from '../../db/index.ts';
import type { Core } from '../core.ts';
import { notFound } from '../errors.ts';
import { peerIndex, searchPeerIds } from './peer-index.ts';
import { PEER_SELECT, stringList, toProject, toSummary, type PeerRow } from './peer-rows.ts';

let landNames: Map<string, string> | null = null;
/** Land name by the first two digits of an AGS ("05" → "Nordrhein-Westfalen"). */
export function landName(key: string): string | null {
  if (!landNames) {
    landNames = new Map();
    for (const m of municipalities()) if (!landNames.has(m.ags.slice(0, 2))) landNames.set(m.ags.slice(0, 2), m.land);
  }
  return landNames.get(key) ?? null;
}

const ORDER: Record<Parsed<'listPeerProjects'>['sort'], string> = {
  title: 'p.title COLLATE NOCASE',
  publisher: 'k.publisher_name COLLATE NOCASE',
  start: 'p.start',
  budget: 'p.budget',
  importedAt: 'p.imported_at',
};

export function listPeerProjects(core: Core, q: Parsed<'listPeerProjects'>): PeerProjectPage {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.fieldId === 'none') where.push('p.field_id IS NULL');
  else if (q.fieldId) { where.push('p.field_id = ?'); params.push(q.fieldId); }
  if (q.ozgId) { where.push('EXISTS (SELECT 1 FROM json_each(CASE WHEN json_valid(p.ozg_ids) THEN p.ozg_ids ELSE \'[]\' END) WHERE value = ?)'); params.push(q.ozgId); }
  if (q.status) { where.push('p.status = ?'); params.push(q.status); }
  if (q.packId) { where.push('p.pack_row_id = ?'); params.push(q.packId); }
  if (q.publisher) { where.push('k.publisher_name = ?'); params.push(q.publisher); }
  if (q.land) { where.push('substr(k.publisher_ags, 1, 2) = ?'); params.push(q.land); }
  if (q.year !== undefined) {
    // Dates are YYYY, YYYY-MM or YYYY-MM-DD: the year is the first four characters; an open end runs on.
    where.push('p.start IS NOT NULL AND CAST(substr(p.start, 1, 4) AS INTEGER) <= ? AND (p.end IS NULL OR CAST(substr(p.end, 1, 4) AS INTEGER) >= ?)');
    params.push(q.year, q.year);
  }
  if (q.budgetMin !== undefined) { where.push('p.budget >= ?'); params.push(q.budgetMin); }
  if (q.budgetMax !== undefined) { where.push('p.budget <= ?'); params.push(q.budgetMax); }
  if (q.query) {
    where.push('p.id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(searchPeerIds(peerIndex(core), q.query)));
  }
  const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const raw = core.raw();
  const total = (raw.prepare(`SELECT count(*) AS n FROM peer_projects p JOIN peer_packs k ON k.id = p.pack_row_id${clause}`).get(...params) as { n: number }).n;
  const dir = q.dir === 'asc' ? 'ASC' : 'DESC';
  const rows = raw.prepare(`${PEER_SELECT}${clause} ORDER BY ${ORDER[q.sort]} ${dir} NULLS LAST, p.title COLLATE NOCASE, p.id LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset) as PeerRow[];
  return { total, rows: rows.map(toSummary) };
}

export function getPeerProject(core: Core, id: string): PeerProject {
  const raw = core.raw();
  const row = raw.prepare(`${PEER_SELECT} WHERE p.id = ?`).get(id) as PeerRow | undefined;
  if (!row) throw notFound();
  const adopted = raw.prepare(`SELECT a.idea_id AS ideaId, i.title FROM peer_adoptions a JOIN ideas i ON i.id = a.idea_id
    JOIN peer_packs k ON k.pack_id = a.pack_id WHERE k.id = ? AND a.project_id = ? ORDER BY a.created_at DESC LIMIT 1`).get(row.pack_row_id, row.project_id) as PeerProject['adoptedAs'] | undefined;
  return toProject(row, adopted ?? null);
}

/** What the library's filters can offer, with counts. */
export function listPeerFacets(core: Core): PeerFacets {
  const raw = core.raw();
  const total = raw.prepare('SELECT count(*) FROM peer_projects').pluck().get() as number;
  const publishers = raw.prepare(`SELECT k.publisher_name AS name, count(*) AS count FROM peer_projects p JOIN peer_packs k ON k.id = p.pack_row_id
    GROUP BY k.publisher_name ORDER BY k.publisher_name COLLATE NOCASE`).all() as PeerFacets['publishers'];
  const lands = (raw.prepare(`SELECT substr(k.publisher_ags, 1, 2) AS key, count(*) AS count FROM peer_projects p JOIN peer_packs k ON k.id = p.pack_row_id
    WHERE k.publisher_ags IS NOT NULL GROUP BY key ORDER BY key`).all() as { key: string; count: number }[])
    .map((l) => ({ ...l, name: landName(l.key) ?? l.key }));
  const statuses = raw.prepare('SELECT status, count(*) AS count FROM peer_projects WHERE status IS NOT NULL GROUP BY status ORDER BY status').all() as { status: PeerStatus; count: number }[];
  const fields = raw.prepare(`SELECT p.field_id AS fieldId, f.name, count(*) AS count FROM peer_projects p LEFT JOIN fields f ON f.id = p.field_id
    GROUP BY p.field_id ORDER BY f.name IS NULL, f.name COLLATE NOCASE`).all() as PeerFacets['fields'];
  const ozgCounts = new Map<string, number>();
  for (const text of raw.prepare('SELECT ozg_ids FROM peer_projects WHERE ozg_ids IS NOT NULL').pluck().all() as string[]) {
    for (const o of new Set(stringList(text))) ozgCounts.set(o, (ozgCounts.get(o) ?? 0) + 1);
  }
  const ozgName = raw.prepare('SELECT name FROM ozg_services WHERE ozg_id = ?').pluck();
  const ozg = [...ozgCounts].map(([ozgId, count]) => ({ ozgId, count, name: (ozgName.get(ozgId) as string | undefined) ?? null }))
    .sort((a, b) => b.count - a.count || a.ozgId.localeCompare(b.ozgId));
  const years = raw.prepare(`SELECT min(CAST(substr(start, 1, 4) AS INTEGER)) AS min, max(CAST(substr(coalesce(end, start), 1, 4) AS INTEGER)) AS max
    FROM peer_projects WHERE start IS NOT NULL`).get() as { min: number | null; max: number | null };
  return { total, publishers, lands, statuses, fields, ozg, years: years.min !== null && years.max !== null ? { min: years.min, max: years.max } : null };
}
