/**
 * fast-check arbitraries derived from a contract method's zod schema: inputs
 * that are valid or nearly so (so they get past the door and exercise the
 * handler), the same with junk planted at any depth, extra and prototype
 * keys, and plain junk. Walks zod 4's schema definitions (`_zod.def`); a kind
 * it does not know yields junk, so a new schema shape is still fuzzed.
 */
import * as fc from 'fast-check';
import type { z } from 'zod';
import { extraKey, junk } from './hostile-values.ts';

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
}
interface CheckDef {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
}

export interface FuzzContext {
  /** Real record ids of the workspace, so generated references sometimes hit something. */
  ids: string[];
}

const defOf = (s: z.ZodType) => s.def as unknown as Def;
// oxlint-disable-next-line no-underscore-dangle -- zod 4 keeps a check's parameters (min, max, pattern) only under _zod
const checksOf = (d: Def) => (d.checks ?? []).map((c) => c._zod.def);

/** A field that names a record: `id`, `measureId`, `fieldIds` … */
const isIdKey = (key: string | undefined) => !!key && /(^id$|Id$|Ids$|^from$|^to$)/.test(key);

const ISO_DATE = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function stringArb(d: Def, key: string | undefined, ctx: FuzzContext): fc.Arbitrary<string> {
  const checks = checksOf(d);
  const min = checks.find((c) => c.check === 'min_length')?.minimum ?? 0;
  const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 1000;
  const pattern = checks.find((c) => c.check === 'string_format' && c.pattern)?.pattern;
  const options: fc.Arbitrary<string>[] = [];
  if (pattern?.source.includes('\\d{4}-\\d{2}-\\d{2}')) options.push(ISO_DATE, fc.stringMatching(pattern));
  else if (pattern) options.push(fc.stringMatching(pattern).filter((s) => s.length <= max));
  else {
    options.push(fc.string({ minLength: min, maxLength: Math.min(max, 40) }));
    options.push(fc.string({ unit: 'grapheme', minLength: Math.min(min, max), maxLength: Math.min(max, 12) }));
    // Right at the limit: full-width letters count as one character each.
    if (max < 1_000_000) options.push(fc.constant('Ä'.repeat(max)));
  }
  if (isIdKey(key) && ctx.ids.length) options.push(fc.constantFrom(...ctx.ids), fc.constantFrom(...ctx.ids));
  return fc.oneof(...options);
}

function numberArb(d: Def): fc.Arbitrary<number> {
  const checks = checksOf(d);
  const lo = checks.find((c) => c.check === 'greater_than');
  const hi = checks.find((c) => c.check === 'less_than');
  const isInt = checks.some((c) => c.check === 'number_format' && /int/.test(c.format ?? ''));
  const min = lo?.value ?? -1e6;
  const max = hi?.value ?? 1e6;
  const edges = [min, max, min - 1, max + 1, 0, -1].filter((n) => Number.isFinite(n));
  if (isInt) {
    const a = Math.ceil(Math.max(min, Number.MIN_SAFE_INTEGER));
    const b = Math.floor(Math.min(max, Number.MAX_SAFE_INTEGER));
    return fc.oneof(fc.integer({ min: Math.min(a, b), max: Math.max(a, b) }), fc.constantFrom(...edges));
  }
  return fc.oneof(fc.double({ min, max, noNaN: true }), fc.constantFrom(...edges));
}

/**
 * The valid-ish value for a schema. `noise` is the chance (0..1) that any node
 * is replaced by junk instead — 0 gives inputs that mostly pass the schema.
 */
export function schemaArb(schema: z.ZodType, ctx: FuzzContext, noise: number, key?: string): fc.Arbitrary<unknown> {
  const inner = plainArb(schema, ctx, noise, key);
  if (noise <= 0) return inner;
  const junkWeight = Math.max(1, Math.round(noise * 100));
  return fc.oneof({ weight: 100 - junkWeight, arbitrary: inner }, { weight: junkWeight, arbitrary: junk });
}

function plainArb(schema: z.ZodType, ctx: FuzzContext, noise: number, key?: string): fc.Arbitrary<unknown> {
  const d = defOf(schema);
  const walk = (s: z.ZodType, k = key) => schemaArb(s, ctx, noise, k);
  switch (d.type) {
    case 'string':
      return stringArb(d, key, ctx);
    case 'number':
      return numberArb(d);
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(d.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(d.values ?? []));
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(walk(d.innerType!), { nil: undefined, freq: 3 });
    case 'nullable':
      return fc.option(walk(d.innerType!), { nil: null, freq: 3 });
    case 'pipe':
      // The input side decides what is accepted; the output side is a transform.
      return walk(d.in!);
    case 'union':
      return fc.oneof(...(d.options ?? []).map((o) => walk(o)));
    case 'array': {
      const checks = checksOf(d);
      const max = checks.find((c) => c.check === 'max_length')?.maximum ?? 5;
      return fc.array(walk(d.element!, key), { maxLength: Math.min(max, 5) });
    }
    case 'record':
      return fc.dictionary(stringArb(defOf(d.keyType!), undefined, ctx), walk(d.valueType!), { maxKeys: 4 });
    case 'object': {
      const shape = d.shape ?? {};
      return fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, walk(v, k)])));
    }
    case 'custom':
      // The custom schemas of the contract take bytes (packs, spreadsheets).
      return fc.uint8Array({ maxLength: 512 });
    default:
      return junk;
  }
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && !(v instanceof Date);

/** Adds keys the schema does not know, prototype keys included (as own keys, the way JSON.parse makes them). */
const withExtraKeys = (base: fc.Arbitrary<unknown>) =>
  fc.tuple(base, fc.array(fc.tuple(extraKey, junk), { minLength: 1, maxLength: 3 })).map(([value, extras]) => {
    if (!isPlainObject(value)) return value;
    const out: Record<string, unknown> = { ...value };
    for (const [k, v] of extras) Object.defineProperty(out, k, { value: v, enumerable: true, configurable: true, writable: true });
    return out;
  });

/** One method's fuzz input: valid-ish, junk at some depth, extra keys, or junk outright. */
export function inputArb(schema: z.ZodType, ctx: FuzzContext): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: schemaArb(schema, ctx, 0) },
    { weight: 4, arbitrary: schemaArb(schema, ctx, 0.15) },
    { weight: 1, arbitrary: withExtraKeys(schemaArb(schema, ctx, 0)) },
    { weight: 1, arbitrary: junk },
  );
}
