/**
 * The kill test: a writer child (kill-child.ts, bundled once with esbuild so a
 * fresh child starts in a fraction of a second) is killed with SIGKILL at
 * random moments, again and again, each time in a fresh process. After every
 * kill the file is checked from outside the app: integrity_check,
 * foreign_key_check, the schema exactly as created, and the content equal to
 * a model built from the child's acknowledgements.
 *
 * The model: every acknowledged write is applied; the one write in flight at
 * the kill (an "intent" without "ack") may or may not have landed, so the file
 * must equal the model either without it or with it — nothing else. Undo and
 * redo are modelled as a stack of steps, like the change log. Recovery of the
 * WAL after the kill is left to the next child's open (the app's real path);
 * the check opens the file read-only and never checkpoints it.
 *
 * Used by tests/reliability/kill.test.ts (CI size), tests/bench (long run) and
 * tests/reliability/kill-cli.ts (`--kills N`).
 */
import Database from 'better-sqlite3';
import { build } from 'esbuild';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Core, createDispatcher } from '../../core/index.ts';
import { migrationsDir, referenceDir } from '../../db/index.ts';
import { rng } from './rng.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const LOADER = join(import.meta.dirname, 'kill-loader.cjs');

export interface KillOptions {
  kills: number;
  /** Workspaces killed side by side (each its own file and model). */
  lanes?: number;
  seed?: number;
  /**
   * The kill comes once the child has started 1…maxWrites writes, plus 0…jitterMs: a random point
   * inside a write or between two, and as many writes per kill on a busy machine as on an idle one.
   */
  maxWrites?: number;
  jitterMs?: number;
  /** Share of kills timed from the spawn instead, so some land inside the open (checks, backup). */
  openKillShare?: number;
  log?: (line: string) => void;
}

export interface KillFigures {
  kills: number;
  killsDuringOpen: number;
  ackedWrites: number;
  inFlightLanded: number;
  inFlightLost: number;
  failures: string[];
  wallMs: number;
  meanCycleMs: number;
  meanCheckMs: number;
  fileBytes: number;
}

type State = Map<string, string>;
type Change = { key: string; before: string | null; after: string | null };
type Intent =
  | { intent: number; op: 'save'; title: string; budget: number; phase: string }
  | { intent: number; op: 'score'; title: string; criterion: string; score: number }
  | { intent: number; op: 'cost'; title: string; note: string; plan: number }
  | { intent: number; op: 'import'; rows: { title: string; budget: number }[] }
  | { intent: number; op: 'undo' | 'redo' };

/** What the file must hold: rows by a stable key, and the undo/redo stack of the steps this test made. */
class Model {
  state: State = new Map();
  steps: Change[][] = [];
  /** steps[0, active) can be undone; steps[active, length) can be redone. */
  active = 0;

  clone(): Model {
    const m = new Model();
    m.state = new Map(this.state);
    m.steps = [...this.steps];
    m.active = this.active;
    return m;
  }

  private set(key: string, value: string | null): void {
    if (value === null) this.state.delete(key);
    else this.state.set(key, value);
  }

  private write(values: [string, string][]): void {
    const step = values.map(([key, after]) => ({ key, before: this.state.get(key) ?? null, after }));
    for (const c of step) this.set(c.key, c.after);
    this.steps = [...this.steps.slice(0, this.active), step];
    this.active = this.steps.length;
  }

  /** The model after `i`; throws when the child did something the model cannot follow. */
  apply(i: Intent): Model {
    const m = this.clone();
    if (i.op === 'undo') {
      const step = m.steps[m.active - 1];
      if (!step) throw new Error('undo without a step in the model');
      for (const c of [...step].reverse()) m.set(c.key, c.before);
      m.active -= 1;
    } else if (i.op === 'redo') {
      const step = m.steps[m.active];
      if (!step) throw new Error('redo without a step in the model');
      for (const c of step) m.set(c.key, c.after);
      m.active += 1;
    } else if (i.op === 'save') m.write([[`m:${i.title}`, `${i.budget}|${i.phase}`]]);
    else if (i.op === 'score') m.write([[`s:${i.title}:${i.criterion}`, String(i.score)]]);
    else if (i.op === 'cost') m.write([[`c:${i.note}`, `${i.title}|${i.plan}`]]);
    else if (i.op === 'import') m.write(i.rows.map((r): [string, string] => [`m:${r.title}`, `${r.budget}|idea`]));
    return m;
  }
}

/** The modelled rows as they are in the file. */
function readState(raw: Database.Database): State {
  const s: State = new Map();
  for (const r of raw.prepare('SELECT title, budget, phase FROM measures').all() as { title: string; budget: number; phase: string }[]) {
    s.set(`m:${r.title}`, `${r.budget}|${r.phase}`);
  }
  const scores = raw.prepare('SELECT m.title, c.name, s.score FROM measure_scores s JOIN measures m ON m.id = s.measure_id JOIN scoring_criteria c ON c.id = s.criterion_id').all();
  for (const r of scores as { title: string; name: string; score: number }[]) s.set(`s:${r.title}:${r.name}`, String(r.score));
  for (const r of raw.prepare('SELECT c.note, m.title, c.plan FROM cost_items c JOIN measures m ON m.id = c.measure_id').all() as { note: string; title: string; plan: number }[]) {
    s.set(`c:${r.note}`, `${r.title}|${r.plan}`);
  }
  return s;
}

