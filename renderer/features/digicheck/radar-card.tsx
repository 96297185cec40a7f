/**
 * Ist against Soll per dimension as a radar (weighted averages on the 0–4
 * scale), with a visible summary and the figures as a table.
 */
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { DigicheckAssessment } from '../../../api/index.ts';
import { currentLang } from '../../i18n/index.ts';
import { ChartCard } from '../charts/chart-card.tsx';
import { GRID, TEXT, TICK, sized } from '../charts/chart-theme.ts';
import { average, signed } from './scale.ts';

export const IST_COLOR = '#1537a1';
export const SOLL_COLOR = '#008767';
const HEIGHT = 420;

/** Dimension names run long ("Informationssicherheit & Datenschutz"): wrapped onto lines of about 18 characters. */
export function wrapLabel(text: string, width = 18): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + word).length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface TickProps { x?: number | string; y?: number | string; textAnchor?: 'start' | 'middle' | 'end' | 'inherit'; payload?: { value: string } }

function AngleTick({ x = 0, y = 0, textAnchor = 'middle', payload }: TickProps) {
  const lines = wrapLabel(payload?.value ?? '');
  const top = Number(y) < HEIGHT / 2;
  // Lines grow away from the chart: upwards above the centre, downwards below it.
  const dy = top ? -(lines.length - 1) * 14 : 0;
  return (
    <text x={x} y={Number(y) + dy} textAnchor={textAnchor} fill={TEXT} fontSize={12}>
      {lines.map((l, i) => <tspan key={l} x={x} dy={i === 0 ? 0 : 14}>{l}</tspan>)}
    </text>
  );
}

/** Recharts draws a missing value as the centre; a dimension without answers is left out of the figure instead. */
export function RadarFigure({ data, series, width }: { data: Record<string, string | number | null>[]; series: { key: string; name: string; color: string; dashed?: boolean }[]; width?: number }) {
  const chart = (
    <RadarChart data={data} outerRadius="68%" margin={{ top: 24, right: 48, bottom: 8, left: 48 }} {...sized(width, HEIGHT)}>
      <PolarGrid stroke={GRID} />
      <PolarAngleAxis dataKey="name" tick={<AngleTick />} />
      {/* Between the first two spokes, so the scale does not sit on a dimension's name. */}
      <PolarRadiusAxis domain={[0, 4]} tickCount={5} angle={90 - 180 / Math.max(data.length, 1)} tick={{ ...TICK, fontSize: 11 }} stroke={GRID} />
      {series.map((s) => (
        <Radar key={s.key} dataKey={s.key} name={s.name} stroke={s.color} fill={s.color} fillOpacity={s.dashed ? 0.05 : 0.18}
          strokeWidth={2} strokeDasharray={s.dashed ? '6 4' : undefined} isAnimationActive={false} dot={{ r: 3 }} />
      ))}
      <Legend wrapperStyle={{ paddingTop: 8, fontSize: 14, color: TEXT }} />
    </RadarChart>
  );
  return width ? chart : <ResponsiveContainer width="100%" height={HEIGHT}>{chart}</ResponsiveContainer>;
}

export function RadarCard({ assessment, width }: { assessment: DigicheckAssessment; width?: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const scored = assessment.dimensions.filter((d) => d.ist !== null || d.soll !== null);
  const gaps = scored.filter((d) => d.ist !== null && d.soll !== null).map((d) => ({ name: d.name, gap: d.soll! - d.ist! })).sort((a, b) => b.gap - a.gap);
  const figure = scored.length >= 3
    ? <RadarFigure data={scored.map((d) => ({ name: d.name, ist: d.ist, soll: d.soll }))} series={[{ key: 'ist', name: t('digicheck.ist'), color: IST_COLOR }, { key: 'soll', name: t('digicheck.soll'), color: SOLL_COLOR, dashed: true }]} width={width} />
    : null;
  const table = (
    <table className="kern-table kern-table--small kern-table--striped">
      <caption className="kern-sr-only">{t('digicheck.radar.caption')}</caption>
      <thead>
        <tr className="kern-table__row">
          <th scope="col" className="kern-table__header">{t('digicheck.col.dimension')}</th>
          <th scope="col" className="kern-table__header cdo-dc-num">{t('digicheck.ist')}</th>
          <th scope="col" className="kern-table__header cdo-dc-num">{t('digicheck.soll')}</th>
          <th scope="col" className="kern-table__header cdo-dc-num">{t('digicheck.col.gap')}</th>
          <th scope="col" className="kern-table__header cdo-dc-num">{t('digicheck.col.answered')}</th>
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {assessment.dimensions.map((d) => (
          <tr key={d.key} className="kern-table__row">
            <th scope="row" className="kern-table__cell">{d.name}</th>
            <td className="kern-table__cell cdo-dc-num">{average(d.ist, lang)}</td>
            <td className="kern-table__cell cdo-dc-num">{average(d.soll, lang)}</td>
            <td className="kern-table__cell cdo-dc-num">{d.ist !== null && d.soll !== null ? signed(Math.round((d.soll - d.ist) * 100) / 100, lang) : '–'}</td>
            <td className="kern-table__cell cdo-dc-num cdo-nowrap">{t('digicheck.answeredOf', { answered: d.answered, questions: d.questions })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartCard
      title={t('digicheck.radar.title')}
      description={t('digicheck.radar.description')}
      chart={figure}
      // Without a figure the table is the result, shown at once.
      empty={<><p className="kern-body">{t('digicheck.radar.empty')}</p><div className="kern-table-responsive">{table}</div></>}
      summary={assessment.ist !== null ? (
        <p className="kern-body kern-body--small">
          {t('digicheck.radar.summary', { ist: average(assessment.ist, lang), soll: average(assessment.soll, lang) })}
          {gaps[0] && gaps[0].gap > 0 ? ` ${t('digicheck.radar.largestGap', { name: gaps[0].name, gap: average(Math.round(gaps[0].gap * 100) / 100, lang) })}` : ''}
          {scored.length < assessment.dimensions.length
            ? ` ${t('digicheck.radar.unscored', { names: assessment.dimensions.filter((d) => !scored.includes(d)).map((d) => d.name).join(', ') })}`
            : ''}
        </p>
      ) : null}
      table={table}
    />
  );
}
