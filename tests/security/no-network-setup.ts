/**
 * Vitest setup for every project (node, renderer, e2e): outgoing network is
 * blocked in the worker and in every Node process a test starts, and a test
 * file fails when anything tried to reach beyond the loopback host — even if
 * the code under test caught the error. See block-network.cjs.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { afterAll } from 'vitest';

// A file path, not import.meta.url: under jsdom that URL is not a file: URL.
const preload = resolve(__dirname, 'block-network.cjs');
const { takeBlockedAttempts } = createRequire(preload)(preload) as { takeBlockedAttempts(): string[] };

// Child processes (the CLI host of the browser journeys and its core worker) load the same block.
if (!process.env.NODE_OPTIONS?.includes(preload)) process.env.NODE_OPTIONS = `${process.env.NODE_OPTIONS ?? ''} --require "${preload}"`.trim();

afterAll(() => {
  const attempts = takeBlockedAttempts();
  if (attempts.length) throw new Error(`Verbindungsversuche nach außen während dieser Testdatei: ${attempts.join(', ')}`);
});
