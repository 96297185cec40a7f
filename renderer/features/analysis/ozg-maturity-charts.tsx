/**
 * The two OZG maturity charts, each with its table: relevant services per Ist
 * level stacked per Themenfeld (one model version at a time), and the share of
 * relevant services at level 3 or higher (model 1.1) as a headline figure with
 * a bar per Themenfeld.
 */
import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import { OZG_MODELS, type OzgMaturityChart, type OzgModel } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { SelectBox } from '../../components/form-field.tsx';
import { currentLang, formatNumber, localeOf, type UiLang } from '../../i18n/index.ts';
import { ChartCard } from '../charts/chart-card.tsx';
import { GRID, TEXT, TICK, sized } from '../charts/chart-theme.ts';

/** A calm light-to-dark blue ramp: a higher level reads darker. */
const RAMP: Record<OzgModel, string[]> = {
  '1.1': ['#d5d8e3', '#a2b8e4', '#6688d4', '#2450b4', '#0b2477'],
  '2.0': ['#d5d8e3', '#b6c6ea', '#8fa8e0', '#6688d4', '#3f68c6', '#2450b4', '#1537a1', '#0b2477'],
};
const ROW_HEIGHT = 34;

const percent = (share: number, lang: UiLang) => new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);

export function OzgMaturityCharts({ width }: { width?: number }) {
  const [model, setModel] = useState<OzgModel>('1.1');
  const levels = useLoad((a) => a.getOzgMaturityChart({ model }), [model]);
  const share = useLoad((a) => a.getOzgMaturityChart({ model: '1.1' }), []);
  return (
    <div className="cdo-ozg-charts">
      <LevelsCard chart={levels.data} loading={levels.loading && !levels.data} error={levels.error?.message ?? null} model={model} onModel={setModel} width={width} />
      <ShareCard chart={share.data} loading={share.loading && !share.data} error={share.error?.message ?? null} width={width} />
    </div>
  );
}