function sameState(a: State, b: State): boolean {
  if (a.size !== b.size) return false;
  for (const [k, v] of a) if (b.get(k) !== v) return false;
  return true;
}

function describeDiff(expected: State, actual: State): string {
  const out: string[] = [];
  for (const [k, v] of expected) if (actual.get(k) !== v) out.push(`${k}: expected ${v}, found ${actual.get(k) ?? 'nothing'}`);
  for (const [k, v] of actual) if (!expected.has(k)) out.push(`${k}: unexpected ${v}`);
  return out.slice(0, 5).join('; ');
}

interface Schema {
  master: string;
  userVersion: number;
  applicationId: number;
  migrations: number;
}

function schemaOf(raw: Database.Database): Schema {
  const rows = raw.prepare("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY type, name").all();
  return {
    master: JSON.stringify(rows),
    userVersion: raw.pragma('user_version', { simple: true }) as number,
    applicationId: raw.pragma('application_id', { simple: true }) as number,
    migrations: (raw.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n,
  };
}

/** Checks the killed file from outside the app; returns the problem, or null and the state found. */
function checkFile(file: string, schema: Schema): { problem: string | null; state: State } {
  const raw = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = raw.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') return { problem: `integrity_check: ${String(integrity)}`, state: new Map() };
    const fk = raw.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) return { problem: `foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`, state: new Map() };
    const now = schemaOf(raw);
    if (JSON.stringify(now) !== JSON.stringify(schema)) return { problem: 'schema differs from the workspace as created', state: new Map() };
    return { problem: null, state: readState(raw) };
  } finally {
    raw.close();
  }
}

/** Bundles the child like dist/node is bundled, into `dir`. */
export async function bundleChild(dir: string): Promise<string> {
  const outfile = join(dir, 'kill-child.cjs');
  await build({
    entryPoints: [join(ROOT, 'tests', 'reliability', 'kill-child.ts')],
    outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs',
    external: ['better-sqlite3', 'electron'], logLevel: 'warning', logOverride: { 'empty-import-meta': 'silent' },
    // better-sqlite3 stays external: resolve it from the project, not from the temp folder.
    nodePaths: [join(ROOT, 'node_modules')],
  });
  // A code cache made by the same node binary and flags the children run with.
  const made = spawnSync(process.execPath, [LOADER, outfile, '--make-cache'], { encoding: 'utf8' });
  if (made.status !== 0) throw new Error(`kill-loader --make-cache: ${made.stderr}`);
  return outfile;
}

async function newWorkspace(dataDir: string): Promise<string> {
  const core = new Core({ dataDir, autoBackupMs: 0 });
  let file: string;
  try {
    const r = await createDispatcher(core).call('createWorkspace', { ags: '05770024' });
    if (!r.ok) throw new Error(`createWorkspace: ${r.error.message}`);
    file = (r.value as { file: string }).file;
  } finally {
    core.close();
  }
  // The LeiKa catalogue is half of a new file and no write here touches it: without it each of the
  // hundreds of opens (quick_check, backup) and outside checks reads a file of half the size.
  const raw = new Database(file);
  try {
    raw.exec('DELETE FROM leika_services; VACUUM');
  } finally {
    raw.close();
  }
  return file;
}

/** A child that has not opened the workspace by then is stuck, not slow. */
const STUCK_MS = 120_000;

interface ChildRun {
  lines: Record<string, unknown>[];
  ready: boolean;
  stuck: boolean;
  exit: string;
  stderr: string;
}

/** When to kill: `ms` after the spawn (inside the open), or `ms` after the child announced its `writes`-th write. */
type KillAt = { fromSpawn: true; ms: number } | { fromSpawn: false; writes: number; ms: number };

function runChild(bundle: string, args: string[], at: KillAt): Promise<ChildRun> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [LOADER, bundle, ...args], {
      env: { ...process.env, NODE_PATH: join(ROOT, 'node_modules'), CDO_MIGRATIONS_DIR: migrationsDir(), CDO_REFERENCE_DIR: referenceDir() },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let ready = false;
    let stuck = false;
    let armed = false;
    const kill = () => child.kill('SIGKILL');
    if (at.fromSpawn) setTimeout(kill, at.ms);
    const guard = setTimeout(() => {
      stuck = !ready;
      kill();
    }, STUCK_MS);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      ready ||= out.includes('{"ready":true}');
      if (!at.fromSpawn && !armed && out.split('{"intent":').length - 1 >= at.writes) {
        armed = true;
        setTimeout(kill, at.ms);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('close', (code, signal) => {
      clearTimeout(guard);
      const lines = out.split('\n').filter((l) => l.startsWith('{')).map((l) => {
        try {
          return JSON.parse(l) as Record<string, unknown>;
        } catch {
          return { torn: l };
        }
      });
      done({ lines, ready, stuck, exit: signal ?? `exit ${code}`, stderr: err.slice(0, 2000) });
    });
  });
}

