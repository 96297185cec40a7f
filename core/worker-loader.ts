/**
 * The core worker's entry as shipped (dist/node/worker.cjs): it loads the
 * bundled core (worker-core.cjs, built from core/worker.ts) with the V8 code
 * cache the build wrote beside it, so a start does not compile 5 MB of
 * JavaScript again: about 100 ms of every open of a workspace, measured on the
 * Kreis workspace. A cache that does not belong to this core (another build,
 * checked by hash) or to this V8 (Electron's) is left unused and the core
 * compiles as usual. Imports only node:*.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import type { WorkerResponse } from './worker-protocol.ts';

const CORE_FILE = join(__dirname, 'worker-core.cjs');
const CODE_CACHE_FILE = `${CORE_FILE}.v8`;

const source = readFileSync(CORE_FILE, 'utf8');
// V8 itself compares only the source's length: the hash in front makes sure the cache is of this very core.
const hash = createHash('sha256').update(source).digest();
const stored = existsSync(CODE_CACHE_FILE) ? readFileSync(CODE_CACHE_FILE) : null;
const cachedData = stored && stored.subarray(0, hash.length).equals(hash) ? stored.subarray(hash.length) : undefined;

const script = new Script(Module.wrap(source), { filename: CORE_FILE, ...(cachedData ? { cachedData } : {}) });
const core = new Module(CORE_FILE, module);
core.filename = CORE_FILE;
(script.runInThisContext() as (...args: unknown[]) => void)(core.exports, createRequire(CORE_FILE), core, CORE_FILE, __dirname);

// The build asks for the cache once the core has answered a first call (its functions compiled by then).
parentPort?.on('message', (msg: { kind?: unknown; id?: unknown }) => {
  if (msg.kind !== 'write-code-cache' || typeof msg.id !== 'number') return;
  writeFileSync(CODE_CACHE_FILE, Buffer.concat([hash, script.createCachedData()]));
  parentPort?.postMessage({ id: msg.id, result: { ok: true, value: null } } satisfies WorkerResponse);
});
