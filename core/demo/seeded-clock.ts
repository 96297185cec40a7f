import { v7 as uuidv7 } from 'uuid';
import type { Clock } from '../clock.ts';

/** A reproducible clock: fixed start, one minute per tick, ids from a seeded generator. */
export function seededClock(startIso: string, seed: number): Clock & { random(): number } {
  let t = new Date(startIso).getTime();
  let state = seed >>> 0;
  const random = () => {
    // mulberry32: small, fast, good enough for demo data
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  return {
    random,
    now: () => new Date((t += 60_000)).toISOString(),
    newId: () => uuidv7({ msecs: (t += 1), random: Uint8Array.from({ length: 16 }, () => Math.floor(random() * 256)) }),
  };
}