function LevelsCard({ chart, loading, error, model, onModel, width }: {
  chart: OzgMaturityChart | null; loading: boolean; error: string | null; model: OzgModel; onModel(m: OzgModel): void; width?: number;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const id = useId();
  const levels = chart ? Array.from({ length: chart.max + 1 }, (_, i) => i) : [];
  const data = (chart?.rows ?? []).map((r) => Object.fromEntries([['name', r.themenfeld], ...r.counts.map((c, i) => [`l${i}`, c])]));
  const height = Math.max(160, data.length * ROW_HEIGHT + 80);
  const bars = chart ? (
    <BarChart data={data} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} barCategoryGap="20%" {...sized(width, height)}>
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis type="number" allowDecimals={false} tick={TICK} stroke={GRID} tickFormatter={(v: number) => formatNumber(v, lang)} />
      <YAxis type="category" dataKey="name" width={260} tick={{ fill: TEXT, fontSize: 13 }} stroke={GRID} interval={0} />
      <Legend wrapperStyle={{ paddingTop: 8, fontSize: 14, color: TEXT }} iconType="square" />
      {levels.map((l) => (
        <Bar key={l} dataKey={`l${l}`} name={t('ozgMaturity.level', { level: l })} stackId="levels" fill={RAMP[chart.model][l]} isAnimationActive={false} />
      ))}
    </BarChart>
  ) : null;
  const figure = chart && chart.rows.length > 0 ? (width ? bars : <ResponsiveContainer width="100%" height={height}>{bars}</ResponsiveContainer>) : null;
  return (
    <ChartCard
      title={t('ozgMaturity.levels.title')}
      description={t('ozgMaturity.levels.description')}
      loading={loading}
      error={error}
      controls={
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-model`}>{t('ozgMaturity.field.model')}</label>
          <SelectBox id={`${id}-model`} value={model} onChange={(e) => onModel(e.target.value as OzgModel)}>
            {OZG_MODELS.map((m) => <option key={m} value={m}>{t('ozgMaturity.modelName', { model: m })}</option>)}
          </SelectBox>
        </div>
      }
      chart={figure}
      empty={t('ozgMaturity.levels.empty')}
      summary={chart ? t('ozgMaturity.levels.summary', { count: chart.assessed, n: formatNumber(chart.assessed, lang), fields: formatNumber(chart.rows.length, lang) }) : null}
      table={chart ? (
        <table className="kern-table kern-table--small kern-table--striped">
          <caption className="kern-sr-only">{t('ozgMaturity.levels.caption', { model: chart.model })}</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t('ozgMaturity.col.themenfeld')}</th>
              {levels.map((l) => <th key={l} scope="col" className="kern-table__header kern-table__header--numeric">{t('ozgMaturity.level', { level: l })}</th>)}
              <th scope="col" className="kern-table__header kern-table__header--numeric">{t('ozgMaturity.total')}</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {chart.rows.map((r) => (
              <tr key={r.themenfeld} className="kern-table__row">
                <th scope="row" className="kern-table__header">{r.themenfeld}</th>
                {r.counts.map((c, i) => <td key={i} className="kern-table__cell kern-table__cell--numeric">{formatNumber(c, lang)}</td>)}
                <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(r.assessed, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    />
  );
}

function ShareCard({ chart, loading, error, width }: { chart: OzgMaturityChart | null; loading: boolean; error: string | null; width?: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const data = (chart?.rows ?? []).map((r) => ({ name: r.themenfeld, share: Math.round((r.atLeast3 / r.assessed) * 100) }));
  const height = Math.max(160, data.length * ROW_HEIGHT + 40);
  const bars = (
    <BarChart data={data} layout="vertical" margin={{ top: 4, right: 56, bottom: 4, left: 8 }} barCategoryGap="22%" {...sized(width, height)}>
      <CartesianGrid horizontal={false} stroke={GRID} />
      <XAxis type="number" domain={[0, 100]} tick={TICK} stroke={GRID} tickFormatter={(v: number) => `${formatNumber(v, lang)} %`} />
      <YAxis type="category" dataKey="name" width={260} tick={{ fill: TEXT, fontSize: 13 }} stroke={GRID} interval={0} />
      <Bar dataKey="share" fill="#1537a1" isAnimationActive={false} maxBarSize={28}>
        <LabelList dataKey="share" position="right" fill={TEXT} fontSize={13} formatter={(v: unknown) => `${formatNumber(Number(v), lang)} %`} />
      </Bar>
    </BarChart>
  );
  const figure = chart && chart.share !== null ? (width ? bars : <ResponsiveContainer width="100%" height={height}>{bars}</ResponsiveContainer>) : null;
  return (
    <ChartCard
      title={t('ozgMaturity.share.title')}
      description={t('ozgMaturity.share.description')}
      loading={loading}
      error={error}
      controls={chart && chart.share !== null ? (
        <p className="cdo-ozg-headline">
          <span className="cdo-ozg-headline__figure">{percent(chart.share, lang)}</span>
          <span className="kern-body">{t('ozgMaturity.share.headline', { count: chart.assessed, n: formatNumber(chart.atLeast3, lang), total: formatNumber(chart.assessed, lang) })}</span>
        </p>
      ) : null}
      chart={figure}
      empty={t('ozgMaturity.share.empty')}
      table={chart ? (
        <table className="kern-table kern-table--small kern-table--striped">
          <caption className="kern-sr-only">{t('ozgMaturity.share.caption')}</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t('ozgMaturity.col.themenfeld')}</th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">{t('ozgMaturity.share.atLeast3')}</th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">{t('ozgMaturity.share.assessed')}</th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">{t('ozgMaturity.share.percent')}</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {chart.rows.map((r) => (
              <tr key={r.themenfeld} className="kern-table__row">
                <th scope="row" className="kern-table__header">{r.themenfeld}</th>
                <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(r.atLeast3, lang)}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(r.assessed, lang)}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{percent(r.atLeast3 / r.assessed, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    />
  );
}
