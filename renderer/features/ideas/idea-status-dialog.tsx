/**
 * Changes an idea's status in the assessment: new, in assessment, rejected or
 * deferred, with a reason (required for rejected and deferred; the core says
 * so next to the field). Adoption has its own action, because it creates a measure.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Idea, IdeaStatus } from '../../../api/index.ts';
import { useApi, useDataVersion } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, inputClass } from '../../components/form-field.tsx';
import { Modal } from '../../components/modal.tsx';

const CHOICES: IdeaStatus[] = ['new', 'in_assessment', 'rejected', 'deferred'];

export function IdeaStatusDialog({ idea, onClose, onSaved }: { idea: Idea; onClose(): void; onSaved(idea: Idea): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const formId = useId();
  const firstRef = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<IdeaStatus>(idea.status === 'adopted' ? 'in_assessment' : idea.status);
  const [reason, setReason] = useState(idea.statusReason ?? '');
  const [issues, setIssues] = useState<{ status?: string; statusReason?: string }>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    // Not disabled while busy: a disabled button would drop the focus out of the dialog.
    if (busy) return;
    setBusy(true);
    const r = await api.saveIdea({
      id: idea.id, title: idea.title, description: idea.description, source: idea.source, submitter: idea.submitter,
      submittedOn: idea.submittedOn, fieldId: idea.fieldId, status, statusReason: reason,
    });
    setBusy(false);
    if (r.ok) {
      bump();
      onSaved(r.value);
      return;
    }
    const found: { status?: string; statusReason?: string } = {};
    for (const i of r.error.details?.issues ?? []) if (i.path === 'status' || i.path === 'statusReason') found[i.path] ??= i.message;
    setIssues(found);
    setGeneral(found.status || found.statusReason ? null : r.error.message);
    // Take the user to the field that needs the fix (the message is next to it).
    if (found.statusReason) document.getElementById(`${formId}-reason`)?.focus();
  }

  return (
    <Modal
      title={t('ideas.statusTitle')}
      onClose={onClose}
      initialFocus={firstRef}
      footer={
        <>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}>
            <span className="kern-label">{t('common.cancel')}</span>
          </button>
          <button type="submit" form={formId} className="kern-btn kern-btn--primary">
            <span className="kern-label">{t('ideas.statusSave')}</span>
          </button>
        </>
      }
    >
      <form id={formId} className="cdo-form cdo-form--dialog" onSubmit={(e) => void save(e)} noValidate>
        <p className="kern-body">{idea.title}</p>
        {general ? (
          <Alert kind="danger" title={t('ideas.saveError')}>
            <p className="kern-body">{general}</p>
          </Alert>
        ) : null}
        <fieldset className={`kern-fieldset cdo-idea-choices${issues.status ? ' kern-fieldset--error' : ''}`}>
          <legend className="kern-label">{t('ideas.statusLegend')}</legend>
          <div className="kern-fieldset__body">
            {CHOICES.map((s, n) => (
              <div className="kern-form-check" key={s}>
                <input
                  ref={n === 0 ? firstRef : undefined}
                  className="kern-form-check__radio"
                  type="radio"
                  id={`${formId}-${s}`}
                  name={`${formId}-status`}
                  value={s}
                  checked={status === s}
                  onChange={() => setStatus(s)}
                  aria-describedby={`${formId}-${s}-hint`}
                />
                <label className="kern-label" htmlFor={`${formId}-${s}`}>
                  {t(`ideas.status.${s}`)}
                  <span className="kern-hint cdo-idea-choice-hint" id={`${formId}-${s}-hint`}>{t(`ideas.statusHint.${s}`)}</span>
                </label>
              </div>
            ))}
          </div>
          {issues.status ? (
            <p className="kern-error">
              <span className="kern-icon kern-icon--danger" aria-hidden="true" />
              <span className="kern-body">{issues.status}</span>
            </p>
          ) : null}
        </fieldset>
        <FormField id={`${formId}-reason`} label={t('ideas.field.statusReason')} hint={t('ideas.reasonHint')} error={issues.statusReason}>
          {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />}
        </FormField>
      </form>
    </Modal>
  );
}
