/**
 * The money tiles of Übersicht: this year's budget (plan against actual so
 * far) and the funding deadlines of the next 90 days, each linking to the
 * place to act (the budget chart, the programme or the measure's finances).
 */
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { currentLang, formatDate, formatMoney, formatNumber } from '../../i18n/index.ts';
import { Tile } from './tile.tsx';

const DEADLINES_SHOWN = 5;

export function BudgetTile({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const budget = useLoad((a) => a.getBudgetByYear({ from: year, to: year }), [year]);
  const y = budget.data?.years[0];
  const plan = y ? y.planInvestive + y.planConsumptive : 0;
  const reported = y ? y.actualInvestive !== null || y.actualConsumptive !== null : false;
  const actual = y ? (y.actualInvestive ?? 0) + (y.actualConsumptive ?? 0) : 0;
  const percent = plan > 0 ? Math.round((actual / plan) * 100) : null;
  return (
    <Tile id="budget" title={t('overview.tiles.budget.title', { year })} desc={t('overview.tiles.budget.desc')}>
      {budget.error ? <p className="kern-body cdo-text-danger">{t('overview.tiles.loadError')}</p> : null}
      {budget.data && plan === 0 ? <p className="cdo-tile__muted">{t('overview.tiles.budget.none', { year })}</p> : null}
      {y && plan > 0 ? (
        <>
          <dl className="cdo-tile__money">
            <div>
              <dt>{t('overview.tiles.budget.plan')}</dt>
              <dd className="cdo-tile__figure">{formatMoney(plan, lang)}</dd>
            </div>
            <div>
              <dt>{t('overview.tiles.budget.actual')}</dt>
              <dd className="cdo-tile__figure">{reported ? formatMoney(actual, lang) : '–'}</dd>
            </div>
          </dl>
          {reported && percent !== null ? (
            <>
              <div className="cdo-tile__bar" aria-hidden="true">
                <span className="cdo-tile__bar-fill" style={{ width: `${Math.min(100, percent)}%` }} />
              </div>
              <p className="cdo-tile__muted">{t('overview.tiles.budget.share', { percent: formatNumber(percent, lang) })}</p>
            </>
          ) : <p className="cdo-tile__muted">{t('overview.tiles.budget.noActual')}</p>}
          <p className="cdo-tile__muted">
            {t('overview.tiles.budget.split', { investive: formatMoney(y.planInvestive, lang), consumptive: formatMoney(y.planConsumptive, lang) })}
          </p>
        </>
      ) : null}
      <p className="cdo-tile__foot"><a className="kern-link" href={hrefOf('portfolio', 'charts')}>{t('overview.tiles.budget.link')}</a></p>
    </Tile>
  );
}

export function FundingDeadlinesTile() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const list = useLoad((a) => a.listFundingDeadlines({ days: 90 }), []);
  const rows = list.data ?? [];
  return (
    <Tile id="deadlines" title={t('overview.tiles.deadlines.title')} desc={t('overview.tiles.deadlines.desc')}>
      {list.error ? <p className="kern-body cdo-text-danger">{t('overview.tiles.loadError')}</p> : null}
      {list.data && !rows.length ? <p className="cdo-tile__muted">{t('overview.tiles.deadlines.none')}</p> : null}
      {rows.length ? (
        <ul className="cdo-tile__list cdo-tile__list--dated">
          {rows.slice(0, DEADLINES_SHOWN).map((d) => (
            <li key={`${d.kind}-${d.applicationId ?? d.programmeId}`}>
              <span className="cdo-tile__date">
                {formatDate(d.date, lang)}
                <span className="cdo-tile__muted"> ({d.daysLeft === 0 ? t('overview.tiles.milestones.today') : t('overview.tiles.milestones.inDays', { count: d.daysLeft })})</span>
              </span>
              {d.kind === 'reporting' && d.measureId ? (
                <span>
                  {t('overview.tiles.deadlines.reporting')} · <a className="kern-link" href={hrefOf('portfolio', d.measureId, 'finance')}>{d.measureTitle}</a>
                </span>
              ) : (
                <span>
                  {t('overview.tiles.deadlines.application')} · <a className="kern-link" href={hrefOf('funding', d.programmeId)}>{d.programmeName}</a>
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {rows.length > DEADLINES_SHOWN ? <p className="cdo-tile__muted">{t('overview.tiles.milestones.more', { count: rows.length - DEADLINES_SHOWN })}</p> : null}
      <p className="cdo-tile__foot"><a className="kern-link" href={hrefOf('funding')}>{t('overview.tiles.deadlines.link')}</a></p>
    </Tile>
  );
}
