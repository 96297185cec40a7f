/**
 * The dispatcher: the one door into the core for every transport. It checks
 * the method name, parses the input with the contract's zod schema, calls the
 * handler and answers a Result — never throws across the boundary.
 */
import { contract, fail, isMethod, ok, type Method, type Result } from '../api/index.ts';
import { StoreError } from '../db/index.ts';
import type { Core } from './core.ts';
import { CoreError, fromStoreError, fromWriteFailure } from './errors.ts';
import { handlers, type Handlers } from './handlers.ts';
import { message, type Lang } from './messages.ts';
import { fieldIssues } from './validation.ts';
import { settledFor } from './workspaces/settle.ts';

export type { CallMeta } from '../api/index.ts';
import type { CallMeta } from '../api/index.ts';

export interface Dispatcher {
  call(method: string, input: unknown, meta?: CallMeta): Promise<Result<unknown>>;
  /** Runs a trusted shell action (open by path, CLI command) with the same error mapping. */
  run<T>(fn: () => T | Promise<T>, meta?: CallMeta): Promise<Result<T>>;
}

function toResult(err: unknown, lang: Lang, method: string): Result<never> {
  const e = err instanceof StoreError ? fromStoreError(err) : (fromWriteFailure(err) ?? err);
  if (e instanceof CoreError) {
    const issues = e.issues?.map((i) => ({ path: i.path, message: message(lang, i.key, e.params) }));
    const headline = e.code === 'invalid_input' && issues?.length === 1 ? issues[0]!.message : message(lang, e.key, e.params);
    return fail(e.code, headline, issues ? { issues } : undefined);
  }
  // Unexpected: log for the developer, tell the user plainly that nothing was lost.
  console.error(`[core] ${method} failed:`, err);
  return fail('internal', message(lang, 'internal'));
}

export function createDispatcher(core: Core): Dispatcher {
  return {
    async run(fn, meta = {}) {
      try {
        return ok(await fn());
      } catch (err) {
        return toResult(err, meta.lang ?? core.lang, 'run');
      }
    },
    async call(method, input, meta = {}) {
      const lang = meta.lang ?? core.lang;
      if (!isMethod(method)) return fail('unknown_method', message(lang, 'unknown_method', { method: String(method).slice(0, 80) }));
      // reportInput lets the messages tell a missing field ("Pflichtfeld") from one of the wrong type.
      const parsed = contract[method].input.safeParse(input ?? {}, { reportInput: true });
      if (!parsed.success) {
        return fail('invalid_input', message(lang, 'invalid_input'), { issues: fieldIssues(parsed.error, lang) });
      }
      try {
        const handler = handlers[method] as (i: unknown, c: Core, l: Lang) => unknown;
        return ok(await settledFor(core, method, () => handler(parsed.data, core, lang)));
      } catch (err) {
        return toResult(err, lang, method);
      }
    },
  };
}

export type { Method, Handlers };
