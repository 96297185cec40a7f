/**
 * A typed client that does not know where it runs: it is handed a transport
 * (Electron IPC, loopback HTTP, or a direct dispatcher in tests).
 */
import type { CockpitEvent } from './events.ts';
import type { Input, Method, Output } from './contract.ts';
import { METHODS } from './contract.ts';
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

/** `lang` is asked on every call, so switching the UI language takes effect at once. */
export function createClient(transport: Transport, options: { lang?: () => Lang } = {}): ApiClient {
  const client: Record<string, unknown> = { subscribe: transport.subscribe.bind(transport) };
  for (const name of METHODS) {
    client[name] = (input?: unknown) => transport.invoke(name, input ?? {}, options.lang ? { lang: options.lang() } : {});
  }
  return client as ApiClient;
}
