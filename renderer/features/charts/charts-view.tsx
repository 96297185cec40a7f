/**
 * Portfolio → Diagramme (#/portfolio/charts): value vs effort, the phase
 * funnel, budget per year, the funding share over time, the traffic-light
 * matrix and the milestone timeline. Each chart loads its own data from
 * core/charts and has a table alternative.
 * Imports only api/ and renderer code.
 */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MILESTONE_GROUPINGS, type MilestoneGrouping } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { FormField, SelectBox } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page.tsx';
import { WhenNear } from '../../components/when-near.tsx';
import { currentLang, formatMoney, formatNumber } from '../../i18n/index.ts';
import { PortfolioNav } from '../portfolio/portfolio-nav.tsx';
import { BudgetFigure, BudgetTable } from './budget-chart.tsx';
import { ChartCard } from './chart-card.tsx';
import { MilestoneTable, MilestoneTimelineFigure, TIMELINE_MAX_ROWS, TimelineLegend } from './milestone-timeline-chart.tsx';
import { FundingShareFigure, FundingShareSummary, FundingShareTable } from './funding-share-chart.tsx';
import { PhaseFunnelFigure, PhaseFunnelTable, StoppedLine } from './phase-funnel-chart.tsx';
import { StatusCountsFigure, StatusCountsTable, StatusMatrixTable } from './status-matrix-chart.tsx';
import { UnplacedList, ValueEffortFigure, ValueEffortSummary, ValueEffortTable } from './value-effort-chart.tsx';
import './charts.css';

/** `chartWidth` gives every chart a fixed width (tests: jsdom has no layout). */
export function ChartsView({ chartWidth }: { chartWidth?: number }) {
  const { t } = useTranslation();
  return (
    <>
      <PortfolioNav current="charts" />
      <PageHeader title={t('charts.title')} lead={t('charts.lead')} />
      <div className="cdo-charts">
        {CARDS.map(([key, Card]) => (
          // Until it comes near the viewport, a card holds its place with its heading (see WhenNear).
          <WhenNear key={key} placeholder={<ChartCard waiting title={t(`charts.${key}.title`)} description={t(`charts.${key}.desc`)} chart={null} />}>
            <Card width={chartWidth} />
          </WhenNear>
        ))}
      </div>
    </>
  );
}

type CardProps = { width?: number | undefined };

function ValueEffortCard({ width }: CardProps) {
  const { t } = useTranslation();
  const chart = useLoad((a) => a.getValueEffortChart({}), []);
  const d = chart.data;
  return (
    <ChartCard
      tableOnOpen
      title={t('charts.ve.title')}
      description={d?.mode === 'grid' ? t('charts.ve.descGrid') : t('charts.ve.desc')}
      loading={!d}
      error={chart.error?.message ?? null}
      chart={d && d.placed > 0 ? <ValueEffortFigure data={d} {...(width ? { width } : {})} /> : null}
      empty={
        <p className="kern-body">
          {t('charts.ve.empty')} <a className="kern-link" href={hrefOf('portfolio', 'ranking')}>{t('charts.ve.emptyAction')}</a>
        </p>
      }
      summary={d ? <ValueEffortSummary data={d} /> : null}
      table={d ? <ValueEffortTable data={d} /> : null}
      after={d ? <UnplacedList data={d} /> : null}
    />
  );
}

function PhaseFunnelCard({ width }: CardProps) {
  const { t } = useTranslation();
  const [fieldId, setFieldId] = useState('');
  const funnel = useLoad((a) => a.getPhaseFunnel({ fieldId: fieldId || null }), [fieldId]);
  const d = funnel.data;
  return (
    <ChartCard
      tableOnOpen
      title={t('charts.funnel.title')}
      description={t('charts.funnel.desc')}
      controls={<FieldFilter value={fieldId} onChange={setFieldId} />}
      loading={!d}
      error={funnel.error?.message ?? null}
      chart={d && d.total > 0 ? <PhaseFunnelFigure data={d} {...(width ? { width } : {})} /> : null}
      empty={<p className="kern-body">{t('charts.funnel.empty')}</p>}
      after={d ? <StoppedLine data={d} /> : null}
      table={d ? <PhaseFunnelTable data={d} /> : null}
    />
  );
}

function BudgetCard({ width }: CardProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const budget = useLoad((a) => a.getBudgetByYear({}), []);
  const d = budget.data;
  return (
    <ChartCard
      tableOnOpen
      title={t('charts.budget.title')}
      description={t('charts.budget.desc')}
      loading={!d}
      error={budget.error?.message ?? null}
      chart={d && d.items > 0 ? <BudgetFigure data={d} {...(width ? { width } : {})} /> : null}
      empty={<p className="kern-body">{t('charts.budget.empty')}</p>}
      summary={d ? <p className="kern-body kern-body--small">{t('charts.budget.summary', { plan: formatMoney(d.totals.plan, lang), actual: formatMoney(d.totals.actual, lang), items: formatNumber(d.items, lang) })}</p> : null}
      table={d ? <BudgetTable data={d} /> : null}
    />
  );
}

function FundingShareCard({ width }: CardProps) {
  const { t } = useTranslation();
  const share = useLoad((a) => a.getFundingShare({}), []);
  const d = share.data;
  return (
    <ChartCard
      tableOnOpen
      title={t('charts.funding.title')}
      description={t('charts.funding.desc')}
      loading={!d}
      error={share.error?.message ?? null}
      chart={d && d.totals.plan > 0 ? <FundingShareFigure data={d} {...(width ? { width } : {})} /> : null}
      empty={<p className="kern-body">{t('charts.funding.empty')}</p>}
      summary={d ? <FundingShareSummary data={d} /> : null}
      table={d ? <FundingShareTable data={d} /> : null}
    />
  );
}

