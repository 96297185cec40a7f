/**
 * "Are you sure?" before something that deletes or replaces data: an
 * alertdialog whose focus starts on "Abbrechen", so Enter never destroys by accident.
 */
import { useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './modal.tsx';

export function ConfirmDialog({ title, confirmLabel, onConfirm, onCancel, children }: {
  title: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  return (
    <Modal
      title={title}
      role="alertdialog"
      onClose={onCancel}
      initialFocus={cancelRef}
      footer={
        <>
          <button type="button" ref={cancelRef} className="kern-btn kern-btn--secondary" onClick={onCancel}>
            <span className="kern-label">{t('common.cancel')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--primary cdo-btn--danger-solid" onClick={onConfirm}>
            <span className="kern-label">{confirmLabel}</span>
          </button>
        </>
      }
    >
      {children}
    </Modal>
  );
}
