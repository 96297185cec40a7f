/**
 * "Neuer Statusbericht": starts from the system's proposal; each light is a
 * radio group with the proposal marked "Vorschlag" and its reason, the owner
 * confirms or overrides. Filing inserts a report that cannot be changed.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LIGHTS, STATUS_DIMENSIONS, worstLight, type FieldIssue, type Light, type StatusDimension, type StatusLights, type StatusProposal, type StatusReport } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, inputClass } from '../../components/form-field.tsx';
import { useReasonText } from './status-light.tsx';

const TEXTS = ['achievements', 'nextSteps', 'risks', 'decisionsNeeded'] as const;
type TextKey = (typeof TEXTS)[number];
type Issues = Partial<Record<TextKey | 'reportedOn', string>>;

function LightField({ name, value, proposed, hint, onChange }: {
  name: StatusDimension | 'overall'; value: Light; proposed: Light; hint: string; onChange(l: Light): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  // A grey proposal asks for the owner's judgement; only a proposal from data can be departed from.
  const differs = proposed !== 'grey' && value !== proposed;
  return (
    <fieldset className="kern-fieldset cdo-light-field" aria-describedby={`${id}-hint${differs ? ` ${id}-differs` : ''}`}>
      <legend className="kern-label">{t(`status.dimension.${name}`)}</legend>
      <div className="kern-hint" id={`${id}-hint`}>{hint}</div>
      <div className="kern-fieldset__body kern-fieldset__body--horizontal">
        {LIGHTS.map((l) => (
          <div className="kern-form-check" key={l}>
            <input className="kern-form-check__radio" type="radio" id={`${id}-${l}`} name={`${id}-light`} checked={value === l} onChange={() => onChange(l)} />
            <label className="kern-label" htmlFor={`${id}-${l}`}>
              <span className={`cdo-light cdo-light--${l}`}>
                <span className="cdo-light__dot" aria-hidden="true" />
                <span className="cdo-light__word">{t(`status.light.${l}`)}</span>
              </span>
              {l === proposed ? <>{' '}<span className="cdo-proposal-tag">{t('status.proposal')}</span></> : null}
            </label>
          </div>
        ))}
      </div>
      {differs ? <p className="cdo-light-field__differs" id={`${id}-differs`}>{t('status.differs')}</p> : null}
    </fieldset>
  );
}

export function StatusForm({ measureId, proposal, onFiled, onCancel }: {
  measureId: string; proposal: StatusProposal; onFiled(r: StatusReport): void; onCancel(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const reason = useReasonText();
  const [lights, setLights] = useState<StatusLights>(() => Object.fromEntries(STATUS_DIMENSIONS.map((d) => [d, proposal.lights[d].light])) as StatusLights);
  /** null: the overall light follows the worst dimension until the owner picks one. */
  const [overall, setOverall] = useState<Light | null>(null);
  const [reportedOn, setReportedOn] = useState(proposal.asOf);
  const [texts, setTexts] = useState<Record<TextKey, string>>({ achievements: '', nextSteps: '', risks: '', decisionsNeeded: '' });
  const [issues, setIssues] = useState<Issues>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const worst = worstLight(STATUS_DIMENSIONS.map((d) => lights[d]));
  const chosenOverall = overall ?? worst;

  async function file(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await api.fileStatusReport({ measureId, reportedOn, ...lights, overall: chosenOverall, ...texts });
    setBusy(false);
    if (!r.ok) {
      const found: Issues = {};
      for (const i of (r.error.details?.issues ?? []) as FieldIssue[]) {
        const key = i.path.split('.')[0] as keyof Issues;
        if (key === 'reportedOn' || (TEXTS as readonly string[]).includes(key)) found[key] ??= i.message;
      }
      setIssues(found);
      setError(Object.keys(found).length ? null : r.error.message);
      return;
    }
    onFiled(r.value);
  }

  return (
    <form className="cdo-status-form" onSubmit={(e) => void file(e)} noValidate aria-labelledby="status-new-title">
      <h3 className="kern-heading-small" id="status-new-title">{t('status.new')}</h3>
      <p className="kern-body kern-body--muted">{t('status.newLead')}</p>
      {error ? <Alert kind="danger" title={t('status.fileError')}><p className="kern-body">{error}</p></Alert> : null}
      <FormField label={t('status.reportedOn')} error={issues.reportedOn}>
        {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="date" value={reportedOn} max={proposal.asOf} onChange={(e) => setReportedOn(e.target.value)} />}
      </FormField>
      <div>
        {STATUS_DIMENSIONS.map((d) => {
          const p = proposal.lights[d];
          return (
            <LightField key={d} name={d} value={lights[d]} proposed={p.light}
              hint={t('status.proposalIs', { light: t(`status.light.${p.light}`), reason: reason(p.reason) })}
              onChange={(l) => setLights((prev) => ({ ...prev, [d]: l }))} />
          );
        })}
        <LightField name="overall" value={chosenOverall} proposed={worst} hint={t('status.overallHint')} onChange={setOverall} />
      </div>
      <div className="cdo-status-form__texts">
        {TEXTS.map((k) => (
          <FormField key={k} label={t(`status.${k}`)} error={issues[k]} optional={t('common.optional')}>
            {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={3} value={texts[k]} onChange={(e) => setTexts((prev) => ({ ...prev, [k]: e.target.value }))} />}
          </FormField>
        ))}
      </div>
      <div className="cdo-status-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}><span className="kern-label">{t('status.file')}</span></button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onCancel}><span className="kern-label">{t('status.cancel')}</span></button>
      </div>
    </form>
  );
}
