// The Node bundles: CLI/host, core worker, Electron main and preload (esbuild).
// Shared by scripts/build.mjs and tests/unit/cli.test.ts, so the test runs the
// bundles exactly as they ship.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Worker } from 'node:worker_threads';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const common = {
  absWorkingDir: ROOT,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  external: ['better-sqlite3', 'electron'],
  logLevel: 'warning',
  // db/ finds its shipped files via `typeof __dirname === 'string' ? __dirname : import.meta.url`:
  // in the CJS bundles __dirname exists, so the empty import.meta is never read.
  logOverride: { 'empty-import-meta': 'silent' },
};

// ESM has no require, __filename or __dirname; bundled CommonJS packages and host/ use them.
// Every chunk sits in the CLI's own folder, so they mean the same as in a CJS bundle.
const ESM_BANNER = [
  "import { createRequire as __cdoCreateRequire } from 'node:module';",
  "import { fileURLToPath as __cdoFileURLToPath } from 'node:url';",
  "import { dirname as __cdoDirname } from 'node:path';",
  'const require = __cdoCreateRequire(import.meta.url);',
  'const __filename = __cdoFileURLToPath(import.meta.url);',
  'const __dirname = __cdoDirname(__filename);',
].join('\n');

/**
 * The CLI is ESM with code splitting: host/cli-run.ts loads each command on
 * demand, and as one CJS file `serve` still had to compile all of them (5 MB:
 * spreadsheets, packs, exports) before it could start the core worker, about
 * 110 ms of every start. Split, `serve` loads about 100 KB. `cli.cjs` stays the
 * entry that bin/, scripts and tests call: a loader of `cli.mjs`.
 *
 * The core worker stays one CJS file (worker-core.cjs): it needs most of the
 * core at start anyway (split, it started 20 ms sooner). Its entry worker.cjs,
 * the name the shells load, is core/worker-loader.ts: it loads the core with
 * the V8 code cache written here.
 */
export async function buildNodeBundles(options) {
  const nodeDir = resolve(ROOT, options.nodeDir);
  const electronDir = options.electronDir ? resolve(ROOT, options.electronDir) : null;
  await Promise.all([
    build({
      ...common,
      format: 'esm',
      splitting: true,
      banner: { js: ESM_BANNER },
      entryPoints: { cli: 'host/cli.ts' },
      outdir: nodeDir,
      outExtension: { '.js': '.mjs' },
    }),
    build({
      ...common,
      format: 'cjs',
      entryPoints: { worker: 'core/worker-loader.ts', 'worker-core': 'core/worker.ts' },
      outdir: nodeDir,
      outExtension: { '.js': '.cjs' },
    }),
    electronDir
      ? build({ ...common, format: 'cjs', entryPoints: { main: 'electron/main.ts', preload: 'electron/preload.ts' }, outdir: electronDir, outExtension: { '.js': '.cjs' } })
      : null,
  ]);
  await writeWorkerCodeCache(nodeDir);
  writeFileSync(join(nodeDir, 'cli.cjs'), "// Loads the CLI (ESM, split per command; see scripts/node-bundles.mjs).\n'use strict';\nvoid import('./cli.mjs');\n");
}

/**
 * Runs the built worker once (one call, so the functions of a start are
 * compiled) and has core/worker-loader.ts write the V8 code cache beside it.
 * Made with this Node; another V8 (Electron) does not use it.
 */
async function writeWorkerCodeCache(nodeDir) {
  const dataDir = mkdtempSync(join(tmpdir(), 'cdo-code-cache-'));
  const worker = new Worker(join(nodeDir, 'worker.cjs'), { workerData: { options: { dataDir, autoBackupMs: 0 } } });
  try {
    await new Promise((done, fail) => {
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`core worker ended (${code}) before writing its code cache`)));
      worker.on('message', (msg) => {
        if (msg.id === 1) worker.postMessage({ kind: 'write-code-cache', id: 2 });
        if (msg.id === 2) done(undefined);
      });
      worker.postMessage({ kind: 'call', id: 1, method: 'getSession', input: {} });
    });
  } finally {
    await worker.terminate();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
