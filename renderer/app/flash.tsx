/**
 * A message carried from one view to the next (after saving or deleting, the
 * list says what happened, with "Rückgängig"). Shown once: the list takes it
 * when it mounts; an undo or redo makes it stale, so it disappears then.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../components/alert.tsx';
import { useUndo } from './undo.tsx';

export interface Flash {
  text: string;
  /** Offer "Rückgängig" next to the message. */
  undoable: boolean;
}

let pending: Flash | null = null;

export function setFlash(flash: Flash): void {
  pending = flash;
}

/** The message handed over to this view, until dismissed or made stale by undo/redo. */
export function useFlash(): { flash: Flash | null; dismiss(): void } {
  const { generation } = useUndo();
  // Read without clearing in the initialiser (React may run it twice); clear after mounting.
  const [state, setState] = useState<{ flash: Flash; generation: number } | null>(() => (pending ? { flash: pending, generation } : null));
  useEffect(() => {
    pending = null;
  }, []);
  return { flash: state && state.generation === generation ? state.flash : null, dismiss: () => setState(null) };
}

export function FlashMessage({ flash, onDismiss }: { flash: Flash | null; onDismiss(): void }) {
  const { t } = useTranslation();
  const { undo } = useUndo();
  if (!flash) return null;
  return (
    <div className="cdo-flash">
      <Alert
        kind="success"
        title={flash.text}
        actions={
          <>
            {flash.undoable ? (
              <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={() => void undo()}>
                <span className="kern-label">{t('undo.undo')}</span>
              </button>
            ) : null}
            <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={onDismiss}>
              <span className="kern-label">{t('common.dismiss')}</span>
            </button>
          </>
        }
      />
    </div>
  );
}
