/**
 * Sandboxed preload: exposes `window.cdo` = { invoke, onEvent } and nothing
 * else. It may only use the renderer-safe part of `electron` (contextBridge,
 * ipcRenderer) and type-only imports; never Node modules, core/ or db/.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CockpitEvent } from '../api/index.ts';
import { EVENT_CHANNEL, INVOKE_CHANNEL, type CdoBridge } from './preload-api.ts';

const bridge = {
  invoke: (method, input, meta) => ipcRenderer.invoke(INVOKE_CHANNEL, method, input, meta),
  onEvent(listener) {
    // The IpcRendererEvent (with its `sender`) never reaches the page: only the payload does.
    const forward = (_event: IpcRendererEvent, payload: CockpitEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, forward);
    };
  },
} satisfies CdoBridge;

contextBridge.exposeInMainWorld('cdo', bridge);
