/**
 * The `cdo-cockpit` CLI as a user runs it: the bundles (built here by
 * scripts/node-bundles.mjs, like the build) started as a child process on real files.
 * Exit 0 on success, 2 on bad input with one clear line, 1 when damaged.
 */
import Database from 'better-sqlite3';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { buildNodeBundles } from '../../scripts/node-bundles.mjs';
import { Core, createDispatcher, openWorkspaceFile } from '../../core/index.ts';
import { makeTempDir } from '../support/core-harness.ts';

const ROOT = resolve(__dirname, '..', '..');
let outDir: string;
let cli: string;
let work: string;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], options: { env?: Record<string, string> } = {}): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [cli, ...args], { cwd: work, env: { ...process.env, CDO_DATA_DIR: join(work, 'data'), ...options.env } }, (err, stdout, stderr) => {
      const code = err ? ((err as { code?: unknown }).code as number | null) : 0;
      done({ code: typeof code === 'number' ? code : null, stdout, stderr });
    });
  });
}

/** A run as the user sees it: exit code, stdout, and the lines on stderr. */
const outcome = (r: Run) => ({ code: r.code, stdout: r.stdout, lines: r.stderr.trimEnd().split('\n') });
/** Bad input: exit 2, nothing on stdout, exactly one line on stderr that says what is wrong. */
const badInput = (pattern: RegExp) => ({ code: 2, stdout: '', lines: [expect.stringMatching(pattern)] });

const countMeasures = (file: string): number => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM measures').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

beforeAll(async () => {
  // Two levels below the project, like dist/node, so migrations and reference data are found the same way.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  outDir = mkdtempSync(join(ROOT, '.tmp', 'cli-test-'));
  await buildNodeBundles({ nodeDir: outDir });
  cli = join(outDir, 'cli.cjs');
  work = makeTempDir('cdo-cli-');
}, 120_000);

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(work, { recursive: true, force: true });
});

describe('cdo-cockpit create, check, backup, restore', () => {
  it('creates a workspace for Minden, checks it, backs it up and restores the backup over a changed file', async () => {
    const file = join(work, 'minden.cdo');
    const created = await run(['create', '--ags', '05770024', 'minden.cdo']);
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain('Minden, Stadt');
    expect(created.stdout).toContain(file);
    expect(existsSync(file)).toBe(true);

    const checked = await run(['check', 'minden.cdo']);
    expect(checked).toMatchObject({ code: 0 });
    expect(checked.stdout).toMatch(/Schema-Version:\s+\d+/);
    expect(checked.stdout).toMatch(/Anwendungs-ID:\s+0x43444f43/);
    expect(checked.stdout).toMatch(/integrity_check\):\s+ok/);
    expect(checked.stdout).toContain('Minden, Stadt (AGS 05770024)');
    expect(checked.stdout).toMatch(/Ergebnis:\s+in Ordnung/);
    // Reading leaves nothing beside the file.
    expect(readdirSync(work).filter((n) => n.startsWith('minden.cdo-'))).toEqual([]);

    const backedUp = await run(['backup', 'minden.cdo', 'minden-sicherung.cdo']);
    expect(backedUp).toMatchObject({ code: 0 });
    expect(backedUp.stdout).toContain('Sicherung geschrieben');
    expect((await run(['check', 'minden-sicherung.cdo'])).code).toBe(0);

    // A change after the backup, made the way the app makes it.
    const core = new Core({ dataDir: join(work, 'data') });
    openWorkspaceFile(core, file);
    const saved = await createDispatcher(core).call('saveMeasure', { title: 'Nach der Sicherung' });
    expect(saved.ok).toBe(true);
    core.close();
    expect(countMeasures(file)).toBe(1);

    const restored = await run(['restore', 'minden-sicherung.cdo', 'minden.cdo']);
    expect(restored).toMatchObject({ code: 0 });
    expect(restored.stdout).toContain('Wiederhergestellt');
    expect(countMeasures(file)).toBe(0);
    // The state before the restore was saved first, where the app's restore view finds it.
    const savedFirst = readdirSync(`${file}.backups`).filter((n) => n.endsWith('_before-restore.cdo'));
    expect(savedFirst).toHaveLength(1);
    expect(countMeasures(join(`${file}.backups`, savedFirst[0]!))).toBe(1);
    expect((await run(['check', 'minden.cdo'])).code).toBe(0);
  });

  it('creates the demo workspace Musterstadt with content', async () => {
    const r = await run(['demo', 'demo.cdo']);
    expect(r).toMatchObject({ code: 0 });
    expect(r.stdout).toContain('Musterstadt');
    expect(countMeasures(join(work, 'demo.cdo'))).toBeGreaterThan(10);
    const checked = await run(['check', 'demo.cdo', '--lang', 'en']);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toMatch(/Result:\s+healthy/);
  });

  it('reports a damaged workspace with exit 1 and a restore hint', async () => {
    const file = join(work, 'kaputt.cdo');
    expect((await run(['create', '--ags', '05770024', 'kaputt.cdo'])).code).toBe(0);
    const bytes = readFileSync(file);
    // Overwrite pages in the middle (not the header): the file still says "SQLite", but its b-trees are garbage.
    bytes.fill(0xde, 4096 * 4, 4096 * 40);
    writeFileSync(file, bytes);
    const r = await run(['check', 'kaputt.cdo']);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringMatching(/beschädigt.*cdo-cockpit restore/)]);
  });
});

