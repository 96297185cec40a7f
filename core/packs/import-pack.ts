/**
 * Preview and import of a peer pack. Both read and check the whole pack first
 * (read-pack.ts); the import then writes pack, projects, remembered field
 * choices and search rows in one transaction with prepared statements.
 * Peer rows are not change-logged: an import is undone by removing the pack
 * (and a backup is taken right before every import that changes something).
 */
import { PACK_LIMITS, type PackImportResult, type PackPreview, type Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { createBackup } from '../backups/backups.ts';
import type { Lang } from '../messages.ts';
import { message } from '../messages.ts';
import { indexRows } from '../search/search.ts';
import { fieldResolver, publisherKey, suggestFields, type FieldResolver } from './field-mapping.ts';
import { PackError } from './pack-error.ts';
import { readPack, type ParsedPack, type PeerProjectRecord } from './read-pack.ts';
import { ownKeyFingerprint } from './signing-key.ts';

interface PackRow {
  id: string;
  title: string;
  publisher_name: string;
  key_fingerprint: string | null;
  pack_created_at: string;
  imported_at: string;
  project_count: number;
}

interface Plan {
  parsed: ParsedPack;
  existing: PackRow | null;
  state: PackPreview['state'];
  /** Stored projects of an earlier import, by project id. */
  stored: Map<string, { id: string; hash: string; fieldId: string | null }>;
  resolver: FieldResolver;
  publisher: string;
}

const PROGRESS_EVERY = 500;

function stateOf(existing: PackRow | null, createdAt: string): PackPreview['state'] {
  if (!existing) return 'new';
  const [mine, theirs] = [Date.parse(createdAt), Date.parse(existing.pack_created_at)];
  return mine > theirs ? 'update' : mine === theirs ? 'same' : 'older';
}

function planImport(core: Core, bytes: Uint8Array, lang: Lang, task: 'previewPackImport' | 'importPack'): Plan {
  // Checking is about half the work of an import: it fills the first half of the progress bar.
  const parsed = readPack(bytes, lang, (done, total) => core.emit({ type: 'progress', task, done, total: task === 'importPack' ? 2 * total : total }));
  const raw = core.raw();
  const existing = (raw.prepare('SELECT id, title, publisher_name, key_fingerprint, pack_created_at, imported_at, project_count FROM peer_packs WHERE pack_id = ?').get(parsed.manifest.id) as PackRow | undefined) ?? null;
  const stored = new Map<string, { id: string; hash: string; fieldId: string | null }>();
  if (existing) {
    for (const r of raw.prepare('SELECT id, project_id, content_hash, field_id FROM peer_projects WHERE pack_row_id = ?').all(existing.id) as { id: string; project_id: string; content_hash: string; field_id: string | null }[]) {
      stored.set(r.project_id, { id: r.id, hash: r.content_hash, fieldId: r.field_id });
    }
  }
  // A pack id is just text: once a version came signed, only the same key may replace it.
  if (existing?.key_fingerprint && existing.key_fingerprint !== parsed.fingerprint) {
    throw new PackError('pack_key_changed', { title: existing.title, fingerprint: existing.key_fingerprint });
  }
  const publisher = publisherKey(parsed.manifest);
  return { parsed, existing, state: stateOf(existing, parsed.manifest.createdAt), stored, resolver: fieldResolver(core, publisher), publisher };
}

function countChanges(plan: Plan): PackPreview['counts'] {
  const counts = { new: 0, updated: 0, unchanged: 0, removed: 0 };
  const seen = new Set<string>();
  for (const p of plan.parsed.projects) {
    const before = plan.stored.get(p.projectId);
    seen.add(p.projectId);
    if (!before) counts.new++;
    else if (before.hash === p.hash) counts.unchanged++;
    else counts.updated++;
  }
  counts.removed = [...plan.stored.keys()].filter((id) => !seen.has(id)).length;
  return counts;
}

export function previewPackImport(core: Core, input: Parsed<'previewPackImport'>, lang: Lang): PackPreview {
  const plan = planImport(core, input.bytes, lang, 'previewPackImport');
  const { manifest, projects, fingerprint } = plan.parsed;
  // As many as one import may send back: a pack with more distinct field texts is mapped automatically beyond that.
  const fields = suggestFields(plan.resolver, projects.map((p) => p.field)).slice(0, PACK_LIMITS.fieldMappings);
  const notes = [...plan.parsed.notes];
  if (plan.existing && plan.existing.publisher_name !== manifest.publisher.name) {
    notes.unshift({ kind: 'publisher_changed', count: 1, message: message(lang, 'pack_note_publisher_changed', { before: plan.existing.publisher_name, after: manifest.publisher.name }) });
  }
  const unmapped = fields.filter((f) => !f.fieldId).reduce((n, f) => n + f.projectCount, 0);
  if (unmapped) notes.push({ kind: 'unmapped_fields', count: unmapped, message: message(lang, 'pack_note_unmapped', { count: unmapped.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB') }) });
  return {
    packId: manifest.id,
    title: manifest.title,
    createdAt: manifest.createdAt,
    language: manifest.language,
    publisher: { name: manifest.publisher.name, ags: manifest.publisher.ags, contactName: manifest.publisher.contact?.name ?? null, contactEmail: manifest.publisher.contact?.email ?? null },
    license: manifest.license,
    signed: fingerprint !== null,
    fingerprint,
    ownKey: fingerprint !== null && fingerprint === ownKeyFingerprint(core),
    projectCount: projects.length,
    state: plan.state,
    previous: plan.existing ? { importedAt: plan.existing.imported_at, createdAt: plan.existing.pack_created_at, projectCount: plan.existing.project_count } : null,
    counts: countChanges(plan),
    fields,
    notes,
    sample: projects.slice(0, 8).map((p) => ({ id: p.projectId, title: p.title, field: p.field, status: p.status })),
  };
}

const json = (v: unknown[]) => JSON.stringify(v);

/** The column values of a peer project, in the order of the INSERT and UPDATE statements. */
function columns(p: PeerProjectRecord, fieldId: string | null): unknown[] {
  return [
    p.title, p.summary, p.description, p.field, fieldId, json(p.ozgIds), json(p.leikaIds), json(p.tags), json(p.funding),
    json(p.partners), json(p.links), p.status, p.start, p.end, p.budget, p.currency, p.contactName, p.contactEmail,
    p.results, p.lessonsLearned, p.unknownKeys ? JSON.stringify(p.unknownKeys) : null, p.hash,
  ];
}
const COLUMN_NAMES = [
  'title', 'summary', 'description', 'field', 'field_id', 'ozg_ids', 'leika_ids', 'tags', 'funding', 'partners', 'links', 'status',
  'start', 'end', 'budget', 'currency', 'contact_name', 'contact_email', 'results', 'lessons_learned', 'unknown_keys', 'content_hash',
];

/** What the search index reads of a peer project (see INDEXED in search.ts). */
function searchRow(p: PeerProjectRecord): Record<string, unknown> {
  return { title: p.title, summary: p.summary, description: p.description, field: p.field, tags: p.tags.join(' '), lessons_learned: p.lessonsLearned };
}

/** The CDO's choices from the preview, checked. */
function chosenFields(plan: Plan, mappings: Parsed<'importPack'>['fieldMappings']): Map<string, string | null> {
  const chosen = new Map<string, string | null>();
  for (const m of mappings) {
    if (m.fieldId && !plan.resolver.has(m.fieldId)) throw new PackError('pack_field_unknown', { field: m.packField.slice(0, 100) });
    chosen.set(m.packField, m.fieldId);
  }
  return chosen;
}

/** Only deliberate choices are remembered for the publisher: those that differ from what the cockpit proposed. */
function choicesToRemember(plan: Plan, chosen: Map<string, string | null>): Map<string, string | null> {
  return new Map([...chosen].filter(([packField, fieldId]) => plan.resolver.resolve(packField).fieldId !== fieldId));
}

export function importPack(core: Core, input: Parsed<'importPack'>, lang: Lang, options: { backup?: boolean } = {}): PackImportResult {
  const plan = planImport(core, input.bytes, lang, 'importPack');
  const { manifest, projects, fingerprint } = plan.parsed;
  if (plan.state === 'older') throw new PackError('pack_older', { date: new Date(plan.existing!.pack_created_at).toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB') });
  const chosen = chosenFields(plan, input.fieldMappings);
  const remembered = choicesToRemember(plan, chosen);
  const fieldOf = new Map<string, string | null>();
  const resolve = (text: string | null): string | null => {
    if (!text) return null;
    if (chosen.has(text)) return chosen.get(text)!;
    if (!fieldOf.has(text)) fieldOf.set(text, plan.resolver.resolve(text).fieldId);
    return fieldOf.get(text)!;
  };

  const counts = { added: 0, updated: 0, unchanged: 0, removed: 0 };
  const work: { kind: 'insert' | 'update'; p: PeerProjectRecord; id: string; fieldId: string | null }[] = [];
  const seen = new Set<string>();
  for (const p of projects) {
    seen.add(p.projectId);
    const fieldId = resolve(p.field);
    const before = plan.stored.get(p.projectId);
    if (!before) work.push({ kind: 'insert', p, id: core.clock.newId(), fieldId });
    else if (before.hash !== p.hash || before.fieldId !== fieldId) work.push({ kind: 'update', p, id: before.id, fieldId });
    else counts.unchanged++;
  }
  const doomed = [...plan.stored].filter(([projectId]) => !seen.has(projectId)).map(([, r]) => r.id);
  const packChanged = !plan.existing || plan.state === 'update';
  const result = (id: string): PackImportResult => ({
    id, packId: manifest.id, title: manifest.title, state: plan.state,
    added: counts.added, updated: counts.updated, unchanged: counts.unchanged, removed: counts.removed,
  });
  // The same pack again with the same choices: nothing to write, not even a backup.
  if (!packChanged && work.length === 0 && doomed.length === 0 && remembered.size === 0) {
    core.emit({ type: 'progress', task: 'importPack', done: projects.length, total: projects.length });
    return result(plan.existing!.id);
  }

  if (options.backup !== false) createBackup(core, 'import');
  const raw = core.raw();
  const now = core.clock.now();
  const packRowId = plan.existing?.id ?? core.clock.newId();
  const checked = projects.length;
  const total = checked + work.length + doomed.length;
  raw.transaction(() => {
    const pub = manifest.publisher;
    const packValues = [
      manifest.title, pub.name, pub.ags, pub.contact?.name ?? null, pub.contact?.email ?? null, manifest.license, manifest.createdAt,
      manifest.language, fingerprint ? 1 : 0, fingerprint, JSON.stringify(plan.parsed.notes.map((n) => n.message)), input.fileName ?? null, projects.length, now,
    ];
    if (plan.existing && packChanged) {
      raw.prepare(`UPDATE peer_packs SET title = ?, publisher_name = ?, publisher_ags = ?, publisher_contact_name = ?, publisher_contact_email = ?, license = ?,
        pack_created_at = ?, language = ?, signed = ?, key_fingerprint = ?, notes = ?, file_name = coalesce(?, file_name), project_count = ?, updated_at = ? WHERE id = ?`).run(...packValues, packRowId);
    } else if (!plan.existing) {
      raw.prepare(`INSERT INTO peer_packs (title, publisher_name, publisher_ags, publisher_contact_name, publisher_contact_email, license, pack_created_at,
        language, signed, key_fingerprint, notes, file_name, project_count, updated_at, id, pack_id, imported_at) VALUES (${Array(17).fill('?').join(', ')})`)
        .run(...packValues, packRowId, manifest.id, now);
    }
    const remember = raw.prepare(`INSERT INTO peer_field_mappings (id, publisher_key, pack_field, field_id, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (publisher_key, pack_field) DO UPDATE SET field_id = excluded.field_id, updated_at = excluded.updated_at`);
    for (const [packField, fieldId] of remembered) remember.run(core.clock.newId(), plan.publisher, packField, fieldId, now);

    const insert = raw.prepare(`INSERT INTO peer_projects (${COLUMN_NAMES.join(', ')}, id, pack_row_id, project_id, imported_at) VALUES (${Array(COLUMN_NAMES.length + 4).fill('?').join(', ')})`);
    const update = raw.prepare(`UPDATE peer_projects SET ${COLUMN_NAMES.map((c) => `"${c}" = ?`).join(', ')}, imported_at = ? WHERE id = ?`);
    const remove = raw.prepare('DELETE FROM peer_projects WHERE id = ?');
    let done = checked;
    const tick = () => {
      if (++done % PROGRESS_EVERY === 0) core.emit({ type: 'progress', task: 'importPack', done, total });
    };
    for (const w of work) {
      if (w.kind === 'insert') {
        insert.run(...columns(w.p, w.fieldId), w.id, packRowId, w.p.projectId, now);
        counts.added++;
      } else {
        update.run(...columns(w.p, w.fieldId), now, w.id);
        counts.updated++;
      }
      tick();
    }
    for (const id of doomed) {
      remove.run(id);
      counts.removed++;
      tick();
    }
    // New rows have no index entry yet: only updated and removed ones need the delete first.
    indexRows(core, 'peerProject', [
      ...work.map((w) => ({ id: w.id, row: searchRow(w.p), fresh: w.kind === 'insert' })),
      ...doomed.map((id) => ({ id, row: null })),
    ]);
  })();
  core.emit({ type: 'progress', task: 'importPack', done: total, total });
  core.changed('peerPack', 'peerProject');
  return result(packRowId);
}
