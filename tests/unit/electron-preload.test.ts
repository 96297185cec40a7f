import { EventEmitter } from 'node:events';
import type { CockpitEvent } from '../../api/index.ts';
import type { CdoBridge } from '../../electron/preload-api.ts';

// A tiny stand-in for the renderer side of Electron: contextBridge records what
// is exposed, ipcRenderer is an event emitter with an invoke spy.
const fake = await vi.hoisted(async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const ipcRenderer = Object.assign(new Emitter(), { invoke: vi.fn<(...args: unknown[]) => Promise<unknown>>(async () => ({ ok: true, value: [] })) });
  return { exposed: new Map<string, unknown>(), ipcRenderer };
});

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: fake.ipcRenderer,
}));

await import('../../electron/preload.ts');
const bridge = fake.exposed.get('cdo') as CdoBridge;
const emitter: EventEmitter = fake.ipcRenderer;

describe('the preload', () => {
  it('exposes exactly one object, window.cdo, with invoke and onEvent and nothing else', () => {
    expect([...fake.exposed.keys()]).toEqual(['cdo']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'onEvent']);
    expect(typeof bridge.invoke).toBe('function');
    expect(typeof bridge.onEvent).toBe('function');
  });

  it('sends invoke over the one cdo:invoke channel with method, input and meta', async () => {
    const result = await bridge.invoke('listMeasures', { limit: 5 }, { lang: 'en' });
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith('cdo:invoke', 'listMeasures', { limit: 5 }, { lang: 'en' });
    expect(result).toEqual({ ok: true, value: [] });
  });

  it('hands the page only the event payload, never the IPC event with its sender', () => {
    const seen: unknown[][] = [];
    const off = bridge.onEvent((...args) => seen.push(args));
    const event: CockpitEvent = { type: 'command', command: 'undo' };
    emitter.emit('cdo:event', { sender: 'ipc internals', ports: [] }, event);
    expect(seen).toEqual([[event]]);
    off();
  });

  it('unsubscribes cleanly, leaving no listener behind', () => {
    const listener = vi.fn<(event: CockpitEvent) => void>();
    const off = bridge.onEvent(listener);
    expect(emitter.listenerCount('cdo:event')).toBe(1);
    off();
    expect(emitter.listenerCount('cdo:event')).toBe(0);
    emitter.emit('cdo:event', {}, { type: 'changed', entities: [] });
    expect(listener).not.toHaveBeenCalled();
  });
});