describe('cdo-cockpit refuses bad input with exit 2 and one German line', () => {
  it('refuses an unknown command', async () => {
    expect(outcome(await run(['frobnicate']))).toEqual(badInput(/^Unbekannter Befehl „frobnicate“/));
  });

  it('refuses an unknown option', async () => {
    expect(outcome(await run(['check', '--force', 'x.cdo']))).toEqual(badInput(/^Unbekannte Option „--force“/));
  });

  it('refuses an option that belongs to another command', async () => {
    expect(outcome(await run(['check', '--ags', '05770024', 'x.cdo']))).toEqual(badInput(/Option „--ags“ gibt es beim Befehl „check“ nicht/));
  });

  it('refuses create without --ags and creates nothing', async () => {
    expect(outcome(await run(['create', 'ohne-ags.cdo']))).toEqual(badInput(/Amtlichen Gemeindeschlüssel mit --ags/));
    expect(existsSync(join(work, 'ohne-ags.cdo'))).toBe(false);
  });

  it('refuses create without a file', async () => {
    expect(outcome(await run(['create', '--ags', '05770024']))).toEqual(badInput(/^Es fehlt: Datei/));
  });

  it('refuses an AGS that does not exist and creates nothing', async () => {
    expect(outcome(await run(['create', '--ags', '99999999', 'niemand.cdo']))).toEqual(badInput(/keine Kommune/));
    expect(readdirSync(work).filter((n) => n.startsWith('niemand'))).toEqual([]);
  });

  it('refuses an AGS with the wrong number of digits', async () => {
    expect(outcome(await run(['create', '--ags', '577', 'x.cdo']))).toEqual(badInput(/8 Ziffern/));
  });

  it('refuses a text file passed to check and leaves it as it was', async () => {
    writeFileSync(join(work, 'notiz.txt'), 'Nur eine Notiz.\n');
    expect(outcome(await run(['check', 'notiz.txt']))).toEqual(badInput(/keine Arbeitsbereichsdatei.*keine SQLite-Datenbank/));
    expect(readFileSync(join(work, 'notiz.txt'), 'utf8')).toBe('Nur eine Notiz.\n');
  });

  it('refuses a file that does not exist', async () => {
    expect(outcome(await run(['check', 'gibt-es-nicht.cdo']))).toEqual(badInput(/gibt es nicht/));
  });

  it('refuses a workspace from a newer schema and leaves it unchanged', async () => {
    expect((await run(['create', '--ags', '05770024', 'neuer.cdo'])).code).toBe(0);
    const file = join(work, 'neuer.cdo');
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(file);
    expect(outcome(await run(['check', 'neuer.cdo']))).toEqual(badInput(/neueren Version.*Schema 999/));
    expect(outcome(await run(['backup', 'neuer.cdo', 'neuer-sicherung.cdo']))).toEqual(badInput(/neueren Version/));
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(join(work, 'neuer-sicherung.cdo'))).toBe(false);
  });

  it('refuses to overwrite an existing file with create, demo or backup', async () => {
    writeFileSync(join(work, 'belegt.cdo'), 'schon da');
    expect(outcome(await run(['create', '--ags', '05770024', 'belegt.cdo']))).toEqual(badInput(/„.*belegt\.cdo“ gibt es bereits/));
    expect(outcome(await run(['demo', 'belegt.cdo']))).toEqual(badInput(/gibt es bereits/));
    expect((await run(['demo', 'quelle.cdo'])).code).toBe(0);
    expect(outcome(await run(['backup', 'quelle.cdo', 'belegt.cdo']))).toEqual(badInput(/gibt es bereits/));
    expect(readFileSync(join(work, 'belegt.cdo'), 'utf8')).toBe('schon da');
  });

  it('refuses to restore over a file that is not a workspace', async () => {
    writeFileSync(join(work, 'brief.txt'), 'Sehr geehrte Damen und Herren');
    copyFileSync(join(work, 'quelle.cdo'), join(work, 'quelle-kopie.cdo'));
    expect(outcome(await run(['restore', 'quelle-kopie.cdo', 'brief.txt']))).toEqual(badInput(/kein Arbeitsbereich.*nicht ersetzt/));
    expect(readFileSync(join(work, 'brief.txt'), 'utf8')).toBe('Sehr geehrte Damen und Herren');
  });

  it('refuses an unknown language', async () => {
    expect(outcome(await run(['--lang', 'fr', 'check', 'x.cdo']))).toEqual(badInput(/Sprache „fr“/));
  });
});

