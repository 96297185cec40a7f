/**
 * Worker-thread entry: the core runs here so that synchronous SQLite work never
 * blocks Electron's main process or the host's event loop. Messages in:
 * { id, method, input, meta }; out: { id, result } and { event }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Core, type CoreOptions } from './core.ts';
import { createDispatcher } from './dispatcher.ts';
import { openOrCreateDemo } from './demo/musterstadt.ts';
import { openWorkspaceFile } from './workspaces/workspaces.ts';
import { SETTLE_AFTER_MS } from './workspaces/settle.ts';
import type { WorkerRequest, WorkerResponse, WorkerStart } from './worker-protocol.ts';

if (!parentPort) throw new Error('core/worker.ts must run in a worker thread');
const port = parentPort;
const start = workerData as WorkerStart;
// The worker's core serves people (desktop app, serve): the Übersicht shows before the open's checks and backup have run.
const core = new Core({ settleAfterMs: SETTLE_AFTER_MS, ...(start.options satisfies CoreOptions) });
const dispatcher = createDispatcher(core);
core.subscribe((event) => port.postMessage({ event } satisfies WorkerResponse));

port.on('message', (msg: WorkerRequest) => {
  void (async () => {
    if (msg.kind === 'call') {
      const result = await dispatcher.call(msg.method, msg.input, msg.meta);
      port.postMessage({ id: msg.id, result } satisfies WorkerResponse);
    } else if (msg.kind === 'open') {
      // Trusted shell request (CLI argument, desktop file dialog): open by path.
      const result = await dispatcher.run(() => (msg.file === ':demo' ? openOrCreateDemo(core) : openWorkspaceFile(core, msg.file)), msg.meta);
      port.postMessage({ id: msg.id, result } satisfies WorkerResponse);
    } else if (msg.kind === 'close') {
      core.close();
      port.postMessage({ id: msg.id, result: { ok: true, value: null } } satisfies WorkerResponse);
    }
  })();
});
