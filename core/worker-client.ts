/**
 * The shells' handle on the core running in a worker thread. Same `call` as
 * the in-process dispatcher, plus the trusted `openFile` and an event stream.
 */
import { Worker } from 'node:worker_threads';
import type { CockpitEvent, Result, WorkspaceInfo } from '../api/index.ts';
import type { CoreOptions } from './core.ts';
import type { CallMeta, Dispatcher } from './dispatcher.ts';
import type { WorkerRequest, WorkerResponse } from './worker-protocol.ts';

export interface CoreWorker extends Pick<Dispatcher, 'call'> {
  /** Open a workspace file by path, or ":demo". Never wire this to renderer input. */
  openFile(file: string, meta?: CallMeta): Promise<Result<WorkspaceInfo>>;
  subscribe(listener: (e: CockpitEvent) => void): () => void;
  /** Closes the workspace (checkpoint, release the lock) and ends the thread. */
  terminate(): Promise<void>;
}

type Pending = (r: Result<unknown>) => void;
type Req = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export function startCoreWorker(workerFile: string, options: CoreOptions): CoreWorker {
  const worker = new Worker(workerFile, { workerData: { options } });
  const pending = new Map<number, Pending>();
  const listeners = new Set<(e: CockpitEvent) => void>();
  let nextId = 1;
  let exited = false;

  worker.on('message', (msg: WorkerResponse) => {
    if ('event' in msg) {
      for (const l of listeners) l(msg.event);
      return;
    }
    pending.get(msg.id)?.(msg.result);
    pending.delete(msg.id);
  });
  const failAll = (message: string) => {
    exited = true;
    for (const resolve of pending.values()) resolve({ ok: false, error: { code: 'internal', message } });
    pending.clear();
  };
  worker.on('error', (err) => failAll(`core worker failed: ${err.message}`));
  worker.on('exit', () => failAll('core worker stopped'));

  const send = (req: Req): Promise<Result<unknown>> =>
    new Promise((resolve) => {
      if (exited) return resolve({ ok: false, error: { code: 'internal', message: 'core worker stopped' } });
      const id = nextId++;
      pending.set(id, resolve);
      worker.postMessage({ ...req, id });
    });

  return {
    call: (method, input, meta) => send({ kind: 'call', method, input, ...(meta ? { meta } : {}) }),
    openFile: (file, meta) => send({ kind: 'open', file, ...(meta ? { meta } : {}) }) as Promise<Result<WorkspaceInfo>>,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async terminate() {
      if (!exited) await send({ kind: 'close' });
      await worker.terminate();
    },
  };
}
