/**
 * Value vs effort for a large portfolio: the core's grid of counts drawn as
 * one plain SVG (cells, quadrants, axes), not with recharts.
 *
 * Why not recharts: a Chromium trace of "Diagramme" at 10,000 measures showed
 * the first version (one ReferenceArea per cell) spending ~250 ms of main
 * thread in recharts' store, selectors and text measuring for ~100
 * rectangles; even one Scatter with a shape per cell kept most of that fixed
 * cost. A heat grid has nothing recharts must compute (fixed 0–100 axes, no
 * data-driven scale), so it is drawn directly, scaled by the viewBox (no
 * size measuring either). The bubbles for smaller portfolios stay recharts.
 */
import { useTranslation } from 'react-i18next';
import { QUADRANTS, type Quadrant, type ValueEffortCell, type ValueEffortChart } from '../../../api/index.ts';
import { currentLang, formatMoney, formatNumber, type UiLang } from '../../i18n/index.ts';
import { ACTION, GRID, MUTED, TEXT } from './chart-theme.ts';

const W = 900;
const H = 480;
const M = { top: 30, right: 24, bottom: 62, left: 72 };
const PW = W - M.left - M.right;
const PH = H - M.top - M.bottom;
const AXIS_TICKS = [0, 25, 50, 75, 100];

const x = (effort: number) => M.left + (effort / 100) * PW;
const y = (value: number) => M.top + (1 - value / 100) * PH;

/** The quadrant tints (as in the bubble chart) and where each name sits: above the plot for high value, below it for low. */
export const QUADRANT_FILL: Record<Quadrant, string> = { quickWin: '#eaf6f1', bigBet: '#f3f5fa', fillIn: '#f7f8fa', reconsider: '#fbf4f2' };
const QUADRANT_AT: Record<Quadrant, { effort: [number, number]; value: [number, number]; labelX: number; labelY: number; anchor: 'start' | 'end' }> = {
  quickWin: { effort: [0, 50], value: [50, 100], labelX: x(0), labelY: M.top - 10, anchor: 'start' },
  bigBet: { effort: [50, 100], value: [50, 100], labelX: x(100), labelY: M.top - 10, anchor: 'end' },
  fillIn: { effort: [0, 50], value: [0, 50], labelX: x(0), labelY: H - 8, anchor: 'start' },
  reconsider: { effort: [50, 100], value: [0, 50], labelX: x(100), labelY: H - 8, anchor: 'end' },
};

function range(from: number, step: number, lang: UiLang): string {
  return `${formatNumber(from, lang)}–${formatNumber(Math.min(100, from + step), lang)}`;
}

function GridCell({ cell, step, max, lang }: { cell: ValueEffortCell; step: number; max: number; lang: UiLang }) {
  const { t } = useTranslation();
  const x0 = x(cell.effortFrom);
  const x1 = x(Math.min(100, cell.effortFrom + step));
  const y0 = y(Math.min(100, cell.valueFrom + step));
  const y1 = y(cell.valueFrom);
  const level = 0.12 + 0.78 * (cell.count / max);
  // The native tooltip: a hover tells the cell's ranges and budget.
  const tip = `${t('charts.ve.cellTip', { count: formatNumber(cell.count, lang) })} · ${t('charts.ve.value')} ${range(cell.valueFrom, step, lang)} · ${t('charts.ve.effort')} ${range(cell.effortFrom, step, lang)} · ${t('charts.ve.budget')} ${formatMoney(cell.budget, lang)}`;
  return (
    <g className="cdo-ve-cell">
      <title>{tip}</title>
      <rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} fill={ACTION} fillOpacity={level} stroke="#ffffff" strokeWidth={1} />
      <text x={(x0 + x1) / 2} y={(y0 + y1) / 2} dy="0.35em" textAnchor="middle" fill={level > 0.5 ? '#ffffff' : TEXT} fontSize={13} fontWeight={600}>
        {formatNumber(cell.count, lang)}
      </text>
    </g>
  );
}

export function ValueEffortGrid({ data }: { data: ValueEffortChart }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const max = Math.max(1, ...data.cells.map((c) => c.count));
  return (
    // Hidden from screen readers like the recharts charts' marks: the figure's description, the quadrant counts below it and the table say the same in words.
    <svg className="cdo-ve-grid" viewBox={`0 0 ${W} ${H}`} width="100%" aria-hidden="true" focusable="false">
      {QUADRANTS.map((q) => {
        const a = QUADRANT_AT[q];
        return <rect key={q} x={x(a.effort[0])} y={y(a.value[1])} width={x(a.effort[1]) - x(a.effort[0])} height={y(a.value[0]) - y(a.value[1])} fill={QUADRANT_FILL[q]} />;
      })}
      {AXIS_TICKS.map((v) => (
        <g key={v} stroke={GRID}>
          <line x1={x(v)} x2={x(v)} y1={y(0)} y2={y(100)} />
          <line x1={x(0)} x2={x(100)} y1={y(v)} y2={y(v)} />
        </g>
      ))}
      {data.cells.map((c) => <GridCell key={`${c.effortFrom}:${c.valueFrom}`} cell={c} step={data.step} max={max} lang={lang} />)}
      {/* The quadrant borders on top of the cells, so the four fields stay visible where cells are dense. */}
      <line x1={x(50)} x2={x(50)} y1={y(0)} y2={y(100)} stroke="#9a9fbb" strokeDasharray="4 4" />
      <line x1={x(0)} x2={x(100)} y1={y(50)} y2={y(50)} stroke="#9a9fbb" strokeDasharray="4 4" />
      <g fill={MUTED} fontSize={13}>
        {AXIS_TICKS.map((v) => (
          <g key={v}>
            <text x={x(v)} y={y(0) + 20} textAnchor="middle">{formatNumber(v, lang)}</text>
            <text x={x(0) - 8} y={y(v)} dy="0.35em" textAnchor="end">{formatNumber(v, lang)}</text>
          </g>
        ))}
      </g>
      <g fill={TEXT} fontSize={14}>
        <text x={x(50)} y={H - 8} textAnchor="middle">{t('charts.ve.axisEffort')}</text>
        <text transform={`translate(20 ${y(50)}) rotate(-90)`} textAnchor="middle">{t('charts.ve.axisValue')}</text>
      </g>
      <g fill={MUTED} fontSize={13} fontWeight={600}>
        {QUADRANTS.map((q) => {
          const a = QUADRANT_AT[q];
          return <text key={q} x={a.labelX} y={a.labelY} textAnchor={a.anchor}>{t(`charts.ve.q.${q}`)}</text>;
        })}
      </g>
    </svg>
  );
}
