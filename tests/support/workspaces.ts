/**
 * The workspaces most core tests start from, so a test file names only what
 * differs: a fresh empty workspace for every test, or one Musterstadt demo
 * for the whole file.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { Clock } from '../../core/clock.ts';
import type { CoreOptions } from '../../core/index.ts';
import { createHarness, value, type Harness } from './core-harness.ts';

/** A clock that stands still at `now` and counts ids up (`id-000001`, …), so every run gives the same ids. */
export function countingClock(now: string, prefix = 'id'): Clock {
  let n = 0;
  return { now: () => now, newId: () => `${prefix}-${String(++n).padStart(6, '0')}` };
}

/**
 * The harness is handed out at once, empty, and filled by the hook before the
 * first test runs; so files keep writing `h.api…` as with their own hooks.
 * Hooks of the file registered later (seeding more data) run after this one.
 */
function harnessFilledBy(setUp: (hook: () => Promise<void>) => void, tearDown: (hook: () => void) => void, options: Partial<CoreOptions>, create: (h: Harness) => Promise<unknown>): Harness {
  const h = {} as Harness;
  setUp(async () => {
    Object.assign(h, createHarness(options));
    await create(h);
  });
  tearDown(() => h.cleanup());
  return h;
}

/** A fresh workspace of Musterstadt (AGS 05770024) for every test of the file. */
export function workspaceForEachTest(options: Partial<CoreOptions> = {}): Harness {
  return harnessFilledBy(beforeEach, afterEach, options, async (h) => value(await h.api.createWorkspace({ ags: '05770024' })));
}

/** One Musterstadt demo workspace shared by all tests of the file (they only read it). */
export function demoWorkspaceForFile(options: Partial<CoreOptions> = {}): Harness {
  return harnessFilledBy(beforeAll, afterAll, options, async (h) => value(await h.api.createDemoWorkspace()));
}

/** The id of a field of action by its name (the default fields of a new workspace). */
export async function fieldIdOf(h: Harness, name: string): Promise<string> {
  const f = value(await h.api.listFields()).find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f.id;
}
