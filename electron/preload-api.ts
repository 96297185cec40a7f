/**
 * The shape of `window.cdo`, the only thing the preload hands to the renderer.
 * Shared by the preload (which `satisfies` it) and the IPC bridge (channel
 * names). Type-only imports from api/, no runtime imports: the sandboxed
 * preload bundle must stay free of Node and of the core.
 */
import type { CallMeta, CockpitEvent, Result } from '../api/index.ts';

/** The one request channel (renderer → main, answered via ipcMain.handle). */
export const INVOKE_CHANNEL = 'cdo:invoke';
/** The one push channel (main → renderer): core events and menu commands. */
export const EVENT_CHANNEL = 'cdo:event';

export interface CdoBridge {
  /** Calls one contract method; always resolves with a Result, never rejects on bad input. */
  invoke(method: string, input: unknown, meta?: CallMeta): Promise<Result<unknown>>;
  /** Subscribes to core events and menu commands; returns the unsubscribe function. */
  onEvent(listener: (event: CockpitEvent) => void): () => void;
}
