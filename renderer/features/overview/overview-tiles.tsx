/**
 * The tiles of Übersicht that say what is due, each linking to the place to
 * act: the portfolio's lights, ideas waiting for assessment, measures without
 * a current status report, milestones of the next 90 days, this year's budget
 * (plan vs actual) and the funding deadlines of the next 90 days.
 */
import { useTranslation } from 'react-i18next';
import { LIGHTS, type LightFilter, type OverviewLights, type OverviewLightsMeasure } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { currentLang, formatDate, formatNumber } from '../../i18n/index.ts';
import { rememberFilters } from '../portfolio-views/remembered-view.ts';
import { LightBadge } from '../status/status-light.tsx';
import { BudgetTile, FundingDeadlinesTile } from './overview-money-tiles.tsx';
import { Tile } from './tile.tsx';
import { OzgMaturityTile } from '../analysis/ozg-overview-tile.tsx';
import './overview.css';

const SHOWN = 5;

function MeasureLinks({ rows, detail }: { rows: OverviewLightsMeasure[]; detail?: (r: OverviewLightsMeasure) => string }) {
  return (
    <ul className="cdo-tile__list">
      {rows.map((r) => (
        <li key={r.measureId}>
          <a className="kern-link" href={hrefOf('portfolio', r.measureId, 'status')}>{r.title}</a>
          {detail ? <span className="cdo-tile__muted"> · {detail(r)}</span> : null}
        </li>
      ))}
    </ul>
  );
}

/** A count that opens the measures list filtered to it; nothing to open for zero. */
function CountLink({ count, label, light }: { count: number; label: string; light: LightFilter }) {
  if (!count) return <span className="cdo-tile__count">{label}</span>;
  return <a className="kern-link cdo-tile__count" href={hrefOf('portfolio')} onClick={() => rememberFilters({ light })}>{label}</a>;
}

function LightsTile({ lights }: { lights: OverviewLights }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const { counts, withoutReport, attention } = lights;
  return (
    <Tile id="lights" title={t('overview.tiles.lights.title')} desc={t('overview.tiles.lights.desc')}>
      <ul className="cdo-tile__counts">
        {LIGHTS.map((l) => (
          <li key={l}>
            <LightBadge light={l} />
            <CountLink count={counts[l]} label={t('overview.tiles.lights.count', { count: counts[l], n: formatNumber(counts[l], lang) })} light={l} />
          </li>
        ))}
        <li>
          <span className="cdo-tile__none">{t('overview.tiles.lights.noReport')}</span>
          <CountLink count={withoutReport} label={t('overview.tiles.lights.count', { count: withoutReport })} light="none" />
        </li>
      </ul>
      {attention.length ? (
        <>
          <h3 className="cdo-tile__sub">{t('overview.tiles.lights.attention')}</h3>
          <ul className="cdo-tile__list cdo-tile__list--lights">
            {attention.map((r) => (
              <li key={r.measureId}>
                <LightBadge light={r.overall!} /> <a className="kern-link" href={hrefOf('portfolio', r.measureId, 'status')}>{r.title}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="cdo-tile__foot"><a className="kern-link" href={hrefOf('portfolio')}>{t('overview.tiles.lights.all')}</a></p>
    </Tile>
  );
}

function StaleTile({ lights }: { lights: OverviewLights }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const { stale, staleCount } = lights;
  return (
    <Tile id="stale" title={t('overview.tiles.stale.title')} desc={t('overview.tiles.stale.desc', { days: lights.currentDays })}>
      <p className="cdo-tile__figure">{formatNumber(staleCount, lang)}</p>
      {staleCount ? (
        <>
          <MeasureLinks rows={stale} detail={(r) => (r.reportedOn ? t('overview.tiles.stale.last', { date: formatDate(r.reportedOn, lang) }) : t('overview.tiles.stale.never'))} />
          {staleCount > stale.length ? <p className="cdo-tile__muted">{t('overview.tiles.stale.more', { count: staleCount - stale.length })}</p> : null}
        </>
      ) : <p className="cdo-tile__muted">{t('overview.tiles.stale.none')}</p>}
    </Tile>
  );
}

function IdeasTile() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const ideas = useLoad((a) => a.listIdeas({ status: 'new', limit: 1 }), []);
  const n = ideas.data?.counts.new ?? null;
  return (
    <Tile id="ideas" title={t('overview.tiles.ideas.title')} desc={t('overview.tiles.ideas.desc')}>
      {ideas.error ? <p className="kern-body cdo-text-danger">{t('overview.tiles.loadError')}</p> : null}
      {n !== null ? <p className="cdo-tile__figure">{formatNumber(n, lang)}</p> : null}
      {n === 0 ? <p className="cdo-tile__muted">{t('overview.tiles.ideas.none')}</p> : null}
      <p className="cdo-tile__foot"><a className="kern-link" href={hrefOf('portfolio', 'ideas')}>{t('overview.tiles.ideas.link')}</a></p>
    </Tile>
  );
}

const MILESTONES_SHOWN = 6;

function MilestonesTile() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const list = useLoad((a) => a.listUpcomingMilestones({ days: 90, limit: 200 }), []);
  const rows = list.data ?? [];
  return (
    <Tile id="milestones" title={t('overview.tiles.milestones.title')} desc={t('overview.tiles.milestones.desc')}>
      {list.error ? <p className="kern-body cdo-text-danger">{t('overview.tiles.loadError')}</p> : null}
      {list.data && !rows.length ? <p className="cdo-tile__muted">{t('overview.tiles.milestones.none')}</p> : null}
      {rows.length ? (
        <ul className="cdo-tile__list cdo-tile__list--dated">
          {rows.slice(0, MILESTONES_SHOWN).map((m) => (
            <li key={m.id}>
              <span className="cdo-tile__date">
                {formatDate(m.plannedOn, lang)}
                <span className="cdo-tile__muted"> ({m.daysUntil === 0 ? t('overview.tiles.milestones.today') : t('overview.tiles.milestones.inDays', { count: m.daysUntil })})</span>
              </span>
              <span>
                {m.title} · <a className="kern-link" href={hrefOf('portfolio', m.measureId, 'milestones')}>{m.measureTitle}</a>
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {rows.length > MILESTONES_SHOWN ? <p className="cdo-tile__muted">{t('overview.tiles.milestones.more', { count: rows.length - MILESTONES_SHOWN })}</p> : null}
    </Tile>
  );
}

export function OverviewTiles() {
  const { t } = useTranslation();
  // Counts and the few measures named, not the whole portfolio's lights (megabytes at 10k measures).
  const status = useLoad((a) => a.getOverviewLights({ shown: SHOWN }), []);
  return (
    <div className="cdo-tiles">
      {status.data ? <LightsTile lights={status.data} /> : null}
      {status.data ? <StaleTile lights={status.data} /> : null}
      {status.data ? <BudgetTile year={Number(status.data.asOf.slice(0, 4))} /> : null}
      <FundingDeadlinesTile />
      <IdeasTile />
      <MilestonesTile />
      <OzgMaturityTile />
      {status.error ? <p className="kern-body cdo-text-danger">{t('overview.tiles.loadError')}</p> : null}
    </div>
  );
}
