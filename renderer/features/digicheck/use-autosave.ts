/**
 * Saves a draft on its own: shortly after the last change, when the field
 * loses focus (`flush`) and when the form goes away. So nothing typed is lost
 * even without a save button. Every save is one undo step in the core.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

export type AutosaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** Compared without surrounding spaces: the core trims, and "Wort " typed must not count as changed back to "Wort". */
const normal = (value: unknown): string => JSON.stringify(value, (_k, v: unknown) => (typeof v === 'string' ? v.trim() : v));

/**
 * `external`: the stored value as last loaded. When it changes without the
 * user having typed anything unsaved (an undo, another window), the draft
 * takes it over through `adopt`.
 */
export function useAutosave<T>(draft: T, save: (value: T) => Promise<boolean>, delay = 800, sync?: { external: T; adopt(value: T): void }): { status: AutosaveStatus; flush(): void } {
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const saved = useRef(JSON.stringify(draft));
  const latest = useRef(draft);
  const saveRef = useRef(save);
  // Before any other effect of this render: a flush always sends the newest draft with the newest save.
  useLayoutEffect(() => {
    latest.current = draft;
    saveRef.current = save;
  });

  const flush = useCallback(() => {
    const value = latest.current;
    const json = JSON.stringify(value);
    if (json === saved.current) return;
    // Counted as saved at once: a second flush while this one runs must not send it twice.
    const previous = saved.current;
    saved.current = json;
    setStatus('saving');
    void saveRef.current(value).then((ok) => {
      if (!ok && saved.current === json) saved.current = previous;
      setStatus(ok ? 'saved' : 'failed');
    });
  }, []);

  const externalJson = sync ? normal(sync.external) : null;
  const syncRef = useRef(sync);
  useLayoutEffect(() => {
    syncRef.current = sync;
  });
  useEffect(() => {
    const current = syncRef.current;
    if (externalJson === null || !current) return;
    const unsaved = JSON.stringify(latest.current) !== saved.current;
    if (unsaved || externalJson === normal(JSON.parse(saved.current))) return;
    saved.current = JSON.stringify(current.external);
    current.adopt(current.external);
  }, [externalJson]);

  const json = JSON.stringify(draft);
  useEffect(() => {
    if (json === saved.current) return undefined;
    const timer = setTimeout(flush, delay);
    return () => clearTimeout(timer);
  }, [json, delay, flush]);

  // Leaving the view saves what was typed last.
  useEffect(() => flush, [flush]);

  return { status, flush };
}
