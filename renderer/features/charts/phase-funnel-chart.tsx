/** Measures per phase from idea to completion as bars in the phases' own colours; stopped measures are named apart. */
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { PhaseFunnel } from '../../../api/index.ts';
import { PHASE_COLORS } from '../../components/phase.tsx';
import { currentLang, formatMoney, formatNumber } from '../../i18n/index.ts';
import { GRID, TEXT, TICK, sized } from './chart-theme.ts';

const HEIGHT = 280;

export function PhaseFunnelFigure({ data, width }: { data: PhaseFunnel; width?: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const rows = data.steps.map((s) => ({ name: t(`phase.${s.phase}`), count: s.count, phase: s.phase }));
  const chart = (
    <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 48, bottom: 4, left: 8 }} barCategoryGap="22%" {...sized(width, HEIGHT)}>
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis type="number" allowDecimals={false} tick={TICK} stroke={GRID} tickFormatter={(v: number) => formatNumber(v, lang)} />
      <YAxis type="category" dataKey="name" width={130} tick={{ fill: TEXT, fontSize: 14 }} stroke={GRID} interval={0} />
      <Bar dataKey="count" isAnimationActive={false} maxBarSize={34}>
        {rows.map((r) => <Cell key={r.phase} fill={PHASE_COLORS[r.phase]} />)}
        <LabelList dataKey="count" position="right" fill={TEXT} fontSize={14} formatter={(v: unknown) => formatNumber(Number(v), lang)} />
      </Bar>
    </BarChart>
  );
  if (width) return chart;
  return <ResponsiveContainer width="100%" height={HEIGHT}>{chart}</ResponsiveContainer>;
}

export function StoppedLine({ data }: { data: PhaseFunnel }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <p className="kern-body cdo-charts__stopped">
      <span className="cdo-swatch" style={{ background: PHASE_COLORS.stopped }} aria-hidden="true" />
      {data.stopped.count === 0 ? t('charts.funnel.stoppedNone') : t('charts.funnel.stopped', { count: data.stopped.count, n: formatNumber(data.stopped.count, lang), budget: formatMoney(data.stopped.budget, lang) })}
    </p>
  );
}

export function PhaseFunnelTable({ data }: { data: PhaseFunnel }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const num = 'kern-table__cell kern-table__cell--numeric';
  const head = 'kern-table__header kern-table__header--numeric';
  const budget = data.steps.reduce((a, s) => a + s.budget, data.stopped.budget);
  return (
    <table className="kern-table kern-table--small kern-table--striped">
      <caption className="kern-sr-only">{t('charts.funnel.tableCaption')}</caption>
      <thead>
        <tr className="kern-table__row">
          <th scope="col" className="kern-table__header">{t('charts.funnel.phase')}</th>
          <th scope="col" className={head}>{t('charts.funnel.count')}</th>
          <th scope="col" className={head}>{t('charts.funnel.budget')}</th>
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {data.steps.map((s) => (
          <tr className="kern-table__row" key={s.phase}>
            <th scope="row" className="kern-table__header">{t(`phase.${s.phase}`)}</th>
            <td className={num}>{formatNumber(s.count, lang)}</td>
            <td className={num}>{formatMoney(s.budget, lang)}</td>
          </tr>
        ))}
        <tr className="kern-table__row cdo-charts__apart">
          <th scope="row" className="kern-table__header">{t('phase.stopped')}</th>
          <td className={num}>{formatNumber(data.stopped.count, lang)}</td>
          <td className={num}>{formatMoney(data.stopped.budget, lang)}</td>
        </tr>
      </tbody>
      <tfoot className="kern-table__footer">
        <tr className="kern-table__row">
          <th scope="row" className="kern-table__header">{t('charts.funnel.total')}</th>
          <td className={num}>{formatNumber(data.total, lang)}</td>
          <td className={num}>{formatMoney(budget, lang)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
