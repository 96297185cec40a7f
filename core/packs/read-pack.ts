/**
 * Reads an untrusted `.cdopack` into checked, plain records. Order matters:
 * size and archive checks, then the manifest (format, version, schema), its
 * signature, every file's checksum, and only then the projects. Throws
 * PackError (bad input) at the first problem; nothing here writes anything.
 */
import { createHash, hash } from 'node:crypto';
import type { z } from 'zod';
import { PACK_FORMAT_VERSION, PACK_LIMITS, type PackNote, type PeerStatus } from '../../api/index.ts';
import { message, type Lang, type MessageKey } from '../messages.ts';
import { fieldIssues } from '../validation.ts';
import { EMAIL, isSafeLink, MANIFEST_KEYS, manifestSchema, MARKUP, PROJECT_KEYS, projectSchema, projectsFileSchema, type Manifest, type PackProject } from './format.ts';
import { parseGuardedJson } from './json-guard.ts';
import { PackError } from './pack-error.ts';
import { fingerprintOf, verifyManifest } from './signing.ts';
import { inflateEntry, listZipEntries, readEntry, type ZipEntry } from './zip-read.ts';

export interface PeerProjectRecord {
  projectId: string;
  title: string;
  summary: string | null;
  description: string | null;
  field: string | null;
  ozgIds: string[];
  leikaIds: string[];
  tags: string[];
  funding: { program: string; amount: number | null }[];
  partners: { name: string; ags: string | null }[];
  links: { title: string | null; url: string }[];
  status: PeerStatus | null;
  start: string | null;
  end: string | null;
  budget: number | null;
  currency: string | null;
  contactName: string | null;
  contactEmail: string | null;
  results: string | null;
  lessonsLearned: string | null;
  unknownKeys: Record<string, unknown> | null;
  /** SHA-256 of the record: tells an updated project from an unchanged one. */
  hash: string;
}

export interface ParsedPack {
  manifest: Manifest;
  projects: PeerProjectRecord[];
  publicKey: string | null;
  fingerprint: string | null;
  notes: PackNote[];
}

const MANIFEST = 'manifest.json';
const PROJECTS = 'projects.json';
const MANIFEST_MAX = 1024 * 1024;
const PROJECTS_MAX = 50 * 1024 * 1024;
const SHOWN_PROBLEMS = 5;
/** The files a pack may hold (PACK-FORMAT.md): no scripts, no executables, no nested archives. */
const ALLOWED_FILE = /^(manifest\.json|projects\.json|attachments\/[^/]{1,200}\.(pdf|png|jpe?g|odt|docx|xlsx|ods))$/i;

function problemsText(lang: Lang, problems: string[], total: number): string {
  const shown = problems.slice(0, SHOWN_PROBLEMS).join('; ');
  return total > SHOWN_PROBLEMS ? `${shown}; ${message(lang, 'pack_problem_more', { count: total - SHOWN_PROBLEMS })}` : shown;
}

function issuesOf(error: z.ZodError, lang: Lang): string[] {
  return fieldIssues(error, lang).map((i) => (i.path ? `„${i.path}“: ${i.message}` : i.message));
}

function readManifest(bytes: Uint8Array, entry: ZipEntry, lang: Lang): { manifest: Manifest; raw: Record<string, unknown> } {
  const raw = parseGuardedJson(readEntry(bytes, entry, MANIFEST_MAX), MANIFEST);
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new PackError('pack_not_a_pack');
  const record = raw as Record<string, unknown>;
  if (record.format !== 'cdo-pack') throw new PackError('pack_not_a_pack');
  // The version first: a newer pack may be invalid by our schema for reasons that version explains.
  if (typeof record.formatVersion === 'number' && record.formatVersion > PACK_FORMAT_VERSION) {
    throw new PackError('pack_version_newer', { found: record.formatVersion, supported: PACK_FORMAT_VERSION });
  }
  const parsed = manifestSchema.safeParse(record, { reportInput: true });
  if (!parsed.success) {
    const problems = issuesOf(parsed.error, lang);
    throw new PackError('pack_manifest_invalid', { problems: problemsText(lang, problems, problems.length) });
  }
  return { manifest: parsed.data, raw: record };
}

function sha256Of(bytes: Uint8Array, entry: ZipEntry): string {
  const digest = createHash('sha256');
  inflateEntry(bytes, entry, (chunk) => digest.update(chunk));
  return digest.digest('hex');
}