describe('cdo-cockpit in English', () => {
  it('says the same in English with --lang en', async () => {
    expect(outcome(await run(['frobnicate', '--lang', 'en']))).toEqual(badInput(/^Unknown command "frobnicate"/));
    expect(outcome(await run(['create', '--ags', '99999999', 'x.cdo', '--lang', 'en']))).toEqual(badInput(/no municipality/));
    expect(outcome(await run(['--lang=en', 'check', 'gibt-es-nicht.cdo']))).toEqual(badInput(/does not exist/));
  });

  it('shows help and version', async () => {
    const help = await run(['--help', '--lang', 'en']);
    expect(help.code).toBe(0);
    for (const command of ['serve', 'create --ags', 'demo', 'check', 'backup', 'restore']) expect(help.stdout).toContain(command);
    const hilfe = await run(['--help']);
    expect(hilfe.stdout).toContain('Befehle:');
    const version = await run(['--version']);
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version.stdout.trim()).toBe(`cdo-cockpit ${pkg.version}`);
  });
});

describe('cdo-cockpit serve', () => {
  let child: ChildProcess | null = null;
  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  function start(args: string[]): { child: ChildProcess; url: Promise<string>; exit: Promise<number | null>; output: () => string } {
    const proc = spawn(process.execPath, [cli, 'serve', ...args], { cwd: work, env: { ...process.env, CDO_DATA_DIR: join(work, 'data-serve') } });
    child = proc;
    let stdout = '';
    let stderr = '';
    const url = new Promise<string>((done, fail) => {
      proc.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        stdout += chunk;
        const m = /^CDO-Cockpit läuft im Browser-Modus: (http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]+)$/m.exec(stdout);
        if (m) done(m[1]!);
      });
      proc.on('exit', () => fail(new Error(`serve ended early: ${stdout} ${stderr}`)));
    });
    proc.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exit = new Promise<number | null>((done) => proc.on('exit', (code) => done(code)));
    return { child: proc, url, exit, output: () => stdout };
  }

  it('prints the URL with the token, answers getSession with it, refuses without, and stops cleanly on SIGTERM', async () => {
    const server = start(['--demo']);
    const url = new URL(await server.url);
    const token = url.hash.replace('#token=', '');
    const call = (auth: string | null) =>
      fetch(`${url.origin}/api/getSession`, { method: 'POST', headers: auth ? { Authorization: auth } : {}, body: '{}' });

    const withToken = await call(`Bearer ${token}`);
    expect(withToken.status).toBe(200);
    const session = (await withToken.json()) as { ok: boolean; value: { workspace: { name: string; isDemo: boolean } } };
    expect(session.ok).toBe(true);
    expect(session.value.workspace).toMatchObject({ name: 'Musterstadt (Demo)', isDemo: true });

    const without = await call(null);
    expect(without.status).toBe(401);
    expect(((await without.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    expect((await call('Bearer falsch')).status).toBe(401);

    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    expect(server.output()).toContain('CDO-Cockpit beendet.');
    // The workspace was closed properly: another program may open it now.
    const file = readdirSync(join(work, 'data-serve', 'workspaces')).find((n) => n.endsWith('.cdo'))!;
    expect(countMeasures(join(work, 'data-serve', 'workspaces', file))).toBeGreaterThan(0);
  });

  it('prints the address while the file still opens; a call made at once waits and gets the opened workspace', async () => {
    const created = await run(['create', '--ags', '05770024', 'serve-minden.cdo']);
    expect(created.code).toBe(0);
    const server = start([join(work, 'serve-minden.cdo')]);
    const url = new URL(await server.url);
    const res = await fetch(`${url.origin}/api/getSession`, { method: 'POST', headers: { Authorization: `Bearer ${url.hash.replace('#token=', '')}` }, body: '{}' });
    const session = (await res.json()) as { ok: boolean; value: { workspace: { name: string } | null } };
    expect(session.value.workspace).toMatchObject({ name: 'Minden, Stadt' });
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    expect(server.output()).toMatch(/Geöffnet: Minden, Stadt/);
  });

  it('refuses a bad port with exit 2 and one line', async () => {
    expect(outcome(await run(['serve', '--port', '70000']))).toEqual(badInput(/Port „70000“ ist ungültig/));
  });

  it('refuses a file that is not a workspace with exit 2 and one line', async () => {
    writeFileSync(join(work, 'kein-arbeitsbereich.txt'), 'hallo');
    expect(outcome(await run(['serve', 'kein-arbeitsbereich.txt']))).toEqual(badInput(/keine SQLite-Datenbank/));
  });
});

describe("the core worker's code cache", () => {
  /** Starts the built worker (as serve and the desktop app do) and asks it for the session. */
  async function firstAnswer(): Promise<unknown> {
    const worker = new Worker(join(outDir, 'worker.cjs'), { workerData: { options: { dataDir: join(work, 'data-cache'), autoBackupMs: 0 } } });
    try {
      return await new Promise((done, fail) => {
        worker.on('error', fail);
        worker.on('message', (msg: { id?: number; result?: unknown }) => msg.id === 1 && done(msg.result));
        worker.postMessage({ kind: 'call', id: 1, method: 'getSession', input: {} });
      });
    } finally {
      await worker.terminate();
    }
  }

  it('is written by the build and starts the core; a cache of another build is left unused', async () => {
    const cacheFile = join(outDir, 'worker-core.cjs.v8');
    expect(existsSync(cacheFile)).toBe(true);
    expect(await firstAnswer()).toEqual({ ok: true, value: expect.objectContaining({ workspace: null }) });

    const cache = readFileSync(cacheFile);
    try {
      // Same length, other content: V8 alone would take it for this core.
      writeFileSync(cacheFile, Buffer.from(cache.map((b) => b ^ 0x5a)));
      expect(await firstAnswer()).toEqual({ ok: true, value: expect.objectContaining({ workspace: null }) });
      rmSync(cacheFile);
      expect(await firstAnswer()).toEqual({ ok: true, value: expect.objectContaining({ workspace: null }) });
    } finally {
      writeFileSync(cacheFile, cache);
    }
  });
});

describe('bin/cdo-cockpit.cjs', () => {
  it('says in one line to run npm run build when the bundle is missing', async () => {
    const dir = makeTempDir('cdo-bin-');
    mkdirSync(join(dir, 'bin'));
    copyFileSync(join(ROOT, 'bin', 'cdo-cockpit.cjs'), join(dir, 'bin', 'cdo-cockpit.cjs'));
    const r = await new Promise<Run>((done) =>
      execFile(process.execPath, [join(dir, 'bin', 'cdo-cockpit.cjs'), '--help'], (err, stdout, stderr) =>
        done({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
      ),
    );
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split('\n')).toEqual([expect.stringContaining('npm run build')]);
  });
});