function StatusMatrixCard({ width }: CardProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const [fieldId, setFieldId] = useState('');
  const matrix = useLoad((a) => a.getStatusMatrix({ fieldId: fieldId || null }), [fieldId]);
  const d = matrix.data;
  return (
    <ChartCard
      tableOnOpen
      title={t('charts.matrix.title')}
      description={t('charts.matrix.desc')}
      controls={<FieldFilter value={fieldId} onChange={setFieldId} />}
      loading={!d}
      error={matrix.error?.message ?? null}
      chart={d && d.reported > 0 ? <StatusCountsFigure data={d} {...(width ? { width } : {})} /> : null}
      empty={<p className="kern-body">{t('charts.matrix.empty')}</p>}
      summary={d && d.reported > 0 ? (
        <p className="kern-body kern-body--small">
          {t('charts.matrix.summary', { reported: formatNumber(d.reported, lang), red: formatNumber(d.counts.overall.red, lang), yellow: formatNumber(d.counts.overall.yellow, lang) })}
          {d.unreported > 0 ? ` ${t('charts.matrix.unreported', { count: d.unreported })}` : ''}
        </p>
      ) : null}
      after={d && d.rows.length ? (
        <>
          <h3 className="kern-heading-x-small cdo-matrix__title">
            {d.rows.length < d.reported ? t('charts.matrix.worstOf', { shown: d.rows.length, count: formatNumber(d.reported, lang) }) : t('charts.matrix.all')}
          </h3>
          <StatusMatrixTable data={d} />
        </>
      ) : null}
      table={d ? <StatusCountsTable data={d} /> : null}
    />
  );
}

function TimelineCard({ width }: CardProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const [year, setYear] = useState<number | null>(null);
  const [groupBy, setGroupBy] = useState<MilestoneGrouping>('measure');
  const timeline = useLoad((a) => a.getMilestoneTimeline({ groupBy, ...(year ? { year } : {}) }), [year, groupBy]);
  const d = timeline.data;
  const thisYear = d ? Number(d.today.slice(0, 4)) : null;
  const centre = year ?? thisYear;
  const noField = t('charts.ve.noField');
  const rowCount = d?.rows.length ?? 0;
  return (
    <ChartCard
      tableOnOpen
      title={t('charts.timeline.title')}
      description={t('charts.timeline.desc')}
      controls={
        <>
          <FormField label={t('charts.timeline.year')} className="cdo-charts__control">
            {({ invalid: _i, ...p }) => (
              <SelectBox {...p} value={centre ?? ''} onChange={(e) => setYear(Number(e.target.value))} disabled={thisYear === null}>
                {thisYear === null ? <option value="">{t('common.loading')}</option> : null}
                {thisYear !== null
                  ? [-2, -1, 0, 1, 2].map((k) => thisYear + k).map((y) => (
                    <option key={y} value={y}>{t('charts.timeline.window', { from: y - 1, to: y + 1 })}</option>
                  ))
                  : null}
              </SelectBox>
            )}
          </FormField>
          <fieldset className="kern-fieldset cdo-charts__control">
            <legend className="kern-label">{t('charts.timeline.groupBy')}</legend>
            <div className="kern-fieldset__body kern-fieldset__body--horizontal">
              {MILESTONE_GROUPINGS.map((g) => (
                <div className="kern-form-check" key={g}>
                  <input className="kern-form-check__radio" type="radio" id={`timeline-group-${g}`} name="timeline-group" value={g} checked={groupBy === g} onChange={() => setGroupBy(g)} />
                  <label className="kern-label" htmlFor={`timeline-group-${g}`}>{t(`charts.timeline.group.${g}`)}</label>
                </div>
              ))}
            </div>
          </fieldset>
        </>
      }
      loading={!d}
      error={timeline.error?.message ?? null}
      chart={d && rowCount > 0 ? <MilestoneTimelineFigure data={d} noField={noField} {...(width ? { width } : {})} /> : null}
      empty={<p className="kern-body">{t('charts.timeline.empty')}</p>}
      summary={d ? (
        <>
          <TimelineLegend data={d} />
          {rowCount > TIMELINE_MAX_ROWS ? <p className="kern-body kern-body--small">{t('charts.timeline.more', { shown: TIMELINE_MAX_ROWS, count: formatNumber(rowCount, lang) })}</p> : null}
          {d.undated > 0 ? <p className="kern-body kern-body--small kern-body--muted">{t('charts.timeline.undated', { count: d.undated })}</p> : null}
        </>
      ) : null}
      table={d ? <MilestoneTable data={d} noField={noField} /> : null}
    />
  );
}

/** "Handlungsfeld: alle / …", the filter the funnel and the light matrix share. */
function FieldFilter({ value, onChange }: { value: string; onChange(fieldId: string): void }) {
  const { t } = useTranslation();
  const fields = useLoad((a) => a.listFields(), []);
  return (
    <FormField label={t('charts.funnel.field')} className="cdo-charts__control">
      {({ invalid: _i, ...p }) => (
        <SelectBox {...p} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t('charts.funnel.allFields')}</option>
          {(fields.data ?? []).map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
        </SelectBox>
      )}
    </FormField>
  );
}

/** The charts in their order on the page, by their key in the translations. */
const CARDS: [string, (props: CardProps) => ReactNode][] = [
  ['ve', ValueEffortCard], ['funnel', PhaseFunnelCard], ['budget', BudgetCard], ['funding', FundingShareCard], ['matrix', StatusMatrixCard], ['timeline', TimelineCard],
];