export async function runKillTest(options: KillOptions): Promise<KillFigures> {
  const lanes = options.lanes ?? 2;
  const seed = options.seed ?? Date.now() % 1_000_000;
  const maxWrites = options.maxWrites ?? 12;
  const jitter = options.jitterMs ?? 15;
  const openShare = options.openKillShare ?? 0.1;
  const log = options.log ?? (() => undefined);
  const work = mkdtempSync(join(tmpdir(), 'cdo-kill-'));
  const figures: KillFigures = { kills: 0, killsDuringOpen: 0, ackedWrites: 0, inFlightLanded: 0, inFlightLost: 0, failures: [], wallMs: 0, meanCycleMs: 0, meanCheckMs: 0, fileBytes: 0 };
  let cycleMs = 0;
  let checkMs = 0;
  const started = performance.now();
  // One snapshot of the migrations for the parent and every child: the same schema version throughout.
  const migrations = join(work, 'migrations');
  cpSync(migrationsDir(), migrations, { recursive: true });
  const before = process.env.CDO_MIGRATIONS_DIR;
  process.env.CDO_MIGRATIONS_DIR = migrations;
  try {
    const bundle = await bundleChild(work);
    const runLane = async (lane: number, kills: number) => {
      const dataDir = join(work, `lane-${lane}`);
      mkdirSync(dataDir, { recursive: true });
      const file = await newWorkspace(dataDir);
      const schema = (() => {
        const raw = new Database(file, { readonly: true });
        try {
          return schemaOf(raw);
        } finally {
          raw.close();
        }
      })();
      let model = new Model();
      const random = rng(seed * 31 + lane);
      for (let k = 0; k < kills && figures.failures.length === 0; k++) {
        const childSeed = seed * 1000 + lane * 100_000_000 + k;
        const fromSpawn = random() < openShare;
        const t0 = performance.now();
        const run = await runChild(bundle, [file, dataDir, String(childSeed), String(model.active), String(model.steps.length - model.active)], {
          ...(fromSpawn ? { fromSpawn, ms: 50 + random() * 500 } : { fromSpawn, writes: 1 + Math.floor(random() * maxWrites), ms: random() * jitter }),
        });
        const t1 = performance.now();
        figures.kills += 1;
        if (!run.ready) figures.killsDuringOpen += 1;
        const where = `lane ${lane}, kill ${k} (seed ${childSeed})`;
        if (run.stuck) {
          figures.failures.push(`${where}: the child did not open the workspace within ${STUCK_MS / 1000} s: ${run.stderr}`);
          break;
        }
        if (run.exit !== 'SIGKILL') {
          figures.failures.push(`${where}: the child ended by itself (${run.exit}): ${JSON.stringify(run.lines.at(-1))} ${run.stderr}`);
          break;
        }
        // Replay the acknowledged writes; keep the last unacknowledged intent aside.
        let pending: Intent | null = null;
        try {
          for (const line of run.lines) {
            if ('intent' in line) pending = line as unknown as Intent;
            else if ('ack' in line) {
              if (!pending || pending.intent !== line.ack) throw new Error(`ack ${String(line.ack)} without its intent`);
              model = model.apply(pending);
              figures.ackedWrites += 1;
              pending = null;
            }
          }
        } catch (err) {
          figures.failures.push(`${where}: ${String(err)}`);
          break;
        }
        const found = checkFile(file, schema);
        checkMs += performance.now() - t1;
        cycleMs += performance.now() - t0;
        if (found.problem) {
          figures.failures.push(`${where}: ${found.problem}`);
          break;
        }
        if (sameState(model.state, found.state)) {
          if (pending) figures.inFlightLost += 1;
        } else if (pending && sameState(model.apply(pending).state, found.state)) {
          model = model.apply(pending);
          figures.inFlightLanded += 1;
        } else {
          figures.failures.push(`${where}: content differs from the acknowledged writes: ${describeDiff(model.state, found.state)}`);
          break;
        }
        if ((k + 1) % 50 === 0) log(`lane ${lane}: ${k + 1} kills, ${model.state.size} rows modelled`);
      }
      return file;
    };
    const perLane = Math.ceil(options.kills / lanes);
    const files = await Promise.all(Array.from({ length: lanes }, (_, lane) => runLane(lane, Math.min(perLane, options.kills - lane * perLane))));
    figures.fileBytes = Math.max(...files.map((f) => statSync(f).size));
  } finally {
    if (before === undefined) delete process.env.CDO_MIGRATIONS_DIR;
    else process.env.CDO_MIGRATIONS_DIR = before;
    rmSync(work, { recursive: true, force: true });
  }
  figures.wallMs = performance.now() - started;
  figures.meanCycleMs = cycleMs / Math.max(1, figures.kills);
  figures.meanCheckMs = checkMs / Math.max(1, figures.kills);
  return figures;
}
