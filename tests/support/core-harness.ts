/**
 * A real core on a real SQLite file in a fresh temp folder, for tests.
 * `transport` lets renderer tests talk to it exactly like the app does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CockpitEvent, Transport } from '../../api/index.ts';
import { createClient } from '../../api/index.ts';
import { Core, createDispatcher, type CoreOptions } from '../../core/index.ts';

export interface Harness {
  dir: string;
  core: Core;
  dispatcher: ReturnType<typeof createDispatcher>;
  transport: Transport;
  api: ReturnType<typeof createClient>;
  events: CockpitEvent[];
  cleanup(): void;
}

export function makeTempDir(prefix = 'cdo-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function createHarness(options: Partial<CoreOptions> = {}): Harness {
  const dir = makeTempDir();
  const core = new Core({ dataDir: join(dir, 'data'), ...options });
  const dispatcher = createDispatcher(core);
  const events: CockpitEvent[] = [];
  core.subscribe((e) => events.push(e));
  const transport: Transport = {
    invoke: (method, input, meta) => dispatcher.call(method, input, meta),
    subscribe: (listener) => core.subscribe(listener),
  };
  return {
    dir, core, dispatcher, transport, api: createClient(transport), events,
    cleanup() {
      core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Unwraps a Result in tests, failing loudly with the error. */
export function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string; message: string } }): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return r.value;
}
