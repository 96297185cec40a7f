/**
 * Übersicht, the cockpit's home page: key figures, the tiles that say what is
 * due, and the measures-by-field-and-phase chart with its table alternative.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, type FieldPhaseCount } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { currentLang, formatMoney, formatMoneyShort, formatNumber } from '../../i18n/index.ts';
import { OverviewTiles } from './overview-tiles.tsx';
import { DeferredPhaseChart } from './deferred-phase-chart.tsx';
import type { ChartRow } from './phase-chart.tsx';

const sum = (r: FieldPhaseCount) => PHASES.reduce((n, p) => n + r.counts[p], 0);

export function OverviewView({ chartWidth }: { chartWidth?: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const chartId = useId();
  const overview = useLoad((a) => a.getOverview(), []);

  if (overview.error) {
    return (
      <>
        <PageHeader title={t('module.overview.name')} />
        <Alert kind="danger" title={t('overview.loadError')}>
          <p className="kern-body">{overview.error.message}</p>
        </Alert>
      </>
    );
  }
  if (!overview.data) return <Loading label={t('common.loading')} />;

  const o = overview.data;
  const rows: ChartRow[] = o.byFieldPhase.map((r) => ({ name: r.fieldName ?? t('measure.noField'), counts: r.counts }));
  const running = o.byFieldPhase.reduce((n, r) => n + r.counts.implementation, 0);
  const inOperation = o.byFieldPhase.reduce((n, r) => n + r.counts.operation + r.counts.completed, 0);
  const totals = Object.fromEntries(PHASES.map((p) => [p, o.byFieldPhase.reduce((n, r) => n + r.counts[p], 0)]));

  return (
    <>
      <PageHeader title={t('module.overview.name')} lead={t('overview.lead')} />
      <section aria-label={t('overview.figures')} className="cdo-figures">
        <div className="cdo-figure">
          <p className="cdo-figure__label">{t('overview.measureCount')}</p>
          <p className="cdo-figure__value">{formatNumber(o.measureCount, lang)}</p>
        </div>
        <div className="cdo-figure">
          <p className="cdo-figure__label">{t('overview.budgetTotal')}</p>
          {/* Short from ten million on, so a Kreis's billions fit the tile; the exact amount on hover. */}
          <p className="cdo-figure__value" title={formatMoney(o.budgetTotal, lang)}>{formatMoneyShort(o.budgetTotal, lang)}</p>
        </div>
        <div className="cdo-figure">
          <p className="cdo-figure__label">{t('overview.running')}</p>
          <p className="cdo-figure__value">{formatNumber(running, lang)}</p>
        </div>
        <div className="cdo-figure">
          <p className="cdo-figure__label">{t('overview.operating')}</p>
          <p className="cdo-figure__value">{formatNumber(inOperation, lang)}</p>
        </div>
      </section>

      {o.measureCount ? <OverviewTiles /> : null}

      <section className="kern-card kern-card--hug cdo-section cdo-chart-card" aria-labelledby={`${chartId}-title`}>
        <div className="kern-card__container">
          <div className="kern-card__header">
            <h2 className="kern-heading-small" id={`${chartId}-title`}>{t('overview.chartTitle')}</h2>
            <p className="kern-body kern-body--small kern-body--muted" id={`${chartId}-desc`}>{t('overview.chartDesc')}</p>
          </div>
          {rows.length === 0 ? (
            <p className="kern-body">
              {t('overview.empty')}{' '}
              <a className="kern-link" href={hrefOf('portfolio', 'new')}>{t('overview.emptyAction')}</a>
            </p>
          ) : (
            <>
              <DeferredPhaseChart rows={rows} {...(chartWidth ? { width: chartWidth } : {})} labelledBy={`${chartId}-title`} describedBy={`${chartId}-desc`} />
              <details className="cdo-details">
                <summary className="cdo-details__summary">{t('overview.showTable')}</summary>
                <div className="kern-table-responsive">
                  <table className="kern-table kern-table--small kern-table--striped">
                    <caption className="kern-sr-only">{t('overview.chartTitle')}</caption>
                    <thead>
                      <tr className="kern-table__row">
                        <th scope="col" className="kern-table__header">{t('overview.col.field')}</th>
                        {PHASES.map((p) => <th key={p} scope="col" className="kern-table__header kern-table__header--numeric">{t(`phase.${p}`)}</th>)}
                        <th scope="col" className="kern-table__header kern-table__header--numeric">{t('overview.col.total')}</th>
                      </tr>
                    </thead>
                    <tbody className="kern-table__body">
                      {o.byFieldPhase.map((r) => (
                        <tr className="kern-table__row" key={r.fieldId ?? 'none'}>
                          <th scope="row" className="kern-table__header">{r.fieldName ?? t('measure.noField')}</th>
                          {PHASES.map((p) => <td key={p} className="kern-table__cell kern-table__cell--numeric">{formatNumber(r.counts[p], lang)}</td>)}
                          <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(sum(r), lang)}</td>
                        </tr>
                      ))}
                    </tbody>
                    <tfoot className="kern-table__footer">
                      <tr className="kern-table__row">
                        <th scope="row" className="kern-table__header">{t('overview.col.total')}</th>
                        {PHASES.map((p) => <td key={p} className="kern-table__cell kern-table__cell--numeric">{formatNumber(totals[p] ?? 0, lang)}</td>)}
                        <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(o.measureCount, lang)}</td>
                      </tr>
                    </tfoot>
                  </table>
                </div>
              </details>
            </>
          )}
        </div>
      </section>
    </>
  );
}
