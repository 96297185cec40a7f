/**
 * `serve <file>` starts the host while the worker still opens the workspace.
 * Calls that arrive during the open wait for it and then see the opened
 * workspace; a file that fails the cheap checks is recognised before an
 * address is printed.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Result, Session } from '../../api/index.ts';
import { Core, createDispatcher, openWorkspaceFile } from '../../core/index.ts';
import { afterOpen, passesCheapChecks } from '../../host/open-gate.ts';
import { startHost, type RunningHost } from '../../host/server.ts';
import { postApi, writeRenderer } from '../contract/transports.ts';
import { createHarness, makeTempDir } from '../support/core-harness.ts';

let dir: string;
let file: string;

beforeAll(async () => {
  const h = createHarness();
  const created = await h.api.createWorkspace({ ags: '05770024' });
  if (!created.ok) throw new Error(created.error.message);
  file = created.value.file;
  h.core.close();
  dir = h.dir;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A promise the test settles by hand: the worker's open, under control. */
function deferred() {
  let settle!: { resolve(): void; reject(err: Error): void };
  const promise = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
  return { promise, ...settle };
}

async function hostOn(core: Core, opening: Promise<unknown>): Promise<RunningHost> {
  const dispatcher = createDispatcher(core);
  const backend = { call: dispatcher.call, subscribe: (l: Parameters<Core['subscribe']>[0]) => core.subscribe(l) };
  return startHost({ backend: afterOpen(backend, opening), rendererDir: writeRenderer(join(makeTempDir(), 'renderer')) });
}

const sessionOf = (r: { result: Result<unknown> }) => (r.result.ok ? (r.result.value as Session) : null);

describe('afterOpen', () => {
  it('lets a request during the open wait and answers it with the opened workspace', async () => {
    const core = new Core({ dataDir: join(dir, 'data-gate') });
    const open = deferred();
    const host = await hostOn(core, open.promise);
    try {
      let answered = false;
      const request = postApi(host, 'getSession', {}).then((r) => ((answered = true), r));
      await new Promise((r) => setTimeout(r, 100));
      expect(answered).toBe(false);

      openWorkspaceFile(core, file);
      open.resolve();
      const session = sessionOf(await request);
      expect(session?.workspace).toMatchObject({ name: 'Minden, Stadt', file });
    } finally {
      await host.close();
      core.close();
    }
  });

  it('after a failed open lets the core answer for itself (no workspace), without failing the call', async () => {
    const core = new Core({ dataDir: join(dir, 'data-gate-failed') });
    const open = deferred();
    const host = await hostOn(core, open.promise);
    try {
      const request = postApi(host, 'getSession', {});
      open.reject(new Error('damaged'));
      const answer = await request;
      expect(answer.res.status).toBe(200);
      expect(sessionOf(answer)?.workspace).toBeNull();
    } finally {
      await host.close();
      core.close();
    }
  });
});

describe('passesCheapChecks', () => {
  it('accepts a workspace file and an empty file, refuses text, a folder and a missing file', () => {
    const work = makeTempDir('cdo-gate-');
    try {
      writeFileSync(join(work, 'leer.cdo'), '');
      writeFileSync(join(work, 'text.cdo'), 'hallo');
      mkdirSync(join(work, 'ordner.cdo'));
      expect(passesCheapChecks(file)).toBe(true);
      expect(passesCheapChecks(join(work, 'leer.cdo'))).toBe(true);
      expect(passesCheapChecks(join(work, 'text.cdo'))).toBe(false);
      expect(passesCheapChecks(join(work, 'ordner.cdo'))).toBe(false);
      expect(passesCheapChecks(join(work, 'fehlt.cdo'))).toBe(false);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
