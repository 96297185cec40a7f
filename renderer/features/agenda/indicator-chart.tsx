/**
 * One indicator over time: its measurements as a line, baseline and target as
 * labelled reference lines; the table beside it is the text alternative.
 */
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { AgendaIndicator } from '../../../api/index.ts';
import { currentLang, formatDate, formatNumber } from '../../i18n/index.ts';
import { ACTION, GRID, MUTED, TEXT, TICK, sized } from '../charts/chart-theme.ts';

const HEIGHT = 220;
const TARGET = '#006b52';

export function IndicatorChart({ indicator, width }: { indicator: AgendaIndicator; width?: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const rows = indicator.measurements.map((m) => ({ label: formatDate(m.measuredOn, lang), value: m.value }));
  const values = [...rows.map((r) => r.value), indicator.baseline, indicator.target].filter((v): v is number => v !== null);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = (hi - lo) * 0.1 || 1;
  const chart = (
    <LineChart accessibilityLayer={false} data={rows} margin={{ top: 16, right: 16, bottom: 4, left: 4 }} {...sized(width, HEIGHT)}>
      <CartesianGrid vertical={false} stroke={GRID} />
      <XAxis dataKey="label" tick={TICK} stroke={GRID} />
      <YAxis width={64} tick={TICK} stroke={GRID} domain={[Math.floor(lo - pad), Math.ceil(hi + pad)]} tickFormatter={(v: number) => formatNumber(v, lang)} />
      <Tooltip isAnimationActive={false} formatter={(v) => [`${formatNumber(Number(v), lang)} ${indicator.unit}`, t('agenda.indicator.value')]} />
      {indicator.baseline !== null ? (
        <ReferenceLine y={indicator.baseline} stroke={MUTED} strokeDasharray="4 4" label={{ value: t('agenda.indicator.baselineShort'), position: 'insideBottomRight', fill: MUTED, fontSize: 12 }} />
      ) : null}
      {indicator.target !== null ? (
        <ReferenceLine y={indicator.target} stroke={TARGET} strokeDasharray="6 3" label={{ value: t('agenda.indicator.targetShort'), position: 'insideTopRight', fill: TARGET, fontSize: 12 }} />
      ) : null}
      <Line type="monotone" dataKey="value" stroke={ACTION} strokeWidth={2} dot={{ r: 4, fill: ACTION }} isAnimationActive={false} name={indicator.name} />
    </LineChart>
  );
  return (
    <figure className="cdo-agenda-chart" aria-hidden="true" style={{ color: TEXT }}>
      {width ? chart : <ResponsiveContainer width="100%" height={HEIGHT}>{chart}</ResponsiveContainer>}
    </figure>
  );
}
