/**
 * Puts peer packs straight into a workspace's tables, as the pack import would
 * leave them, so library and matching tests do not depend on the pack reader.
 */
import type { Core } from '../../core/core.ts';

export interface SeedProject {
  id: string;
  title: string;
  summary?: string;
  description?: string;
  field?: string;
  fieldId?: string | null;
  ozgIds?: string[];
  tags?: string[];
  status?: string;
  start?: string;
  end?: string;
  budget?: number;
  lessonsLearned?: string;
  links?: { title: string; url: string }[];
}

export interface SeedPack {
  rowId: string;
  packId: string;
  title: string;
  publisher: string;
  ags?: string;
  license?: string;
  projects: SeedProject[];
}

export function seedPack(core: Core, pack: SeedPack): void {
  const raw = core.raw();
  const at = '2026-11-01T10:00:00.000Z';
  raw.transaction(() => {
    raw.prepare(`INSERT INTO peer_packs (id, pack_id, title, publisher_name, publisher_ags, license, pack_created_at, signed, project_count, imported_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)`).run(pack.rowId, pack.packId, pack.title, pack.publisher, pack.ags ?? null, pack.license ?? 'CC-BY-4.0', at, pack.projects.length, at, at);
    const insert = raw.prepare(`INSERT INTO peer_projects (id, pack_row_id, project_id, title, summary, description, field, field_id, ozg_ids, tags, status, start, end, budget, lessons_learned, links, content_hash, imported_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const p of pack.projects) {
      insert.run(`${pack.rowId}-${p.id}`, pack.rowId, p.id, p.title, p.summary ?? null, p.description ?? null, p.field ?? null, p.fieldId ?? null,
        JSON.stringify(p.ozgIds ?? []), JSON.stringify(p.tags ?? []), p.status ?? null, p.start ?? null, p.end ?? null, p.budget ?? null,
        p.lessonsLearned ?? null, JSON.stringify(p.links ?? []), `seed-${p.id}`, at);
    }
  })();
}
