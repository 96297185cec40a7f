/** Budget per year: a plan stack and an actual stack side by side, each split into investive and consumptive. */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { BudgetByYear } from '../../../api/index.ts';
import { currentLang, formatMoney, type UiLang } from '../../i18n/index.ts';
import { BUDGET_COLORS, GRID, TEXT, TICK, formatMoneyShort, sized } from './chart-theme.ts';

const HEIGHT = 360;
const KEYS = ['planInvestive', 'planConsumptive', 'actualInvestive', 'actualConsumptive'] as const;
type Key = (typeof KEYS)[number];

interface TipEntry { dataKey?: unknown; value?: unknown }

function BudgetTip({ active, payload, label, lang }: { active?: boolean; payload?: readonly TipEntry[]; label?: unknown; lang: UiLang }) {
  const { t } = useTranslation();
  if (!active || !payload?.length) return null;
  const row = (payload[0] as { payload?: Record<Key, number | null> }).payload;
  if (!row) return null;
  return (
    <div className="cdo-chart-tip">
      <p className="cdo-chart-tip__title">{String(label)}</p>
      <ul>
        {KEYS.map((k) => (
          <li key={k}>
            <span className="cdo-swatch" style={{ background: BUDGET_COLORS[k] }} aria-hidden="true" />
            {t(`charts.budget.${k}`)}: {row[k] === null ? t('charts.budget.noActual') : formatMoney(row[k], lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function BudgetFigure({ data, width }: { data: BudgetByYear; width?: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const rows = data.years.map((y) => ({ ...y, name: String(y.year) }));
  const chart = (
    <BarChart data={rows} margin={{ top: 8, right: 24, bottom: 8, left: 8 }} barGap={6} barCategoryGap="24%" {...sized(width, HEIGHT)}>
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey="name" tick={{ fill: TEXT, fontSize: 14 }} stroke={GRID} />
      <YAxis width={96} tick={TICK} stroke={GRID} tickFormatter={(v: number) => formatMoneyShort(v, lang)} />
      <Tooltip cursor={{ fill: 'rgba(32, 68, 170, 0.06)' }} content={<BudgetTip lang={lang} />} isAnimationActive={false} />
      <Legend wrapperStyle={{ paddingTop: 12, fontSize: 14, color: TEXT }} iconType="square" itemSorter={(item) => KEYS.indexOf(item.dataKey as Key)} />
      {KEYS.map((k) => (
        <Bar key={k} dataKey={k} name={t(`charts.budget.${k}`)} stackId={k.startsWith('plan') ? 'plan' : 'actual'} fill={BUDGET_COLORS[k]}
          stroke="#ffffff" strokeWidth={1} isAnimationActive={false} maxBarSize={44} />
      ))}
    </BarChart>
  );
  if (width) return chart;
  return <ResponsiveContainer width="100%" height={HEIGHT}>{chart}</ResponsiveContainer>;
}

export function BudgetTable({ data }: { data: BudgetByYear }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const num = 'kern-table__cell kern-table__cell--numeric';
  const head = 'kern-table__header kern-table__header--numeric';
  const money = (v: number | null) => (v === null ? t('charts.none') : formatMoney(v, lang));
  /** A column's sum; an actual column with no figure at all stays a dash. */
  const sumOf = (k: Key) => data.years.reduce<number | null>((a, y) => (y[k] === null ? a : (a ?? 0) + y[k]), null) ?? (k.startsWith('plan') ? 0 : null);
  const actualSum = (a: number | null, b: number | null) => (a === null && b === null ? null : (a ?? 0) + (b ?? 0));
  return (
    <table className="kern-table kern-table--small kern-table--striped">
      <caption className="kern-sr-only">{t('charts.budget.tableCaption')}</caption>
      <thead>
        <tr className="kern-table__row">
          <th scope="col" className="kern-table__header">{t('charts.budget.year')}</th>
          {KEYS.slice(0, 2).map((k) => <th key={k} scope="col" className={head}>{t(`charts.budget.${k}`)}</th>)}
          <th scope="col" className={head}>{t('charts.budget.planTotal')}</th>
          {KEYS.slice(2).map((k) => <th key={k} scope="col" className={head}>{t(`charts.budget.${k}`)}</th>)}
          <th scope="col" className={head}>{t('charts.budget.actualTotal')}</th>
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {data.years.map((y) => (
          <tr className="kern-table__row" key={y.year}>
            <th scope="row" className="kern-table__header">{y.year}</th>
            <td className={num}>{money(y.planInvestive)}</td>
            <td className={num}>{money(y.planConsumptive)}</td>
            <td className={num}>{money(y.planInvestive + y.planConsumptive)}</td>
            <td className={num}>{money(y.actualInvestive)}</td>
            <td className={num}>{money(y.actualConsumptive)}</td>
            <td className={num}>{money(actualSum(y.actualInvestive, y.actualConsumptive))}</td>
          </tr>
        ))}
      </tbody>
      <tfoot className="kern-table__footer">
        <tr className="kern-table__row">
          <th scope="row" className="kern-table__header">{t('charts.funnel.total')}</th>
          <td className={num}>{money(sumOf('planInvestive'))}</td>
          <td className={num}>{money(sumOf('planConsumptive'))}</td>
          <td className={num}>{money(data.totals.plan)}</td>
          <td className={num}>{money(sumOf('actualInvestive'))}</td>
          <td className={num}>{money(sumOf('actualConsumptive'))}</td>
          <td className={num}>{money(data.totals.actual)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
