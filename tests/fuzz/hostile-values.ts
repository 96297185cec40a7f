/**
 * Values a caller should never send: wrong types, edge numbers, huge and odd
 * strings, prototype keys, deep nesting. Everything here can travel over one
 * of our transports (IPC's structured clone carries NaN, bigint and Date;
 * the host's wire codec carries bytes).
 */
import * as fc from 'fast-check';

/** An array nested `depth` levels deep: recursive code without a depth check overflows on it. */
export function nested(depth: number): unknown {
  let v: unknown = 'Boden';
  for (let i = 0; i < depth; i++) v = i % 2 ? { a: v } : [v];
  return v;
}

// Built once: generating a 1 MB string per run would make the run slow, not harder.
const HUGE = 'x'.repeat(1_000_001);
const OVER_TEXT = 'ä'.repeat(20_001);
const OVER_SHORT = 'ß'.repeat(201);

/** Strings that have broken other programs: control and bidi characters, paths, markup, formulas. */
export const NASTY_STRINGS = [
  '', ' ', '   ', '\u0000', 'a\u0000b', '\t', '\r\n', '\u202eevil.exe', '\ufeff', '\ud800', '🏛️‍🔥', 'Ä'.normalize('NFD'),
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  '../../etc/passwd', '..\\..\\boot.ini', 'C:\\Windows\\system32', 'CON', 'nul.txt', '/dev/zero',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)', "'; DROP TABLE measures; --",
  '" OR 1=1 --', '=HYPERLINK("http://evil.example","klick")', '+49 30 1234', '@SUM(A1)', '＝1+1',
  '{method}', '%s%s%s', '${7*7}', 'NaN', '-0', '1e309', '0x10', '2026-02-30', '9999-99-99', '2026-13-01',
  HUGE, OVER_TEXT, OVER_SHORT,
];

/** Objects whose keys attack prototypes; JSON.parse makes a real own "__proto__" key. */
const PROTO_OBJECTS = [
  () => JSON.parse('{"__proto__":{"polluted":"ja"}}') as unknown,
  () => ({ constructor: { prototype: { polluted: 'ja' } } }),
  () => JSON.parse('{"a":{"__proto__":{"polluted":"ja"}}}') as unknown,
  () => Object.assign(Object.create(null) as object, { id: 'x' }),
];

export const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, 0, -0, -1, 0.5, NaN, Infinity, -Infinity, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, Number.MIN_VALUE, 10n, [], {}, new Date(Number.NaN), new Date(0)) },
  { weight: 4, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double()) },
  { weight: 1, arbitrary: fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.object({ maxDepth: 2, maxKeys: 4 }) },
  { weight: 1, arbitrary: fc.constantFrom(...PROTO_OBJECTS).map((make) => make()) },
  { weight: 1, arbitrary: fc.constantFrom(40, 5000).map(nested) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
);

/** Keys a caller might add beside the expected ones. */
export const extraKey = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'workspaceId', 'sql', ''), fc.string({ maxLength: 12 }));
