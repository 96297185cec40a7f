/**
 * Ist and Soll (0–4) with a justification for every question, grouped by
 * dimension. Each question saves itself shortly after a change and when the
 * justification loses focus: a workshop never loses what was typed.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DigicheckAnswer, DigicheckAssessment, DigicheckCatalogue, DigicheckQuestion } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { SelectBox, inputClass } from '../../components/form-field.tsx';
import { useWrite } from '../../components/use-write.ts';
import { currentLang } from '../../i18n/index.ts';
import { useAutosave } from './use-autosave.ts';
import { SaveStatus } from './assessment-meta-form.tsx';
import { SCALE, average } from './scale.ts';

export function ScoreForm({ assessment, catalogue }: { assessment: DigicheckAssessment; catalogue: DigicheckCatalogue }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const answers = new Map(assessment.answers.map((a) => [a.questionId, a]));
  const scores = new Map(assessment.dimensions.map((d) => [d.key, d]));
  // Only open dimensions hold their questions: some 35 score forms at once make the page slow to build.
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(catalogue.dimensions.slice(0, 1).map((d) => d.key)));
  const toggle = (key: string, isOpen: boolean) => setOpen((o) => {
    if (o.has(key) === isOpen) return o;
    const next = new Set(o);
    if (isOpen) next.add(key);
    else next.delete(key);
    return next;
  });
  return (
    <div className="cdo-dc-dimensions">
      {catalogue.dimensions.map((d) => {
        const s = scores.get(d.key);
        return (
          <details key={d.id} className="kern-accordion cdo-dc-dimension" open={open.has(d.key)} onToggle={(e) => toggle(d.key, e.currentTarget.open)}>
            <summary className="kern-accordion__header">
              <span className="kern-title">{d.name}</span>
              <span className="kern-body kern-body--small cdo-dc-dimension__figures">
                {t('digicheck.dimensionFigures', { ist: average(s?.ist ?? null, lang), soll: average(s?.soll ?? null, lang), answered: s?.answered ?? 0, questions: d.questions.length })}
              </span>
            </summary>
            {open.has(d.key) ? (
              <div className="kern-accordion__body">
                {d.description ? <p className="kern-body kern-body--muted">{d.description}</p> : null}
                {d.questions.map((q) => <QuestionScore key={q.id} assessmentId={assessment.id} question={q} answer={answers.get(q.id)} />)}
              </div>
            ) : null}
          </details>
        );
      })}
    </div>
  );
}

interface Draft { ist: string; soll: string; justification: string }

const draftOf = (a: DigicheckAnswer | undefined): Draft => ({ ist: a?.ist === null || a?.ist === undefined ? '' : String(a.ist), soll: a?.soll === null || a?.soll === undefined ? '' : String(a.soll), justification: a?.justification ?? '' });
const scoreOf = (v: string): number | null => (v === '' ? null : Number(v));

function QuestionScore({ assessmentId, question, answer }: { assessmentId: string; question: DigicheckQuestion; answer: DigicheckAnswer | undefined }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const id = useId();
  const [draft, setDraft] = useState(() => draftOf(answer));
  const [error, setError] = useState<string | null>(null);
  const autosave = useAutosave<Draft>(draft, async (d) => {
    const r = await write(api.saveDigicheckAnswer({ assessmentId, questionId: question.id, ist: scoreOf(d.ist), soll: scoreOf(d.soll), justification: d.justification }));
    setError(r.ok ? null : (r.issues[0]?.message ?? r.message));
    return r.ok;
  }, 400, { external: draftOf(answer), adopt: setDraft });
  const score = (key: 'ist' | 'soll') => (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={`${id}-${key}`}>{t(`digicheck.${key}Long`)}</label>
      <SelectBox id={`${id}-${key}`} value={draft[key]} onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}>
        <option value="">{t('digicheck.notScored')}</option>
        {SCALE.map((n) => <option key={n} value={String(n)}>{t(`digicheck.scale.${n}`)}</option>)}
      </SelectBox>
    </div>
  );
  return (
    <div className="cdo-dc-question">
    <fieldset className="cdo-dc-question__set" aria-describedby={question.help ? `${id}-help` : undefined}>
      <legend className="kern-body kern-body--bold cdo-dc-question__text">{question.text}</legend>
      {question.help ? <p className="kern-hint cdo-dc-question__help" id={`${id}-help`}>{question.help}</p> : null}
      <div className="cdo-dc-question__scores">
        {score('ist')}
        {score('soll')}
        <div className="kern-form-input cdo-dc-question__why">
          <label className="kern-label" htmlFor={`${id}-why`}>{t('digicheck.justification')}<span className="kern-label__optional"> – {t('digicheck.optional')}</span></label>
          <textarea id={`${id}-why`} className={inputClass(false)} rows={2} maxLength={4000} value={draft.justification}
            onChange={(e) => setDraft((d) => ({ ...d, justification: e.target.value }))} onBlur={autosave.flush} />
        </div>
      </div>
      {error ? (
        <p className="kern-error" role="alert"><span className="kern-icon kern-icon--danger" aria-hidden="true" /><span className="kern-body">{error}</span></p>
      ) : autosave.status !== 'idle' ? <SaveStatus status={autosave.status} /> : null}
    </fieldset>
    </div>
  );
}
