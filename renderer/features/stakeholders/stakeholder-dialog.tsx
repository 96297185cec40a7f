/** Adding or changing one stakeholder: every register field, the salience marks and the measures concerned. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ATTITUDES, ENGAGEMENTS, STAKEHOLDER_KINDS, STAKEHOLDER_SCOPES, type Input, type Stakeholder } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
import { MeasureSearch } from '../../components/measure-search.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { useRecordForm } from '../../components/use-record-form.ts';
import { loadGoalOptions } from './goal-options.ts';

type Draft = Input<'saveStakeholder'> & { measureIds: string[]; goalIds: string[] };
const FIELDS = ['name', 'kind', 'scope', 'category', 'organisation', 'influence', 'interest', 'attitude', 'engagementNow', 'engagementWanted', 'strategy', 'nextContact', 'notes', 'measureIds', 'goalIds'] as const;
type FieldKey = (typeof FIELDS)[number];
const SCORES = [1, 2, 3, 4, 5];

const fresh: Draft = {
  name: '', kind: 'person', scope: 'internal', category: '', organisation: '', influence: 3, interest: 3, attitude: 'neutral',
  engagementNow: 'neutral', engagementWanted: 'supportive', power: false, legitimacy: false, urgency: false, strategy: '', nextContact: '', notes: '', measureIds: [], goalIds: [],
};

const draftOf = (s: Stakeholder): Draft => ({
  name: s.name, kind: s.kind, scope: s.scope, category: s.category ?? '', organisation: s.organisation ?? '', influence: s.influence, interest: s.interest,
  attitude: s.attitude, engagementNow: s.engagementNow, engagementWanted: s.engagementWanted, power: s.power, legitimacy: s.legitimacy, urgency: s.urgency,
  strategy: s.strategy ?? '', nextContact: s.nextContact ?? '', notes: s.notes ?? '', measureIds: s.measures.map((m) => m.measureId),
  goalIds: s.goals.map((g) => g.goalId),
});

export function StakeholderDialog({ stakeholder, onClose, onSaved }: { stakeholder: Stakeholder | null; onClose(): void; onSaved(saved: Stakeholder): void }) {
  const { t } = useTranslation();
  const api = useApi();
  // Titles of the linked measures: those of the stakeholder, and the ones picked in this dialog.
  const [titles, setTitles] = useState(() => new Map(stakeholder?.measures.map((m) => [m.measureId, m.title]) ?? []));
  const goals = useLoad(loadGoalOptions, []);
  const form = useRecordForm({
    fields: FIELDS,
    initial: () => (stakeholder ? draftOf(stakeholder) : fresh),
    send: (d) => api.saveStakeholder({ ...(stakeholder ? { id: stakeholder.id } : {}), ...d }),
    onSaved,
  });
  const { draft, set, issues } = form;
  const idOf = (k: FieldKey) => `stakeholder-${k}`;

  const text = (k: 'name' | 'category' | 'organisation') => (
    <FormField id={idOf(k)} label={t(`stakeholders.form.${k}`)} error={issues[k]} optional={k === 'name' ? undefined : t('common.optional')}>
      {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={draft[k] ?? ''} onChange={(e) => set(k, e.target.value)} maxLength={200} />}
    </FormField>
  );
  const choice = (k: 'kind' | 'scope' | 'attitude' | 'engagementNow' | 'engagementWanted', values: readonly string[], prefix: 'kind' | 'scope' | 'attitude' | 'engagement') => (
    <FormField id={idOf(k)} label={t(`stakeholders.form.${k}`)} error={issues[k]}>
      {({ invalid, ...p }) => (
        <SelectBox {...p} invalid={invalid} value={draft[k]} onChange={(e) => set(k, e.target.value as Draft[typeof k])}>
          {values.map((v) => <option key={v} value={v}>{t(`stakeholders.${prefix}.${v}`)}</option>)}
        </SelectBox>
      )}
    </FormField>
  );
  const score = (k: 'influence' | 'interest') => (
    <FormField id={idOf(k)} label={t(`stakeholders.form.${k}`)} error={issues[k]}>
      {({ invalid, ...p }) => (
        <SelectBox {...p} invalid={invalid} value={String(draft[k])} onChange={(e) => set(k, Number(e.target.value))}>
          {SCORES.map((n) => <option key={n} value={n}>{n}</option>)}
        </SelectBox>
      )}
    </FormField>
  );
  const longText = (k: 'strategy' | 'notes') => (
    <FormField id={idOf(k)} label={t(`stakeholders.form.${k}`)} error={issues[k]} optional={t('common.optional')}>
      {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={3} value={draft[k] ?? ''} onChange={(e) => set(k, e.target.value)} />}
    </FormField>
  );

  return (
    <FormDialog wide title={stakeholder ? t('stakeholders.form.editTitle') : t('stakeholders.form.newTitle')} saveLabel={t('stakeholders.form.save')} className="cdo-stakeholder-form"
      onClose={onClose} form={form}
      summary={{ id: 'stakeholder-errors', title: t('stakeholders.form.errorTitle'), controlId: idOf, label: (k) => t(`stakeholders.form.${k === 'measureIds' ? 'measures' : k === 'goalIds' ? 'goals' : k}`) }}>
      <div className="cdo-stakeholder-form__grid">
        {text('name')}
        {text('organisation')}
        {choice('kind', STAKEHOLDER_KINDS, 'kind')}
        {choice('scope', STAKEHOLDER_SCOPES, 'scope')}
        {text('category')}
        {choice('attitude', ATTITUDES, 'attitude')}
        {score('influence')}
        {score('interest')}
        {choice('engagementNow', ENGAGEMENTS, 'engagement')}
        {choice('engagementWanted', ENGAGEMENTS, 'engagement')}
      </div>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{t('stakeholders.form.salience')}</legend>
        <div className="kern-fieldset__body cdo-stakeholder-form__checks">
          {(['power', 'legitimacy', 'urgency'] as const).map((k) => (
            <div key={k} className="kern-form-check">
              <input id={idOf(k as FieldKey)} type="checkbox" className="kern-form-check__checkbox" checked={!!draft[k]} onChange={(e) => set(k, e.target.checked)} />
              <label className="kern-label" htmlFor={idOf(k as FieldKey)}>{t(`stakeholders.form.${k}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      {longText('strategy')}
      <FormField id={idOf('nextContact')} label={t('stakeholders.form.nextContact')} error={issues.nextContact} optional={t('common.optional')}>
        {({ invalid, ...p }) => <input {...p} type="date" className={inputClass(invalid)} value={draft.nextContact ?? ''} onChange={(e) => set('nextContact', e.target.value)} />}
      </FormField>
      {longText('notes')}
      <fieldset className="kern-fieldset" id={idOf('measureIds')} tabIndex={-1}>
        <legend className="kern-label">{t('stakeholders.form.measures')}</legend>
        <div className="kern-fieldset__body">
          {draft.measureIds.length === 0 ? <p className="kern-body kern-body--muted">{t('stakeholders.form.noMeasures')}</p> : (
            <ul className="cdo-link-list" aria-label={t('stakeholders.form.measuresChosen')}>
              {draft.measureIds.map((id) => (
                <li key={id} className="cdo-link-list__item">
                  <span className="kern-body">{titles.get(id) ?? id}</span>
                  <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small cdo-link-list__action"
                    aria-label={t('stakeholders.form.measureRemoveOf', { title: titles.get(id) ?? '' })}
                    onClick={() => set('measureIds', draft.measureIds.filter((x) => x !== id))}>
                    <span className="kern-label">{t('stakeholders.form.measureRemove')}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          <MeasureSearch id="stakeholder-measure-search" label={t('stakeholders.form.measureSearch')} exclude={new Set(draft.measureIds)}
            action={t('stakeholders.form.measureAdd')} actionOf={(title) => t('stakeholders.form.measureAddOf', { title })}
            onPick={(m) => {
              setTitles((known) => new Map(known).set(m.id, m.title));
              set('measureIds', [...draft.measureIds, m.id]);
            }} />
        </div>
      </fieldset>
      <fieldset className="kern-fieldset" id={idOf('goalIds')} tabIndex={-1}>
        <legend className="kern-label">{t('stakeholders.form.goals')}</legend>
        <div className="kern-fieldset__body cdo-stakeholder-form__measures">
          {(goals.data ?? []).length === 0 ? <p className="kern-body kern-body--muted">{t('stakeholders.form.noGoals')}</p> : null}
          {(goals.data ?? []).map((g) => (
            <div key={g.id} className={`kern-form-check${g.operational ? ' cdo-stakeholder-form__sub' : ''}`}>
              <input id={`stakeholder-goal-${g.id}`} type="checkbox" className="kern-form-check__checkbox" checked={draft.goalIds.includes(g.id)}
                onChange={(e) => set('goalIds', e.target.checked ? [...draft.goalIds, g.id] : draft.goalIds.filter((x) => x !== g.id))} />
              <label className="kern-label" htmlFor={`stakeholder-goal-${g.id}`}>{g.title}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </FormDialog>
  );
}