/** Trimmed text, or null for missing and blank. */
const text = (v: string | null | undefined): string | null => {
  const t = v?.trim();
  return t ? t : null;
};
const texts = (v: string[] | null | undefined): string[] => (v ?? []).map((x) => x.trim()).filter(Boolean);

/** Keeps what the format defines; sets aside unknown keys, unsafe links and malformed e-mails. */
function toRecord(p: PackProject, raw: Record<string, unknown>, tally: Tally): PeerProjectRecord {
  const unknown = Object.keys(raw).filter((k) => !PROJECT_KEY_SET.has(k));
  for (const k of unknown) tally.unknownKeys.add(k);
  if (unknown.length) tally.unknownProjects++;
  const allLinks = (p.links ?? []).map((l) => ({ title: text(l.title), url: l.url.trim() }));
  const links = allLinks.filter((l) => isSafeLink(l.url));
  tally.droppedLinks += allLinks.length - links.length;
  tally.attachments += p.attachments?.length ?? 0;
  const tags = texts(p.tags);
  const email = text(p.contact?.email);
  const record: PeerProjectRecord = {
    projectId: p.id,
    title: p.title,
    summary: text(p.summary),
    description: text(p.description),
    field: text(p.field),
    ozgIds: texts(p.ozgIds),
    leikaIds: texts(p.leikaIds),
    tags,
    funding: (p.funding ?? []).map((f) => ({ program: f.program, amount: f.amount ?? null })),
    partners: (p.partners ?? []).map((x) => ({ name: x.name, ags: x.ags ?? null })),
    links,
    status: p.status ?? null,
    start: p.start ?? null,
    end: p.end ?? null,
    budget: p.budget?.total ?? null,
    currency: p.budget ? (p.budget.currency ?? 'EUR') : null,
    contactName: text(p.contact?.name),
    contactEmail: email && EMAIL.test(email) ? email : null,
    results: text(p.results),
    lessonsLearned: text(p.lessonsLearned),
    unknownKeys: unknown.length ? Object.fromEntries(unknown.map((k) => [k, raw[k]])) : null,
    hash: '',
  };
  if ([record.title, record.summary, record.description, record.results, record.lessonsLearned, record.field, ...tags].some((t) => t && MARKUP.test(t))) tally.markup++;
  // Change detection, not security: the one-shot SHA-1 is the cheapest stable digest node:crypto offers.
  // (Filled in place, not copied: 20,000 records are worth not duplicating.)
  record.hash = hash('sha1', JSON.stringify(record));
  return record;
}

const PROJECT_KEY_SET: ReadonlySet<string> = new Set(PROJECT_KEYS);

interface Tally {
  unknownKeys: Set<string>;
  unknownProjects: number;
  droppedLinks: number;
  markup: number;
  attachments: number;
}

/** Called now and then while projects are checked: `done` of `total`. */
export type ReadProgress = (done: number, total: number) => void;

const PROGRESS_EVERY = 500;

function readProjects(bytes: Uint8Array, lang: Lang, tally: Tally, progress?: ReadProgress): PeerProjectRecord[] {
  const file = parseGuardedJson(bytes, PROJECTS);
  const parsed = projectsFileSchema.safeParse(file);
  if (!parsed.success) throw new PackError('pack_projects_invalid', { problems: problemsText(lang, issuesOf(parsed.error, lang), 1) });
  const list = parsed.data.projects;
  if (list.length > PACK_LIMITS.projects) throw new PackError('pack_too_many_projects', { max: PACK_LIMITS.projects.toLocaleString('de-DE') });
  const problems: string[] = [];
  let problemCount = 0;
  const records: PeerProjectRecord[] = [];
  const ids = new Set<string>();
  list.forEach((raw, n) => {
    if (progress && n % PROGRESS_EVERY === 0 && n > 0) progress(n, list.length);
    const where = message(lang, 'pack_problem_project', { n: n + 1 });
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      problemCount++;
      problems.push(`${where}: ${message(lang, 'pack_not_object')}`);
      return;
    }
    const result = projectSchema.safeParse(raw, { reportInput: true });
    if (!result.success) {
      const title = typeof (raw as { title?: unknown }).title === 'string' ? ` („${String((raw as { title: string }).title).slice(0, 60)}“)` : '';
      problemCount++;
      if (problems.length < SHOWN_PROBLEMS) problems.push(`${where}${title}, ${issuesOf(result.error, lang).join(', ')}`);
      return;
    }
    if (ids.has(result.data.id)) throw new PackError('pack_project_duplicate', { id: result.data.id.slice(0, 100) });
    ids.add(result.data.id);
    records.push(toRecord(result.data, raw as Record<string, unknown>, tally));
  });
  if (problemCount) throw new PackError('pack_projects_invalid', { problems: problemsText(lang, problems, problemCount) });
  return records;
}

