/**
 * A dialog that edits one record (with useRecordForm): the form, the error
 * summary after a failed save with one link per field, and "Abbrechen" /
 * "Speichern" below. Enter in a field saves like the button.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from './error-summary.tsx';
import { Modal } from './modal.tsx';
import type { RecordForm } from './use-record-form.ts';

export function FormDialog<K extends string>({ title, wide, className, saveLabel, form, summary, onClose, children }: {
  title: string;
  wide?: boolean;
  /** Extra class of the form (a feature's grid). */
  className?: string;
  /** Default "Speichern". */
  saveLabel?: string;
  form: Pick<RecordForm<unknown, K>, 'issues' | 'general' | 'issueKeys' | 'failed' | 'summaryRef' | 'save'>;
  /** The summary's id and title, and the control and label each of its links names. */
  summary: { id: string; title: string; controlId(key: K): string; label(key: K): string };
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  // Taken apart first: reading values from an object that also holds a ref counts as reading the ref while rendering.
  const { issues, general, issueKeys, failed, summaryRef, save } = form;
  return (
    <Modal wide={wide} title={title} onClose={onClose}
      footer={<>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">{t('common.cancel')}</span></button>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => void save()}><span className="kern-label">{saveLabel ?? t('common.save')}</span></button>
      </>}>
      <form className={`cdo-form${className ? ` ${className}` : ''}`} onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        {failed ? (
          <ErrorSummary ref={summaryRef} id={summary.id} title={summary.title} general={general}
            items={issueKeys.map((k) => ({ controlId: summary.controlId(k), label: summary.label(k), message: issues[k]! }))} />
        ) : null}
        {children}
      </form>
    </Modal>
  );
}
