/**
 * The two ways the renderer reaches the core: the Electron preload
 * (`window.cdo`) or the loopback HTTP host. Both produce the same Transport,
 * so nothing above this file knows where it runs.
 */
import type { CallMeta, CockpitEvent, Result, Transport } from '../../api/index.ts';
import { decodeWire, encodeWire } from '../../api/index.ts';

/** What the Electron preload exposes, nothing more. */
export interface DesktopBridge {
  invoke(method: string, input: unknown, meta?: CallMeta): Promise<Result<unknown>>;
  onEvent(listener: (event: CockpitEvent) => void): () => void;
}

declare global {
  interface Window {
    cdo?: DesktopBridge;
  }
}

export function ipcTransport(bridge: DesktopBridge): Transport {
  return {
    invoke: (method, input, meta) => bridge.invoke(method, input, meta),
    subscribe: (listener) => bridge.onEvent(listener),
  };
}

const TOKEN_KEY = 'cdo.token';

/**
 * The host hands the per-launch token in the URL fragment (`#token=…`): it is
 * kept in sessionStorage so a reload still works, and removed from the address
 * bar so it does not end up in bookmarks or screenshots.
 */
export function takeToken(loc: Location = window.location, storage: Storage = window.sessionStorage): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(loc.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    storage.setItem(TOKEN_KEY, token);
    window.history.replaceState(null, '', `${loc.pathname}${loc.search}#/`);
    return token;
  }
  return storage.getItem(TOKEN_KEY);
}

function networkError(message: string): Result<never> {
  return { ok: false, error: { code: 'internal', message } };
}

export interface HttpOptions {
  token: string | null;
  /** Base of the host, e.g. "" for the same origin. */
  base?: string;
  /** Message for a call that never reached the host (in the UI language). */
  offlineMessage: () => string;
}

export function httpTransport(options: HttpOptions): Transport {
  const base = options.base ?? '';
  const listeners = new Set<(event: CockpitEvent) => void>();
  let source: EventSource | null = null;

  function connect(): void {
    if (source || typeof EventSource === 'undefined') return;
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(options.token ?? '')}`);
    source.onmessage = (message: MessageEvent<string>) => {
      let event: CockpitEvent;
      try {
        event = decodeWire(message.data) as CockpitEvent;
      } catch {
        return; // a keep-alive or a malformed line: nothing to tell the UI
      }
      for (const l of listeners) l(event);
    };
  }

  return {
    async invoke(method, input, meta) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            Authorization: `Bearer ${options.token ?? ''}`,
            ...(meta?.lang ? { 'X-Cdo-Lang': meta.lang } : {}),
          },
          body: encodeWire(input ?? {}),
        });
      } catch {
        return networkError(options.offlineMessage());
      }
      const text = await response.text();
      try {
        const result = decodeWire(text) as Result<unknown>;
        if (result && typeof result === 'object' && 'ok' in result) return result;
      } catch {
        // fall through: the host answered something that is not a Result
      }
      return networkError(options.offlineMessage());
    },
    subscribe(listener) {
      listeners.add(listener);
      connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
  };
}

/** Electron when the preload is there, otherwise the loopback host. */
export function chooseTransport(offlineMessage: () => string): Transport {
  if (typeof window !== 'undefined' && window.cdo) return ipcTransport(window.cdo);
  return httpTransport({ token: takeToken(), offlineMessage });
}
