/**
 * Every API method, fuzzed through the real dispatcher (see api-fuzz.ts for
 * what each input must satisfy). The method list comes from the contract at
 * run time; this is the second half (the first is api-methods.test.ts), so the
 * two run side by side.
 */
import { fuzzMethod, methodShard, openFuzzWorld, type FuzzWorld } from './api-fuzz.ts';

let world: FuzzWorld;
beforeAll(async () => {
  world = await openFuzzWorld();
}, 60_000);
afterAll(() => {
  console.log(`API-Fuzz (Teil 2): ${JSON.stringify(world.counts)}`);
  world.h.cleanup();
});


it.each(methodShard(1, 2))('%s: generated inputs get a clean Result and refusals write nothing', async (method) => {
  expect(await fuzzMethod(world, method)).toBeGreaterThan(0);
});
