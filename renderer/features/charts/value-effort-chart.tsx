/**
 * Value vs effort: one bubble per scored measure (size = budget, colour =
 * field), the four quadrants named, a click opens the measure. Large
 * portfolios come as a grid of counts from the core (drawn by
 * value-effort-grid.tsx). The table lists the same measures as links, so the
 * chart's click has a keyboard equivalent.
 */
import { CartesianGrid, ReferenceArea, ReferenceLine, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis, ZAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { QUADRANTS, type Quadrant, type ValueEffortChart, type ValueEffortPoint } from '../../../api/index.ts';
import { hrefOf, navigate } from '../../app/routes.ts';
import { currentLang, formatMoney, formatNumber, type UiLang } from '../../i18n/index.ts';
import { GRID, MUTED, TEXT, TICK, sized } from './chart-theme.ts';
import { QUADRANT_FILL, ValueEffortGrid } from './value-effort-grid.tsx';

const HEIGHT = 480;
const AXIS_TICKS = [0, 25, 50, 75, 100];

/** Where each quadrant sits (x = effort, y = value) and where its name goes. */
const QUADRANT_AREAS: Record<Quadrant, { x: [number, number]; y: [number, number]; position: 'insideTopLeft' | 'insideTopRight' | 'insideBottomLeft' | 'insideBottomRight'; fill: string }> = {
  quickWin: { x: [0, 50], y: [50, 100], position: 'insideTopLeft', fill: QUADRANT_FILL.quickWin },
  bigBet: { x: [50, 100], y: [50, 100], position: 'insideTopRight', fill: QUADRANT_FILL.bigBet },
  fillIn: { x: [0, 50], y: [0, 50], position: 'insideBottomLeft', fill: QUADRANT_FILL.fillIn },
  reconsider: { x: [50, 100], y: [0, 50], position: 'insideBottomRight', fill: QUADRANT_FILL.reconsider },
};

interface BubbleProps {
  cx?: number;
  cy?: number;
  size?: number;
  payload?: ValueEffortPoint;
}

function Bubble({ cx, cy, size, payload }: BubbleProps) {
  if (cx === undefined || cy === undefined || !payload) return null;
  const r = Math.max(5, Math.sqrt((size ?? 80) / Math.PI));
  return (
    <circle
      cx={cx} cy={cy} r={r} fill={payload.color} fillOpacity={0.78} stroke="#ffffff" strokeWidth={1.5}
      className="cdo-bubble" data-measure={payload.measureId}
      onClick={() => navigate('portfolio', payload.measureId)}
    />
  );
}

const renderBubble = (props: unknown) => <Bubble {...(props as BubbleProps)} />;

function BubbleTip({ active, payload, lang }: { active?: boolean; payload?: readonly { payload?: unknown }[]; lang: UiLang }) {
  const { t } = useTranslation();
  const p = payload?.[0]?.payload as ValueEffortPoint | undefined;
  if (!active || !p) return null;
  return (
    <div className="cdo-chart-tip">
      <p className="cdo-chart-tip__title">{p.title}</p>
      <ul>
        <li><span className="cdo-swatch" style={{ background: p.color }} aria-hidden="true" />{p.fieldName ?? t('charts.ve.noField')}</li>
        <li>{t('charts.ve.value')}: {formatNumber(p.value, lang)} · {t('charts.ve.effort')}: {formatNumber(p.effort, lang)}</li>
        <li>{t('charts.ve.budget')}: {p.budget === null ? t('charts.ve.budgetNone') : formatMoney(p.budget, lang)}</li>
        <li>{t(`charts.ve.q.${p.quadrant}`)}</li>
      </ul>
    </div>
  );
}

function axes(t: (k: string) => string) {
  return [
    <CartesianGrid key="grid" stroke={GRID} />,
    <XAxis key="x" type="number" dataKey="effort" name={t('charts.ve.effort')} domain={[0, 100]} ticks={AXIS_TICKS} tick={TICK} stroke={GRID}
      label={{ value: t('charts.ve.axisEffort'), position: 'insideBottom', offset: -12, fill: TEXT, fontSize: 14 }} />,
    <YAxis key="y" type="number" dataKey="value" name={t('charts.ve.value')} domain={[0, 100]} ticks={AXIS_TICKS} tick={TICK} stroke={GRID} width={56}
      label={{ value: t('charts.ve.axisValue'), angle: -90, position: 'insideLeft', offset: 12, fill: TEXT, fontSize: 14, style: { textAnchor: 'middle' } }} />,
    ...QUADRANTS.map((q) => {
      const a = QUADRANT_AREAS[q];
      return (
        <ReferenceArea key={q} x1={a.x[0]} x2={a.x[1]} y1={a.y[0]} y2={a.y[1]} fill={a.fill} fillOpacity={1} stroke="none" ifOverflow="visible"
          label={{ value: t(`charts.ve.q.${q}`), position: a.position, fill: MUTED, fontSize: 13, fontWeight: 600, offset: 10 }} />
      );
    }),
    <ReferenceLine key="vx" x={50} stroke="#9a9fbb" strokeDasharray="4 4" />,
    <ReferenceLine key="vy" y={50} stroke="#9a9fbb" strokeDasharray="4 4" />,
  ];
}

function BubbleChart({ data, width }: { data: ValueEffortChart; width?: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const maxBudget = Math.max(1, ...data.points.map((p) => p.budget ?? 0));
  const points = data.points.map((p) => ({ ...p, size: p.budget ?? 0 }));
  return (
    <ScatterChart margin={{ top: 12, right: 24, bottom: 28, left: 8 }} {...sized(width, HEIGHT)}>
      {axes(t)}
      <ZAxis type="number" dataKey="size" domain={[0, maxBudget]} range={[90, 2400]} />
      <Tooltip cursor={false} content={<BubbleTip lang={lang} />} isAnimationActive={false} />
      <Scatter data={points} isAnimationActive={false} shape={renderBubble} />
    </ScatterChart>
  );
}

export function ValueEffortFigure({ data, width }: { data: ValueEffortChart; width?: number }) {
  if (data.mode === 'grid') return <ValueEffortGrid data={data} />;
  const chart = <BubbleChart data={data} width={width} />;
  if (width) return chart;
  return <ResponsiveContainer width="100%" height={HEIGHT}>{chart}</ResponsiveContainer>;
}

/** Quadrant counts and the field colours, in words. */
export function ValueEffortSummary({ data }: { data: ValueEffortChart }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <>
      <p className="kern-body kern-body--small">{t('charts.ve.summary', { placed: formatNumber(data.placed, lang) })}</p>
      <ul className="cdo-charts__quadrants">
        {QUADRANTS.map((q) => (
          <li key={q}><strong>{t(`charts.ve.q.${q}`)}</strong> ({t(`charts.ve.qHint.${q}`)}): {formatNumber(data.quadrantCounts[q], lang)}</li>
        ))}
      </ul>
      {data.mode === 'bubbles' ? (
        <ul className="cdo-charts__legend" aria-label={t('charts.ve.fields')}>
          {data.fields.map((f) => (
            <li key={f.id ?? 'none'}><span className="cdo-swatch" style={{ background: f.color }} aria-hidden="true" />{f.name ?? t('charts.ve.noField')}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function ValueEffortTable({ data }: { data: ValueEffortChart }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const num = 'kern-table__cell kern-table__cell--numeric';
  const head = 'kern-table__header kern-table__header--numeric';
  if (data.mode === 'grid') {
    const range = (from: number) => `${formatNumber(from, lang)}–${formatNumber(Math.min(100, from + data.step), lang)}`;
    return (
      <table className="kern-table kern-table--small kern-table--striped">
        <caption className="kern-sr-only">{t('charts.ve.gridCaption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('charts.ve.col.valueRange')}</th>
            <th scope="col" className="kern-table__header">{t('charts.ve.col.effortRange')}</th>
            <th scope="col" className={head}>{t('charts.ve.col.count')}</th>
            <th scope="col" className={head}>{t('charts.ve.budget')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {data.cells.map((c) => (
            <tr className="kern-table__row" key={`${c.effortFrom}:${c.valueFrom}`}>
              <td className="kern-table__cell">{range(c.valueFrom)}</td>
              <td className="kern-table__cell">{range(c.effortFrom)}</td>
              <td className={num}>{formatNumber(c.count, lang)}</td>
              <td className={num}>{formatMoney(c.budget, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  return (
    <table className="kern-table kern-table--small kern-table--striped">
      <caption className="kern-sr-only">{t('charts.ve.tableCaption')}</caption>
      <thead>
        <tr className="kern-table__row">
          <th scope="col" className="kern-table__header">{t('charts.ve.col.measure')}</th>
          <th scope="col" className="kern-table__header">{t('charts.ve.col.field')}</th>
          <th scope="col" className={head}>{t('charts.ve.value')}</th>
          <th scope="col" className={head}>{t('charts.ve.effort')}</th>
          <th scope="col" className={head}>{t('charts.ve.budget')}</th>
          <th scope="col" className="kern-table__header">{t('charts.ve.quadrant')}</th>
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {data.points.map((p) => (
          <tr className="kern-table__row" key={p.measureId}>
            <th scope="row" className="kern-table__header"><a className="kern-link" href={hrefOf('portfolio', p.measureId)}>{p.title}</a></th>
            <td className="kern-table__cell">{p.fieldName ?? t('charts.ve.noField')}</td>
            <td className={num}>{formatNumber(p.value, lang)}</td>
            <td className={num}>{formatNumber(p.effort, lang)}</td>
            <td className={num}>{p.budget === null ? t('charts.none') : formatMoney(p.budget, lang)}</td>
            <td className="kern-table__cell">{t(`charts.ve.q.${p.quadrant}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function UnplacedList({ data }: { data: ValueEffortChart }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  if (data.unplacedCount === 0) return null;
  return (
    <div className="cdo-charts__unplaced">
      <h3 className="cdo-charts__subhead">{t('charts.ve.unplacedTitle', { count: data.unplacedCount })}</h3>
      <p className="kern-body kern-body--small kern-body--muted">{t('charts.ve.unplacedLead')}</p>
      <ul className="cdo-charts__unplaced-list">
        {data.unplaced.map((u) => (
          <li key={u.measureId}>
            <a className="kern-link" href={hrefOf('portfolio', u.measureId)}>{u.title}</a>
            <span className="kern-body--muted"> – {t(`charts.ve.missing.${u.missing}`)}</span>
          </li>
        ))}
      </ul>
      {data.unplacedCount > data.unplaced.length ? (
        <p className="kern-body kern-body--small">{t('charts.ve.unplacedMore', { count: formatNumber(data.unplacedCount - data.unplaced.length, lang) })}</p>
      ) : null}
    </div>
  );
}
