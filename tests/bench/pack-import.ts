/**
 * Bench figure: importing a peer pack of 10,000 projects through the API
 * (size and archive checks, checksum, guarded JSON parse, schema, field
 * mapping, one transaction with search rows) against raw better-sqlite3
 * inserts of the same rows (peer_projects + search_index, one transaction,
 * prepared statements) in the same run.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Core, createDispatcher, foldGerman, openWorkspaceFile } from '../../core/index.ts';
import { writePack, type PackProjectOut } from '../../core/packs/index.ts';
import { searchRowid } from '../../core/search/search.ts';
import { DEFAULT_FIELDS } from '../../core/fields/defaults.ts';
import { generateMeasures } from './generate.ts';

const STATUS = { idea: 'idea', concept: 'planned', implementation: 'in_progress', operation: 'operating', completed: 'completed', stopped: 'stopped' } as const;

function packProjects(n: number): PackProjectOut[] {
  return generateMeasures(n, [], 31).map((m, i) => ({
    id: `bench-${i}`,
    title: m.title,
    summary: m.description,
    description: `${m.description}\n${m.description}`,
    field: DEFAULT_FIELDS[i % DEFAULT_FIELDS.length]!.name,
    status: STATUS[m.phase],
    ...(m.start ? { start: m.start.slice(0, 7), end: m.end!.slice(0, 7) } : {}),
    ...(m.budget !== null ? { budget: { total: m.budget, currency: 'EUR' } } : {}),
    contact: { name: m.leadUnit, email: 'digital@kreis.example' },
    tags: ['OZG', m.leadUnit],
    ozgIds: i % 7 === 0 ? ['10412'] : [],
  }));
}

export interface PackImportFigures {
  /** Medians over `runs` fresh workspaces each (wall clock). */
  ms: number;
  previewMs: number;
  rawMs: number;
  /** The same as process CPU time (user + system): steadier than wall time on a busy machine. */
  cpuMs: number;
  rawCpuMs: number;
  bytes: number;
}

const cpuMs = (since: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
};

const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;

type Sample = Omit<PackImportFigures, 'bytes'>;

/** A fresh workspace, or a copy of `base` (e.g. the large Kreis with its 20,000 peer projects already in). */
async function openTarget(core: Core, work: string, name: string, base: string | undefined): Promise<void> {
  if (!base) {
    const made = await createDispatcher(core).call('createWorkspace', { ags: '05770024' });
    if (!made.ok) throw new Error(made.error.message);
    return;
  }
  const file = join(work, `${name}.cdo`);
  copyFileSync(base, file);
  openWorkspaceFile(core, file);
}

async function once(work: string, bytes: Uint8Array, n: number, k: number, base: string | undefined): Promise<Sample> {
  const tag = `${base ? 'base-' : ''}${k}`;
  const core = new Core({ dataDir: join(work, `pack-import-${tag}`), autoBackupMs: 0 });
  const api = createDispatcher(core);
  const rawCore = new Core({ dataDir: join(work, `pack-import-raw-${tag}`), autoBackupMs: 0 });
  try {
    await openTarget(core, work, `pack-import-${tag}`, base);
    await openTarget(rawCore, work, `pack-import-raw-${tag}`, base);
    let t = performance.now();
    const preview = await api.call('previewPackImport', { bytes });
    const previewMs = performance.now() - t;
    t = performance.now();
    let cpu = process.cpuUsage();
    const done = await api.call('importPack', { bytes, fileName: 'bench.cdopack' });
    const ms = performance.now() - t;
    const importCpu = cpuMs(cpu);
    if (!preview.ok || !done.ok || (done.value as { added: number }).added !== n) throw new Error(`pack import failed: ${JSON.stringify(done).slice(0, 300)}`);

    // Baseline: the same rows, already in column form, straight into the same tables.
    const raw = rawCore.raw();
    const at = '2026-11-01T10:00:00.000Z';
    const rows = core.raw().prepare("SELECT * FROM peer_projects WHERE pack_row_id = (SELECT id FROM peer_packs WHERE pack_id = 'bench-pack')").all() as Record<string, unknown>[];
    // Field ids differ between the two workspaces: the same names map them.
    const nameOf = new Map((core.raw().prepare('SELECT id, name FROM fields').all() as { id: string; name: string }[]).map((f) => [f.id, f.name]));
    const idOf = new Map((raw.prepare('SELECT name, id FROM fields').all() as { id: string; name: string }[]).map((f) => [f.name, f.id]));
    for (const r of rows) r.field_id = r.field_id ? (idOf.get(nameOf.get(String(r.field_id))!) ?? null) : null;
    t = performance.now();
    cpu = process.cpuUsage();
    raw.transaction(() => {
      raw.prepare(`INSERT INTO peer_packs (id, pack_id, title, publisher_name, license, pack_created_at, project_count, imported_at, updated_at) VALUES ('raw-p', 'raw-p', 'B', 'K', 'CC-BY-4.0', ?, ?, ?, ?)`).run(at, n, at, at);
      const columns = Object.keys(rows[0]!).filter((c) => c !== 'pack_row_id');
      const insert = raw.prepare(`INSERT INTO peer_projects (pack_row_id, ${columns.map((c) => `"${c}"`).join(', ')}) VALUES ('raw-p', ${columns.map(() => '?').join(', ')})`);
      const index = raw.prepare("INSERT INTO search_index (rowid, entity, entity_id, title, body) VALUES (?, 'peerProject', ?, ?, ?)");
      for (const r of rows) {
        insert.run(...columns.map((c) => r[c]));
        index.run(searchRowid('peerProject', String(r.id)), r.id, foldGerman(String(r.title)), foldGerman(`${r.summary} ${r.description} ${r.field} ${r.tags}`));
      }
    })();
    return { ms, previewMs, rawMs: performance.now() - t, cpuMs: importCpu, rawCpuMs: cpuMs(cpu) };
  } finally {
    core.close();
    rawCore.close();
  }
}

/** `base`: import into copies of this workspace file instead of fresh workspaces (the raw baseline too). */
export async function benchPackImport(work: string, n: number, { runs = 3, base }: { runs?: number; base?: string } = {}): Promise<PackImportFigures> {
  const projects = packProjects(n);
  const bytes = writePack({ id: 'bench-pack', title: 'Benchmark', createdAt: '2026-11-01T10:00:00Z', publisher: { name: 'Kreis Benchmark', ags: '05770' }, license: 'CC-BY-4.0', language: 'de' }, projects);
  const samples: Sample[] = [];
  for (let k = 0; k < runs; k++) samples.push(await once(work, bytes, n, k, base));
  const m = (key: keyof Sample) => median(samples.map((s) => s[key]));
  return { ms: m('ms'), previewMs: m('previewMs'), rawMs: m('rawMs'), cpuMs: m('cpuMs'), rawCpuMs: m('rawCpuMs'), bytes: bytes.length };
}
