/** The dialog that adds or edits one funding application of a measure; the core's messages sit next to their fields. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { APPLICATION_STATUSES, type ApplicationStatus, type FieldIssue, type FundingApplication, type FundingProgramme } from '../../../api/index.ts';
import { useApi, useDataVersion } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { Modal } from '../../components/modal.tsx';
import { currentLang, formatNumber, parseMoney } from '../../i18n/index.ts';

type Key = 'programmeId' | 'status' | 'amountRequested' | 'amountApproved' | 'submittedOn' | 'decisionOn' | 'reportingDeadline' | 'note';
const KEYS: Key[] = ['programmeId', 'status', 'amountRequested', 'amountApproved', 'submittedOn', 'decisionOn', 'reportingDeadline', 'note'];

function issuesOf(list: FieldIssue[] | undefined): Partial<Record<Key, string>> {
  const out: Partial<Record<Key, string>> = {};
  for (const i of list ?? []) {
    const key = i.path.split('.')[0] as Key;
    if (KEYS.includes(key)) out[key] ??= i.message;
  }
  return out;
}

export function ApplicationDialog({ measureId, application, programmes, presetProgrammeId, onClose, onSaved }: {
  measureId: string;
  application: FundingApplication | null;
  programmes: FundingProgramme[];
  presetProgrammeId?: string;
  onClose(): void;
  onSaved(a: FundingApplication): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const { bump } = useDataVersion();
  const money = (v: number | null | undefined) => (v === null || v === undefined ? '' : formatNumber(v, lang));
  const [v, setV] = useState({
    programmeId: application?.programmeId ?? presetProgrammeId ?? '',
    status: application?.status ?? ('planned' as ApplicationStatus),
    amountRequested: money(application?.amountRequested),
    amountApproved: money(application?.amountApproved),
    submittedOn: application?.submittedOn ?? '',
    decisionOn: application?.decisionOn ?? '',
    reportingDeadline: application?.reportingDeadline ?? '',
    note: application?.note ?? '',
  });
  const [issues, setIssues] = useState<Partial<Record<Key, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: Key) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setV((x) => ({ ...x, [k]: e.target.value }));

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const requested = parseMoney(v.amountRequested, lang);
    const approved = parseMoney(v.amountApproved, lang);
    const local: Partial<Record<Key, string>> = {};
    if (Number.isNaN(requested)) local.amountRequested = t('fundingApplications.amountInvalid');
    if (Number.isNaN(approved)) local.amountApproved = t('fundingApplications.amountInvalid');
    if (Object.keys(local).length) {
      setIssues(local);
      return;
    }
    setBusy(true);
    const r = await api.saveApplication({
      ...(application ? { id: application.id } : {}),
      measureId, programmeId: v.programmeId, status: v.status, amountRequested: requested, amountApproved: approved,
      submittedOn: v.submittedOn || null, decisionOn: v.decisionOn || null, reportingDeadline: v.reportingDeadline || null, note: v.note,
    });
    setBusy(false);
    if (!r.ok) {
      const found = issuesOf(r.error.details?.issues);
      setIssues(found);
      setError(Object.keys(found).length ? null : r.error.message);
      return;
    }
    bump();
    onSaved(r.value);
  }

  const amount = (k: 'amountRequested' | 'amountApproved') => (
    <FormField label={t(`fundingApplications.field.${k}`)} error={issues[k]} optional={t('common.optional')}>
      {({ invalid, ...p }) => (
        <div className="kern-input-group cdo-input-unit">
          <input {...p} className={inputClass(invalid)} type="text" inputMode="decimal" value={v[k]} onChange={set(k)} maxLength={20} />
          <span className="kern-input-group-text" aria-hidden="true">€</span>
        </div>
      )}
    </FormField>
  );
  const date = (k: 'submittedOn' | 'decisionOn' | 'reportingDeadline') => (
    <FormField label={t(`fundingApplications.field.${k}`)} error={issues[k]} optional={t('common.optional')}>
      {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="date" value={v[k]} onChange={set(k)} />}
    </FormField>
  );

  return (
    <Modal
      title={application ? t('fundingApplications.editTitle') : t('fundingApplications.addTitle')}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">{t('common.cancel')}</span></button>
          <button type="submit" form="application-form" className="kern-btn kern-btn--primary" disabled={busy}><span className="kern-label">{t('fundingApplications.save')}</span></button>
        </>
      }
    >
      <form id="application-form" className="cdo-form cdo-form--dialog" onSubmit={(e) => void save(e)} noValidate>
        {error ? <Alert kind="danger" title={t('fundingApplications.saveError')}><p className="kern-body">{error}</p></Alert> : null}
        <div className="cdo-form__grid">
          <FormField label={t('fundingApplications.field.programmeId')} error={issues.programmeId} className="cdo-span-2">
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={v.programmeId} onChange={set('programmeId')}>
                <option value="" disabled>{t('funding.choose')}</option>
                {programmes.map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
              </SelectBox>
            )}
          </FormField>
          <FormField label={t('fundingApplications.field.status')} error={issues.status}>
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={v.status} onChange={set('status')}>
                {APPLICATION_STATUSES.map((s) => <option key={s} value={s}>{t(`fundingApplications.status.${s}`)}</option>)}
              </SelectBox>
            )}
          </FormField>
          {date('submittedOn')}
          {amount('amountRequested')}
          {amount('amountApproved')}
          {date('decisionOn')}
          {date('reportingDeadline')}
          <FormField label={t('fundingApplications.field.note')} error={issues.note} optional={t('common.optional')} className="cdo-span-2">
            {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={3} value={v.note} onChange={set('note')} />}
          </FormField>
        </div>
      </form>
    </Modal>
  );
}
