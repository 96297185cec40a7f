/**
 * The views beyond the first screen, each loaded the first time it is opened.
 * The Übersicht and the portfolio list come with the app; everything else
 * (charts with recharts, the agenda, DigiCheck, peers, …) is a chunk of its
 * own, so Chromium compiles and runs about half the JavaScript before the
 * first screen shows. The chunks are local files: a first visit waits for
 * them a few milliseconds.
 */
import { lazy, type ComponentType } from 'react';

/** React.lazy for a named export. */
function view<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

export const AboutView = view(async () => (await import('../features/about/about-view.tsx')).AboutView);
export const AgendaView = view(async () => (await import('../features/agenda/agenda-view.tsx')).AgendaView);
export const AnalysisView = view(async () => (await import('../features/analysis/analysis-view.tsx')).AnalysisView);
export const BackupsView = view(async () => (await import('../features/backups/backups-view.tsx')).BackupsView);
export const ChartsView = view(async () => (await import('../features/charts/charts-view.tsx')).ChartsView);
export const EcosystemView = view(async () => (await import('../features/ecosystem/ecosystem-view.tsx')).EcosystemView);
export const FundingView = view(async () => (await import('../features/funding/funding-view.tsx')).FundingView);
export const IdeasView = view(async () => (await import('../features/ideas/ideas-view.tsx')).IdeasView);
export const MeasureEditView = view(async () => (await import('../features/measures/measure-edit-view.tsx')).MeasureEditView);
export const PeersView = view(async () => (await import('../features/peers/peers-view.tsx')).PeersView);
export const RankingView = view(async () => (await import('../features/scoring/ranking-view.tsx')).RankingView);
export const StakeholdersView = view(async () => (await import('../features/stakeholders/stakeholders-view.tsx')).StakeholdersView);
export const ValuePropositionsView = view(async () => (await import('../features/value-propositions/value-propositions-view.tsx')).ValuePropositionsView);
