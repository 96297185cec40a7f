/**
 * Adds or edits one partnership of a measure: a municipality picked from the
 * official list or an organisation by name, the kind of cooperation, the
 * agreement, the partner's cost share, status and contact. The core's
 * messages sit next to their fields.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AGREEMENT_TYPES, PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES, type AgreementType, type FieldIssue, type Partnership } from '../../../api/index.ts';
import { useApi, useDataVersion } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { Modal } from '../../components/modal.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { MunicipalityCombobox } from '../workspaces/municipality-combobox.tsx';

type Key = 'partnerAgs' | 'partnerName' | 'kind' | 'agreement' | 'costShare' | 'status' | 'contact' | 'note';
const KEYS: readonly string[] = ['partnerAgs', 'partnerName', 'kind', 'agreement', 'costShare', 'status', 'contact', 'note'];

function issuesOf(list: FieldIssue[] | undefined): Partial<Record<Key, string>> {
  const out: Partial<Record<Key, string>> = {};
  for (const i of list ?? []) {
    const key = i.path.split('.')[0]!;
    if (KEYS.includes(key)) out[key as Key] ??= i.message;
  }
  return out;
}

export function PartnershipDialog({ measureId, partnership, onClose, onSaved }: {
  measureId: string;
  partnership: Partnership | null;
  onClose(): void;
  onSaved(p: Partnership): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const { bump } = useDataVersion();
  const id = useId();
  const [type, setType] = useState<'municipality' | 'organisation'>(partnership && !partnership.partnerAgs ? 'organisation' : 'municipality');
  const [municipality, setMunicipality] = useState<{ ags: string; name: string; land: string | null } | null>(
    partnership?.partnerAgs ? { ags: partnership.partnerAgs, name: partnership.partnerName, land: partnership.partnerLand } : null,
  );
  const [v, setV] = useState({
    partnerName: partnership && !partnership.partnerAgs ? partnership.partnerName : '',
    kind: partnership?.kind ?? 'ikz',
    agreement: (partnership?.agreement ?? '') as AgreementType | '',
    costShare: partnership?.costShare === null || partnership?.costShare === undefined ? '' : formatNumber(partnership.costShare, lang),
    status: partnership?.status ?? 'planned',
    contact: partnership?.contact ?? '',
    note: partnership?.note ?? '',
  });
  const [issues, setIssues] = useState<Partial<Record<Key, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setV((x) => ({ ...x, [k]: e.target.value }));

  async function save(e: React.FormEvent) {
    e.preventDefault();
    // "12,5" and "12.5" both mean twelve and a half percent.
    const share = v.costShare.trim() === '' ? null : Number(v.costShare.replace(/\s|%/g, '').replace(',', '.'));
    if (share !== null && Number.isNaN(share)) {
      setIssues({ costShare: t('peers.partnership.costShareInvalid') });
      return;
    }
    setBusy(true);
    const r = await api.savePartnership({
      ...(partnership ? { id: partnership.id } : {}),
      measureId,
      kind: v.kind,
      partnerAgs: type === 'municipality' ? municipality?.ags ?? null : null,
      partnerName: type === 'organisation' ? v.partnerName : municipality?.name ?? '',
      agreement: v.agreement || null,
      costShare: share,
      status: v.status,
      contact: v.contact,
      note: v.note,
    });
    setBusy(false);
    if (!r.ok) {
      const found = issuesOf(r.error.details?.issues);
      // Without a chosen municipality the core names the name field; show it at the picker.
      if (type === 'municipality' && found.partnerName) found.partnerAgs ??= found.partnerName;
      setIssues(found);
      setError(Object.keys(found).length ? null : r.error.message);
      return;
    }
    bump();
    onSaved(r.value);
  }

  return (
    <Modal
      title={partnership ? t('peers.partnership.dialogEdit') : t('peers.partnership.dialogNew')}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">{t('common.cancel')}</span></button>
          <button type="submit" form={`${id}-form`} className="kern-btn kern-btn--primary" disabled={busy}><span className="kern-label">{t('common.save')}</span></button>
        </>
      }
    >
      <form id={`${id}-form`} className="cdo-form cdo-form--dialog" onSubmit={(e) => void save(e)} noValidate>
        {error ? <Alert kind="danger" title={t('peers.partnership.saveError')}><p className="kern-body">{error}</p></Alert> : null}
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('peers.partnership.partnerType')}</legend>
          <div className="kern-fieldset__body kern-fieldset__body--horizontal">
            {(['municipality', 'organisation'] as const).map((x) => (
              <div key={x} className="kern-form-check">
                <input className="kern-form-check__radio" type="radio" name={`${id}-type`} id={`${id}-type-${x}`} checked={type === x} onChange={() => setType(x)} />
                <label className="kern-label" htmlFor={`${id}-type-${x}`}>{t(x === 'municipality' ? 'peers.partnership.typeMunicipality' : 'peers.partnership.typeOrganisation')}</label>
              </div>
            ))}
          </div>
        </fieldset>
        {type === 'municipality' ? (
          <>
            <MunicipalityCombobox
              label={t('peers.partnership.municipality')}
              hint={t('peers.partnership.municipalityHint')}
              error={issues.partnerAgs}
              onSelect={(m) => setMunicipality((old) => (m ? { ags: m.ags, name: m.name, land: m.land } : partnership?.partnerAgs ? old : null))}
            />
            {municipality ? <p className="kern-body kern-body--muted">{t('peers.partnership.municipalityChosen', { name: municipality.name, land: municipality.land ?? '' })}</p> : null}
          </>
        ) : (
          <FormField label={t('peers.partnership.organisation')} error={issues.partnerName}>
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={v.partnerName} onChange={set('partnerName')} maxLength={200} />}
          </FormField>
        )}
        <div className="cdo-form__grid">
          <FormField label={t('peers.partnership.kind')} error={issues.kind}>
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={v.kind} onChange={set('kind')}>
                {PARTNERSHIP_KINDS.map((k) => <option key={k} value={k}>{t(`peers.kind.${k}`)}</option>)}
              </SelectBox>
            )}
          </FormField>
          <FormField label={t('peers.partnership.agreement')} error={issues.agreement} optional={t('common.optional')}>
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={v.agreement} onChange={set('agreement')}>
                <option value="">{t('peers.agreement.none')}</option>
                {AGREEMENT_TYPES.map((k) => <option key={k} value={k}>{t(`peers.agreement.${k}`)}</option>)}
              </SelectBox>
            )}
          </FormField>
          <FormField label={t('peers.partnership.costShare')} error={issues.costShare} optional={t('common.optional')}>
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} inputMode="decimal" value={v.costShare} onChange={set('costShare')} maxLength={10} />}
          </FormField>
          <FormField label={t('peers.partnership.status')} error={issues.status}>
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={v.status} onChange={set('status')}>
                {PARTNERSHIP_STATUSES.map((k) => <option key={k} value={k}>{t(`peers.pstatus.${k}`)}</option>)}
              </SelectBox>
            )}
          </FormField>
          <FormField label={t('peers.partnership.contact')} error={issues.contact} optional={t('common.optional')} className="cdo-span-2">
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={v.contact} onChange={set('contact')} maxLength={200} />}
          </FormField>
          <FormField label={t('peers.partnership.note')} error={issues.note} optional={t('common.optional')} className="cdo-span-2">
            {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={3} value={v.note} onChange={set('note')} />}
          </FormField>
        </div>
      </form>
    </Modal>
  );
}
