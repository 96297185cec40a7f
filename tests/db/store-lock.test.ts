/**
 * One owner per workspace: a second opener — another process or another
 * connection in this one — is refused as `locked` and changes nothing.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join, resolve } from 'node:path';
import { openStore, StoreError } from '../../db/index.ts';
import { Core, createDispatcher, openWorkspaceFile } from '../../core/index.ts';
import { dump, filledWorkspace, fingerprint, removeAll, tempDir } from '../fixtures/workspace-files.ts';

const ROOT = resolve(__dirname, '..', '..');
const SCRIPT = join(ROOT, 'tests', 'fixtures', 'hold-workspace.ts');

interface Child {
  proc: ChildProcessWithoutNullStreams;
  next(): Promise<Record<string, unknown>>;
}

/** Runs tests/fixtures/hold-workspace.ts in a separate Node process; `next()` reads its next JSON line. */
function child(mode: 'hold' | 'try', file: string): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', SCRIPT, mode, file], { cwd: ROOT, stdio: 'pipe' });
  const lines: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  createInterface({ input: proc.stdout }).on('line', (line) => {
    const w = waiting.shift();
    if (w) w(line);
    else lines.push(line);
  });
  return {
    proc,
    next: () =>
      new Promise((res, rej) => {
        const take = (line: string) => res(JSON.parse(line) as Record<string, unknown>);
        const early = lines.shift();
        if (early !== undefined) return take(early);
        waiting.push(take);
        proc.once('exit', (code) => rej(new Error(`child exited (${code}) before answering: ${stderr}`)));
      }),
  };
}

function problemOf(fn: () => unknown): string {
  try {
    fn();
    return 'opened';
  } catch (err) {
    return err instanceof StoreError ? err.problem : String(err);
  }
}

let dir: string;
let file: string;
beforeEach(() => {
  dir = tempDir();
  file = join(dir, 'kreis.cdo');
  filledWorkspace(file);
});
afterEach(() => removeAll(dir));

describe('the same workspace opened twice', () => {
  it('refuses as locked while another process has it open, and the data stays as it was', async () => {
    const content = dump(file);
    const holder = child('hold', file);
    try {
      expect(await holder.next()).toEqual({ holding: true });
      expect(problemOf(() => openStore(file))).toBe('locked');

      const core = new Core({ dataDir: join(dir, 'data') });
      const answer = await createDispatcher(core).run(() => openWorkspaceFile(core, file), { lang: 'de' });
      core.close();
      expect(answer).toMatchObject({
        ok: false,
        error: { code: 'workspace_locked', message: expect.stringContaining('bereits in einem anderen Fenster oder Programm geöffnet') },
      });
    } finally {
      holder.proc.stdin.end();
    }
    expect(await holder.next()).toEqual({ released: true });
    expect(dump(file)).toEqual(content);
    // Once the other process let go, it opens normally.
    expect(problemOf(() => openStore(file).close())).toBe('opened');
  });

  it('lets no other process open a workspace this process holds', async () => {
    const store = openStore(file);
    try {
      const other = child('try', file);
      expect(await other.next()).toEqual({ problem: 'locked' });
    } finally {
      store.close();
    }
    const after = child('try', file);
    expect(await after.next()).toEqual({ opened: true });
  });

  it('refuses a second connection in the same process as locked, without touching the file', () => {
    const store = openStore(file);
    try {
      const before = fingerprint(file);
      expect(problemOf(() => openStore(file))).toBe('locked');
      expect(fingerprint(file)).toEqual(before);
      // The first connection is still fully usable.
      expect(store.raw.prepare('SELECT count(*) AS n FROM measures').get()).toEqual({ n: 300 });
    } finally {
      store.close();
    }
  });

  it('hands back the open workspace when the same core opens the same file again', async () => {
    const core = new Core({ dataDir: join(dir, 'data') });
    const other = new Core({ dataDir: join(dir, 'data-2') });
    try {
      const first = openWorkspaceFile(core, file);
      const again = openWorkspaceFile(core, file);
      expect(again).toEqual(first);
      expect(core.raw().prepare('SELECT count(*) AS n FROM measures').get()).toEqual({ n: 300 });

      // A second core (a second window) in the same process is refused.
      const answer = await createDispatcher(other).run(() => openWorkspaceFile(other, file), { lang: 'en' });
      expect(answer).toMatchObject({ ok: false, error: { code: 'workspace_locked', message: expect.stringContaining('already open') } });
    } finally {
      other.close();
      core.close();
    }
  });
});
