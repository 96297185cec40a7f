/**
 * The assessment's particulars: unit or field, title, date, participants and
 * the three narrative parts of the workshop. A new assessment is created with
 * a button; an existing one saves itself while typing (see use-autosave.ts).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DigicheckAssessment, FieldIssue } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { useFormIssues } from '../../components/use-form-issues.ts';
import { useWrite } from '../../components/use-write.ts';
import { useAutosave, type AutosaveStatus } from './use-autosave.ts';
import { fieldChoices, orgUnitChoices, unitFields, unitValue } from './unit-choices.ts';

export interface MetaDraft {
  unit: string;
  title: string;
  heldOn: string;
  participants: string;
  startingPosition: string;
  needForChange: string;
  itChallenges: string;
}

const ORDER = ['orgUnitId', 'fieldId', 'title', 'heldOn', 'participants', 'startingPosition', 'needForChange', 'itChallenges'] as const;
type Key = (typeof ORDER)[number];
const NARRATIVES = ['startingPosition', 'needForChange', 'itChallenges'] as const;

export function draftOf(a: DigicheckAssessment): MetaDraft {
  return {
    unit: unitValue(a.unit.kind, a.unit.id), title: a.title, heldOn: a.heldOn, participants: a.participants ?? '',
    startingPosition: a.startingPosition ?? '', needForChange: a.needForChange ?? '', itChallenges: a.itChallenges ?? '',
  };
}

export const inputOf = (d: MetaDraft, id?: string) => ({ ...(id ? { id } : {}), ...unitFields(d.unit), title: d.title, heldOn: d.heldOn, participants: d.participants, startingPosition: d.startingPosition, needForChange: d.needForChange, itChallenges: d.itChallenges });

function liveIssuesOf(list: FieldIssue[]): Partial<Record<Key, string>> {
  const out: Partial<Record<Key, string>> = {};
  for (const i of list) {
    const key = i.path.split('.')[0] as Key;
    if (ORDER.includes(key)) out[key] ??= i.message;
  }
  return out;
}

export function AssessmentMetaForm({ initial, assessmentId, onCreated, onCancel }: {
  /** The stored values (for an existing assessment they follow every reload). */
  initial: MetaDraft;
  /** Set for an existing assessment: then every change saves itself. */
  assessmentId?: string;
  onCreated?(a: DigicheckAssessment): void;
  onCancel?(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const formId = useId();
  const [draft, setDraft] = useState(initial);
  const [titleTouched, setTitleTouched] = useState(!!initial.title);
  const [busy, setBusy] = useState(false);
  const form = useFormIssues(ORDER);
  // While saving itself, a problem shows at its field without taking the focus from where the user types.
  const [liveIssues, setLiveIssues] = useState<Partial<Record<Key, string>>>({});
  const issues = assessmentId ? liveIssues : form.issues;
  const { general, issueKeys, failed, summaryRef, show } = form;
  const units = useLoad((a) => a.listOrgUnits(), []);
  const fields = useLoad((a) => a.listFields(), []);
  const controlId = (k: Key) => `${formId}-${k}`;

  async function save(d: MetaDraft): Promise<boolean> {
    const r = await write(api.saveDigicheckAssessment(inputOf(d, assessmentId)));
    setLiveIssues(r.ok ? {} : liveIssuesOf(r.issues));
    return r.ok;
  }
  // An existing assessment follows its stored values (undo, redo) while nothing typed is unsaved.
  const autosave = useAutosave<MetaDraft>(draft, (d) => (assessmentId ? save(d) : Promise.resolve(true)), 800, assessmentId ? { external: initial, adopt: setDraft } : undefined);

  function set<K extends keyof MetaDraft>(key: K, value: MetaDraft[K]) {
    setDraft((d) => {
      const next = { ...d, [key]: value };
      // A new DigiCheck gets a title from unit and year until the user writes their own.
      if (!assessmentId && !titleTouched && (key === 'unit' || key === 'heldOn')) {
        const name = [...orgUnitChoices(units.data ?? []), ...fieldChoices(fields.data ?? [])].find((c) => c.value === next.unit)?.name;
        if (name) next.title = t('digicheck.defaultTitle', { name, year: next.heldOn.slice(0, 4) });
      }
      return next;
    });
  }

  async function create(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await write(api.saveDigicheckAssessment(inputOf(draft)));
    setBusy(false);
    if (r.ok) onCreated?.(r.value);
    else show(r);
  }

  const unitError = issues.orgUnitId ?? issues.fieldId;
  const blur = assessmentId ? { onBlur: autosave.flush } : {};
  return (
    <form className="cdo-form" onSubmit={(e) => void create(e)} noValidate aria-describedby={failed ? `${formId}-summary` : undefined}>
      {failed && !assessmentId ? (
        <ErrorSummary
          ref={summaryRef}
          id={`${formId}-summary`}
          title={issueKeys.length ? t('digicheck.summary', { count: issueKeys.length }) : t('digicheck.saveError')}
          general={general}
          items={issueKeys.map((k) => ({ controlId: controlId(k === 'fieldId' ? 'orgUnitId' : k), label: t(`digicheck.field.${k === 'fieldId' ? 'orgUnitId' : k}`), message: issues[k] ?? '' }))}
        />
      ) : null}
      <div className="cdo-form__grid">
        <FormField id={controlId('orgUnitId')} label={t('digicheck.field.orgUnitId')} hint={t('digicheck.hint.unit')} error={unitError}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={draft.unit} onChange={(e) => set('unit', e.target.value)} {...blur}>
              <option value="">{t('digicheck.chooseUnit')}</option>
              <optgroup label={t('digicheck.orgUnits')}>
                {orgUnitChoices(units.data ?? []).map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
              </optgroup>
              <optgroup label={t('digicheck.fields')}>
                {fieldChoices(fields.data ?? []).map((c) => <option key={c.value} value={c.value}>{c.label}</option>)}
              </optgroup>
            </SelectBox>
          )}
        </FormField>
        <FormField id={controlId('heldOn')} label={t('digicheck.field.heldOn')} error={issues.heldOn}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="date" value={draft.heldOn} onChange={(e) => set('heldOn', e.target.value)} {...blur} />}
        </FormField>
        <FormField id={controlId('title')} label={t('digicheck.field.title')} error={issues.title} className="cdo-span-2">
          {({ invalid, ...p }) => (
            <input {...p} className={inputClass(invalid)} type="text" maxLength={200} value={draft.title}
              onChange={(e) => { setTitleTouched(true); set('title', e.target.value); }} {...blur} />
          )}
        </FormField>
        <FormField id={controlId('participants')} label={t('digicheck.field.participants')} error={issues.participants} optional={t('digicheck.optional')} className="cdo-span-2">
          {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={2} maxLength={2000} value={draft.participants} onChange={(e) => set('participants', e.target.value)} {...blur} />}
        </FormField>
        {NARRATIVES.map((k) => (
          <FormField key={k} id={controlId(k)} label={t(`digicheck.field.${k}`)} hint={t(`digicheck.hint.${k}`)} error={issues[k]} optional={t('digicheck.optional')} className="cdo-span-2">
            {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={4} value={draft[k]} onChange={(e) => set(k, e.target.value)} {...blur} />}
          </FormField>
        ))}
      </div>
      {assessmentId ? (
        <SaveStatus status={autosave.status} />
      ) : (
        <div className="kern-btn-wrapper cdo-form__actions">
          <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}><span className="kern-label">{t('digicheck.create')}</span></button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}><span className="kern-label">{t('common.cancel')}</span></button>
        </div>
      )}
    </form>
  );
}

/** "Wird gespeichert …" / "Gespeichert": announced politely, so screen-reader users know too. */
export function SaveStatus({ status }: { status: AutosaveStatus }) {
  const { t } = useTranslation();
  return (
    <output className={`kern-body kern-body--small cdo-status cdo-digicheck-saved${status === 'failed' ? ' cdo-digicheck-saved--failed' : ''}`} aria-live="polite">
      {status === 'idle' ? t('digicheck.autosave') : t(`digicheck.status.${status}`)}
    </output>
  );
}
