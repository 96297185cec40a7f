/**
 * Peer library for the benchmark: 100 packs with 20,000 peer projects (the
 * scale of QUALITY.md), written raw in one transaction as an import leaves them.
 * Texts come from the same generator as the measures, so words overlap a lot:
 * the hard case for matching (long posting lists).
 */
import type Database from 'better-sqlite3';
import { generateMeasures } from './generate.ts';

export const PEER_PACKS = 100;
export const PEER_PROJECTS = 20_000;

/** `packs`/`projects`/`prefix`: more libraries beside the first (e.g. to fill the search index to 100,000 real rows). */
export function fillPeerLibrary(raw: Database.Database, fieldIds: string[], { packs = PEER_PACKS, projects = PEER_PROJECTS, prefix = 'bench', seed = 4711 } = {}): void {
  const at = '2026-11-01T10:00:00.000Z';
  const rows = generateMeasures(projects, fieldIds, seed);
  const pack = raw.prepare(`INSERT INTO peer_packs (id, pack_id, title, publisher_name, publisher_ags, license, pack_created_at, signed, project_count, imported_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 'CC-BY-4.0', ?, 0, ?, ?, ?)`);
  const project = raw.prepare(`INSERT INTO peer_projects (id, pack_row_id, project_id, title, summary, field_id, ozg_ids, tags, status, budget, content_hash, imported_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'in_progress', ?, ?, ?)`);
  const per = Math.ceil(projects / packs);
  raw.transaction(() => {
    for (let k = 0; k < packs; k++) pack.run(`${prefix}-pack-${k}`, `${prefix}-pack-${k}`, `Paket ${k}`, `Kommune ${k}`, `05${String(770000 + k).padStart(6, '0')}`, at, per, at, at);
    rows.forEach((r, i) => {
      const k = Math.floor(i / per);
      project.run(`${prefix}-peer-${i}`, `${prefix}-pack-${k}`, `p-${i}`, r.title, r.description, r.fieldId, JSON.stringify(i % 7 === 0 ? ['10412'] : []), JSON.stringify(i % 5 === 0 ? ['OZG'] : []), r.budget, `h-${i}`, at);
    });
  })();
}
