/** The open version's name and status (draft, in consultation, updated); the council's adoption has its own dialog. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaVersion } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { issueFor, useWrite, type WriteFailure } from '../../components/use-write.ts';

const OPEN_STATUSES = ['draft', 'consultation', 'updated'] as const;
type OpenStatus = (typeof OPEN_STATUSES)[number];

export function VersionMetaForm({ version }: { version: AgendaVersion }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const [label, setLabel] = useState(version.label ?? '');
  const [status, setStatus] = useState<OpenStatus>(version.status === 'adopted' ? 'draft' : version.status);
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const [saved, setSaved] = useState(false);
  async function save(e: React.FormEvent) {
    e.preventDefault();
    const r = await write(api.updateAgendaVersion({ id: version.id, status, label, note: version.note }));
    setFailure(r.ok ? null : r);
    setSaved(r.ok);
  }
  const err = (p: string) => issueFor(failure?.issues ?? [], p);
  return (
    <form className="cdo-agenda-version-meta cdo-no-print" onSubmit={(e) => void save(e)} noValidate aria-label={t('agenda.version.metaTitle', { number: version.number })}>
      <FormField id="version-label" label={t('agenda.version.label')} error={err('label')} optional={t('common.optional')}>
        {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={label} maxLength={200} onChange={(e) => { setLabel(e.target.value); setSaved(false); }} />}
      </FormField>
      <FormField id="version-status" label={t('agenda.version.status')} error={err('status') ?? (failure && !failure.issues.length ? failure.message : null)}>
        {({ invalid, ...p }) => (
          <SelectBox {...p} invalid={invalid} value={status} onChange={(e) => { setStatus(e.target.value as OpenStatus); setSaved(false); }}>
            {OPEN_STATUSES.map((s) => <option key={s} value={s}>{t(`agenda.status.${s}`)}</option>)}
          </SelectBox>
        )}
      </FormField>
      <button type="submit" className="kern-btn kern-btn--secondary"><span className="kern-label">{t('agenda.save')}</span></button>
      {saved ? <output className="kern-body kern-body--small">{t('agenda.version.metaSaved')}</output> : null}
    </form>
  );
}
