/**
 * Undo/redo for the whole workspace: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y outside
 * text fields (inside them the browser's own text undo keeps working), the
 * desktop menu's undo/redo commands, and a polite notice that names what was
 * undone, with the way back.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangeLabel } from '../../api/index.ts';
import { useApi, useCockpitEvent, useDataVersion } from '../api/index.ts';

type Notice = { kind: 'undo' | 'redo'; label: ChangeLabel } | { kind: 'error'; message: string };

interface UndoApi {
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Counts undo/redo steps taken, so views can drop messages they make stale. */
  generation: number;
}

const UndoContext = createContext<UndoApi | null>(null);

export function useUndo(): UndoApi {
  const ctx = useContext(UndoContext);
  if (!ctx) throw new Error('UndoProvider missing');
  return ctx;
}

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date', 'datetime-local', 'month', 'time', 'week', '']);

/** True where the browser's own undo belongs: text inputs, textareas, editable content. */
export function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement) return true;
  if (el instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(el.type);
  return el instanceof HTMLElement && el.isContentEditable;
}

export function UndoProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [generation, setGeneration] = useState(0);
  const busy = useRef(false);

  const run = useCallback(
    async (kind: 'undo' | 'redo') => {
      if (busy.current) return;
      busy.current = true;
      try {
        const r = kind === 'undo' ? await api.undo() : await api.redo();
        if (r.ok) setGeneration((g) => g + 1);
        if (r.ok && r.value.done) setNotice({ kind, label: r.value.done });
        else if (!r.ok) setNotice({ kind: 'error', message: r.error.message });
        bump();
      } finally {
        busy.current = false;
      }
    },
    [api, bump],
  );
  const undo = useCallback(() => run('undo'), [run]);
  const redo = useCallback(() => run('redo'), [run]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const key = e.key.toLowerCase();
      if (key !== 'z' && key !== 'y') return;
      if (isTextField(document.activeElement) || isTextField(e.target as Element | null)) return;
      e.preventDefault();
      if (key === 'y' || e.shiftKey) void redo();
      else void undo();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  useCockpitEvent((event) => {
    if (event.type !== 'command' || (event.command !== 'undo' && event.command !== 'redo')) return;
    if (isTextField(document.activeElement)) {
      // The menu item stands for the keyboard shortcut: inside a text field it undoes typing.
      document.execCommand(event.command);
      return;
    }
    void (event.command === 'undo' ? undo() : redo());
  });

  // The notice steps aside after a while, unless the user is reading or using it.
  const toastRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!notice) return;
    const timer = setInterval(() => {
      const el = toastRef.current;
      if (el && (el.matches(':hover') || el.contains(document.activeElement))) return;
      setNotice(null);
    }, 15_000);
    return () => clearInterval(timer);
  }, [notice]);

  let text = '';
  if (notice?.kind === 'error') text = notice.message;
  else if (notice) {
    const { entity, action, title } = notice.label;
    // Entities without their own wording fall back to "<Entity> „title“ <action>".
    const generic = t(`undo.what.generic.${action}`, { entity: t(`entity.${entity}`), title });
    const what = t(`undo.what.${entity}.${action}`, { title, defaultValue: generic });
    text = t(notice.kind === 'undo' ? 'undo.undone' : 'undo.redone', { what });
  }

  return (
    <UndoContext.Provider value={{ undo, redo, generation }}>
      {children}
      <div className="cdo-toast-region">
        <div ref={toastRef} className={`cdo-toast${notice ? '' : ' cdo-toast--empty'}${notice?.kind === 'error' ? ' cdo-toast--error' : ''}`}>
          {/* Always present, so the change of text is announced. */}
          <output className="kern-body cdo-toast__text cdo-status" aria-live="polite">{text}</output>
          {notice ? (
            <div className="cdo-toast__actions">
              {notice.kind === 'undo' ? (
                <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={() => void redo()}>
                  <span className="kern-label">{t('undo.redo')}</span>
                </button>
              ) : null}
              {notice.kind === 'redo' ? (
                <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={() => void undo()}>
                  <span className="kern-label">{t('undo.undo')}</span>
                </button>
              ) : null}
              <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setNotice(null)}>
                <span className="kern-label">{t('common.dismiss')}</span>
              </button>
            </div>
          ) : null}
        </div>
      </div>
    </UndoContext.Provider>
  );
}
