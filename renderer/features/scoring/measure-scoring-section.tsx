/**
 * The "Bewertung" tab of a measure: a score per criterion (radio group) with a
 * short justification, the computed total and rank, one save for all, and the
 * score history below. Mounted by the fact sheet as MeasureScoringSection.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, MeasureScoring } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { useUndo } from '../../app/undo.tsx';
import { Alert } from '../../components/alert.tsx';
import { inputClass } from '../../components/form-field.tsx';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { MustBadges, ScoreBar } from './scoring-parts.tsx';
import { ScoreHistory } from './score-history.tsx';

interface Draft {
  score: number | null;
  justification: string;
}

type Issues = Record<string, Partial<Record<'score' | 'justification', string>>>;

function Summary({ s }: { s: MeasureScoring }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <div className="cdo-score-summary">
      <div className="cdo-score-summary__total">
        <p className="kern-body kern-body--small cdo-muted">{t('scoring.section.total')}</p>
        {s.total === null ? (
          <p className="kern-body">{t('scoring.section.notScored')}</p>
        ) : (
          <p className="cdo-score-summary__figure">
            <ScoreBar value={s.total} />
            <span className="kern-sr-only"> {t('scoring.outOf100', { value: formatNumber(s.total, lang) })}</span>
          </p>
        )}
      </div>
      <ul className="cdo-score-summary__facts">
        <li className="kern-body">{s.rank === null ? t('scoring.section.notRanked') : t('scoring.section.rank', { rank: s.rank })}</li>
        <li className="kern-body">{t('scoring.section.scoredOf', { scored: s.scored, count: s.criteriaCount })}</li>
        {s.must.length ? <li className="kern-body"><MustBadges must={s.must} deadline={null} /></li> : null}
      </ul>
    </div>
  );
}

function CriterionField({ c, draft, issues, onChange }: { c: Criterion; draft: Draft; issues: Issues[string] | undefined; onChange(d: Draft): void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const id = useId();
  const levels = Array.from({ length: c.scaleMax + 1 }, (_, i) => i);
  const hint = t(c.direction === 'cost' ? 'scoring.section.costHint' : 'scoring.section.benefitHint', { max: c.scaleMax });
  return (
    <fieldset className={`kern-fieldset cdo-score-field${issues?.score ? ' kern-fieldset--error' : ''}`} aria-describedby={`${id}-hint${issues?.score ? ` ${id}-error` : ''}`}>
      <legend className="kern-label cdo-score-field__legend">
        {c.name} <span className="cdo-score-field__weight">{t('scoring.section.weightInfo', { weight: formatNumber(c.weight, lang) })}</span>
      </legend>
      <div className="kern-hint" id={`${id}-hint`}>{c.description ? `${c.description} ` : ''}{hint}</div>
      <div className="kern-fieldset__body kern-fieldset__body--horizontal cdo-score-field__options">
        <div className="kern-form-check">
          <input className="kern-form-check__radio" type="radio" id={`${id}-none`} name={`${id}-score`} checked={draft.score === null} onChange={() => onChange({ ...draft, score: null })} />
          <label className="kern-label" htmlFor={`${id}-none`}>
            <span aria-hidden="true">{t('scoring.section.none')}</span>
            <span className="kern-sr-only">{t('scoring.section.noneLabel')}</span>
          </label>
        </div>
        {levels.map((n) => (
          <div className="kern-form-check" key={n}>
            <input className="kern-form-check__radio" type="radio" id={`${id}-${n}`} name={`${id}-score`} checked={draft.score === n} onChange={() => onChange({ ...draft, score: n })} />
            <label className="kern-label" htmlFor={`${id}-${n}`}>
              <span aria-hidden="true">{n}</span>
              <span className="kern-sr-only">{t('scoring.section.scoreLabel', { score: n, max: c.scaleMax })}</span>
            </label>
          </div>
        ))}
      </div>
      {issues?.score ? <p className="kern-error" id={`${id}-error`}><span className="kern-icon kern-icon--danger" aria-hidden="true" /><span className="kern-body">{issues.score}</span></p> : null}
      <div className={`kern-form-input cdo-score-field__why${issues?.justification ? ' kern-form-input--error' : ''}`}>
        <label className="kern-label" htmlFor={`${id}-why`}>{t('scoring.section.justification', { name: c.name })}</label>
        <textarea id={`${id}-why`} className={inputClass(!!issues?.justification)} rows={2} maxLength={2000} value={draft.justification}
          {...(issues?.justification ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-why-error` } : {})}
          onChange={(e) => onChange({ ...draft, justification: e.target.value })} />
        {issues?.justification ? <p className="kern-error" id={`${id}-why-error`}><span className="kern-body">{issues.justification}</span></p> : null}
      </div>
    </fieldset>
  );
}

function ScoringForm({ scoring, onSaved }: { scoring: MeasureScoring; onSaved(total: number | null): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [drafts, setDrafts] = useState<Record<string, Draft>>(() =>
    Object.fromEntries(scoring.criteria.map((c) => {
      const s = scoring.scores.find((x) => x.criterionId === c.id);
      return [c.id, { score: s?.score ?? null, justification: s?.justification ?? '' }];
    })),
  );
  const [issues, setIssues] = useState<Issues>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save() {
    setBusy(true);
    const list = scoring.criteria.map((c) => ({ criterionId: c.id, score: drafts[c.id]!.score, justification: drafts[c.id]!.justification }));
    const r = await api.saveScores({ measureId: scoring.measureId, scores: list });
    setBusy(false);
    if (r.ok) {
      setIssues({});
      setFailure(null);
      onSaved(r.value.total);
      return;
    }
    const byCriterion: Issues = {};
    for (const issue of r.error.details?.issues ?? []) {
      const m = /^scores\.(\d+)\.(score|justification)$/.exec(issue.path);
      const c = m ? scoring.criteria[Number(m[1])] : undefined;
      if (c) byCriterion[c.id] = { ...byCriterion[c.id], [m![2]!]: issue.message };
    }
    setIssues(byCriterion);
    setFailure(r.error.message);
  }

  return (
    <form className="cdo-score-form" noValidate onSubmit={(e) => { e.preventDefault(); void save(); }}>
      {failure ? (
        <Alert kind="danger" title={t('scoring.section.errorTitle')}>
          <p className="kern-body">{failure}</p>
        </Alert>
      ) : null}
      {scoring.criteria.map((c) => (
        <CriterionField key={c.id} c={c} draft={drafts[c.id]!} issues={issues[c.id]} onChange={(d) => setDrafts((all) => ({ ...all, [c.id]: d }))} />
      ))}
      <div className="kern-btn-wrapper">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{t('scoring.section.save')}</span>
        </button>
        <a className="kern-btn kern-btn--tertiary" href={hrefOf('portfolio', 'ranking')}>
          <span className="kern-label">{t('scoring.section.modelLink')}</span>
        </a>
      </div>
    </form>
  );
}

export function MeasureScoringSection({ measureId }: { measureId: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const { bump } = useDataVersion();
  const { undo, generation } = useUndo();
  const scoring = useLoad((a) => a.getMeasureScoring({ measureId }), [measureId]);
  const [saved, setSaved] = useState<{ generation: number; total: number | null } | null>(null);
  const s = scoring.data;
  // Remount the form when the stored scores or the model change (undo, another window), so it shows the truth.
  const formKey = s ? JSON.stringify([s.criteria.map((c) => [c.id, c.scaleMax]), s.scores.map((x) => [x.criterionId, x.updatedAt])]) : '';

  return (
    <section className="cdo-section cdo-scoring-section" aria-labelledby={`scoring-${measureId}`}>
      <h2 className="kern-heading-small" id={`scoring-${measureId}`}>{t('scoring.section.title')}</h2>
      <p className="kern-body kern-body--muted cdo-lead">{t('scoring.section.lead')}</p>
      {scoring.error ? (
        <Alert kind="danger" title={t('scoring.loadError')}>
          <p className="kern-body">{scoring.error.message}</p>
        </Alert>
      ) : null}
      {!s && !scoring.error ? <Loading label={t('common.loading')} /> : null}
      {s ? (
        <>
          <Summary s={s} />
          {saved && saved.generation === generation ? (
            <Alert kind="success"
              title={saved.total === null ? t('scoring.section.savedNone') : t('scoring.section.saved', { total: formatNumber(saved.total, lang) })}
              actions={<button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={() => void undo()}><span className="kern-label">{t('scoring.section.undo')}</span></button>} />
          ) : null}
          <ScoringForm key={formKey} scoring={s} onSaved={(total) => { setSaved({ generation, total }); bump(); }} />
          <ScoreHistory measureId={measureId} />
        </>
      ) : null}
    </section>
  );
}
