/**
 * "Maßnahmen je Handlungsfeld nach Phase": horizontal bars, one stack per
 * phase in calm KERN colours, no animation. The table beside it carries the
 * same numbers for people who cannot see the chart.
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { PHASES, type Phase } from '../../../api/index.ts';
import { PHASE_COLORS } from '../../components/phase.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { phaseChartHeight } from './phase-chart-size.ts';

export interface ChartRow {
  name: string;
  counts: Record<Phase, number>;
}

/** Legend and tooltip follow the phases' own order, not the alphabet. */
const phaseOrder = (item: { dataKey?: unknown }): number => PHASES.indexOf(item.dataKey as Phase);

const TEXT = '#1d2034';
const MUTED = '#454b6b';
const GRID = '#dfe1ea';

/** Only the phases that have measures, in dark text: the bar colours alone are too light to read. */
interface TipEntry {
  dataKey?: unknown;
  name?: unknown;
  value?: unknown;
}

function PhaseTooltip({ active, payload, label, lang }: { active?: boolean; payload?: readonly TipEntry[]; label?: unknown; lang: 'de' | 'en' }) {
  if (!active || !payload?.length) return null;
  const items = payload.filter((p) => Number(p.value) > 0).sort((a, b) => phaseOrder(a) - phaseOrder(b));
  const total = items.reduce((n, p) => n + Number(p.value), 0);
  return (
    <div className="cdo-chart-tip">
      <p className="cdo-chart-tip__title">{String(label)} · {formatNumber(total, lang)}</p>
      <ul>
        {items.map((p) => (
          <li key={String(p.dataKey)}>
            <span className="cdo-swatch" style={{ background: PHASE_COLORS[p.dataKey as Phase] }} aria-hidden="true" />
            {String(p.name)}: {formatNumber(Number(p.value), lang)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PhaseChart({ rows, width }: { rows: ChartRow[]; width?: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const data = rows.map((r) => ({ name: r.name, ...r.counts }));
  const height = phaseChartHeight(rows.length);
  const longest = Math.max(...rows.map((r) => r.name.length), 10);
  const axisWidth = Math.min(300, Math.max(140, longest * 7.6));

  const chart = (
    <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} barCategoryGap="28%" {...(width ? { width, height } : {})}>
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis type="number" allowDecimals={false} tick={{ fill: MUTED, fontSize: 14 }} stroke={GRID} tickFormatter={(v: number) => formatNumber(v, lang)} />
      <YAxis type="category" dataKey="name" width={axisWidth} tick={{ fill: TEXT, fontSize: 14 }} stroke={GRID} interval={0} />
      <Tooltip cursor={{ fill: 'rgba(32, 68, 170, 0.06)' }} content={<PhaseTooltip lang={lang} />} />
      <Legend wrapperStyle={{ paddingTop: 12, fontSize: 14, color: TEXT }} iconType="square" itemSorter={phaseOrder} />
      {PHASES.map((p) => (
        <Bar key={p} dataKey={p} name={t(`phase.${p}`)} stackId="phases" fill={PHASE_COLORS[p]} stroke="#ffffff" strokeWidth={1} isAnimationActive={false} maxBarSize={28} />
      ))}
    </BarChart>
  );

  if (width) return chart;
  return (
    <ResponsiveContainer width="100%" height={height}>
      {chart}
    </ResponsiveContainer>
  );
}
