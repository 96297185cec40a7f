/** Create or edit a field of action in a dialog; the API's messages appear next to the fields. */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../../api/index.ts';
import { useApi, useDataVersion } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, inputClass } from '../../components/form-field.tsx';
import { Modal } from '../../components/modal.tsx';

type Key = 'name' | 'color' | 'description';

export function FieldDialog({ field, onClose, onSaved }: { field: Field | null; onClose(): void; onSaved(f: Field): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const [name, setName] = useState(field?.name ?? '');
  const [color, setColor] = useState(field?.color ?? '#2044aa');
  const [description, setDescription] = useState(field?.description ?? '');
  const [issues, setIssues] = useState<Partial<Record<Key, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await api.saveField({ ...(field ? { id: field.id } : {}), name, color, description });
    setBusy(false);
    if (r.ok) {
      bump();
      onSaved(r.value);
      return;
    }
    const found: Partial<Record<Key, string>> = {};
    for (const i of r.error.details?.issues ?? []) {
      const k = i.path.split('.')[0] as Key;
      if (k === 'name' || k === 'color' || k === 'description') found[k] ??= i.message;
    }
    setIssues(found);
    setGeneral(Object.keys(found).length ? null : r.error.message);
  }

  return (
    <Modal title={field ? t('fields.editTitle') : t('fields.newTitle')} onClose={onClose} initialFocus={nameRef}>
      <form className="cdo-form cdo-form--dialog" onSubmit={(e) => void submit(e)} noValidate>
        {general ? (
          <Alert kind="danger" title={t('fields.saveError')}>
            <p className="kern-body">{general}</p>
          </Alert>
        ) : null}
        <FormField label={t('fields.col.name')} error={issues.name}>
          {({ invalid, ...p }) => <input {...p} ref={nameRef} className={inputClass(invalid)} type="text" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} />}
        </FormField>
        <FormField label={t('fields.col.color')} error={issues.color} hint={t('fields.colorHint')}>
          {({ invalid, ...p }) => (
            <div className="cdo-color">
              <input {...p} className="cdo-color__input" type="color" value={color} onChange={(e) => setColor(e.target.value)} aria-invalid={invalid || undefined} />
              <span className="cdo-color__value" aria-hidden="true">{color.toUpperCase()}</span>
            </div>
          )}
        </FormField>
        <FormField label={t('fields.col.description')} error={issues.description} optional={t('common.optional')}>
          {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </FormField>
        <div className="kern-btn-wrapper cdo-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">{t('common.save')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}>
            <span className="kern-label">{t('common.cancel')}</span>
          </button>
        </div>
      </form>
    </Modal>
  );
}
