/**
 * The recommendations of one DigiCheck and the 3-year partial strategy they
 * add up to (rendered by the assessment page): summary with the honest
 * three-year cost sum, a timeline of the three years or the same as a table,
 * the cost table, adding and editing, one click to an idea or measure, and
 * the export as a report. Talks to the core only through the API client.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Recommendation, RecommendationTarget } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading } from '../../components/page.tsx';
import { useWrite } from '../../components/use-write.ts';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { rangeText } from './money.ts';
import { RecommendationDialog } from './recommendation-dialog.tsx';
import { StrategyExportDialog } from './strategy-export-dialog.tsx';
import { StrategyTimeline } from './strategy-timeline.tsx';
import { CostTable, RecommendationTable } from './strategy-tables.tsx';
import './digicheck-strategy.css';

type Dialog = { kind: 'edit'; recommendation: Recommendation | null } | { kind: 'delete'; recommendation: Recommendation } | { kind: 'export' } | null;

export function RecommendationsSection({ assessmentId }: { assessmentId: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const write = useWrite();
  const strategy = useLoad((a) => a.getPartialStrategy({ assessmentId }), [assessmentId]);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [view, setView] = useState<'timeline' | 'table'>('timeline');
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const s = strategy.data;

  async function convert(r: Recommendation, to: RecommendationTarget) {
    setBusy(true);
    setError(null);
    const res = await write(api.convertRecommendation({ id: r.id, to }));
    setBusy(false);
    if (res.ok) setNotice(t(`digicheckStrategy.converted.${to}`, { title: r.title }));
    else setError(res.message);
  }

  async function remove(r: Recommendation) {
    setDialog(null);
    const res = await write(api.deleteRecommendation({ id: r.id }));
    if (res.ok) setNotice(t('digicheckStrategy.deleted', { title: r.title }));
    else setError(res.message);
  }

  const actions = { busy, onConvert: (r: Recommendation, to: RecommendationTarget) => void convert(r, to), onEdit: (r: Recommendation) => setDialog({ kind: 'edit', recommendation: r }), onDelete: (r: Recommendation) => setDialog({ kind: 'delete', recommendation: r }) };
  const count = s?.totals.count ?? 0;

  return (
    <section className="cdo-section cdo-rec" aria-labelledby="rec-title">
      <div className="cdo-section__head">
        <div>
          <h3 className="kern-heading-small" id="rec-title">{s ? t('digicheckStrategy.title', { from: s.firstYear, to: s.lastYear }) : t('digicheckStrategy.titlePlain')}</h3>
          <p className="kern-body kern-body--muted">{t('digicheckStrategy.lead')}</p>
        </div>
        <div className="cdo-rec__buttons">
          <button type="button" className="kern-btn kern-btn--secondary" disabled={!s || count === 0} onClick={() => setDialog({ kind: 'export' })}>
            <span className="kern-icon kern-icon--download kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('digicheckStrategy.export')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--primary" disabled={!s} onClick={() => setDialog({ kind: 'edit', recommendation: null })}>
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('digicheckStrategy.add')}</span>
          </button>
        </div>
      </div>
      <output className="kern-body cdo-status" aria-live="polite">{notice}</output>
      {error ? <Alert kind="danger" title={t('digicheckStrategy.actionError')}><p className="kern-body">{error}</p></Alert> : null}
      {strategy.error ? <Alert kind="danger" title={t('digicheckStrategy.loadError')}><p className="kern-body">{strategy.error.message}</p></Alert> : null}
      {!s && !strategy.error ? <Loading label={t('common.loading')} /> : null}
      {s && count === 0 ? <p className="kern-body kern-body--muted">{t('digicheckStrategy.none')}</p> : null}
      {s && count > 0 ? (
        <>
          <dl className="cdo-rec-summary">
            <div><dt>{t('digicheckStrategy.summary.countLabel')}</dt><dd>{formatNumber(count, lang)}</dd></div>
            <div><dt>{t('digicheckStrategy.summary.threeYears')}</dt><dd>{rangeText(s.totals.threeYears, lang, '0 €')}</dd></div>
            <div><dt>{t('digicheckStrategy.summary.oneOff')}</dt><dd>{rangeText(s.totals.oneOff, lang, '0 €')}</dd></div>
            <div><dt>{t('digicheckStrategy.summary.after', { year: s.lastYear })}</dt><dd>{rangeText(s.totals.yearlyAfter, lang, '0 €')}</dd></div>
            <div><dt>{t('digicheckStrategy.summary.staff')}</dt><dd>{t('digicheckStrategy.fte', { fte: formatNumber(s.totals.staff, lang) })}</dd></div>
          </dl>
          <p className="kern-body cdo-rec-note">{t('digicheckStrategy.summary.recurring')}</p>
          <fieldset className="cdo-rec-toggle">
            <legend className="kern-sr-only">{t('digicheckStrategy.view.label')}</legend>
            {(['timeline', 'table'] as const).map((v) => (
              <button key={v} type="button" className={`kern-btn kern-btn--x-small ${view === v ? 'kern-btn--primary' : 'kern-btn--secondary'}`} aria-pressed={view === v} onClick={() => setView(v)}>
                <span className="kern-label">{t(`digicheckStrategy.view.${v}`)}</span>
              </button>
            ))}
          </fieldset>
          {view === 'timeline' ? <StrategyTimeline strategy={s} actions={actions} /> : <RecommendationTable strategy={s} />}
          <CostTable strategy={s} />
        </>
      ) : null}
      {dialog?.kind === 'edit' && s ? (
        <RecommendationDialog assessmentId={assessmentId} firstYear={s.firstYear} recommendation={dialog.recommendation} onClose={() => setDialog(null)}
          onSaved={(r) => { setDialog(null); setNotice(t('digicheckStrategy.saved', { title: r.title })); }} />
      ) : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog title={t('digicheckStrategy.deleteTitle')} confirmLabel={t('digicheckStrategy.delete')} onCancel={() => setDialog(null)} onConfirm={() => void remove(dialog.recommendation)}>
          <p className="kern-body">{t('digicheckStrategy.deleteText', { title: dialog.recommendation.title })}</p>
        </ConfirmDialog>
      ) : null}
      {dialog?.kind === 'export' ? <StrategyExportDialog assessmentId={assessmentId} onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
