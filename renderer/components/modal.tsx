/**
 * An accessible modal dialog styled as a KERN dialog: focus moves in and is
 * kept inside, Escape closes, the page behind is inert, focus returns to
 * where it was when the dialog closes.
 */
import { useEffect, useEffectEvent, useId, useRef, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface ModalProps {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  /** Element to focus first (default: the first focusable inside). */
  initialFocus?: RefObject<HTMLElement | null>;
  /** alertdialog for confirmations. */
  role?: 'dialog' | 'alertdialog';
  wide?: boolean;
}

export function Modal({ title, onClose, children, footer, initialFocus, role = 'dialog', wide }: ModalProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const focusFirst = useEffectEvent(() => {
    const first = initialFocus?.current ?? ref.current?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? ref.current)?.focus();
  });

  // On open: the page behind becomes inert and focus moves in; on close it returns.
  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const root = document.getElementById('root');
    root?.setAttribute('inert', '');
    focusFirst();
    return () => {
      root?.removeAttribute('inert');
      if (before && document.contains(before)) before.focus();
    };
  }, []);

  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) {
      e.preventDefault();
      return;
    }
    const first = items[0]!;
    const last = items[items.length - 1]!;
    const active = document.activeElement;
    if (e.shiftKey && (active === first || !ref.current.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !ref.current.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  });

  useEffect(() => {
    const el = ref.current;
    const listener = (e: KeyboardEvent) => onKeyDown(e);
    el?.addEventListener('keydown', listener);
    return () => el?.removeEventListener('keydown', listener);
  }, []);

  return createPortal(
    <div className="cdo-modal-backdrop" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className={`kern-dialog cdo-modal${wide ? ' cdo-modal--wide' : ''}`}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        tabIndex={-1}
      >
        <header className="kern-dialog__header">
          <h2 className="kern-title kern-heading-small cdo-modal__title" id={titleId}>{title}</h2>
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => onClose()}>
            <span className="kern-icon kern-icon--close" aria-hidden="true" />
            <span className="kern-sr-only">{t('common.close')}</span>
          </button>
        </header>
        <div className="kern-dialog__body">{children}</div>
        {footer ? <footer className="kern-dialog__footer">{footer}</footer> : null}
      </div>
    </div>,
    document.body,
  );
}
