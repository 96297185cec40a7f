/**
 * Funding share over time: each year's planned costs stacked by who pays
 * (funding, own funds, partners, other, not yet covered), and the funding
 * share as a line on a percent axis.
 */
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { FundingShare } from '../../../api/index.ts';
import { currentLang, formatMoney, formatNumber, type UiLang } from '../../i18n/index.ts';
import { FINANCING_COLORS, GRID, SHARE_COLOR, TEXT, TICK, formatMoneyShort, sized } from './chart-theme.ts';

const HEIGHT = 360;
/** Funding first: it is what this chart is about, so it sits on the axis. */
export const FINANCING_KEYS = ['funding', 'own', 'partner', 'other', 'open'] as const;
type Key = (typeof FINANCING_KEYS)[number];
/** The legend in the order of the stack, the share line last (recharts would sort by name). */
const LEGEND_ORDER: readonly string[] = [...FINANCING_KEYS, 'sharePercent'];

const percent = (share: number | null, lang: UiLang) => (share === null ? '–' : `${formatNumber(Math.round(share * 100), lang)} %`);

interface Row { name: string; sharePercent: number | null; year: number; plan: number; share: number | null; funding: number; own: number; partner: number; other: number; open: number }

function ShareTip({ active, payload, label, lang }: { active?: boolean; payload?: readonly { payload?: Row }[]; label?: unknown; lang: UiLang }) {
  const { t } = useTranslation();
  const row = active ? payload?.[0]?.payload : undefined;
  if (!row) return null;
  return (
    <div className="cdo-chart-tip">
      <p className="cdo-chart-tip__title">{String(label)}: {t('charts.funding.tipShare', { share: percent(row.share, lang) })}</p>
      <ul>
        {FINANCING_KEYS.map((k) => (
          <li key={k}>
            <span className="cdo-swatch" style={{ background: FINANCING_COLORS[k] }} aria-hidden="true" />
            {t(`charts.funding.${k}`)}: {formatMoney(row[k], lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function FundingShareFigure({ data, width }: { data: FundingShare; width?: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const rows: Row[] = data.years.map((y) => ({ ...y, name: String(y.year), sharePercent: y.share === null ? null : Math.round(y.share * 1000) / 10 }));
  const chart = (
    <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 8 }} barCategoryGap="28%" {...sized(width, HEIGHT)}>
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey="name" tick={{ fill: TEXT, fontSize: 14 }} stroke={GRID} />
      <YAxis yAxisId="money" width={96} tick={TICK} stroke={GRID} tickFormatter={(v: number) => formatMoneyShort(v, lang)} />
      <YAxis yAxisId="share" orientation="right" width={56} domain={[0, 100]} tick={TICK} stroke={GRID} tickFormatter={(v: number) => `${v} %`} />
      <Tooltip cursor={{ fill: 'rgba(32, 68, 170, 0.06)' }} content={<ShareTip lang={lang} />} isAnimationActive={false} />
      <Legend wrapperStyle={{ paddingTop: 12, fontSize: 14, color: TEXT }} iconType="square" itemSorter={(item) => LEGEND_ORDER.indexOf(String(item.dataKey))} />
      {FINANCING_KEYS.map((k) => (
        <Bar key={k} yAxisId="money" dataKey={k} name={t(`charts.funding.${k}`)} stackId="plan" fill={FINANCING_COLORS[k]}
          stroke="#ffffff" strokeWidth={1} isAnimationActive={false} maxBarSize={48} />
      ))}
      <Line yAxisId="share" dataKey="sharePercent" name={t('charts.funding.share')} stroke={SHARE_COLOR} strokeWidth={2.5}
        dot={{ r: 4, fill: SHARE_COLOR }} connectNulls isAnimationActive={false} legendType="line" />
    </ComposedChart>
  );
  if (width) return chart;
  return <ResponsiveContainer width="100%" height={HEIGHT}>{chart}</ResponsiveContainer>;
}

export function FundingShareTable({ data }: { data: FundingShare }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const num = 'kern-table__cell kern-table__cell--numeric';
  const head = 'kern-table__header kern-table__header--numeric';
  const sum = (k: Key) => data.years.reduce((a, y) => a + y[k], 0);
  return (
    <table className="kern-table kern-table--small kern-table--striped">
      <caption className="kern-sr-only">{t('charts.funding.tableCaption')}</caption>
      <thead>
        <tr className="kern-table__row">
          <th scope="col" className="kern-table__header">{t('charts.budget.year')}</th>
          <th scope="col" className={head}>{t('charts.funding.plan')}</th>
          {FINANCING_KEYS.map((k) => <th key={k} scope="col" className={head}>{t(`charts.funding.${k}`)}</th>)}
          <th scope="col" className={head}>{t('charts.funding.share')}</th>
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {data.years.map((y) => (
          <tr className="kern-table__row" key={y.year}>
            <th scope="row" className="kern-table__header">{y.year}</th>
            <td className={num}>{formatMoney(y.plan, lang)}</td>
            {FINANCING_KEYS.map((k) => <td key={k} className={num}>{formatMoney(y[k], lang)}</td>)}
            <td className={num}>{percent(y.share, lang)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot className="kern-table__footer">
        <tr className="kern-table__row">
          <th scope="row" className="kern-table__header">{t('charts.funnel.total')}</th>
          <td className={num}>{formatMoney(data.totals.plan, lang)}</td>
          {FINANCING_KEYS.map((k) => <td key={k} className={num}>{formatMoney(sum(k), lang)}</td>)}
          <td className={num}>{percent(data.totals.share, lang)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** One sentence for everyone (and screen readers): the share overall and in the years with the most and least funding. */
export function FundingShareSummary({ data }: { data: FundingShare }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const withPlan = data.years.filter((y) => y.share !== null);
  if (!withPlan.length) return null;
  const best = withPlan.reduce((a, y) => (y.share! > a.share! ? y : a));
  const open = data.years.reduce((a, y) => a + y.open, 0);
  return (
    <p className="kern-body kern-body--small">
      {t('charts.funding.summary', {
        share: percent(data.totals.share, lang), funding: formatMoney(data.totals.funding, lang), plan: formatMoney(data.totals.plan, lang),
        bestYear: best.year, bestShare: percent(best.share, lang), measures: formatNumber(data.measures, lang),
      })}
      {open > 0 ? ` ${t('charts.funding.openSummary', { open: formatMoney(open, lang) })}` : ''}
    </p>
  );
}
