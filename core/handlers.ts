/**
 * Every contract method mapped to its feature function. `satisfies Handlers`
 * makes a missing or mistyped handler a compile error.
 */
import type { Method, Output, Parsed } from '../api/index.ts';
import type { Core } from './core.ts';
import { appInfo } from './about/about.ts';
import { createBackup } from './backups/backups.ts';
import { listBackupsOf } from './backups/backups.ts';
import { history, redo, undo, undoState } from './changes/log.ts';
import { createDemoWorkspace } from './demo/musterstadt.ts';
import { deleteField, listFields, saveField } from './fields/fields.ts';
import { adoptIdea, deleteIdea, getIdea, listIdeas, saveIdea } from './ideas/ideas.ts';
import { deleteMeasure, getMeasure, listMeasures, saveMeasure } from './measures/measures.ts';
import { deleteView, listMeasureFacets, listViews, saveView } from './views/views.ts';
import { deleteMilestone, listMilestones, saveMilestone } from './fact-sheet/milestones.ts';
import { addDependency, listDependencies, removeDependency } from './fact-sheet/dependencies.ts';
import { linkOzgService, listMeasureOzgServices, listOzgServices, listOzgThemenfelder, unlinkOzgService } from './fact-sheet/ozg.ts';
import { overview } from './overview/overview.ts';
import { overviewLights } from './overview/overview-lights.ts';
import { search } from './search/search.ts';
import { municipalitySearch } from './workspaces/municipality-search.ts';
import { forget, findEntry, listEntries } from './workspaces/registry.ts';
import { closeWorkspace, createWorkspace, damagedWorkspace, openWorkspace, restoreBackup, workspaceInfo } from './workspaces/workspaces.ts';
import { CoreError } from './errors.ts';
import { deleteValueProposition, linkValueMeasure, saveValueProposition, unlinkValueMeasure } from './value-propositions/propositions.ts';
import { deleteValueFit, deleteValueItem, reorderValueItems, saveValueFit, saveValueItem } from './value-propositions/items.ts';
import { getValueProposition, listValuePropositions } from './value-propositions/read.ts';
import type { Lang } from './messages.ts';
import { deleteFundingProgramme, getFundingProgramme, listFundingProgrammes, saveFundingProgramme } from './funding/programmes.ts';
import { importFundingProgrammes } from './funding/import.ts';
import { deleteApplication, listApplications, saveApplication } from './funding/applications.ts';
import { listFundingDeadlines, suggestProgrammes } from './funding/matching.ts';
import { deleteCriterion, listCriteria, saveScoringModel } from './scoring/model.ts';
import { getRanking } from './scoring/ranking.ts';
import { getMeasureScoring, listScoreHistory, saveScores } from './scoring/scores.ts';
import { getSensitivity } from './scoring/sensitivity.ts';
import { fileStatusReport, getStatusReport, listStatusReports } from './status/reports.ts';
import { proposeStatus } from './status/proposal.ts';
import { listPortfolioStatus, listUpcomingMilestones } from './status/portfolio.ts';
import { deleteCostItem, listCostItems, saveCostItem } from './finance/costs.ts';
import { listFinancing, saveFinancing } from './finance/financing.ts';
import { getFinanceRollup } from './finance/rollup.ts';
import { budgetByYear, fundingShare, milestoneTimeline, phaseFunnel, statusMatrix, valueEffortChart } from './charts/index.ts';
import { exportPortfolio } from './spreadsheets/export-portfolio.ts';
import { importProjects, previewProjectImport } from './spreadsheets/import-projects.ts';
import { getPeerProject, listPeerFacets, listPeerProjects } from './peers/library.ts';
import { findOwnMatches, findPeerMatches, peerMatchOverview } from './peers/matching.ts';
import { adoptPeerProject, listPeerAdoptions } from './peers/adopt.ts';
import { deletePartnership, listPartners, listPartnerships, savePartnership } from './peers/partnerships.ts';
import { getAgenda, listAgendas, saveAgenda } from './agenda/agendas.ts';
import { deleteAgendaGoal, linkAgendaMeasure, saveAgendaGoal, unlinkAgendaMeasure } from './agenda/goals.ts';
import { deleteAgendaIndicator, deleteAgendaMeasurement, saveAgendaIndicator, saveAgendaMeasurement } from './agenda/indicators.ts';
import { adoptAgendaVersion, createAgendaVersion, freezeAgendaVersion, listAgendaVersions, updateAgendaVersion } from './agenda/versions.ts';
import { agendaSnapshot } from './agenda/snapshot.ts';
import { compareAgendaVersions } from './agenda/compare.ts';
import { getAgendaRoadmap, moveRoadmapMeasure } from './agenda/roadmap.ts';
import { exportAgenda } from './agenda-export/export.ts';
import { deleteRecommendation, getRecommendation, listRecommendations, saveRecommendation } from './digicheck-strategy/recommendations.ts';
import { convertRecommendation, recommendationOrigin } from './digicheck-strategy/convert.ts';
import { getPartialStrategy } from './digicheck-strategy/strategy.ts';
import { exportPartialStrategy } from './digicheck-strategy/export.ts';
import { exportPack, getPackSigningKey, importPack, listPeerPacks, previewPackImport, removePeerPack } from './packs/index.ts';
import { demoPackFile, listDemoPacks } from './demo/peer-packs/index.ts';
import { deleteOzgMaturity, listOzgMaturity, saveOzgMaturity } from './ozg-maturity/maturity.ts';
import { getOzgMaturityChart } from './ozg-maturity/chart.ts';
import { deleteOrgUnit, listOrgUnits, saveOrgUnit } from './ecosystem/org-units.ts';
import { deleteActor, deleteActorRelation, getActor, getActorNetwork, listActors, saveActor, saveActorRelation } from './ecosystem/actors.ts';
import { deleteRoleAssignment, listRoleAssignments, saveRoleAssignment } from './ecosystem/roles.ts';
import { getEcosystemMap } from './ecosystem/map.ts';
import { compareAssessments, deleteAssessment, getAssessment, getCatalogue, listAssessments, listCatalogues, saveAnswer, saveAssessment, saveCatalogue } from './digicheck/index.ts';
import { deleteStakeholder, deleteStakeholderRelation, getStakeholder, getStakeholderRegister, moveStakeholder, saveStakeholder, saveStakeholderRelation } from './stakeholders/stakeholders.ts';

