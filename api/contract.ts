/**
 * The one API contract: method name → zod input schema → output type.
 * The same name is the IPC method and the HTTP path (/api/<name>).
 * Imports only zod and api/.
 */
import { z } from 'zod';
import { adoptIdeaInput, ideaInput, listIdeasInput, type AdoptResult, type Idea, type IdeaList } from './ideas.ts';
import { deleteCriterionInput, measureRef, rankingInput, saveScoresInput, scoringModelInput, sensitivityInput } from './scoring.ts';
import type { Criterion, MeasureScoring, Ranking, ScoreHistoryEntry, Sensitivity } from './scoring.ts';
import { dependencyInput, factSheetMeasureRef, factSheetRecordRef, factSheetShape, milestoneInput, ozgLinkInput, ozgQuery } from './fact-sheet.ts';
import type { MeasureDependencies, MeasureOzgService, Milestone, OzgService } from './fact-sheet.ts';
import { BUBBLE_LIMIT, budgetByYearInput, fundingShareInput, MATRIX_LIMIT, milestoneTimelineInput, phaseFunnelInput, statusMatrixInput, valueEffortInput } from './charts.ts';
import type { BudgetByYear, FundingShare, MilestoneTimeline, PhaseFunnel, StatusMatrix, ValueEffortChart } from './charts.ts';
import { MEASURE_SORT_KEYS, measureListFilters, saveViewInput, type MeasureFacets, type SavedView } from './views.ts';
import { fileStatusReportInput, overviewLightsInput, statusMeasureRef, statusReportRef, upcomingMilestonesInput } from './status.ts';
import type { OverviewLights, PortfolioStatus, StatusProposal, StatusReport, UpcomingMilestone } from './status.ts';
import { applicationInput, applicationRef, deadlinesInput, deleteProgrammeInput, importProgrammesInput, listApplicationsInput, listProgrammesInput, programmeInput, programmeRef, suggestInput } from './funding.ts';
import type { FundingApplication, FundingDeadline, FundingProgramme, FundingProgrammeList, ProgrammeImport, ProgrammeSuggestion } from './funding.ts';
import { costItemInput, financeMeasureRef, financeRecordRef, rollupInput, saveFinancingInput } from './finance.ts';
import type { CostItem, CostItemList, FinanceRollup, Financing } from './finance.ts';
import { exportPortfolioInput, projectImportInput, type PortfolioExport, type ProjectImport } from './spreadsheets.ts';
import { demoPackRef, exportPackInput, importPackInput, peerPackRef, previewPackImportInput } from './packs.ts';
import type { DemoPack, DemoPackFile, PackExport, PackImportResult, PackPreview, PackSigningKey, PeerPack } from './packs.ts';
import { adoptPeerProjectInput, findOwnMatchesInput, findPeerMatchesInput, listPartnershipsInput, listPeerAdoptionsInput, listPeerProjectsInput, partnershipInput, peerMatchOverviewInput } from './peers.ts';
import type { OwnMatch, PartnerSummary, Partnership, PeerAdoption, PeerFacets, PeerMatch, PeerMatchOverview, PeerProject, PeerProjectPage } from './peers.ts';
import { ozgMaturityChartInput, ozgMaturityInput, ozgMaturityListInput, ozgMaturityRef } from './ozg-maturity.ts';
import type { OzgMaturityChart, OzgMaturityList, OzgMaturityRow } from './ozg-maturity.ts';
import { agendaInput, agendaRecordRef, agendaRef, compareInput, goalInput, goalMeasureInput, indicatorInput, measurementInput, roadmapMoveInput, snapshotInput, versionAdoptInput, versionCreateInput, versionUpdateInput } from './agenda.ts';
import type { AgendaDiff, AgendaGoal, AgendaIndicator, AgendaMeasurement, AgendaRoadmap, AgendaSnapshot, AgendaSummary, AgendaVersion } from './agenda.ts';
import { exportAgendaInput, type AgendaExport } from './agenda-export.ts';
import { assessmentStrategyRef, convertRecommendationInput, exportPartialStrategyInput, recommendationInput, recommendationOriginInput, recommendationRef } from './digicheck-strategy.ts';
import type { PartialStrategy, Recommendation, RecommendationOrigin } from './digicheck-strategy.ts';
import { digicheckAnswerInput, digicheckAssessmentInput, digicheckAssessmentRef, digicheckCatalogueInput, digicheckCatalogueRef, digicheckCompareInput } from './digicheck.ts';
import type { DigicheckAssessment, DigicheckAssessmentSummary, DigicheckCatalogue, DigicheckCatalogueSave, DigicheckCatalogueSummary, DigicheckComparison } from './digicheck.ts';
import { moveStakeholderInput, stakeholderInput, stakeholderRef, stakeholderRelationInput, type Stakeholder, type StakeholderRegister, type StakeholderRelation } from './stakeholders.ts';
import { actorInput, actorRelationInput, deleteFieldInput, ecosystemRef, listActorsInput, orgUnitInput, roleAssignmentInput } from './ecosystem.ts';
import type { Actor, ActorNetwork, ActorRelation, EcosystemMap, OrgUnit, RoleAssignment } from './ecosystem.ts';
import { listValuePropositionsInput, reorderValueItemsInput, valueFitInput, valueItemInput, valueMeasureInput, valuePropositionInput, valuePropositionRef, type ValueProposition, type ValuePropositionSummary } from './value-propositions.ts';
import { ENTITIES, PHASES, PRIORITIES, isoDate } from './domain.ts';
import type {
  AppInfo, Backup, Field, HistoryEntry, Measure, MeasurePage, Municipality, Overview,
  SearchHit, Session, UndoResult, UndoState, WorkspaceEntry, WorkspaceInfo,
} from './domain.ts';

