/**
 * The partial strategy as three lanes, one per year (2027, 2028, 2029 for a
 * DigiCheck of 2026), each with its cost and staff sums and its
 * recommendations. Plain lists and headings, so a screen reader reads it in
 * order; the table view holds the same content.
 */
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type PartialStrategy } from '../../../api/index.ts';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { rangeText } from './money.ts';
import { RecommendationCard, type CardActions } from './recommendation-card.tsx';

export function StrategyTimeline({ strategy, actions }: { strategy: PartialStrategy; actions: CardActions }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <ol className="cdo-rec-lanes">
      {strategy.years.map((y) => (
        <li key={y.year} className="cdo-rec-lane" aria-labelledby={`rec-lane-${y.year}`}>
          <div className="cdo-rec-lane__head">
            <h4 className="cdo-rec-lane__title" id={`rec-lane-${y.year}`}>
              <span className="cdo-rec-lane__year">{y.calendarYear}</span>{' '}
              <span className="cdo-rec-lane__step">{t('digicheckStrategy.year', { year: y.year })}</span>
            </h4>
            <p className="cdo-rec-lane__sum">{t('digicheckStrategy.yearCosts', { total: rangeText(y.total, lang, '0 €') })}</p>
            {y.staffRunning ? <p className="cdo-rec-lane__sum">{t('digicheckStrategy.yearStaff', { fte: formatNumber(y.staffRunning, lang) })}</p> : null}
            {y.recommendations.length ? (
              <p className="cdo-rec-lane__sum">
                {t('digicheckStrategy.yearPriorities', { list: PRIORITIES.filter((p) => y.priorities[p]).map((p) => `${y.priorities[p]} × ${t(`priority.${p}`)}`).join(', ') })}
              </p>
            ) : null}
          </div>
          {y.recommendations.length === 0 ? <p className="kern-body kern-body--muted cdo-rec-lane__empty">{t('digicheckStrategy.yearEmpty')}</p> : (
            <ul className="cdo-rec-lane__list">
              {y.recommendations.map((r) => <li key={r.id}><RecommendationCard r={r} actions={actions} /></li>)}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
