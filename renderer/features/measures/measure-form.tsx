/**
 * The measure form: every field with its label, and the API's validation
 * messages next to the field they belong to plus a summary at the top.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, PRIORITIES, type Field, type FieldIssue, type Input, type Measure, type Phase, type Priority } from '../../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { currentLang, formatNumber, parseMoney } from '../../i18n/index.ts';

export type MeasureInput = Input<'saveMeasure'>;

interface Values {
  title: string;
  fieldId: string;
  phase: Phase;
  priority: Priority;
  start: string;
  end: string;
  leadUnit: string;
  budget: string;
  description: string;
}

/** Stable control ids, so the error summary can link to each field. */
const fieldId = (key: keyof Values) => `measure-${key}`;

const FIELD_ORDER: (keyof Values)[] = ['title', 'fieldId', 'phase', 'priority', 'start', 'end', 'leadUnit', 'budget', 'description'];

function initial(m: Measure | null, lang: 'de' | 'en'): Values {
  return {
    title: m?.title ?? '',
    fieldId: m?.fieldId ?? '',
    phase: m?.phase ?? 'idea',
    priority: m?.priority ?? 'medium',
    start: m?.start ?? '',
    end: m?.end ?? '',
    leadUnit: m?.leadUnit ?? '',
    budget: m?.budget == null ? '' : formatNumber(m.budget, lang),
    description: m?.description ?? '',
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
  const [issues, setIssues] = useState<Partial<Record<keyof Values, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [failures, setFailures] = useState(0);

  // After a failed save, take the user to the summary of what to fix.
  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  const set = <K extends keyof Values>(key: K) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value as Values[K] }));

  function showIssues(found: Partial<Record<keyof Values, string>>, message: string | null) {
    setIssues(found);
    setGeneral(message);
    setFailures((n) => n + 1);
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const budget = parseMoney(values.budget, lang);
    if (Number.isNaN(budget)) {
      showIssues({ budget: t('measure.budgetInvalid') }, null);
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
    });
    setBusy(false);
    if (!result) return;
    const found: Partial<Record<keyof Values, string>> = {};
    const other: string[] = [];
    for (const issue of result.issues ?? []) {
      const key = issue.path.split('.')[0] as keyof Values;
      if (FIELD_ORDER.includes(key)) found[key] ??= issue.message;
      else other.push(issue.message);
    }
    showIssues(found, Object.keys(found).length ? (other[0] ?? null) : (result.message ?? other[0] ?? null));
  }

  const issueKeys = FIELD_ORDER.filter((k) => issues[k]);

  return (
    <form className="cdo-form" onSubmit={(e) => void submit(e)} noValidate aria-describedby={issueKeys.length || general ? 'measure-summary' : undefined}>
      {issueKeys.length || general ? (
        <div ref={summaryRef} tabIndex={-1} id="measure-summary" className="cdo-summary">
          <Alert kind="danger" title={issueKeys.length ? t('measure.summary', { count: issueKeys.length }) : t('measure.saveError')}>
            {general ? <p className="kern-body">{general}</p> : null}
            {issueKeys.length ? (
              <ul className="kern-list">
                {issueKeys.map((k) => (
                  <li key={k} className="kern-body">
                    <a
                      className="kern-link"
                      href={`#${fieldId(k)}`}
                      onClick={(e) => {
                        e.preventDefault();
                        document.getElementById(fieldId(k))?.focus();
                      }}
                    >
                      {t(`measure.field.${k}`)}: {issues[k]}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null}
          </Alert>
        </div>
      ) : null}

      <div className="cdo-form__grid">
        <FormField id={fieldId('title')} label={t('measure.field.title')} error={issues.title} className="cdo-span-2">
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" value={values.title} onChange={set('title')} maxLength={200} />}
        </FormField>

        <FormField id={fieldId('fieldId')} label={t('measure.field.fieldId')} error={issues.fieldId} optional={t('common.optional')} hint={t('measure.fieldHint')}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={values.fieldId} onChange={set('fieldId')}>
              <option value="">{t('measure.noField')}</option>
              {fields.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
            </SelectBox>
          )}
        </FormField>

        <FormField id={fieldId('leadUnit')} label={t('measure.field.leadUnit')} error={issues.leadUnit} optional={t('common.optional')} hint={t('measure.leadUnitHint')}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" value={values.leadUnit} onChange={set('leadUnit')} maxLength={200} />}
        </FormField>

        <FormField id={fieldId('phase')} label={t('measure.field.phase')} error={issues.phase} hint={t('measure.phaseHint')}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={values.phase} onChange={set('phase')}>
              {PHASES.map((ph) => <option key={ph} value={ph}>{t(`phase.${ph}`)}</option>)}
            </SelectBox>
          )}
        </FormField>

        <FormField id={fieldId('priority')} label={t('measure.field.priority')} error={issues.priority} hint={t('measure.priorityHint')}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={values.priority} onChange={set('priority')}>
              {PRIORITIES.map((pr) => <option key={pr} value={pr}>{t(`priority.long.${pr}`)}</option>)}
            </SelectBox>
          )}
        </FormField>

        <FormField id={fieldId('start')} label={t('measure.field.start')} error={issues.start} optional={t('common.optional')} hint={t('measure.dateHint')}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="date" value={values.start} onChange={set('start')} />}
        </FormField>

        <FormField id={fieldId('end')} label={t('measure.field.end')} error={issues.end} optional={t('common.optional')} hint={t('measure.dateHint')}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="date" value={values.end} onChange={set('end')} />}
        </FormField>

        <FormField id={fieldId('budget')} label={t('measure.field.budget')} error={issues.budget} optional={t('common.optional')} hint={t('measure.budgetHint')}>
          {({ invalid, ...p }) => (
            <div className="kern-input-group cdo-input-unit">
              <input {...p} className={inputClass(invalid)} type="text" inputMode="decimal" value={values.budget} onChange={set('budget')} />
              <span className="kern-input-group-text" aria-hidden="true">€</span>
            </div>
          )}
        </FormField>

        <FormField id={fieldId('description')} label={t('measure.field.description')} error={issues.description} optional={t('common.optional')} className="cdo-span-2">
          {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={5} value={values.description} onChange={set('description')} />}
        </FormField>
      </div>

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
