/**
 * The app shell around an open workspace: skip link, Kopfzeile, sidebar, the
 * current view in <main>, global search (Ctrl+K) and undo/redo.
 */
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../api/index.ts';
import { useCockpitEvent } from '../api/index.ts';
import {
  AboutView, AgendaView, AnalysisView, BackupsView, ChartsView, EcosystemView, FundingView, IdeasView,
  MeasureEditView, PeersView, RankingView, StakeholdersView, ValuePropositionsView, prefetchViews,
} from './lazy-views.tsx';
import { MeasuresView } from '../features/measures/measures-view.tsx';
import { OverviewView } from '../features/overview/overview-view.tsx';
import { EmptyModule } from './empty-module.tsx';
import { ViewBoundary } from './view-boundary.tsx';
import { Loading } from '../components/page.tsx';
import { AppHeader } from './header.tsx';
import { DEFAULT_ROUTE, MODULES, navigate, useRoute, type ModuleId } from './routes.ts';
import { ProgressRegion } from './progress-region.tsx';
import { SearchDialog } from './search-dialog.tsx';
import { SkipLink } from './skip-link.tsx';
import { Sidebar } from './sidebar.tsx';
import { UndoProvider } from './undo.tsx';

function View({ module, rest }: { module: ModuleId; rest: string[] }) {
  switch (module) {
    case 'overview':
      return <OverviewView />;
    case 'ecosystem':
      // #/ecosystem[/fields|organisation|actors|roles|map|network[/<id>]]
      return <EcosystemView rest={rest} />;
    case 'portfolio':
      // #/portfolio, #/portfolio/ideas[/…], #/portfolio/ranking, #/portfolio/new, #/portfolio/<measure id>[/<section>]
      if (rest[0] === 'ideas') return <IdeasView rest={rest.slice(1)} />;
      if (rest[0] === 'ranking') return <RankingView />;
      if (rest[0] === 'charts') return <ChartsView />;
      return rest[0] ? <MeasureEditView key={rest[0]} id={rest[0] === 'new' ? null : rest[0]} /> : <MeasuresView />;
    case 'funding':
      return <FundingView rest={rest} />;
    case 'analysis':
      // #/analysis[/ozg[/<service name>]]: the OZG maturity tab; #/analysis/digicheck[/new|catalogue|<assessment id>]: the DigiCheck
      return <AnalysisView rest={rest} />;
    case 'agenda':
      // #/agenda[/texts|goals|indicators|versions|roadmap]
      return <AgendaView rest={rest} />;
    case 'peers':
      return <PeersView rest={rest} />;
    case 'stakeholders':
      // #/stakeholders[/<id>]: an id (from search) opens that stakeholder's dialog.
      return <StakeholdersView rest={rest} />;
    case 'value':
      // #/value[/<id>]: the list, or one value proposition in the editor.
      return <ValuePropositionsView rest={rest} />;
    case 'backups':
      return <BackupsView />;
    case 'about':
      return <AboutView />;
    default:
      return <EmptyModule id={module} />;
  }
}

export function Shell({ workspace, onClose }: { workspace: WorkspaceInfo; onClose(): void }) {
  const { t } = useTranslation();
  const route = useRoute();
  const [searchOpen, setSearchOpen] = useState(false);
  const known = MODULES.find((m) => m.id === route[0]);
  const module: ModuleId = known?.id ?? DEFAULT_ROUTE;

  useEffect(() => {
    if (!known) window.history.replaceState(null, '', `#/${DEFAULT_ROUTE}`);
  }, [known]);

  useEffect(prefetchViews, []);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setSearchOpen(true);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useCockpitEvent((event) => {
    if (event.type !== 'command') return;
    if (event.command === 'search') setSearchOpen(true);
    else if (event.command === 'backups') navigate('backups');
    else if (event.command === 'about') navigate('about');
  });

  return (
    <UndoProvider>
      <div className="cdo-app">
        <SkipLink />
        <AppHeader workspace={workspace} onSearch={() => setSearchOpen(true)} onClose={onClose} />
        <div className="cdo-body">
          <Sidebar active={module} />
          <main id="main" className="cdo-main" tabIndex={-1}>
            <div className="cdo-main__inner">
              <ProgressRegion />
              <ViewBoundary key={module}>
                <Suspense fallback={<Loading label={t('common.loading')} />}>
                  <View module={module} rest={route.slice(1)} />
                </Suspense>
              </ViewBoundary>
            </div>
          </main>
        </div>
      </div>
      {searchOpen ? <SearchDialog onClose={() => setSearchOpen(false)} /> : null}
    </UndoProvider>
  );
}
