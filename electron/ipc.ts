/**
 * The IPC bridge: one request channel (`cdo:invoke`) forwarded to the core
 * worker, one push channel (`cdo:event`) for core events and menu commands.
 * No business logic: the core's dispatcher validates every input with the
 * contract's zod schemas. Here we only decide who may call at all.
 */
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import type { CallMeta, CockpitEvent, Lang, Result, UiCommand } from '../api/index.ts';
// result.ts alone: the main bundle needs no zod, the core validates.
import { fail } from '../api/result.ts';
import type { CoreWorker } from '../core/worker-client.ts';
import { isAppUrl } from './guards.ts';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from './preload-api.ts';

/** What the bridge needs of the window: its web contents (null once it is gone). */
export type GetContents = () => WebContents | null;
export type Caller = Pick<CoreWorker, 'call'>;

const UNAUTHORIZED: Record<Lang, string> = {
  de: 'Anfrage abgelehnt: Sie kommt nicht aus dem Cockpit-Fenster.',
  en: 'Request refused: it does not come from the cockpit window.',
};
const BAD_METHOD: Record<Lang, string> = {
  de: 'Anfrage abgelehnt: Der Methodenname fehlt oder ist ungültig.',
  en: 'Request refused: the method name is missing or invalid.',
};

/**
 * Only our window's main frame, showing our app:// page, may call. A sub-frame,
 * another web contents, or a page that was navigated elsewhere is refused
 * (Electron security checklist: validate the sender of every IPC message).
 */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, contents: WebContents | null): boolean {
  if (!contents || event.sender !== contents) return false;
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

/** Keeps only what the core understands from the renderer's meta: the answer language. */
export function cleanMeta(meta: unknown): CallMeta {
  const lang = (meta as { lang?: unknown } | null | undefined)?.lang;
  return lang === 'de' || lang === 'en' ? { lang } : {};
}

export interface InvokeHandlerOptions {
  /** Told the UI language whenever a call carries one (the menu follows it). */
  onLanguage?: (lang: Lang) => void;
}

export function createInvokeHandler(getContents: GetContents, core: Caller, options: InvokeHandlerOptions = {}) {
  return async (event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, method: unknown, input: unknown, meta: unknown): Promise<Result<unknown>> => {
    const clean = cleanMeta(meta);
    const lang = clean.lang ?? 'de';
    if (!isTrustedSender(event, getContents())) return fail('unauthorized', UNAUTHORIZED[lang]);
    if (typeof method !== 'string' || method.length === 0 || method.length > 100) return fail('unknown_method', BAD_METHOD[lang]);
    if (clean.lang) options.onLanguage?.(clean.lang);
    return core.call(method, input, clean);
  };
}

/** Pushes one event to the window, if it is still there. */
export function sendEvent(getContents: GetContents, event: CockpitEvent): void {
  const contents = getContents();
  if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
}

export function sendCommand(getContents: GetContents, command: UiCommand): void {
  sendEvent(getContents, { type: 'command', command });
}

export interface IpcBridgeCore extends Caller {
  subscribe: CoreWorker['subscribe'];
}

/** Registers the channel and forwards core events; returns the function that undoes both. */
export function setupIpc(getContents: GetContents, core: IpcBridgeCore, options: InvokeHandlerOptions = {}): () => void {
  ipcMain.handle(INVOKE_CHANNEL, createInvokeHandler(getContents, core, options));
  const unsubscribe = core.subscribe((event) => sendEvent(getContents, event));
  return () => {
    unsubscribe();
    ipcMain.removeHandler(INVOKE_CHANNEL);
  };
}
