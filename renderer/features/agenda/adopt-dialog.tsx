/** Records the council's decision on a version: body, decision number, date. The version is frozen with it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaVersion } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { Modal } from '../../components/modal.tsx';
import { FormField, inputClass } from '../../components/form-field.tsx';
import { issueFor, useWrite, type WriteFailure } from '../../components/use-write.ts';

export function AdoptDialog({ version, onClose }: { version: AgendaVersion; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const [body, setBody] = useState('');
  const [number, setNumber] = useState('');
  const [date, setDate] = useState('');
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  async function save() {
    const r = await write(api.adoptAgendaVersion({ id: version.id, councilBody: body, decisionNumber: number, decidedOn: date }));
    if (r.ok) onClose();
    else setFailure(r);
  }
  const err = (p: string) => issueFor(failure?.issues ?? [], p);
  return (
    <Modal title={t('agenda.version.adoptTitle', { number: version.number })} onClose={onClose}
      footer={<>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">{t('common.cancel')}</span></button>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => void save()}><span className="kern-label">{t('agenda.version.adoptSubmit')}</span></button>
      </>}>
      <form className="cdo-form" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        <p className="kern-body">{t('agenda.version.adoptText')}</p>
        {failure && !failure.issues.length ? <p className="kern-body cdo-agenda-error" role="alert">{failure.message}</p> : null}
        <FormField id="adopt-body" label={t('agenda.version.councilBody')} hint={t('agenda.version.councilBodyHint')} error={err('councilBody')}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={body} onChange={(e) => setBody(e.target.value)} maxLength={200} />}
        </FormField>
        <FormField id="adopt-number" label={t('agenda.version.decisionNumber')} hint={t('agenda.version.decisionNumberHint')} error={err('decisionNumber')}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={number} onChange={(e) => setNumber(e.target.value)} maxLength={200} />}
        </FormField>
        <FormField id="adopt-date" label={t('agenda.version.decidedOn')} error={err('decidedOn')}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </FormField>
      </form>
    </Modal>
  );
}
