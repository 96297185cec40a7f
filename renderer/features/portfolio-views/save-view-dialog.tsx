/**
 * "Ansicht speichern": keeps the table's columns, filters and sort under a
 * name. Saving under the name of the view that is selected updates it; any
 * other existing name is refused by the core, and the message shows next to
 * the field.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView, ViewConfig } from '../../../api/index.ts';
import { VIEW_LIMITS } from '../../../api/index.ts';
import { useApi, useDataVersion } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, inputClass } from '../../components/form-field.tsx';
import { Modal } from '../../components/modal.tsx';

const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase('de') === b.trim().toLocaleLowerCase('de');

export function SaveViewDialog({ config, selected, onClose, onSaved }: {
  config: ViewConfig;
  /** The saved view currently applied, if any: keeping its name overwrites it. */
  selected: SavedView | null;
  onClose(): void;
  onSaved(view: SavedView): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const [name, setName] = useState(selected?.name ?? '');
  const [issue, setIssue] = useState<string | null>(null);
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const overwrites = !!selected && sameName(name, selected.name);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await api.saveView({ ...(overwrites && selected ? { id: selected.id } : {}), name, config });
    setBusy(false);
    if (r.ok) {
      bump();
      onSaved(r.value);
      return;
    }
    const nameIssue = r.error.details?.issues?.find((i) => i.path === 'name');
    setIssue(nameIssue?.message ?? null);
    setGeneral(nameIssue ? null : r.error.message);
    if (nameIssue) nameRef.current?.focus();
  }

  return (
    <Modal title={t('views.save.title')} onClose={onClose} initialFocus={nameRef}>
      <form className="cdo-form cdo-form--dialog" onSubmit={(e) => void submit(e)} noValidate>
        {general ? (
          <Alert kind="danger" title={t('views.save.error')}>
            <p className="kern-body">{general}</p>
          </Alert>
        ) : null}
        <p className="kern-body">{t('views.save.lead')}</p>
        <FormField label={t('views.save.name')} error={issue} hint={overwrites ? t('views.save.overwrites', { name: selected.name }) : t('views.save.nameHint')}>
          {({ invalid, ...p }) => (
            <input
              {...p}
              ref={nameRef}
              className={inputClass(invalid)}
              type="text"
              value={name}
              maxLength={VIEW_LIMITS.name}
              onChange={(e) => {
                setName(e.target.value);
                setIssue(null);
              }}
            />
          )}
        </FormField>
        <div className="kern-btn-wrapper cdo-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
            <span className="kern-label">{t('views.save.submit')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}>
            <span className="kern-label">{t('common.cancel')}</span>
          </button>
        </div>
      </form>
    </Modal>
  );
}