/** Text limits: generous for people, bounded for the store. */
export const LIMITS = { title: 200, short: 200, text: 20_000, query: 200 } as const;

const id = z.string().min(1).max(64);
const none = z.object({}).default({});
/** Optional in, null out: "" and missing both mean "not set". */
const optText = (max: number) =>
  z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const title = z.string().trim().min(1).max(LIMITS.title);

function method<I extends z.ZodType>(input: I) {
  return { returns: <O>() => ({ input, output: null as unknown as O }) };
}

export const measureInput = z
  .object({
    id: id.optional(),
    title,
    description: optText(LIMITS.text),
    fieldId: id.nullish().transform((v) => v ?? null),
    phase: z.enum(PHASES).default('idea'),
    priority: z.enum(PRIORITIES).default('medium'),
    start: isoDate.nullish().or(z.literal('')).transform((v) => v || null),
    end: isoDate.nullish().or(z.literal('')).transform((v) => v || null),
    leadUnit: optText(LIMITS.short),
    budget: z.number().finite().min(0).max(1e12).nullish().transform((v) => v ?? null),
    ...factSheetShape,
  })
  .refine((m) => !m.start || !m.end || m.end >= m.start, { path: ['end'], message: 'end_before_start' });

export const fieldInput = z.object({
  id: id.optional(),
  name: z.string().trim().min(1).max(LIMITS.short),
  description: optText(LIMITS.text),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/).default('#4b5563'),
  sortOrder: z.number().int().min(0).max(10_000).optional(),
});

export const measureSort = z.enum(MEASURE_SORT_KEYS);

