/**
 * A typed client that does not know where it runs: it is handed a transport
 * (Electron IPC, loopback HTTP, or a direct dispatcher in tests).
 */
import type { CockpitEvent } from './events.ts';
import type { Input, Method, Output } from './contract.ts';
import type { Result } from './result.ts';

export type Lang = 'de' | 'en';

export interface CallMeta {
  /** Language of the messages in the answer. */
  lang?: Lang;
}

export interface Transport {
  invoke(method: string, input: unknown, meta?: CallMeta): Promise<Result<unknown>>;
  /** Subscribe to core events; returns the unsubscribe function. */
  subscribe(listener: (event: CockpitEvent) => void): () => void;
}

export type ApiClient = {
  [M in Method]: (...args: {} extends Input<M> ? [input?: Input<M>] : [input: Input<M>]) => Promise<Result<Output<M>>>;
} & { subscribe: Transport['subscribe'] };

/** Names a caller may look up on any object; never sent to the core. */
const NOT_METHODS = new Set(['then', 'toJSON', 'toString', 'valueOf', 'constructor', 'hasOwnProperty']);

/**
 * `lang` is asked on every call, so switching the UI language takes effect at once.
 * A proxy rather than a loop over the contract's method names: the renderer
 * then never builds the contract's zod schemas, about 75 ms of its start.
 * Each method's function is made once, so it is stable across renders.
 */
export function createClient(transport: Transport, options: { lang?: () => Lang } = {}): ApiClient {
  const subscribe = transport.subscribe.bind(transport);
  const calls = new Map<string, (input?: unknown) => Promise<Result<unknown>>>();
  return new Proxy({} as ApiClient, {
    get(_, name) {
      if (name === 'subscribe') return subscribe;
      // Method names only: `await client` must not find a "then", JSON.stringify no "toJSON", and so on.
      if (typeof name !== 'string' || NOT_METHODS.has(name) || !/^[a-z][A-Za-z]*$/.test(name)) return undefined;
      let call = calls.get(name);
      if (!call) {
        call = (input?: unknown) => transport.invoke(name, input ?? {}, options.lang ? { lang: options.lang() } : {});
        calls.set(name, call);
      }
      return call;
    },
  });
}
