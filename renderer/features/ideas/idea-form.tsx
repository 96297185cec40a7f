/**
 * The intake form of an idea: what it is, where it came from, when, and its
 * field of action. The API's messages appear next to their field, with a
 * summary at the top. Status and reason are changed in the assessment dialog.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IDEA_SOURCES, type Field, type FieldIssue, type Idea, type IdeaSource, type Input } from '../../../api/index.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { useFormIssues } from '../../components/use-form-issues.ts';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';

export type IdeaInput = Input<'saveIdea'>;

interface Values {
  title: string;
  source: IdeaSource | '';
  submitter: string;
  submittedOn: string;
  fieldId: string;
  description: string;
}

const controlId = (key: keyof Values) => `idea-${key}`;
const FIELD_ORDER: (keyof Values)[] = ['title', 'source', 'submitter', 'submittedOn', 'fieldId', 'description'];

function initial(i: Idea | null): Values {
  return {
    title: i?.title ?? '',
    source: i?.source ?? '',
    submitter: i?.submitter ?? '',
    submittedOn: i?.submittedOn ?? '',
    fieldId: i?.fieldId ?? '',
    description: i?.description ?? '',
  };
}

export interface IdeaFormProps {
  idea: Idea | null;
  fields: Field[];
  /** Today as YYYY-MM-DD: a new idea is dated the day it is recorded unless told otherwise. */
  today: string;
  onSubmit(input: IdeaInput): Promise<{ issues?: FieldIssue[]; message?: string } | null>;
  onCancel(): void;
}

export function IdeaForm({ idea, fields, today, onSubmit, onCancel }: IdeaFormProps) {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(() => (idea ? initial(idea) : { ...initial(null), submittedOn: today }));
  const { issues, general, issueKeys, failed, summaryRef, show } = useFormIssues(FIELD_ORDER);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof Values>(key: K) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setValues((v) => ({ ...v, [key]: e.target.value as Values[K] }));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = await onSubmit({
      ...(idea ? { id: idea.id, status: idea.status, statusReason: idea.statusReason } : {}),
      title: values.title,
      // An empty choice goes to the core as missing, so the message comes from one place.
      source: (values.source || undefined) as IdeaSource,
      submitter: values.submitter,
      submittedOn: values.submittedOn || null,
      fieldId: values.fieldId || null,
      description: values.description,
    });
    setBusy(false);
    if (result) show(result);
  }

  return (
    <form className="cdo-form" onSubmit={(e) => void submit(e)} noValidate aria-describedby={failed ? 'idea-summary' : undefined}>
      {failed ? (
        <ErrorSummary
          ref={summaryRef}
          id="idea-summary"
          title={issueKeys.length ? t('ideas.summary', { count: issueKeys.length }) : t('ideas.saveError')}
          general={general}
          items={issueKeys.map((k) => ({ controlId: controlId(k), label: t(`ideas.field.${k}`), message: issues[k] ?? '' }))}
        />
      ) : null}

      <div className="cdo-form__grid">
        <FormField id={controlId('title')} label={t('ideas.field.title')} error={issues.title} className="cdo-span-2">
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" value={values.title} onChange={set('title')} maxLength={200} />}
        </FormField>

        <FormField id={controlId('source')} label={t('ideas.field.source')} error={issues.source}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={values.source} onChange={set('source')}>
              <option value="" disabled>{t('ideas.chooseSource')}</option>
              {IDEA_SOURCES.map((s) => <option key={s} value={s}>{t(`ideas.source.${s}`)}</option>)}
            </SelectBox>
          )}
        </FormField>

        <FormField id={controlId('submitter')} label={t('ideas.field.submitter')} error={issues.submitter} optional={t('common.optional')} hint={t('ideas.submitterHint')}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" value={values.submitter} onChange={set('submitter')} maxLength={200} />}
        </FormField>

        <FormField id={controlId('submittedOn')} label={t('ideas.field.submittedOn')} error={issues.submittedOn} optional={t('common.optional')} hint={t('ideas.dateHint')}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="date" value={values.submittedOn} onChange={set('submittedOn')} />}
        </FormField>

        <FormField id={controlId('fieldId')} label={t('ideas.field.fieldId')} error={issues.fieldId} optional={t('common.optional')} hint={t('ideas.fieldHint')}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={values.fieldId} onChange={set('fieldId')}>
              <option value="">{t('ideas.noField')}</option>
              {fields.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
            </SelectBox>
          )}
        </FormField>

        <FormField id={controlId('description')} label={t('ideas.field.description')} error={issues.description} optional={t('common.optional')} className="cdo-span-2">
          {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={5} value={values.description} onChange={set('description')} />}
        </FormField>
      </div>

      <div className="kern-btn-wrapper cdo-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{idea ? t('ideas.saveChanges') : t('ideas.create')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}>
          <span className="kern-label">{t('common.cancel')}</span>
        </button>
      </div>
    </form>
  );
}
