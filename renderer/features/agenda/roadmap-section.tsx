/**
 * Roadmap: the agenda's measures as bars on a timeline — one lane per field
 * of action, coloured by phase, milestones as diamonds, dependencies as
 * arrows, today marked, zoom by year/quarter/month. A bar moves with the
 * pointer or the arrow keys (Shift+arrow changes its end); every move is one
 * undo step (Ctrl+Z). Measures without dates are listed below, not dropped.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaRoadmap, AgendaSummary } from '../../../api/index.ts';
import { PHASES } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { Loading } from '../../components/page.tsx';
import { PHASE_COLORS, PhaseBadge } from '../../components/phase.tsx';
import { currentLang, formatDate } from '../../i18n/index.ts';
import { RoadmapTimeline } from './roadmap-timeline.tsx';
import { ZOOMS, type Zoom } from './roadmap-scale.ts';

export function RoadmapSection({ agenda }: { agenda: AgendaSummary }) {
  const { t } = useTranslation();
  const map = useLoad((a) => a.getAgendaRoadmap({ agendaId: agenda.id }), [agenda.id]);
  const [zoom, setZoom] = useState<Zoom>('quarter');
  if (map.error) return <Alert kind="danger" title={t('agenda.loadError')}>{map.error.message}</Alert>;
  if (!map.data) return <Loading label={t('agenda.loading')} />;
  const data = map.data;
  const bars = data.lanes.reduce((n, l) => n + l.bars.length, 0);
  return (
    <div className="cdo-roadmap-section">
      <div className="cdo-agenda-toolbar cdo-roadmap-toolbar">
        <fieldset className="cdo-roadmap-zoom cdo-no-print">
          <legend className="kern-label">{t('agenda.roadmap.zoom')}</legend>
          {ZOOMS.map((z) => (
            <button key={z} type="button" className={`kern-btn kern-btn--small ${z === zoom ? 'kern-btn--primary' : 'kern-btn--secondary'}`} aria-pressed={z === zoom} onClick={() => setZoom(z)}>
              <span className="kern-label">{t(`agenda.roadmap.zoomLevel.${z}`)}</span>
            </button>
          ))}
        </fieldset>
        <ul className="cdo-roadmap-legend" aria-label={t('agenda.roadmap.legend')}>
          {PHASES.map((p) => <li key={p}><span className="cdo-roadmap-legend__swatch" style={{ background: PHASE_COLORS[p] }} aria-hidden="true" />{t(`phase.${p}`)}</li>)}
          <li><span className="cdo-roadmap-legend__diamond" aria-hidden="true" />{t('agenda.roadmap.milestone')}</li>
          <li><span className="cdo-roadmap-legend__today" aria-hidden="true" />{t('agenda.roadmap.today')}</li>
        </ul>
      </div>
      <p className="kern-body kern-body--small kern-body--muted cdo-no-print">{t('agenda.roadmap.help')}</p>
      {bars ? <RoadmapTimeline data={data} zoom={zoom} firstYear={agenda.periodFrom} /> : <p className="kern-body kern-body--muted">{t('agenda.roadmap.empty')}</p>}
      <Undated data={data} />
      <RoadmapTable data={data} />
    </div>
  );
}

function Undated({ data }: { data: AgendaRoadmap }) {
  const { t } = useTranslation();
  if (!data.undated.length) return null;
  return (
    <section className="cdo-roadmap-undated" aria-labelledby="roadmap-undated">
      <h2 className="kern-heading-small" id="roadmap-undated">{t('agenda.roadmap.undated', { count: data.undated.length })}</h2>
      <ul className="cdo-agenda-measures">
        {data.undated.map((u) => (
          <li key={u.measureId} className="cdo-agenda-measure">
            <a className="kern-link" href={hrefOf('portfolio', u.measureId)}>{u.title}</a>
            <PhaseBadge phase={u.phase} />
            <span className="kern-body kern-body--small kern-body--muted">{u.fieldName ? `${u.fieldName} · ` : ''}{t(`agenda.roadmap.missing.${u.missing}`)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The roadmap as a table: the text alternative of the timeline (and what a printout can always show). */
function RoadmapTable({ data }: { data: AgendaRoadmap }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const titles = new Map(data.lanes.flatMap((l) => l.bars.map((b) => [b.measureId, b.title] as const)));
  return (
    <details className="cdo-roadmap-table">
      <summary className="kern-body kern-body--bold">{t('agenda.roadmap.asTable')}</summary>
      <table className="kern-table kern-table--small">
        <caption className="kern-sr-only">{t('agenda.roadmap.tableCaption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('agenda.roadmap.field')}</th>
            <th scope="col" className="kern-table__header">{t('agenda.roadmap.measure')}</th>
            <th scope="col" className="kern-table__header">{t('agenda.roadmap.phase')}</th>
            <th scope="col" className="kern-table__header">{t('agenda.roadmap.period')}</th>
            <th scope="col" className="kern-table__header">{t('agenda.roadmap.milestones')}</th>
            <th scope="col" className="kern-table__header">{t('agenda.roadmap.dependsOn')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {data.lanes.flatMap((l) => l.bars.map((b) => (
            <tr key={b.measureId} className="kern-table__row">
              <td className="kern-table__cell">{l.name || t('agenda.roadmap.noField')}</td>
              <th scope="row" className="kern-table__header">{b.title}</th>
              <td className="kern-table__cell">{t(`phase.${b.phase}`)}</td>
              <td className="kern-table__cell">{formatDate(b.start, lang)} – {formatDate(b.end, lang)}</td>
              <td className="kern-table__cell">{b.milestones.map((m) => `${m.title} (${formatDate(m.on, lang)})`).join('; ')}</td>
              <td className="kern-table__cell">{data.dependencies.filter((d) => d.measureId === b.measureId).map((d) => titles.get(d.dependsOnId)).join('; ')}</td>
            </tr>
          )))}
        </tbody>
      </table>
    </details>
  );
}