function note(lang: Lang, kind: PackNote['kind'], key: MessageKey, count: number, params: Record<string, unknown> = {}): PackNote {
  return { kind, count, message: message(lang, key, { count: count.toLocaleString(lang === 'de' ? 'de-DE' : 'en-GB'), ...params }) };
}

/** Reads and checks a whole pack. Throws PackError with a clear message on the first problem. */
export function readPack(bytes: Uint8Array, lang: Lang, progress?: ReadProgress): ParsedPack {
  if (bytes.length > PACK_LIMITS.packBytes) throw new PackError('pack_too_large');
  const entries = listZipEntries(bytes);
  const byName = new Map(entries.filter((e) => !e.directory).map((e) => [e.name, e]));
  for (const name of byName.keys()) if (!ALLOWED_FILE.test(name)) throw new PackError('pack_file_unexpected', { file: name.slice(0, 120) });
  const manifestEntry = byName.get(MANIFEST);
  if (!manifestEntry) throw new PackError('pack_manifest_missing');
  const { manifest, raw } = readManifest(bytes, manifestEntry, lang);

  let fingerprint: string | null = null;
  if (manifest.signature) {
    if (!verifyManifest(raw, manifest.signature.publicKey, manifest.signature.value)) throw new PackError('pack_signature_bad');
    fingerprint = fingerprintOf(manifest.signature.publicKey);
  }

  // Every other file needs a matching checksum; only then is projects.json parsed.
  const projectsEntry = byName.get(PROJECTS);
  if (!projectsEntry) throw new PackError('pack_projects_missing');
  // projects.json is inflated once: hashed in memory, then parsed; other files are hashed as they stream.
  const projectsBytes = readEntry(bytes, projectsEntry, PROJECTS_MAX);
  for (const [name, entry] of byName) {
    if (name === MANIFEST) continue;
    const listed = Object.hasOwn(manifest.files, name) ? manifest.files[name] : undefined;
    if (!listed) throw new PackError('pack_file_unlisted', { file: name.slice(0, 120) });
    const actual = name === PROJECTS ? createHash('sha256').update(projectsBytes).digest('hex') : sha256Of(bytes, entry);
    if (actual !== listed.sha256.toLowerCase()) throw new PackError('pack_checksum', { file: name.slice(0, 120) });
  }
  for (const name of Object.keys(manifest.files)) if (!byName.has(name)) throw new PackError('pack_damaged');

  const tally: Tally = { unknownKeys: new Set(), unknownProjects: 0, droppedLinks: 0, markup: 0, attachments: 0 };
  const projects = readProjects(projectsBytes, lang, tally, progress);
  for (const k of Object.keys(raw)) if (!(MANIFEST_KEYS as readonly string[]).includes(k)) tally.unknownKeys.add(k);

  const notes: PackNote[] = [];
  if (!fingerprint) notes.push(note(lang, 'unsigned', 'pack_note_unsigned', 1));
  if (tally.unknownKeys.size) {
    const keys = [...tally.unknownKeys].slice(0, 5).map((k) => `„${k.slice(0, 40)}“`).join(', ');
    notes.push(note(lang, 'unknown_keys', 'pack_note_unknown_keys', tally.unknownKeys.size, { keys }));
  }
  if (tally.droppedLinks) notes.push(note(lang, 'dropped_links', 'pack_note_dropped_links', tally.droppedLinks));
  if (tally.markup) notes.push(note(lang, 'html_text', 'pack_note_html', tally.markup));
  const attachmentFiles = [...byName.keys()].filter((n) => n !== MANIFEST && n !== PROJECTS).length;
  if (attachmentFiles || tally.attachments) notes.push(note(lang, 'attachments_skipped', 'pack_note_attachments', Math.max(attachmentFiles, tally.attachments)));

  return { manifest, projects, publicKey: manifest.signature?.publicKey ?? null, fingerprint, notes };
}
