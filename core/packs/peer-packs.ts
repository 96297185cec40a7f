/** The imported packs: list them, remove one with its projects (in one transaction). */
import type { PeerPack } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { indexRows } from '../search/search.ts';
import { CoreError } from '../errors.ts';

interface PackRow {
  id: string; pack_id: string; title: string; publisher_name: string; publisher_ags: string | null;
  publisher_contact_name: string | null; publisher_contact_email: string | null; license: string; language: string | null;
  pack_created_at: string; signed: number; key_fingerprint: string | null; file_name: string | null; project_count: number;
  notes: string | null; imported_at: string; updated_at: string;
}

function notesOf(text: string | null): string[] {
  try {
    const v: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(v) ? v.filter((n): n is string => typeof n === 'string') : [];
  } catch {
    return [];
  }
}

export function listPeerPacks(core: Core): PeerPack[] {
  const rows = core.raw().prepare('SELECT * FROM peer_packs ORDER BY publisher_name COLLATE NOCASE, title COLLATE NOCASE').all() as PackRow[];
  return rows.map((r) => ({
    id: r.id,
    packId: r.pack_id,
    title: r.title,
    publisher: { name: r.publisher_name, ags: r.publisher_ags, contactName: r.publisher_contact_name, contactEmail: r.publisher_contact_email },
    license: r.license,
    language: r.language,
    createdAt: r.pack_created_at,
    signed: r.signed === 1,
    fingerprint: r.key_fingerprint,
    fileName: r.file_name,
    projectCount: r.project_count,
    notes: notesOf(r.notes),
    importedAt: r.imported_at,
    updatedAt: r.updated_at,
  }));
}

/** Removes a pack and its projects; importing the file again brings them back. */
export function removePeerPack(core: Core, id: string): null {
  const raw = core.raw();
  if (!raw.prepare('SELECT 1 FROM peer_packs WHERE id = ?').get(id)) throw new CoreError('not_found', 'pack_unknown');
  raw.transaction(() => {
    const ids = raw.prepare('SELECT id FROM peer_projects WHERE pack_row_id = ?').pluck().all(id) as string[];
    indexRows(core, 'peerProject', ids.map((projectId) => ({ id: projectId, row: null })));
    raw.prepare('DELETE FROM peer_projects WHERE pack_row_id = ?').run(id);
    raw.prepare('DELETE FROM peer_packs WHERE id = ?').run(id);
  })();
  core.changed('peerPack', 'peerProject');
  return null;
}
