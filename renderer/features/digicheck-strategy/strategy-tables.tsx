/**
 * The partial strategy as tables: every recommendation in one table (the
 * timeline's alternative), and the costs and staff per year with the honest
 * three-year sum (yearly costs counted in every year they are due).
 */
import { useTranslation } from 'react-i18next';
import type { PartialStrategy } from '../../../api/index.ts';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { rangeText } from './money.ts';
import { BecameLink } from './recommendation-card.tsx';

const numeric = 'kern-table__header kern-table__header--numeric';
const cellNumeric = 'kern-table__cell kern-table__cell--numeric';

export function RecommendationTable({ strategy }: { strategy: PartialStrategy }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const none = '–';
  const c = (k: string) => t(`digicheckStrategy.col.${k}`);
  return (
    <div className="cdo-table-card">
      <table className="kern-table kern-table--small">
        <caption className="kern-sr-only">{t('digicheckStrategy.tableCaption')}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{c('year')}</th>
            <th scope="col" className="kern-table__header">{c('title')}</th>
            <th scope="col" className="kern-table__header">{c('priority')}</th>
            <th scope="col" className="kern-table__header">{c('dimension')}</th>
            <th scope="col" className={numeric}>{c('oneOff')}</th>
            <th scope="col" className={numeric}>{c('yearly')}</th>
            <th scope="col" className={numeric}>{c('staff')}</th>
            <th scope="col" className="kern-table__header">{c('became')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {strategy.years.flatMap((y) => y.recommendations).map((r) => (
            <tr key={r.id} className="kern-table__row">
              <td className="kern-table__cell">{r.calendarYear}</td>
              <th scope="row" className="kern-table__header cdo-cell-title">{r.title}</th>
              <td className="kern-table__cell">{t(`priority.${r.priority}`)}</td>
              <td className="kern-table__cell">{r.dimensionName ?? none}</td>
              <td className={cellNumeric}>{rangeText({ min: r.oneOffMin, max: r.oneOffMax }, lang, none)}</td>
              <td className={cellNumeric}>{rangeText({ min: r.yearlyMin, max: r.yearlyMax }, lang, none)}</td>
              <td className={cellNumeric}>{r.staffFte ? formatNumber(r.staffFte, lang) : none}</td>
              <td className="kern-table__cell"><BecameLink r={r} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CostTable({ strategy }: { strategy: PartialStrategy }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const none = '–';
  const c = (k: string) => t(`digicheckStrategy.col.${k}`);
  return (
    <div className="cdo-table-card cdo-rec-costs">
      <table className="kern-table kern-table--small">
        <caption className="cdo-rec-costs__caption">{t('digicheckStrategy.costCaption')}</caption>
        <thead className="kern-table__head">
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{c('year')}</th>
            <th scope="col" className={numeric}>{c('oneOff')}</th>
            <th scope="col" className={numeric}>{c('yearlyRunning')}</th>
            <th scope="col" className={numeric}>{c('total')}</th>
            <th scope="col" className={numeric}>{c('staff')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {strategy.years.map((y) => (
            <tr key={y.year} className="kern-table__row">
              <th scope="row" className="kern-table__header">{y.calendarYear}</th>
              <td className={cellNumeric}>{rangeText(y.oneOff, lang, none)}</td>
              <td className={cellNumeric}>{rangeText(y.yearlyRunning, lang, none)}</td>
              <td className={cellNumeric}>{rangeText(y.total, lang, none)}</td>
              <td className={cellNumeric}>{y.staffRunning ? formatNumber(y.staffRunning, lang) : none}</td>
            </tr>
          ))}
          <tr className="kern-table__row cdo-rec-costs__total">
            <th scope="row" className="kern-table__header">{c('all')}</th>
            <td className={cellNumeric}>{rangeText(strategy.totals.oneOff, lang, none)}</td>
            <td className={cellNumeric}>{none}</td>
            <td className={cellNumeric}>{rangeText(strategy.totals.threeYears, lang, none)}</td>
            <td className={cellNumeric}>{strategy.totals.staff ? formatNumber(strategy.totals.staff, lang) : none}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