export const contract = {
  getAppInfo: method(none).returns<AppInfo>(),
  getSession: method(none).returns<Session>(),

  listWorkspaces: method(none).returns<WorkspaceEntry[]>(),
  searchMunicipalities: method(
    z.object({ query: z.string().trim().max(LIMITS.query), limit: z.number().int().min(1).max(100).default(20) }),
  ).returns<Municipality[]>(),
  createWorkspace: method(z.object({ ags: z.string().regex(/^\d{5}(\d{3})?$/, { message: 'ags_format' }) })).returns<WorkspaceInfo>(),
  createDemoWorkspace: method(none).returns<WorkspaceInfo>(),
  openWorkspace: method(z.object({ id })).returns<WorkspaceInfo>(),
  closeWorkspace: method(none).returns<null>(),
  forgetWorkspace: method(z.object({ id })).returns<null>(),

  listFields: method(none).returns<Field[]>(),
  saveField: method(fieldInput).returns<Field>(),
  deleteField: method(deleteFieldInput).returns<null>(),

  listMeasures: method(
    z.object({
      query: z.string().trim().max(LIMITS.query).optional(),
      fieldId: id.optional(),
      phase: z.enum(PHASES).optional(),
      priority: z.enum(PRIORITIES).optional(),
      ...measureListFilters,
      sort: measureSort.default('updatedAt'),
      dir: z.enum(['asc', 'desc']).default('desc'),
      limit: z.number().int().min(1).max(20_000).default(500),
      offset: z.number().int().min(0).default(0),
    }),
  ).returns<MeasurePage>(),
  getMeasure: method(z.object({ id })).returns<Measure>(),
  saveMeasure: method(measureInput).returns<Measure>(),
  deleteMeasure: method(z.object({ id })).returns<null>(),

  getUndoState: method(none).returns<UndoState>(),
  undo: method(none).returns<UndoResult>(),
  redo: method(none).returns<UndoResult>(),
  listHistory: method(z.object({ entity: z.enum(ENTITIES), id })).returns<HistoryEntry[]>(),

  search: method(
    z.object({ query: z.string().trim().min(1).max(LIMITS.query), limit: z.number().int().min(1).max(100).default(20) }),
  ).returns<SearchHit[]>(),
  getOverview: method(none).returns<Overview>(),

  listBackups: method(z.object({ workspaceId: id.optional() })).returns<Backup[]>(),
  createBackup: method(none).returns<Backup>(),
  restoreBackup: method(z.object({ workspaceId: id.optional(), backupId: z.string().regex(/^[\w.-]{1,120}$/) })).returns<WorkspaceInfo>(),

  // --- ideas (portfolio) ---
  listIdeas: method(listIdeasInput).returns<IdeaList>(),
  getIdea: method(z.object({ id })).returns<Idea>(),
  saveIdea: method(ideaInput).returns<Idea>(),
  deleteIdea: method(z.object({ id })).returns<null>(),
  adoptIdea: method(adoptIdeaInput).returns<AdoptResult>(),

  // --- fact sheet: milestones, dependencies, OZG links ---
  listMilestones: method(factSheetMeasureRef).returns<Milestone[]>(),
  saveMilestone: method(milestoneInput).returns<Milestone>(),
  deleteMilestone: method(factSheetRecordRef).returns<null>(),
  listDependencies: method(factSheetMeasureRef).returns<MeasureDependencies>(),
  addDependency: method(dependencyInput).returns<MeasureDependencies>(),
  removeDependency: method(factSheetRecordRef).returns<null>(),
  listOzgServices: method(ozgQuery).returns<OzgService[]>(),
  listOzgThemenfelder: method(none).returns<string[]>(),
  listMeasureOzgServices: method(factSheetMeasureRef).returns<MeasureOzgService[]>(),
  linkOzgService: method(ozgLinkInput).returns<MeasureOzgService>(),
  unlinkOzgService: method(factSheetRecordRef).returns<null>(),

  // --- scoring ---
  listCriteria: method(none).returns<Criterion[]>(),
  saveScoringModel: method(scoringModelInput).returns<Criterion[]>(),
  deleteCriterion: method(deleteCriterionInput).returns<Criterion[]>(),
  getMeasureScoring: method(measureRef).returns<MeasureScoring>(),
  saveScores: method(saveScoresInput).returns<MeasureScoring>(),
  listScoreHistory: method(measureRef).returns<ScoreHistoryEntry[]>(),
  getRanking: method(rankingInput.default({})).returns<Ranking>(),
  getSensitivity: method(sensitivityInput).returns<Sensitivity>(),

  // --- finance: cost items, financing stack ---
  listCostItems: method(financeMeasureRef).returns<CostItemList>(),
  saveCostItem: method(costItemInput).returns<CostItem>(),
  deleteCostItem: method(financeRecordRef).returns<null>(),
  listFinancing: method(financeMeasureRef).returns<Financing>(),
  saveFinancing: method(saveFinancingInput).returns<Financing>(),
  getFinanceRollup: method(rollupInput).returns<FinanceRollup>(),

  // --- funding programmes and applications ---
  listFundingProgrammes: method(listProgrammesInput.default({})).returns<FundingProgrammeList>(),
  getFundingProgramme: method(programmeRef).returns<FundingProgramme>(),
  saveFundingProgramme: method(programmeInput).returns<FundingProgramme>(),
  deleteFundingProgramme: method(deleteProgrammeInput).returns<null>(),
  importFundingProgrammes: method(importProgrammesInput).returns<ProgrammeImport>(),
  listApplications: method(listApplicationsInput.default({})).returns<FundingApplication[]>(),
  saveApplication: method(applicationInput).returns<FundingApplication>(),
  deleteApplication: method(applicationRef).returns<null>(),
  listFundingDeadlines: method(deadlinesInput.default({ days: 90 })).returns<FundingDeadline[]>(),
  suggestProgrammes: method(suggestInput).returns<ProgrammeSuggestion[]>(),

  // --- status reports ---
  listStatusReports: method(statusMeasureRef).returns<StatusReport[]>(),
  getStatusReport: method(statusReportRef).returns<StatusReport>(),
  fileStatusReport: method(fileStatusReportInput).returns<StatusReport>(),
  proposeStatus: method(statusMeasureRef).returns<StatusProposal>(),
  listPortfolioStatus: method(none).returns<PortfolioStatus>(),
  getOverviewLights: method(overviewLightsInput.default({ shown: 5 })).returns<OverviewLights>(),
  listUpcomingMilestones: method(upcomingMilestonesInput).returns<UpcomingMilestone[]>(),

  // --- charts ---
  getValueEffortChart: method(valueEffortInput.default({ limit: BUBBLE_LIMIT, grid: 10 })).returns<ValueEffortChart>(),
  getPhaseFunnel: method(phaseFunnelInput.default({ fieldId: null })).returns<PhaseFunnel>(),
  getBudgetByYear: method(budgetByYearInput.default({})).returns<BudgetByYear>(),
  getMilestoneTimeline: method(milestoneTimelineInput.default({ groupBy: 'measure' })).returns<MilestoneTimeline>(),
  getFundingShare: method(fundingShareInput.default({})).returns<FundingShare>(),
  getStatusMatrix: method(statusMatrixInput.default({ fieldId: null, limit: MATRIX_LIMIT })).returns<StatusMatrix>(),

  // --- portfolio views ---
  listViews: method(none).returns<SavedView[]>(),
  saveView: method(saveViewInput).returns<SavedView>(),
  deleteView: method(z.object({ id })).returns<null>(),
  listMeasureFacets: method(none).returns<MeasureFacets>(),

  // --- spreadsheets: portfolio export, project import ---
  exportPortfolio: method(exportPortfolioInput).returns<PortfolioExport>(),
  previewProjectImport: method(projectImportInput.omit({ skipInvalid: true })).returns<ProjectImport>(),
  importProjects: method(projectImportInput).returns<ProjectImport>(),

  // --- agenda: goals, indicators, versions, roadmap ---
  listAgendas: method(none).returns<AgendaSummary[]>(),
  getAgenda: method(agendaRef).returns<AgendaSummary>(),
  saveAgenda: method(agendaInput).returns<AgendaSummary>(),
  getAgendaSnapshot: method(snapshotInput).returns<AgendaSnapshot>(),
  saveAgendaGoal: method(goalInput).returns<AgendaGoal>(),
  deleteAgendaGoal: method(agendaRecordRef).returns<null>(),
  linkAgendaMeasure: method(goalMeasureInput).returns<AgendaGoal>(),
  unlinkAgendaMeasure: method(goalMeasureInput).returns<AgendaGoal>(),
  saveAgendaIndicator: method(indicatorInput).returns<AgendaIndicator>(),
  deleteAgendaIndicator: method(agendaRecordRef).returns<null>(),
  saveAgendaMeasurement: method(measurementInput).returns<AgendaMeasurement>(),
  deleteAgendaMeasurement: method(agendaRecordRef).returns<null>(),
  listAgendaVersions: method(agendaRef).returns<AgendaVersion[]>(),
  createAgendaVersion: method(versionCreateInput).returns<AgendaVersion>(),
  updateAgendaVersion: method(versionUpdateInput).returns<AgendaVersion>(),
  freezeAgendaVersion: method(agendaRecordRef).returns<AgendaVersion>(),
  adoptAgendaVersion: method(versionAdoptInput).returns<AgendaVersion>(),
  compareAgendaVersions: method(compareInput).returns<AgendaDiff>(),
  getAgendaRoadmap: method(agendaRef).returns<AgendaRoadmap>(),
  moveRoadmapMeasure: method(roadmapMoveInput).returns<null>(),

  // --- agenda export ---
  exportAgenda: method(exportAgendaInput).returns<AgendaExport>(),

  // --- peer packs: read, verify, import, export ---
  previewPackImport: method(previewPackImportInput).returns<PackPreview>(),
  importPack: method(importPackInput).returns<PackImportResult>(),
  listPeerPacks: method(none).returns<PeerPack[]>(),
  removePeerPack: method(peerPackRef).returns<null>(),
  exportPack: method(exportPackInput.default({ license: 'CC-BY-4.0', includePersonalData: false, sign: false })).returns<PackExport>(),
  getPackSigningKey: method(none).returns<PackSigningKey>(),
  listDemoPacks: method(none).returns<DemoPack[]>(),
  getDemoPack: method(demoPackRef).returns<DemoPackFile>(),

  // --- peer library, matching, cooperation ---
  listPeerProjects: method(listPeerProjectsInput).returns<PeerProjectPage>(),
  getPeerProject: method(z.object({ id })).returns<PeerProject>(),
  listPeerFacets: method(none).returns<PeerFacets>(),
  findPeerMatches: method(findPeerMatchesInput).returns<PeerMatch[]>(),
  findOwnMatches: method(findOwnMatchesInput).returns<OwnMatch[]>(),
  listPeerMatchOverview: method(peerMatchOverviewInput.default({ perItem: 3 })).returns<PeerMatchOverview>(),
  adoptPeerProject: method(adoptPeerProjectInput).returns<{ idea: Idea; adoption: PeerAdoption }>(),
  listPeerAdoptions: method(listPeerAdoptionsInput.default({})).returns<PeerAdoption[]>(),
  listPartnerships: method(listPartnershipsInput.default({})).returns<Partnership[]>(),
  savePartnership: method(partnershipInput).returns<Partnership>(),
  deletePartnership: method(z.object({ id })).returns<null>(),
  listPartners: method(none).returns<PartnerSummary[]>(),

  // --- stakeholders ---
  getStakeholderRegister: method(none).returns<StakeholderRegister>(),
  getStakeholder: method(stakeholderRef).returns<Stakeholder>(),
  saveStakeholder: method(stakeholderInput).returns<Stakeholder>(),
  moveStakeholder: method(moveStakeholderInput).returns<Stakeholder>(),
  deleteStakeholder: method(stakeholderRef).returns<null>(),
  saveStakeholderRelation: method(stakeholderRelationInput).returns<StakeholderRelation>(),
  deleteStakeholderRelation: method(stakeholderRef).returns<null>(),

  // --- OZG maturity ---
  listOzgMaturity: method(ozgMaturityListInput.default({ query: '', scope: 'municipal', limit: 100 })).returns<OzgMaturityList>(),
  saveOzgMaturity: method(ozgMaturityInput).returns<OzgMaturityRow>(),
  deleteOzgMaturity: method(ozgMaturityRef).returns<null>(),
  getOzgMaturityChart: method(ozgMaturityChartInput.default({ model: '1.1' })).returns<OzgMaturityChart>(),

  // --- ecosystem: org units, actors, roles ---
  listOrgUnits: method(none).returns<OrgUnit[]>(),
  saveOrgUnit: method(orgUnitInput).returns<OrgUnit>(),
  deleteOrgUnit: method(ecosystemRef).returns<null>(),
  listActors: method(listActorsInput.default({})).returns<Actor[]>(),
  getActor: method(ecosystemRef).returns<Actor>(),
  saveActor: method(actorInput).returns<Actor>(),
  deleteActor: method(ecosystemRef).returns<null>(),
  getActorNetwork: method(none).returns<ActorNetwork>(),
  saveActorRelation: method(actorRelationInput).returns<ActorRelation>(),
  deleteActorRelation: method(ecosystemRef).returns<null>(),
  listRoleAssignments: method(none).returns<RoleAssignment[]>(),
  saveRoleAssignment: method(roleAssignmentInput).returns<RoleAssignment>(),
  deleteRoleAssignment: method(ecosystemRef).returns<null>(),
  getEcosystemMap: method(none).returns<EcosystemMap>(),

  // --- DigiCheck: catalogue, assessments ---
  listDigicheckCatalogues: method(none).returns<DigicheckCatalogueSummary[]>(),
  getDigicheckCatalogue: method(digicheckCatalogueRef).returns<DigicheckCatalogue>(),
  saveDigicheckCatalogue: method(digicheckCatalogueInput).returns<DigicheckCatalogueSave>(),
  listDigicheckAssessments: method(none).returns<DigicheckAssessmentSummary[]>(),
  getDigicheckAssessment: method(digicheckAssessmentRef).returns<DigicheckAssessment>(),
  saveDigicheckAssessment: method(digicheckAssessmentInput).returns<DigicheckAssessment>(),
  deleteDigicheckAssessment: method(digicheckAssessmentRef).returns<null>(),
  saveDigicheckAnswer: method(digicheckAnswerInput).returns<DigicheckAssessment>(),
  compareDigicheckAssessments: method(digicheckCompareInput).returns<DigicheckComparison>(),

  // --- DigiCheck: recommendations, partial strategy ---
  listRecommendations: method(assessmentStrategyRef).returns<Recommendation[]>(),
  getRecommendation: method(recommendationRef).returns<Recommendation>(),
  saveRecommendation: method(recommendationInput).returns<Recommendation>(),
  deleteRecommendation: method(recommendationRef).returns<null>(),
  convertRecommendation: method(convertRecommendationInput).returns<Recommendation>(),
  getRecommendationOrigin: method(recommendationOriginInput).returns<RecommendationOrigin | null>(),
  getPartialStrategy: method(assessmentStrategyRef).returns<PartialStrategy>(),
  exportPartialStrategy: method(exportPartialStrategyInput).returns<AgendaExport>(),

  // --- value propositions ---
  listValuePropositions: method(listValuePropositionsInput).returns<ValuePropositionSummary[]>(),
  getValueProposition: method(valuePropositionRef).returns<ValueProposition>(),
  saveValueProposition: method(valuePropositionInput).returns<ValueProposition>(),
  deleteValueProposition: method(valuePropositionRef).returns<null>(),
  saveValueItem: method(valueItemInput).returns<ValueProposition>(),
  deleteValueItem: method(valuePropositionRef).returns<ValueProposition>(),
  reorderValueItems: method(reorderValueItemsInput).returns<ValueProposition>(),
  saveValueFit: method(valueFitInput).returns<ValueProposition>(),
  deleteValueFit: method(valuePropositionRef).returns<ValueProposition>(),
  linkValueMeasure: method(valueMeasureInput).returns<ValueProposition>(),
  unlinkValueMeasure: method(valueMeasureInput).returns<ValueProposition>(),
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
/** What a caller may send (defaults optional). */
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives after validation. */
export type Parsed<M extends Method> = z.output<Contract[M]['input']>;
export type Output<M extends Method> = Contract[M]['output'];

export const METHODS = Object.keys(contract) as Method[];
export const isMethod = (name: string): name is Method => Object.hasOwn(contract, name);
