/**
 * All milestones on one timeline by quarter: one row per measure (or field),
 * done / open / overdue told apart by shape (tick, ring, triangle) and named
 * in the legend and table, never by colour alone.
 */
import { useState } from 'react';
import { CartesianGrid, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { MILESTONE_STATES, type MilestoneState, type MilestoneTimeline, type TimelineMilestone } from '../../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { currentLang, formatDate, formatNumber, type UiLang } from '../../i18n/index.ts';
import { GRID, MUTED, STATE_COLORS, TEXT, TICK, sized } from './chart-theme.ts';

/** More rows than this make the chart unreadable; the table keeps them all. */
export const TIMELINE_MAX_ROWS = 40;
const ROW_H = 30;
/** A little room before the first and after the last day, so a marker on the edge is drawn whole. */
const EDGE = 12 * 86_400_000;

const ts = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function quarterTicks(from: string, to: string): number[] {
  const out: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) for (const m of [0, 3, 6, 9]) out.push(Date.UTC(y, m, 1));
  return out;
}

/** The year only at its first quarter: twelve "Q2 2025"-long labels do not fit, and recharts would drop some of them. */
const quarterLabel = (v: number) => {
  const d = new Date(v);
  const q = Math.floor(d.getUTCMonth() / 3) + 1;
  return q === 1 ? `Q1 ${d.getUTCFullYear()}` : `Q${q}`;
};

/** The marker of a state, also used in the legend so the shapes read the same everywhere. */
export function StateMark({ state, cx = 8, cy = 8 }: { state: MilestoneState; cx?: number; cy?: number }) {
  const c = STATE_COLORS[state];
  if (state === 'done') {
    return (
      <g>
        <circle cx={cx} cy={cy} r={7} fill={c} />
        <path d={`M${cx - 3.5} ${cy} l2.5 2.6 l4.5 -5`} stroke="#ffffff" strokeWidth={2} fill="none" strokeLinecap="round" strokeLinejoin="round" />
      </g>
    );
  }
  if (state === 'open') return <circle cx={cx} cy={cy} r={6} fill="#ffffff" stroke={c} strokeWidth={2.5} />;
  return <path d={`M${cx} ${cy - 7.5} L${cx + 7.5} ${cy + 6} L${cx - 7.5} ${cy + 6} Z`} fill={c} stroke="#ffffff" strokeWidth={1} />;
}

interface Point extends TimelineMilestone { x: number; y: number }

function Marker(props: unknown) {
  const { cx, cy, payload } = props as { cx?: number; cy?: number; payload?: Point };
  if (cx === undefined || cy === undefined || !payload) return null;
  return <StateMark state={payload.state} cx={cx} cy={cy} />;
}

function MilestoneTip({ active, payload, lang }: { active?: boolean; payload?: readonly { payload?: unknown }[]; lang: UiLang }) {
  const { t } = useTranslation();
  const p = payload?.[0]?.payload as Point | undefined;
  if (!active || !p) return null;
  return (
    <div className="cdo-chart-tip">
      <p className="cdo-chart-tip__title">{p.title}</p>
      <ul>
        <li>{p.measureTitle}</li>
        <li>{t('charts.timeline.col.planned')}: {formatDate(p.plannedOn, lang)}{p.actualOn ? ` · ${t('charts.timeline.col.actual')}: ${formatDate(p.actualOn, lang)}` : ''}</li>
        <li>{t(`charts.timeline.state.${p.state}`)}</li>
      </ul>
    </div>
  );
}

function RowTick({ x, y, payload, labels }: { x?: number; y?: number; payload?: { value?: unknown }; labels: string[] }) {
  const label = labels[Number(payload?.value)] ?? '';
  const short = label.length > 38 ? `${label.slice(0, 36)}…` : label;
  return (
    <text x={x} y={y} dy={4} textAnchor="end" fill={TEXT} fontSize={13}>
      <title>{label}</title>
      {short}
    </text>
  );
}

