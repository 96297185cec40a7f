/**
 * The traffic-light matrix: how many latest reports show each light per
 * dimension (a stacked bar per dimension, complete for any portfolio size),
 * and the matrix itself — measure × dimension, worst first — as a table of
 * light badges (colour and word, never colour alone), each measure a link to
 * its status reports.
 */
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { STATUS_DIMENSIONS, type Light, type StatusMatrix } from '../../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { currentLang, formatDate, formatNumber } from '../../i18n/index.ts';
import { LightBadge } from '../status/status-light.tsx';
import { GRID, TEXT, TICK, sized } from './chart-theme.ts';

/** Worst first along each bar, so the red part is where the eye starts. */
const ORDER: readonly Light[] = ['red', 'yellow', 'green', 'grey'];
/** The same colours as the light badges' dots. */
const LIGHT_COLORS: Record<Light, string> = { red: '#c31c13', yellow: '#e3a700', green: '#008767', grey: '#9aa5b1' };
const KEYS = [...STATUS_DIMENSIONS, 'overall'] as const;
const HEIGHT = 300;

export function StatusCountsFigure({ data, width }: { data: StatusMatrix; width?: number }) {
  const { t } = useTranslation();
  const rows = KEYS.map((k) => ({ name: t(`status.dimension.${k}`), ...data.counts[k] }));
  const chart = (
    <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }} barCategoryGap="22%" {...sized(width, HEIGHT)}>
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis type="number" allowDecimals={false} tick={TICK} stroke={GRID} />
      <YAxis type="category" dataKey="name" width={140} tick={{ fill: TEXT, fontSize: 14 }} stroke={GRID} />
      <Tooltip cursor={{ fill: 'rgba(32, 68, 170, 0.06)' }} isAnimationActive={false} />
      <Legend wrapperStyle={{ paddingTop: 12, fontSize: 14, color: TEXT }} iconType="square" itemSorter={(item) => ORDER.indexOf(item.dataKey as Light)} />
      {ORDER.map((l) => (
        <Bar key={l} dataKey={l} name={t(`status.light.${l}`)} stackId="lights" fill={LIGHT_COLORS[l]} stroke="#ffffff" strokeWidth={1} isAnimationActive={false} />
      ))}
    </BarChart>
  );
  if (width) return chart;
  return <ResponsiveContainer width="100%" height={HEIGHT}>{chart}</ResponsiveContainer>;
}

export function StatusCountsTable({ data }: { data: StatusMatrix }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <table className="kern-table kern-table--small kern-table--striped">
      <caption className="kern-sr-only">{t('charts.matrix.countsCaption')}</caption>
      <thead>
        <tr className="kern-table__row">
          <th scope="col" className="kern-table__header">{t('charts.matrix.dimension')}</th>
          {ORDER.map((l) => <th key={l} scope="col" className="kern-table__header kern-table__header--numeric">{t(`status.light.${l}`)}</th>)}
        </tr>
      </thead>
      <tbody className="kern-table__body">
        {KEYS.map((k) => (
          <tr className="kern-table__row" key={k}>
            <th scope="row" className="kern-table__header">{t(`status.dimension.${k}`)}</th>
            {ORDER.map((l) => <td key={l} className="kern-table__cell kern-table__cell--numeric">{formatNumber(data.counts[k][l], lang)}</td>)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StatusMatrixTable({ data }: { data: StatusMatrix }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <div className="kern-table-responsive cdo-matrix">
      <table className="kern-table kern-table--small">
        <caption className="kern-sr-only">{t('charts.matrix.caption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('charts.matrix.measure')}</th>
            {KEYS.map((k) => <th key={k} scope="col" className="kern-table__header">{t(`status.dimension.${k}`)}</th>)}
            <th scope="col" className="kern-table__header">{t('charts.matrix.reportedOn')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {data.rows.map((r) => (
            <tr className="kern-table__row" key={r.measureId}>
              <th scope="row" className="kern-table__header cdo-matrix__measure">
                <a className="kern-link" href={hrefOf('portfolio', r.measureId, 'status')}>{r.title}</a>
                {r.fieldName ? <span className="cdo-cell-sub">{r.fieldName}</span> : null}
              </th>
              {STATUS_DIMENSIONS.map((d) => <td key={d} className="kern-table__cell"><LightBadge light={r.lights[d]} /></td>)}
              <td className="kern-table__cell cdo-matrix__overall"><LightBadge light={r.overall} /></td>
              <td className="kern-table__cell">
                {formatDate(r.reportedOn, lang)}
                {r.current ? null : <span className="cdo-cell-sub">{t('charts.matrix.stale')}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
