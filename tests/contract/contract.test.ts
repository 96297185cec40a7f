/**
 * The contract, spoken over both transports: the same table of cases (cases.ts)
 * runs through the in-process dispatcher and through the real HTTP host, each
 * on its own real SQLite workspace. Where an answer holds no ids or times, both
 * transports must answer exactly the same Result.
 */
import type { Result } from '../../api/index.ts';
import { CASES, type State } from './cases.ts';
import { dispatcherTransport, httpTransport, type TransportUnderTest } from './transports.ts';

const answers = new Map<string, Map<string, Result<unknown>>>();

const factories: [string, () => TransportUnderTest | Promise<TransportUnderTest>][] = [
  ['in-process dispatcher', dispatcherTransport],
  ['HTTP host', httpTransport],
];

for (const [name, make] of factories) {
  describe(`the contract over the ${name}`, () => {
    let transport: TransportUnderTest;
    const state: State = {};
    const seen = new Map<string, Result<unknown>>();
    answers.set(name, seen);

    beforeAll(async () => {
      transport = await make();
    });
    afterAll(async () => {
      await transport.close();
    });

    for (const c of CASES) {
      it(`${c.name}`, async () => {
        expect.hasAssertions();
        const input = typeof c.input === 'function' ? (c.input as (s: State) => unknown)(state) : c.input;
        const result = await transport.call(c.method, input, c.lang);
        c.expect(result, state);
        if (c.comparable) seen.set(c.name, result);
      });
    }
  });
}

describe('both transports', () => {
  const comparable = CASES.filter((c) => c.comparable);

  it('compared more than a handful of answers', () => {
    expect(comparable.length).toBeGreaterThan(20);
  });

  for (const c of comparable) {
    it(`answer alike: ${c.name}`, () => {
      const [a, b] = factories.map(([name]) => answers.get(name)?.get(c.name));
      expect(a).toBeDefined();
      expect(b).toEqual(a);
    });
  }
});
