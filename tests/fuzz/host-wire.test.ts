/**
 * The loopback host's wire under fuzz: random bodies (broken JSON, deep
 * nesting, bad base64 in {"$bytes": …}, binary), random method names and
 * languages, with the right token. Every answer is a Result with a plain
 * status (never 500), the host keeps serving, and nothing the caller sent
 * crashes it. The core behind it is the real one (api-methods.test.ts fuzzes
 * the inputs themselves).
 */
import * as fc from 'fast-check';
import { decodeWire, METHODS, type Result } from '../../api/index.ts';
import { value } from '../support/core-harness.ts';
import { httpTransport, rawRequest } from '../contract/transports.ts';
import { fuzz } from './fuzz-run.ts';
import { junk } from './hostile-values.ts';

let t: Awaited<ReturnType<typeof httpTransport>>;
beforeAll(async () => {
  t = await httpTransport();
  value(await t.harness.api.createWorkspace({ ags: '05770024' }));
});
afterAll(async () => {
  await t.close();
});

const body = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom('', ' ', 'null', '[]', '{', '{"title":', '{"$bytes":"!!!"}', '{"bytes":{"$bytes":"%%%"}}', '{"__proto__":{"polluted":1}}', `${'['.repeat(50_000)}${']'.repeat(50_000)}`, '"\\ud800"', '1e999'),
  junk.map((v) => {
    try {
      return JSON.stringify(v) ?? 'undefined';
    } catch {
      return '{}';
    }
  }),
);
const method = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...METHODS) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'toString', 'events', '%2e%2e', 'a/b', '') },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 20 }) },
);
const lang = fc.constantFrom(undefined, 'de', 'en', 'fr', 'DE', '');

/** Codes a Result may carry here: the core's domain answers, an unknown method, or no workspace for workspace-less calls. */
const CODES = new Set(['invalid_input', 'not_found', 'conflict', 'unknown_method', 'no_workspace']);

it('answers every random request with a Result and a plain status, never a crash', async () => {
  const statuses = new Map<number, number>();
  const tried = await fuzz(fc.tuple(method, body, lang), async ([name, text, language]) => {
    const headers: Record<string, string> = { Host: `127.0.0.1:${t.host.port}`, Authorization: `Bearer ${t.host.token}`, 'Content-Type': 'application/json' };
    if (language !== undefined) headers['X-Cdo-Lang'] = language;
    const res = await rawRequest(t.host.port, { method: 'POST', path: `/api/${encodeURIComponent(name)}`, headers, body: text });
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
    if (![200, 400, 404].includes(res.status)) throw new Error(`HTTP ${res.status} for ${name} with ${text.slice(0, 80)}: ${res.body.slice(0, 200)}`);
    const result = decodeWire(res.body) as Result<unknown>;
    if (!result.ok && !CODES.has(result.error.code)) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
    if (!result.ok && !result.error.message.trim()) throw new Error(`${name}: empty message`);
  }, 120);
  expect(tried).toBeGreaterThanOrEqual(120);
  // The host still serves, and no prototype was touched on the way.
  expect((await t.call('getAppInfo', {})).ok).toBe(true);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(statuses.get(200)).toBeGreaterThan(0);
});
