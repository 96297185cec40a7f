/**
 * The views beyond the first screen, each loaded the first time it is opened.
 * The Übersicht and the portfolio list come with the app; everything else
 * (charts with recharts, the agenda, DigiCheck, peers, …) is a chunk of its
 * own, so Chromium compiles and runs about half the JavaScript before the
 * first screen shows. Once the first screen has settled, the chunks are
 * loaded one at a time while the page is idle (`prefetchViews`), so a first
 * visit does not wait for them either.
 */
import { lazy, type ComponentType } from 'react';

const loaders = {
  about: () => import('../features/about/about-view.tsx'),
  agenda: () => import('../features/agenda/agenda-view.tsx'),
  analysis: () => import('../features/analysis/analysis-view.tsx'),
  backups: () => import('../features/backups/backups-view.tsx'),
  charts: () => import('../features/charts/charts-view.tsx'),
  ecosystem: () => import('../features/ecosystem/ecosystem-view.tsx'),
  funding: () => import('../features/funding/funding-view.tsx'),
  ideas: () => import('../features/ideas/ideas-view.tsx'),
  measureEdit: () => import('../features/measures/measure-edit-view.tsx'),
  peers: () => import('../features/peers/peers-view.tsx'),
  ranking: () => import('../features/scoring/ranking-view.tsx'),
  stakeholders: () => import('../features/stakeholders/stakeholders-view.tsx'),
  value: () => import('../features/value-propositions/value-propositions-view.tsx'),
};

/** React.lazy for a named export. */
function view<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

export const AboutView = view(async () => (await loaders.about()).AboutView);
export const AgendaView = view(async () => (await loaders.agenda()).AgendaView);
export const AnalysisView = view(async () => (await loaders.analysis()).AnalysisView);
export const BackupsView = view(async () => (await loaders.backups()).BackupsView);
export const ChartsView = view(async () => (await loaders.charts()).ChartsView);
export const EcosystemView = view(async () => (await loaders.ecosystem()).EcosystemView);
export const FundingView = view(async () => (await loaders.funding()).FundingView);
export const IdeasView = view(async () => (await loaders.ideas()).IdeasView);
export const MeasureEditView = view(async () => (await loaders.measureEdit()).MeasureEditView);
export const PeersView = view(async () => (await loaders.peers()).PeersView);
export const RankingView = view(async () => (await loaders.ranking()).RankingView);
export const StakeholdersView = view(async () => (await loaders.stakeholders()).StakeholdersView);
export const ValuePropositionsView = view(async () => (await loaders.value()).ValuePropositionsView);

/** After the first screen and the open's checks (core/workspaces/settle.ts) have had their time. */
const PREFETCH_AFTER_MS = 4_000;

/**
 * Loads every view's chunk, one per idle period, so that no task is long
 * enough to delay a keystroke. Returns a cancel function. Where the browser
 * has no idle callbacks (tests in jsdom) it does nothing: views load on use.
 */
export function prefetchViews(): () => void {
  if (typeof window.requestIdleCallback !== 'function') return () => undefined;
  const queue = Object.values(loaders);
  let idle = 0;
  const next = () => {
    const load = queue.shift();
    if (load) idle = window.requestIdleCallback(() => void load().catch(() => undefined).finally(next));
  };
  const timer = window.setTimeout(next, PREFETCH_AFTER_MS);
  return () => {
    queue.length = 0;
    window.clearTimeout(timer);
    window.cancelIdleCallback(idle);
  };
}
