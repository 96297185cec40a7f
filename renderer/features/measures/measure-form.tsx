/**
 * The measure form, which is also the fact sheet (Steckbrief): every field
 * with its label, grouped (see measure-form-fields.tsx), and the API's
 * validation messages next to the field they belong to plus a summary at the top.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field, FieldIssue, Input, Measure } from '../../../api/index.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormIssues } from '../../components/use-form-issues.ts';
import { currentLang, formatNumber, parseMoney } from '../../i18n/index.ts';
import { FactSheetFields } from './measure-form-fields.tsx';
import { FIELD_ORDER, controlId, fieldLabelKey, splitTags, type FlagKey, type Issues, type TextKey, type Values } from './measure-values.ts';

export type MeasureInput = Input<'saveMeasure'>;

function initial(m: Measure | null, lang: 'de' | 'en'): Values {
  return {
    title: m?.title ?? '',
    description: m?.description ?? '',
    goals: m?.goals ?? '',
    impact: m?.impact ?? '',
    fieldId: m?.fieldId ?? '',
    phase: m?.phase ?? 'idea',
    priority: m?.priority ?? 'medium',
    leadUnit: m?.leadUnit ?? '',
    projectLead: m?.projectLead ?? '',
    participants: m?.participants ?? '',
    start: m?.start ?? '',
    end: m?.end ?? '',
    budget: m?.budget == null ? '' : formatNumber(m.budget, lang),
    mustLegal: m?.mustLegal ?? false,
    mustLegalDeadline: m?.mustLegalDeadline ?? '',
    mustCritical: m?.mustCritical ?? false,
    mustPolitical: m?.mustPolitical ?? false,
    efaReuse: m?.efaReuse ?? false,
    efaProvider: m?.efaProvider ?? '',
    ikzPartners: m?.ikzPartners ?? '',
    progress: String(m?.progress ?? 0),
    risks: m?.risks ?? '',
    tags: (m?.tags ?? []).join(', '),
  };
}

export interface MeasureFormProps {
  measure: Measure | null;
  fields: Field[];
  /** Saves; answers the API's field issues (or a general error) when it fails. */
  onSubmit(input: MeasureInput): Promise<{ issues?: FieldIssue[]; message?: string } | null>;
  onCancel(): void;
}

export function MeasureForm({ measure, fields, onSubmit, onCancel }: MeasureFormProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const [values, setValues] = useState<Values>(() => initial(measure, lang));
  const { issues, general, issueKeys, failed, summaryRef, show } = useFormIssues(FIELD_ORDER);
  const [busy, setBusy] = useState(false);

  const set = (key: TextKey | 'phase' | 'priority') => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value }));
  const setFlag = (key: FlagKey) => (e: React.ChangeEvent<HTMLInputElement>) => setValues((v) => ({ ...v, [key]: e.target.checked }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const budget = parseMoney(values.budget, lang);
    const progress = /^\s*\d{1,3}\s*$/.test(values.progress) ? Number(values.progress) : values.progress.trim() === '' ? 0 : NaN;
    const local: Issues = {};
    if (Number.isNaN(budget)) local.budget = t('measure.budgetInvalid');
    if (Number.isNaN(progress)) local.progress = t('factSheet.progressInvalid');
    if (Object.keys(local).length) {
      show({}, local);
      return;
    }
    setBusy(true);
    const result = await onSubmit({
      ...(measure ? { id: measure.id } : {}),
      title: values.title,
      description: values.description,
      fieldId: values.fieldId || null,
      phase: values.phase,
      priority: values.priority,
      start: values.start || null,
      end: values.end || null,
      leadUnit: values.leadUnit,
      budget,
      goals: values.goals,
      impact: values.impact,
      projectLead: values.projectLead,
      participants: values.participants,
      risks: values.risks,
      efaReuse: values.efaReuse,
      efaProvider: values.efaReuse ? values.efaProvider : null,
      ikzPartners: values.ikzPartners,
      progress,
      mustLegal: values.mustLegal,
      mustLegalDeadline: values.mustLegal ? values.mustLegalDeadline || null : null,
      mustCritical: values.mustCritical,
      mustPolitical: values.mustPolitical,
      tags: splitTags(values.tags),
    });
    setBusy(false);
    if (result) show(result);
  }

  return (
    <form className="cdo-form" onSubmit={(e) => void submit(e)} noValidate aria-describedby={failed ? 'measure-summary' : undefined}>
      {failed ? (
        <ErrorSummary
          ref={summaryRef}
          id="measure-summary"
          title={issueKeys.length ? t('measure.summary', { count: issueKeys.length }) : t('measure.saveError')}
          general={general}
          items={issueKeys.map((k) => ({ controlId: controlId(k), label: t(fieldLabelKey(k)), message: issues[k] ?? '' }))}
        />
      ) : null}

      <FactSheetFields values={values} issues={issues} fields={fields} set={set} setFlag={setFlag} />

      <div className="kern-btn-wrapper cdo-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{measure ? t('measure.saveChanges') : t('measure.create')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
          <span className="kern-label">{t('common.cancel')}</span>
        </button>
      </div>
    </form>
  );
}