export function MilestoneTimelineFigure({ data, width, noField }: { data: MilestoneTimeline; width?: number; noField: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const rows = data.rows.slice(0, TIMELINE_MAX_ROWS);
  const labels = rows.map((r) => r.label ?? noField);
  const n = rows.length;
  // Row 0 at the top: the y value counts down.
  const points = rows.flatMap((r, i) => r.milestones.map((m): Point => ({ ...m, x: ts(m.plannedOn), y: n - 1 - i })));
  const height = Math.max(180, n * ROW_H + 70);
  const topDown = [...labels].reverse();
  const chart = (
    <ScatterChart margin={{ top: 16, right: 24, bottom: 8, left: 8 }} {...sized(width, height)}>
      <CartesianGrid stroke={GRID} />
      <XAxis type="number" dataKey="x" domain={[ts(data.from) - EDGE, ts(data.to) + EDGE]} ticks={quarterTicks(data.from, data.to)} tickFormatter={quarterLabel}
        interval={0} tick={TICK} stroke={GRID} allowDataOverflow />
      <YAxis type="number" dataKey="y" domain={[-0.6, n - 0.4]} ticks={rows.map((_, i) => i)} interval={0} width={270} stroke={GRID}
        tick={<RowTick labels={topDown} />} />
      <ReferenceLine x={ts(data.today)} stroke={MUTED} strokeDasharray="4 3"
        label={{ value: t('charts.timeline.today'), position: 'top', fill: MUTED, fontSize: 12 }} />
      <Tooltip cursor={false} content={<MilestoneTip lang={lang} />} isAnimationActive={false} />
      {MILESTONE_STATES.map((s) => (
        <Scatter key={s} name={t(`charts.timeline.state.${s}`)} data={points.filter((p) => p.state === s)} isAnimationActive={false} shape={Marker} />
      ))}
    </ScatterChart>
  );
  if (width) return chart;
  return <ResponsiveContainer width="100%" height={height}>{chart}</ResponsiveContainer>;
}

/** The legend as HTML: the same marks as in the chart, each with its word and count. */
export function TimelineLegend({ data }: { data: MilestoneTimeline }) {
  const { t } = useTranslation();
  return (
    <ul className="cdo-charts__legend">
      {MILESTONE_STATES.map((s) => (
        <li key={s}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><StateMark state={s} /></svg>
          {t(`charts.timeline.state.${s}`)} ({data.counts[s]})
        </li>
      ))}
    </ul>
  );
}

/**
 * Rows the table builds when it opens. A Kreis-sized portfolio has thousands
 * of milestones in the window (6,000 at 10,000 measures): building them all
 * held the page for seconds; the rest come with one click.
 */
export const TABLE_FIRST_ROWS = 200;

export function MilestoneTable({ data, noField }: { data: MilestoneTimeline; noField: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const [all, setAll] = useState(false);
  const byMeasure = data.groupBy === 'measure';
  const items = data.rows.flatMap((r) => r.milestones.map((m) => ({ r, m })));
  const shown = all ? items : items.slice(0, TABLE_FIRST_ROWS);
  return (
    <>
      <table className="kern-table kern-table--small kern-table--striped">
        <caption className="kern-sr-only">{t('charts.timeline.tableCaption')}</caption>
        <thead>
          <tr className="kern-table__row">
            {byMeasure ? null : <th scope="col" className="kern-table__header">{t('charts.timeline.col.field')}</th>}
            <th scope="col" className="kern-table__header">{t('charts.timeline.col.row')}</th>
            <th scope="col" className="kern-table__header">{t('charts.timeline.col.milestone')}</th>
            <th scope="col" className="kern-table__header">{t('charts.timeline.col.planned')}</th>
            <th scope="col" className="kern-table__header">{t('charts.timeline.col.actual')}</th>
            <th scope="col" className="kern-table__header">{t('charts.timeline.col.state')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {shown.map(({ r, m }) => (
            <tr className="kern-table__row" key={m.id}>
              {byMeasure ? null : <td className="kern-table__cell">{r.label ?? noField}</td>}
              <td className="kern-table__cell"><a className="kern-link" href={hrefOf('portfolio', m.measureId)}>{m.measureTitle}</a></td>
              <td className="kern-table__cell">{m.title}</td>
              <td className="kern-table__cell">{formatDate(m.plannedOn, lang)}</td>
              <td className="kern-table__cell">{m.actualOn ? formatDate(m.actualOn, lang) : t('charts.none')}</td>
              <td className="kern-table__cell">{t(`charts.timeline.state.${m.state}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length < items.length ? (
        <p className="kern-body kern-body--small cdo-charts__table-more">
          {t('charts.timeline.tableFirst', { shown: formatNumber(shown.length, lang), count: formatNumber(items.length, lang) })}{' '}
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setAll(true)}>
            <span className="kern-label">{t('charts.timeline.tableAll', { count: formatNumber(items.length, lang) })}</span>
          </button>
        </p>
      ) : null}
    </>
  );
}
