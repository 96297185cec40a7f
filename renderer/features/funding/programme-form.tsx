/**
 * The form of a funding programme: name, funder, quotas, eligible applicants,
 * fields, keywords, deadline, web address, description. The core's messages
 * appear next to their field, with a summary at the top.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDERS, type Funder, type FieldIssue, type FundingProgramme, type Input } from '../../../api/index.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormIssues } from '../../components/use-form-issues.ts';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';

export type ProgrammeInput = Input<'saveFundingProgramme'>;

interface Values {
  name: string;
  funder: Funder | '';
  maxQuota: string;
  minOwnShare: string;
  eligible: string;
  fields: string;
  keywords: string;
  deadline: string;
  url: string;
  description: string;
}
type Key = keyof Values;

const ORDER: Key[] = ['name', 'funder', 'maxQuota', 'minOwnShare', 'eligible', 'fields', 'keywords', 'deadline', 'url', 'description'];
const controlId = (k: Key) => `programme-${k}`;

/** "80", "80 %", "80,5" → a number; "" → null; anything else → NaN. */
export function parsePercent(text: string): number | null {
  const s = text.replace(/[\s%]/g, '').replace(',', '.');
  if (!s) return null;
  return /^\d+(\.\d+)?$/.test(s) ? Number(s) : Number.NaN;
}

export function ProgrammeForm({ programme, onSubmit, onCancel }: {
  programme: FundingProgramme | null;
  onSubmit(input: ProgrammeInput): Promise<{ issues?: FieldIssue[]; message?: string } | null>;
  onCancel(): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '' : formatNumber(v, lang).replace(/\./g, ''));
  const [values, setValues] = useState<Values>(() => ({
    name: programme?.name ?? '', funder: programme?.funder ?? '', maxQuota: pct(programme?.maxQuota), minOwnShare: pct(programme?.minOwnShare),
    eligible: programme?.eligible ?? '', fields: programme?.fields ?? '', keywords: programme?.keywords ?? '', deadline: programme?.deadline ?? '',
    url: programme?.url ?? '', description: programme?.description ?? '',
  }));
  const { issues, general, issueKeys, failed, summaryRef, show } = useFormIssues(ORDER);
  const [busy, setBusy] = useState(false);

  const set = (key: Key) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [key]: e.target.value }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const local: Partial<Record<Key, string>> = {};
    const maxQuota = parsePercent(values.maxQuota);
    const minOwnShare = parsePercent(values.minOwnShare);
    if (Number.isNaN(maxQuota)) local.maxQuota = t('funding.percentInvalid');
    if (Number.isNaN(minOwnShare)) local.minOwnShare = t('funding.percentInvalid');
    setBusy(true);
    const result = Object.keys(local).length
      ? { issues: [] }
      : await onSubmit({
        ...(programme ? { id: programme.id } : {}),
        name: values.name,
        // An empty choice goes to the core as missing, so the message comes from one place.
        funder: (values.funder || undefined) as Funder,
        maxQuota, minOwnShare, eligible: values.eligible, fields: values.fields, keywords: values.keywords,
        deadline: values.deadline || null, url: values.url, description: values.description,
      });
    setBusy(false);
    if (result) show(result, local);
  }

  const optional = t('common.optional');
  const text = (k: Key, props: { hint?: string; span?: boolean; max?: number; type?: string } = {}) => (
    <FormField id={controlId(k)} label={t(`funding.field.${k}`)} error={issues[k]} optional={k === 'name' ? undefined : optional} hint={props.hint} className={props.span ? 'cdo-span-2' : undefined}>
      {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type={props.type ?? 'text'} value={values[k]} onChange={set(k)} maxLength={props.max ?? 2000} />}
    </FormField>
  );
  const percent = (k: 'maxQuota' | 'minOwnShare') => (
    <FormField id={controlId(k)} label={t(`funding.field.${k}`)} error={issues[k]} optional={optional} hint={t('funding.hint.percent')}>
      {({ invalid, ...p }) => (
        <div className="kern-input-group cdo-input-unit">
          <input {...p} className={inputClass(invalid)} type="text" inputMode="decimal" value={values[k]} onChange={set(k)} maxLength={8} />
          <span className="kern-input-group-text" aria-hidden="true">%</span>
        </div>
      )}
    </FormField>
  );

  return (
    <form className="cdo-form" onSubmit={(e) => void submit(e)} noValidate aria-describedby={failed ? 'programme-summary' : undefined}>
      {failed ? (
        <ErrorSummary
          ref={summaryRef}
          id="programme-summary"
          title={issueKeys.length ? t('funding.summary', { count: issueKeys.length }) : t('funding.saveError')}
          general={general}
          items={issueKeys.map((k) => ({ controlId: controlId(k), label: t(`funding.field.${k}`), message: issues[k] ?? '' }))}
        />
      ) : null}
      <div className="cdo-form__grid">
        {text('name', { span: true, max: 200 })}
        <FormField id={controlId('funder')} label={t('funding.field.funder')} error={issues.funder}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={values.funder} onChange={set('funder')}>
              <option value="" disabled>{t('funding.choose')}</option>
              {FUNDERS.map((f) => <option key={f} value={f}>{t(`funding.funder.${f}`)}</option>)}
            </SelectBox>
          )}
        </FormField>
        {text('deadline', { type: 'date' })}
        {percent('maxQuota')}
        {percent('minOwnShare')}
        {text('eligible', { span: true })}
        {text('fields', { span: true, hint: t('funding.hint.fields') })}
        {text('keywords', { span: true, hint: t('funding.hint.keywords') })}
        {text('url', { span: true, hint: t('funding.hint.url'), type: 'url' })}
        <FormField id={controlId('description')} label={t('funding.field.description')} error={issues.description} optional={optional} className="cdo-span-2">
          {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={4} value={values.description} onChange={set('description')} />}
        </FormField>
      </div>
      <div className="kern-btn-wrapper cdo-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{programme ? t('funding.saveChanges') : t('funding.create')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
          <span className="kern-label">{t('common.cancel')}</span>
        </button>
      </div>
    </form>
  );
}
