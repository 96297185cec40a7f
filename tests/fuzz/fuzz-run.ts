/**
 * Shared settings of the fuzz suites: how many inputs, which seed, and a
 * failure report short enough to read (a counterexample may hold a 1 MB string).
 *
 *   CDO_FUZZ_RUNS=2000 npx vitest run --project node tests/fuzz   # a long run
 *   CDO_FUZZ_SEED=123 …                                            # replay a reported failure
 */
import * as fc from 'fast-check';

/** Inputs per property in `npm test`; the whole fuzz suite stays well under a minute at the default. */
export const FUZZ_RUNS = Number(process.env.CDO_FUZZ_RUNS) || 20;
/** A long run asked for with CDO_FUZZ_RUNS raises every property to at least that many inputs. */
const LONG_RUN = Number(process.env.CDO_FUZZ_RUNS) || 0;
const SEED = process.env.CDO_FUZZ_SEED ? Number(process.env.CDO_FUZZ_SEED) : undefined;

export function short(value: unknown, max = 300): string {
  let text: string;
  try {
    text = JSON.stringify(value, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v instanceof Uint8Array ? `<${v.length} bytes>` : v)) ?? String(value);
  } catch {
    // Objects without a prototype and the like: fast-check prints almost anything (not 5,000 levels deep).
    try {
      text = fc.stringify(value);
    } catch {
      text = `<${typeof value}, not printable>`;
    }
  }
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

export function fuzzParams<T>(runs = FUZZ_RUNS): fc.Parameters<T> {
  return {
    numRuns: runs,
    seed: SEED,
    endOnFailure: true,
    reporter(details) {
      if (!details.failed) return;
      const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
      throw new Error(`fuzz failed after ${details.numRuns} inputs (replay with CDO_FUZZ_SEED=${details.seed}): ${short((details.counterexample as unknown[] | null)?.[0])}\n→ ${cause.slice(0, 2000)}`);
    },
  };
}

/** Runs an async property and returns how many inputs were tried. */
export async function fuzz<T>(arb: fc.Arbitrary<T>, check: (value: T) => Promise<void>, runs = FUZZ_RUNS): Promise<number> {
  let tried = 0;
  await fc.assert(
    fc.asyncProperty(arb, async (value) => {
      tried++;
      await check(value);
    }),
    fuzzParams<[T]>(Math.max(runs, LONG_RUN)),
  );
  return tried;
}
