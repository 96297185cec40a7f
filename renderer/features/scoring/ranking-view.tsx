/**
 * Portfolio → Bewertung & Rangfolge (#/portfolio/ranking): the ranking, the
 * criteria and weights the CDO edits, and how stable the ranking is.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../api/index.ts';
import { useDataVersion, useLoad } from '../../api/index.ts';
import { useUndo } from '../../app/undo.tsx';
import { Alert } from '../../components/alert.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { PortfolioNav } from '../portfolio/portfolio-nav.tsx';
import { CriteriaEditor } from './criteria-editor.tsx';
import { RankingTable } from './ranking-table.tsx';
import { SensitivityPanel } from './sensitivity-panel.tsx';

/** What the editor shows: a change elsewhere (a new score) must not throw away the CDO's unsaved edits. */
const modelKey = (criteria: Criterion[]) => JSON.stringify(criteria.map(({ scoreCount: _n, ...c }) => c));

export function RankingView() {
  const { t } = useTranslation();
  const { bump } = useDataVersion();
  const { undo, generation } = useUndo();
  const ranking = useLoad((a) => a.getRanking({}), []);
  const [saved, setSaved] = useState<number | null>(null);
  const showSaved = saved !== null && saved === generation;

  const data = ranking.data;
  const hasScores = !!data?.rows.some((r) => r.scored > 0);

  return (
    <>
      <PortfolioNav current="ranking" />
      <PageHeader title={t('scoring.title')} lead={t('scoring.lead')} />
      {ranking.error ? (
        <Alert kind="danger" title={t('scoring.loadError')}>
          <p className="kern-body">{ranking.error.message}</p>
        </Alert>
      ) : null}
      {!data && !ranking.error ? <Loading label={t('common.loading')} /> : null}
      {data ? (
        <>
          <section className="cdo-section" aria-labelledby="ranking-title">
            <div className="cdo-section__head">
              <div>
                <h2 className="kern-heading-small" id="ranking-title">{t('scoring.ranking.title')}</h2>
                <p className="kern-body kern-body--small kern-body--muted">{t('scoring.ranking.hint')}</p>
              </div>
            </div>
            {data.rows.length === 0 ? <p className="kern-body kern-body--muted">{t('scoring.ranking.empty')}</p> : null}
            {data.rows.length > 0 && !hasScores ? <p className="kern-body kern-body--muted">{t('scoring.ranking.noneScored')}</p> : null}
            {data.rows.length > 0 ? <RankingTable rows={data.rows} /> : null}
          </section>

          <section className="cdo-section" aria-labelledby="criteria-title">
            <div className="cdo-section__head">
              <div>
                <h2 className="kern-heading-small" id="criteria-title">{t('scoring.criteria.title')}</h2>
                <p className="kern-body kern-body--small kern-body--muted">{t('scoring.criteria.lead')}</p>
              </div>
            </div>
            {showSaved ? (
              <Alert kind="success" title={t('scoring.criteria.saved')}
                actions={<button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={() => void undo()}><span className="kern-label">{t('scoring.section.undo')}</span></button>} />
            ) : null}
            <CriteriaEditor key={modelKey(data.criteria)} criteria={data.criteria} onSaved={() => { setSaved(generation); bump(); }} />
          </section>

          <section className="cdo-section" aria-labelledby="sensitivity-title">
            <div className="cdo-section__head">
              <div>
                <h2 className="kern-heading-small" id="sensitivity-title">{t('scoring.sensitivity.title')}</h2>
                <p className="kern-body kern-body--small kern-body--muted">{t('scoring.sensitivity.lead')}</p>
              </div>
            </div>
            <SensitivityPanel key={modelKey(data.criteria)} criteria={data.criteria} hasScores={hasScores} />
          </section>
        </>
      ) : null}
    </>
  );
}
