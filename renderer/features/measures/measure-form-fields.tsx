/**
 * The fields of the fact sheet, grouped as a CDO reads a Steckbrief: goals
 * and impact, classification, organisation, period and budget, must
 * criteria, cooperation (EfA, IKZ), progress and risks, tags.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, PRIORITIES, type Field } from '../../../api/index.ts';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { controlId, fieldLabelKey, splitTags, type FlagKey, type Issues, type TextKey, type Values } from './measure-values.ts';

function Group({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <fieldset className="cdo-fieldset" aria-describedby={intro ? `${id}-intro` : undefined}>
      <legend className="cdo-fieldset__legend">{title}</legend>
      {intro ? <p className="kern-body kern-body--muted cdo-fieldset__intro" id={`${id}-intro`}>{intro}</p> : null}
      <div className="cdo-form__grid">{children}</div>
    </fieldset>
  );
}

function Check({ name, label, checked, onChange, error }: { name: FlagKey; label: string; checked: boolean; onChange(e: React.ChangeEvent<HTMLInputElement>): void; error?: string }) {
  return (
    <div className={`kern-form-check${error ? ' kern-form-check--error' : ''}`}>
      <input className="kern-form-check__checkbox" type="checkbox" id={controlId(name)} checked={checked} onChange={onChange} />
      <label className="kern-label" htmlFor={controlId(name)}>{label}</label>
    </div>
  );
}

export interface FactSheetFieldsProps {
  values: Values;
  issues: Issues;
  fields: Field[];
  set(key: TextKey | 'phase' | 'priority'): (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => void;
  setFlag(key: FlagKey): (e: React.ChangeEvent<HTMLInputElement>) => void;
}

export function FactSheetFields({ values, issues, fields, set, setFlag }: FactSheetFieldsProps) {
  const { t } = useTranslation();
  const optional = t('common.optional');
  const tags = splitTags(values.tags);

  const text = (key: TextKey, opts: { span?: boolean; hint?: string; max?: number } = {}) => (
    <FormField id={controlId(key)} label={t(fieldLabelKey(key))} error={issues[key]} optional={optional} hint={opts.hint} className={opts.span ? 'cdo-span-2' : undefined}>
      {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" value={values[key]} onChange={set(key)} maxLength={opts.max ?? 200} />}
    </FormField>
  );
  const area = (key: TextKey, hint?: string, rows = 3) => (
    <FormField id={controlId(key)} label={t(fieldLabelKey(key))} error={issues[key]} optional={optional} hint={hint} className="cdo-span-2">
      {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={rows} value={values[key]} onChange={set(key)} />}
    </FormField>
  );
  const date = (key: TextKey, hint: string, disabled = false) => (
    <FormField id={controlId(key)} label={t(fieldLabelKey(key))} error={issues[key]} optional={optional} hint={hint}>
      {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="date" value={values[key]} onChange={set(key)} disabled={disabled} />}
    </FormField>
  );

  return (
    <>
      <div className="cdo-form__grid">
        <FormField id={controlId('title')} label={t('measure.field.title')} error={issues.title} className="cdo-span-2">
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" value={values.title} onChange={set('title')} maxLength={200} />}
        </FormField>
        {area('description', undefined, 4)}
      </div>

      <Group id="fs-goals" title={t('factSheet.group.goals')}>
        {area('goals', t('factSheet.hint.goals'))}
        {area('impact', t('factSheet.hint.impact'))}
      </Group>

      <Group id="fs-classification" title={t('factSheet.group.classification')}>
        <FormField id={controlId('fieldId')} label={t('measure.field.fieldId')} error={issues.fieldId} optional={optional} hint={t('measure.fieldHint')} className="cdo-span-2">
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={values.fieldId} onChange={set('fieldId')}>
              <option value="">{t('measure.noField')}</option>
              {fields.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
            </SelectBox>
          )}
        </FormField>
        <FormField id={controlId('phase')} label={t('measure.field.phase')} error={issues.phase} hint={t('measure.phaseHint')}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={values.phase} onChange={set('phase')}>
              {PHASES.map((ph) => <option key={ph} value={ph}>{t(`phase.${ph}`)}</option>)}
            </SelectBox>
          )}
        </FormField>
        <FormField id={controlId('priority')} label={t('measure.field.priority')} error={issues.priority} hint={t(`factSheet.hint.priority.${values.priority}`)}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={values.priority} onChange={set('priority')}>
              {PRIORITIES.map((pr) => <option key={pr} value={pr}>{t(`priority.long.${pr}`)}</option>)}
            </SelectBox>
          )}
        </FormField>
      </Group>

      <Group id="fs-organisation" title={t('factSheet.group.organisation')}>
        {text('leadUnit', { hint: t('measure.leadUnitHint') })}
        {text('projectLead', { hint: t('factSheet.hint.projectLead') })}
        {area('participants', t('factSheet.hint.participants'), 2)}
      </Group>

      <Group id="fs-period" title={t('factSheet.group.period')}>
        {date('start', t('measure.dateHint'))}
        {date('end', t('measure.dateHint'))}
        <FormField id={controlId('budget')} label={t('measure.field.budget')} error={issues.budget} optional={optional} hint={t('measure.budgetHint')}>
          {({ invalid, ...p }) => (
            <div className="kern-input-group cdo-input-unit">
              <input {...p} className={inputClass(invalid)} type="text" inputMode="decimal" value={values.budget} onChange={set('budget')} />
              <span className="kern-input-group-text" aria-hidden="true">€</span>
            </div>
          )}
        </FormField>
      </Group>

      <Group id="fs-must" title={t('factSheet.group.must')} intro={t('factSheet.hint.mustIntro')}>
        <div className="cdo-checks cdo-span-2">
          <Check name="mustLegal" label={t('factSheet.field.mustLegal')} checked={values.mustLegal} onChange={setFlag('mustLegal')} />
          <Check name="mustCritical" label={t('factSheet.field.mustCritical')} checked={values.mustCritical} onChange={setFlag('mustCritical')} />
          <Check name="mustPolitical" label={t('factSheet.field.mustPolitical')} checked={values.mustPolitical} onChange={setFlag('mustPolitical')} />
        </div>
        {values.mustLegal ? date('mustLegalDeadline', t('factSheet.hint.mustLegalDeadline')) : null}
      </Group>

      <Group id="fs-cooperation" title={t('factSheet.group.cooperation')}>
        <div className="cdo-checks cdo-span-2">
          <Check name="efaReuse" label={t('factSheet.field.efaReuse')} checked={values.efaReuse} onChange={setFlag('efaReuse')} />
        </div>
        {values.efaReuse ? text('efaProvider', { hint: t('factSheet.hint.efaProvider'), span: true }) : null}
        {area('ikzPartners', t('factSheet.hint.ikzPartners'), 2)}
      </Group>

      <Group id="fs-progress" title={t('factSheet.group.progress')}>
        <FormField id={controlId('progress')} label={t('factSheet.field.progress')} error={issues.progress} hint={t('factSheet.hint.progress')}>
          {({ invalid, ...p }) => (
            <div className="cdo-progress-field">
              <div className="kern-input-group cdo-input-unit cdo-input-short">
                <input {...p} className={inputClass(invalid)} type="text" inputMode="numeric" value={values.progress} onChange={set('progress')} maxLength={3} />
                <span className="kern-input-group-text" aria-hidden="true">%</span>
              </div>
              <span className="cdo-meter" aria-hidden="true">
                <span className="cdo-meter__bar" style={{ width: `${Math.max(0, Math.min(100, Number(values.progress) || 0))}%` }} />
              </span>
            </div>
          )}
        </FormField>
        {area('risks')}
      </Group>

      <Group id="fs-tags" title={t('factSheet.group.tags')}>
        <FormField id={controlId('tags')} label={t('factSheet.field.tags')} error={issues.tags} optional={optional} hint={t('factSheet.hint.tags')} className="cdo-span-2">
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" value={values.tags} onChange={set('tags')} maxLength={1000} />}
        </FormField>
        {tags.length ? (
          <ul className="cdo-tags cdo-span-2" aria-label={t('factSheet.field.tags')}>
            {tags.map((tag, i) => <li key={`${tag}-${i}`} className="cdo-tag">{tag}</li>)}
          </ul>
        ) : null}
      </Group>
    </>
  );
}
