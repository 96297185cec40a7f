/** The ranking: must criteria first, then by weighted total; unscored measures last. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RankingRow } from '../../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { MustBadges, ScoreBar, formatScore } from './scoring-parts.tsx';

/** Beyond this many rows the table shows the first ones and offers the rest on request. */
const FIRST_ROWS = 200;

export function RankingTable({ rows }: { rows: RankingRow[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, FIRST_ROWS);
  return (
    <>
      <div className="cdo-table-card">
        <table className="kern-table kern-table--small cdo-ranking">
          <caption className="kern-sr-only">{t('scoring.ranking.caption', { n: formatNumber(rows.length, lang) })}</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header kern-table__header--numeric cdo-ranking__rank">{t('scoring.ranking.col.rank')}</th>
              <th scope="col" className="kern-table__header">{t('scoring.ranking.col.measure')}</th>
              <th scope="col" className="kern-table__header">{t('scoring.ranking.col.must')}</th>
              <th scope="col" className="kern-table__header cdo-ranking__total">{t('scoring.ranking.col.total')}</th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">{t('scoring.ranking.col.value')}</th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">{t('scoring.ranking.col.effort')}</th>
              <th scope="col" className="kern-table__header">{t('scoring.ranking.col.scored')}</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {shown.map((r) => (
              <tr key={r.measureId} className={`kern-table__row${r.must.length ? ' cdo-ranking__row--must' : ''}`}>
                <td className="kern-table__cell kern-table__cell--numeric cdo-ranking__rank">{r.rank ?? '–'}</td>
                <th scope="row" className="kern-table__cell cdo-cell-title">
                  <a className="kern-link cdo-row-link" href={hrefOf('portfolio', r.measureId, 'scoring')}>{r.title}</a>
                  {r.fieldName ? <span className="cdo-cell-sub">{r.fieldName}</span> : null}
                </th>
                <td className="kern-table__cell"><MustBadges must={r.must} deadline={r.mustLegalDeadline} /></td>
                <td className="kern-table__cell">{r.total === null ? null : <ScoreBar value={r.total} />}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{formatScore(r.value, lang)}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{formatScore(r.effort, lang)}</td>
                <td className="kern-table__cell cdo-nowrap">
                  {r.scored === 0 ? (
                    <span className="kern-badge kern-badge--small cdo-badge--neutral cdo-badge"><span className="kern-label">{t('scoring.ranking.notScored')}</span></span>
                  ) : (
                    <span title={r.scored < r.criteriaCount ? t('scoring.ranking.partly') : undefined}>
                      {t('scoring.ranking.scoredOf', { scored: r.scored, count: r.criteriaCount })}
                      {r.scored < r.criteriaCount ? <span className="kern-sr-only"> ({t('scoring.ranking.partly')})</span> : null}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {!all && rows.length > FIRST_ROWS ? (
        <div className="kern-btn-wrapper cdo-ranking__more">
          <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setAll(true)}>
            <span className="kern-label">{t('scoring.ranking.showAll', { n: formatNumber(rows.length, lang) })}</span>
          </button>
        </div>
      ) : null}
    </>
  );
}
