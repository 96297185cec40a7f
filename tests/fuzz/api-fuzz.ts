/**
 * Fuzzing every API method through the real dispatcher on a real workspace
 * (the Musterstadt demo, so generated ids sometimes hit real records). The
 * method list is read from the contract at run time: a method added tomorrow
 * is fuzzed without anyone touching this file.
 *
 * For each input:
 * - the dispatcher answers a Result and never throws;
 * - an input the contract's schema refuses gets `invalid_input` with field
 *   issues, and the handler never runs (not one row changes);
 * - any other refusal carries a domain code (not_found, conflict,
 *   invalid_input) — never `internal` — and changes nothing: the full hash of
 *   every table and the data folder are as before;
 * - messages are plain text: no placeholders, no stack traces.
 */
import { contract, METHODS, type Method, type Result } from '../../api/index.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';
import * as fc from 'fast-check';
import { fuzz, short } from './fuzz-run.ts';
import { fullPrint, quickPrint } from './store-fingerprint.ts';
import { inputArb, type FuzzContext } from './zod-arbitrary.ts';

/**
 * Methods that swap, close or replace the open workspace when they succeed. Their
 * refusals are fuzzed like any other; inputs they would accept are not sent
 * (their success paths have their own tests in core-workspaces and core-backups).
 */
export const WORKSPACE_SWITCHING: ReadonlySet<string> = new Set(['createWorkspace', 'createDemoWorkspace', 'openWorkspace', 'closeWorkspace', 'forgetWorkspace', 'restoreBackup']);

/** Codes a refusal may carry: bad input, or a domain answer about the records it names. */
export const DOMAIN_CODES: ReadonlySet<string> = new Set(['invalid_input', 'not_found', 'conflict']);

/** What a message must never look like: an unfilled placeholder, a leaked object or stack trace. */
const UNCLEAN = /\{\w+\}|\[object |undefined|\bat .+\.(ts|js):\d+|ZodError|SQLITE_/;

/** Unclean unless the caller sent that very text (a message may quote the input, e.g. an unknown name). */
function unclean(message: unknown, input: unknown): boolean {
  if (typeof message !== 'string' || !message.trim()) return true;
  const m = UNCLEAN.exec(message);
  return !!m && !short(input, 10_000_000).includes(m[0]);
}

export interface FuzzWorld {
  h: Harness;
  ctx: FuzzContext;
  /** Hash of all tables; null when a successful write made it stale. */
  print: string | null;
  counts: { inputs: number; refusedBySchema: number; refusedByHandler: number; accepted: number; skipped: number };
}

export async function openFuzzWorld(): Promise<FuzzWorld> {
  const h = createHarness();
  value(await h.api.createDemoWorkspace());
  value(await h.api.createBackup());
  const raw = h.core.raw();
  const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").all() as { name: string }[];
  const ids: string[] = [];
  for (const { name } of tables) {
    const columns = raw.prepare(`PRAGMA table_info("${name}")`).all() as { name: string; type: string }[];
    if (!columns.some((c) => c.name === 'id' && /TEXT/i.test(c.type))) continue;
    for (const row of raw.prepare(`SELECT id FROM "${name}" LIMIT 3`).all() as { id: string }[]) ids.push(row.id);
  }
  return { h, ctx: { ids }, print: null, counts: { inputs: 0, refusedBySchema: 0, refusedByHandler: 0, accepted: 0, skipped: 0 } };
}

function expectClean(method: string, input: unknown, r: Result<unknown>): void {
  const where = `${method}(${short(input, 160)})`;
  if (r.ok) return;
  if (!DOMAIN_CODES.has(r.error.code)) throw new Error(`${where} answered ${r.error.code}: ${r.error.message}`);
  if (unclean(r.error.message, input)) throw new Error(`${where}: unclear message ${short(r.error.message)}`);
  for (const issue of r.error.details?.issues ?? []) {
    if (typeof issue.path !== 'string' || unclean(issue.message, input)) throw new Error(`${where}: unclear issue ${short(issue)}`);
  }
}

function schemaAccepts(method: Method, input: unknown): boolean {
  try {
    return contract[method].input.safeParse(input ?? {}).success;
  } catch {
    // A schema whose own code throws is a finding; the dispatcher call below reports it.
    return false;
  }
}

/** Sends one input and checks the answer and the store; throws a readable message on any finding. */
export async function probe(world: FuzzWorld, method: Method, input: unknown, lang: 'de' | 'en'): Promise<void> {
  const { h } = world;
  world.counts.inputs++;
  const accepted = schemaAccepts(method, input);
  if (accepted && WORKSPACE_SWITCHING.has(method)) {
    world.counts.skipped++;
    return;
  }
  if (accepted) world.print ??= fullPrint(h);
  const before = quickPrint(h);
  let r: Result<unknown>;
  try {
    r = await h.dispatcher.call(method, input, { lang });
  } catch (err) {
    throw new Error(`${method}(${short(input, 160)}) threw across the boundary: ${String(err)}`, { cause: err });
  }
  expectClean(method, input, r);
  const after = quickPrint(h);
  if (!accepted) {
    world.counts.refusedBySchema++;
    if (r.ok || r.error.code !== 'invalid_input' || !r.error.details?.issues?.length) throw new Error(`${method}(${short(input, 160)}) passed the schema check of the dispatcher but not the contract's: ${short(r)}`);
    if (JSON.stringify(after) !== JSON.stringify(before)) throw new Error(`${method}: refused input changed the store (${short(before)} → ${short(after)})`);
    return;
  }
  if (r.ok) {
    world.counts.accepted++;
    if (after.changes !== before.changes) world.print = null;
    return;
  }
  world.counts.refusedByHandler++;
  if (after.files !== before.files || after.open !== before.open) throw new Error(`${method}(${short(input, 160)}) refused with ${r.error.code} but changed files or the open workspace`);
  if (after.changes !== before.changes && fullPrint(h) !== world.print) throw new Error(`${method}(${short(input, 160)}) refused with ${r.error.code} but left a partial write`);
}

/** Fuzzes one method; answers how many inputs it sent. */
export function fuzzMethod(world: FuzzWorld, method: Method, runs?: number): Promise<number> {
  const arb = fc.tuple(inputArb(contract[method].input, world.ctx), fc.constantFrom<'de' | 'en'>('de', 'de', 'en'));
  return fuzz(arb, ([input, lang]) => probe(world, method, input, lang), runs);
}

/** Every method of the contract, split into `of` stable shards so two files can run side by side. */
export const methodShard = (index: number, of: number): Method[] => METHODS.filter((_, i) => i % of === index);