/** `lang` is the caller's language, for outputs that carry messages (import row errors). */
export type Handlers = { [M in Method]: (input: Parsed<M>, core: Core, lang: Lang) => Output<M> | Promise<Output<M>> };

function backupsFileOf(core: Core, workspaceId: string | undefined): string {
  if (!workspaceId || workspaceId === core.current?.id) return core.workspace().store.file;
  const entry = findEntry(core.dataDir, workspaceId);
  if (!entry) throw new CoreError('not_found', 'workspace_unknown');
  return entry.file;
}

export const handlers = {
  getAppInfo: (_, core) => appInfo(core),
  getSession: (_, core, lang) => ({ workspace: core.current ? workspaceInfo(core) : null, undo: undoState(core), damaged: damagedWorkspace(core, lang) }),

  listWorkspaces: (_, core) => listEntries(core.dataDir).map(({ isDemo: _demo, ...e }) => e),
  searchMunicipalities: (i) => municipalitySearch(i.query, i.limit),
  createWorkspace: (i, core) => createWorkspace(core, i.ags),
  createDemoWorkspace: (_, core) => createDemoWorkspace(core),
  openWorkspace: (i, core) => openWorkspace(core, i.id),
  closeWorkspace: (_, core) => closeWorkspace(core),
  forgetWorkspace: (i, core) => {
    if (core.current?.id === i.id) closeWorkspace(core);
    forget(core.dataDir, i.id);
    return null;
  },

  listFields: (_, core) => listFields(core),
  saveField: (i, core) => saveField(core, i),
  deleteField: (i, core) => deleteField(core, i.id, i.reassignTo),

  listMeasures: (i, core) => listMeasures(core, i),
  getMeasure: (i, core) => getMeasure(core, i.id),
  saveMeasure: (i, core) => saveMeasure(core, i),
  deleteMeasure: (i, core) => deleteMeasure(core, i.id),

  getUndoState: (_, core) => undoState(core),
  undo: (_, core) => undo(core),
  redo: (_, core) => redo(core),
  listHistory: (i, core) => history(core, i.entity, i.id),

  search: (i, core) => search(core, i.query, i.limit),
  getOverview: (_, core) => overview(core),

  listBackups: (i, core) => listBackupsOf(backupsFileOf(core, i.workspaceId)),
  createBackup: (_, core) => createBackup(core, 'manual'),
  restoreBackup: (i, core) => restoreBackup(core, i.workspaceId, i.backupId),

  // --- ideas (portfolio) ---
  listIdeas: (i, core) => listIdeas(core, i),
  getIdea: (i, core) => getIdea(core, i.id),
  saveIdea: (i, core) => saveIdea(core, i),
  deleteIdea: (i, core) => deleteIdea(core, i.id),
  adoptIdea: (i, core) => adoptIdea(core, i),

  // --- fact sheet: milestones, dependencies, OZG links ---
  listMilestones: (i, core) => listMilestones(core, i.measureId),
  saveMilestone: (i, core) => saveMilestone(core, i),
  deleteMilestone: (i, core) => deleteMilestone(core, i.id),
  listDependencies: (i, core) => listDependencies(core, i.measureId),
  addDependency: (i, core) => addDependency(core, i),
  removeDependency: (i, core) => removeDependency(core, i.id),
  listOzgServices: (i, core) => listOzgServices(core, i),
  listOzgThemenfelder: (_, core) => listOzgThemenfelder(core),
  listMeasureOzgServices: (i, core) => listMeasureOzgServices(core, i.measureId),
  linkOzgService: (i, core) => linkOzgService(core, i),
  unlinkOzgService: (i, core) => unlinkOzgService(core, i.id),

  // --- scoring ---
  listCriteria: (_, core) => listCriteria(core),
  saveScoringModel: (i, core) => saveScoringModel(core, i),
  deleteCriterion: (i, core) => deleteCriterion(core, i),
  getMeasureScoring: (i, core) => getMeasureScoring(core, i.measureId),
  saveScores: (i, core) => saveScores(core, i),
  listScoreHistory: (i, core) => listScoreHistory(core, i.measureId),
  getRanking: (i, core) => getRanking(core, i),
  getSensitivity: (i, core) => getSensitivity(core, i),

  // --- finance: cost items, financing stack ---
  listCostItems: (i, core) => listCostItems(core, i.measureId),
  saveCostItem: (i, core) => saveCostItem(core, i),
  deleteCostItem: (i, core) => deleteCostItem(core, i.id),
  listFinancing: (i, core) => listFinancing(core, i.measureId),
  saveFinancing: (i, core) => saveFinancing(core, i),
  getFinanceRollup: (i, core) => getFinanceRollup(core, i.by),

  // --- funding programmes and applications ---
  listFundingProgrammes: (i, core) => listFundingProgrammes(core, i),
  getFundingProgramme: (i, core) => getFundingProgramme(core, i.id),
  saveFundingProgramme: (i, core) => saveFundingProgramme(core, i),
  deleteFundingProgramme: (i, core) => deleteFundingProgramme(core, i),
  importFundingProgrammes: (i, core, lang) => importFundingProgrammes(core, i, lang),
  listApplications: (i, core) => listApplications(core, i),
  saveApplication: (i, core) => saveApplication(core, i),
  deleteApplication: (i, core) => deleteApplication(core, i.id),
  listFundingDeadlines: (i, core) => listFundingDeadlines(core, i.days),
  suggestProgrammes: (i, core) => suggestProgrammes(core, i),

  // --- status reports ---
  listStatusReports: (i, core) => listStatusReports(core, i.measureId),
  getStatusReport: (i, core) => getStatusReport(core, i.id),
  fileStatusReport: (i, core) => fileStatusReport(core, i),
  proposeStatus: (i, core) => proposeStatus(core, i.measureId),
  listPortfolioStatus: (_, core) => listPortfolioStatus(core),
  getOverviewLights: (i, core) => overviewLights(core, i),
  listUpcomingMilestones: (i, core) => listUpcomingMilestones(core, i),

  // --- charts ---
  getValueEffortChart: (i, core) => valueEffortChart(core, i),
  getPhaseFunnel: (i, core) => phaseFunnel(core, i),
  getBudgetByYear: (i, core) => budgetByYear(core, i),
  getMilestoneTimeline: (i, core) => milestoneTimeline(core, i),
  getFundingShare: (i, core) => fundingShare(core, i),
  getStatusMatrix: (i, core) => statusMatrix(core, i),

  // --- portfolio views ---
  listViews: (_, core) => listViews(core),
  saveView: (i, core) => saveView(core, i),
  deleteView: (i, core) => deleteView(core, i.id),
  listMeasureFacets: (_, core) => listMeasureFacets(core),

  // --- spreadsheets: portfolio export, project import ---
  exportPortfolio: (i, core, lang) => exportPortfolio(core, i, lang),
  previewProjectImport: (i, core, lang) => previewProjectImport(core, i, lang),
  importProjects: (i, core, lang) => importProjects(core, i, lang),

  // --- agenda: goals, indicators, versions, roadmap ---
  listAgendas: (_, core) => listAgendas(core),
  getAgenda: (i, core) => getAgenda(core, i.agendaId),
  saveAgenda: (i, core) => saveAgenda(core, i),
  getAgendaSnapshot: (i, core) => agendaSnapshot(core, i.agendaId, i.versionNumber),
  saveAgendaGoal: (i, core) => saveAgendaGoal(core, i),
  deleteAgendaGoal: (i, core) => deleteAgendaGoal(core, i.id),
  linkAgendaMeasure: (i, core) => linkAgendaMeasure(core, i),
  unlinkAgendaMeasure: (i, core) => unlinkAgendaMeasure(core, i),
  saveAgendaIndicator: (i, core) => saveAgendaIndicator(core, i),
  deleteAgendaIndicator: (i, core) => deleteAgendaIndicator(core, i.id),
  saveAgendaMeasurement: (i, core) => saveAgendaMeasurement(core, i),
  deleteAgendaMeasurement: (i, core) => deleteAgendaMeasurement(core, i.id),
  listAgendaVersions: (i, core) => listAgendaVersions(core, i.agendaId),
  createAgendaVersion: (i, core) => createAgendaVersion(core, i),
  updateAgendaVersion: (i, core) => updateAgendaVersion(core, i),
  freezeAgendaVersion: (i, core) => freezeAgendaVersion(core, i.id),
  adoptAgendaVersion: (i, core) => adoptAgendaVersion(core, i),
  compareAgendaVersions: (i, core) => compareAgendaVersions(core, i),
  getAgendaRoadmap: (i, core) => getAgendaRoadmap(core, i.agendaId),
  moveRoadmapMeasure: (i, core) => moveRoadmapMeasure(core, i),

  // --- agenda export ---
  exportAgenda: (i, core, lang) => exportAgenda(core, i, lang),

  // --- peer packs: read, verify, import, export ---
  previewPackImport: (i, core, lang) => previewPackImport(core, i, lang),
  importPack: (i, core, lang) => importPack(core, i, lang),
  listPeerPacks: (_, core) => listPeerPacks(core),
  removePeerPack: (i, core) => removePeerPack(core, i.id),
  exportPack: (i, core) => exportPack(core, i),
  getPackSigningKey: (_, core) => getPackSigningKey(core),
  listDemoPacks: () => listDemoPacks(),
  getDemoPack: (i) => demoPackFile(i.id),

  // --- peer library, matching, cooperation ---
  listPeerProjects: (i, core) => listPeerProjects(core, i),
  getPeerProject: (i, core) => getPeerProject(core, i.id),
  listPeerFacets: (_, core) => listPeerFacets(core),
  findPeerMatches: (i, core) => findPeerMatches(core, i),
  findOwnMatches: (i, core) => findOwnMatches(core, i),
  listPeerMatchOverview: (i, core) => peerMatchOverview(core, i),
  adoptPeerProject: (i, core) => adoptPeerProject(core, i),
  listPeerAdoptions: (i, core) => listPeerAdoptions(core, i),
  listPartnerships: (i, core) => listPartnerships(core, i),
  savePartnership: (i, core) => savePartnership(core, i),
  deletePartnership: (i, core) => deletePartnership(core, i.id),
  listPartners: (_, core) => listPartners(core),

  // --- stakeholders ---
  getStakeholderRegister: (_, core) => getStakeholderRegister(core),
  getStakeholder: (i, core) => getStakeholder(core, i.id),
  saveStakeholder: (i, core) => saveStakeholder(core, i),
  moveStakeholder: (i, core) => moveStakeholder(core, i),
  deleteStakeholder: (i, core) => deleteStakeholder(core, i.id),
  saveStakeholderRelation: (i, core) => saveStakeholderRelation(core, i),
  deleteStakeholderRelation: (i, core) => deleteStakeholderRelation(core, i.id),

  // --- OZG maturity ---
  listOzgMaturity: (i, core) => listOzgMaturity(core, i),
  saveOzgMaturity: (i, core) => saveOzgMaturity(core, i),
  deleteOzgMaturity: (i, core) => deleteOzgMaturity(core, i.ozgId),
  getOzgMaturityChart: (i, core) => getOzgMaturityChart(core, i),

  // --- ecosystem: org units, actors, roles ---
  listOrgUnits: (_, core) => listOrgUnits(core),
  saveOrgUnit: (i, core) => saveOrgUnit(core, i),
  deleteOrgUnit: (i, core) => deleteOrgUnit(core, i.id),
  listActors: (i, core) => listActors(core, i),
  getActor: (i, core) => getActor(core, i.id),
  saveActor: (i, core) => saveActor(core, i),
  deleteActor: (i, core) => deleteActor(core, i.id),
  getActorNetwork: (_, core) => getActorNetwork(core),
  saveActorRelation: (i, core) => saveActorRelation(core, i),
  deleteActorRelation: (i, core) => deleteActorRelation(core, i.id),
  listRoleAssignments: (_, core) => listRoleAssignments(core),
  saveRoleAssignment: (i, core) => saveRoleAssignment(core, i),
  deleteRoleAssignment: (i, core) => deleteRoleAssignment(core, i.id),
  getEcosystemMap: (_, core) => getEcosystemMap(core),

  // --- DigiCheck: catalogue, assessments ---
  listDigicheckCatalogues: (_, core) => listCatalogues(core),
  getDigicheckCatalogue: (i, core) => getCatalogue(core, i.id),
  saveDigicheckCatalogue: (i, core) => saveCatalogue(core, i),
  listDigicheckAssessments: (_, core) => listAssessments(core),
  getDigicheckAssessment: (i, core) => getAssessment(core, i.id),
  saveDigicheckAssessment: (i, core) => saveAssessment(core, i),
  deleteDigicheckAssessment: (i, core) => deleteAssessment(core, i.id),
  saveDigicheckAnswer: (i, core) => saveAnswer(core, i),
  compareDigicheckAssessments: (i, core) => compareAssessments(core, i),

  // --- DigiCheck: recommendations, partial strategy ---
  listRecommendations: (i, core) => listRecommendations(core, i.assessmentId),
  getRecommendation: (i, core) => getRecommendation(core, i.id),
  saveRecommendation: (i, core) => saveRecommendation(core, i),
  deleteRecommendation: (i, core) => deleteRecommendation(core, i.id),
  convertRecommendation: (i, core) => convertRecommendation(core, i),
  getRecommendationOrigin: (i, core) => recommendationOrigin(core, i),
  getPartialStrategy: (i, core) => getPartialStrategy(core, i.assessmentId),
  exportPartialStrategy: (i, core, lang) => exportPartialStrategy(core, i, lang),

  // --- value propositions ---
  listValuePropositions: (i, core) => listValuePropositions(core, i.query),
  getValueProposition: (i, core) => getValueProposition(core, i.id),
  saveValueProposition: (i, core) => saveValueProposition(core, i),
  deleteValueProposition: (i, core) => deleteValueProposition(core, i.id),
  saveValueItem: (i, core) => saveValueItem(core, i),
  deleteValueItem: (i, core) => deleteValueItem(core, i.id),
  reorderValueItems: (i, core) => reorderValueItems(core, i),
  saveValueFit: (i, core) => saveValueFit(core, i),
  deleteValueFit: (i, core) => deleteValueFit(core, i.id),
  linkValueMeasure: (i, core) => linkValueMeasure(core, i),
  unlinkValueMeasure: (i, core) => unlinkValueMeasure(core, i),
} satisfies Handlers;
