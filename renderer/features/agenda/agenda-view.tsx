/**
 * The Agenda & Roadmap module (#/agenda[/<section>]): the Digitale Agenda the
 * council adopts — texts, goals with linked measures, indicators, versions
 * with their comparison, and the roadmap. Imports only api/ and renderer code.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaSummary } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { SelectBox } from '../../components/form-field.tsx';
import { AgendaTextsForm } from './texts-form.tsx';
import { TextsSection } from './texts-section.tsx';
import { GoalsSection } from './goals-section.tsx';
import { IndicatorsSection } from './indicators-section.tsx';
import { VersionsSection } from './versions-section.tsx';
import { RoadmapSection } from './roadmap-section.tsx';
import { LockNotice } from './lock-notice.tsx';
import './agenda.css';

export const SECTIONS = ['texts', 'goals', 'indicators', 'versions', 'roadmap'] as const;
export type Section = (typeof SECTIONS)[number];

/** The agenda last looked at, across views (a workspace usually has one or two). */
let chosenAgenda: string | null = null;

export function AgendaView({ rest }: { rest: string[] }) {
  const { t } = useTranslation();
  const list = useLoad((a) => a.listAgendas(), []);
  const [creating, setCreating] = useState(false);
  const [chosen, setChosen] = useState(chosenAgenda);
  const section: Section = (SECTIONS as readonly string[]).includes(rest[0] ?? '') ? (rest[0] as Section) : 'texts';

  if (list.error) return <><PageHeader title={t('agenda.title')} /><Alert kind="danger" title={t('agenda.loadError')}>{list.error.message}</Alert></>;
  if (!list.data) return <><PageHeader title={t('agenda.title')} /><Loading label={t('agenda.loading')} /></>;
  const agendas = list.data;
  const agenda = agendas.find((a) => a.id === chosen) ?? agendas[0] ?? null;

  if (creating || !agenda) {
    return (
      <>
        <PageHeader title={t('agenda.title')} lead={t('agenda.lead')} />
        {!agenda && !creating ? (
          <section className="kern-card kern-card--hug cdo-agenda-empty" aria-labelledby="agenda-empty">
            <div className="kern-card__container">
              <div className="kern-card__body">
                <h2 className="kern-heading-small" id="agenda-empty">{t('agenda.empty.title')}</h2>
                <p className="kern-body">{t('agenda.empty.text')}</p>
                <button type="button" className="kern-btn kern-btn--primary" onClick={() => setCreating(true)}>
                  <span className="kern-label">{t('agenda.create')}</span>
                </button>
              </div>
            </div>
          </section>
        ) : (
          <AgendaTextsForm agenda={null} onDone={(id) => { if (id) { chosenAgenda = id; setChosen(id); } setCreating(false); }} />
        )}
      </>
    );
  }

  return (
    <div className="cdo-agenda-page">
      <PageHeader
        title={t('agenda.title')}
        lead={<>{agenda.title}{agenda.title.includes(t('agenda.period', { from: agenda.periodFrom, to: agenda.periodTo })) ? '' : ` · ${t('agenda.period', { from: agenda.periodFrom, to: agenda.periodTo })}`}{agenda.latest ? <> · <VersionLabel agenda={agenda} /></> : null}</>}
        actions={
          <>
            {agendas.length > 1 ? (
              <div className="kern-form-input cdo-agenda-pick">
                <label className="kern-label kern-sr-only" htmlFor="agenda-pick">{t('agenda.pick')}</label>
                <SelectBox id="agenda-pick" value={agenda.id} onChange={(e) => { chosenAgenda = e.target.value; setChosen(e.target.value); }}>
                  {agendas.map((a) => <option key={a.id} value={a.id}>{a.title}</option>)}
                </SelectBox>
              </div>
            ) : null}
            <button type="button" className="kern-btn kern-btn--secondary cdo-no-print" onClick={() => setCreating(true)}>
              <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
              <span className="kern-label">{t('agenda.create')}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--secondary cdo-no-print" onClick={() => window.print()}>
              <span className="kern-label">{t('agenda.print')}</span>
            </button>
          </>
        }
      />
      <nav className="cdo-subnav cdo-no-print" aria-label={t('agenda.sections')}>
        <ul className="cdo-subnav__list">
          {SECTIONS.map((s) => (
            <li key={s}>
              <a className={`cdo-subnav__link${s === section ? ' cdo-subnav__link--active' : ''}`} href={hrefOf('agenda', s)} aria-current={s === section ? 'page' : undefined}>
                {t(`agenda.section.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {section !== 'versions' && section !== 'roadmap' ? <LockNotice agenda={agenda} /> : null}
      <SectionView section={section} agenda={agenda} />
    </div>
  );
}

function SectionView({ section, agenda }: { section: Section; agenda: AgendaSummary }) {
  switch (section) {
    case 'goals':
      return <GoalsSection agenda={agenda} />;
    case 'indicators':
      return <IndicatorsSection agenda={agenda} />;
    case 'versions':
      return <VersionsSection agenda={agenda} />;
    case 'roadmap':
      return <RoadmapSection agenda={agenda} />;
    default:
      return <TextsSection agenda={agenda} />;
  }
}

export function VersionLabel({ agenda }: { agenda: AgendaSummary }) {
  const { t } = useTranslation();
  const v = agenda.latest;
  if (!v) return null;
  return <>{t('agenda.versionShort', { number: v.number })}: {t(`agenda.status.${v.status}`)}{v.frozenAt ? ` (${t('agenda.frozen')})` : ''}</>;
}
