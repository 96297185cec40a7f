/**
 * Every API method, fuzzed through the real dispatcher (see api-fuzz.ts for
 * what each input must satisfy). The method list comes from the contract at
 * run time; half of it here, the other half in api-methods-b.test.ts, so the
 * two run side by side.
 */
import { METHODS } from '../../api/index.ts';
import { fuzzMethod, methodShard, openFuzzWorld, type FuzzWorld } from './api-fuzz.ts';

let world: FuzzWorld;
beforeAll(async () => {
  world = await openFuzzWorld();
}, 60_000);
afterAll(() => {
  console.log(`API-Fuzz (Teil 1): ${JSON.stringify(world.counts)}`);
  world.h.cleanup();
});

it('covers every method of the contract between its two shards', () => {
  expect([...methodShard(0, 2), ...methodShard(1, 2)].sort()).toEqual([...METHODS].sort());
});

it.each(methodShard(0, 2))('%s: generated inputs get a clean Result and refusals write nothing', async (method) => {
  expect(await fuzzMethod(world, method)).toBeGreaterThan(0);
});
