import type { CockpitEvent, Result } from '../api/index.ts';
import type { CoreOptions } from './core.ts';
import type { CallMeta } from './dispatcher.ts';

export interface WorkerStart {
  options: CoreOptions;
}

export type WorkerRequest =
  | { kind: 'call'; id: number; method: string; input: unknown; meta?: CallMeta }
  /** Open a workspace by path (":demo" = the demo workspace). Only shells send this, never the renderer. */
  | { kind: 'open'; id: number; file: string; meta?: CallMeta }
  | { kind: 'close'; id: number }
  /** Build only: core/worker-loader.ts writes the V8 code cache of the loaded core. */
  | { kind: 'write-code-cache'; id: number };

export type WorkerResponse = { id: number; result: Result<unknown> } | { event: CockpitEvent };
