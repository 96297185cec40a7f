/**
 * The output types of api/domain.ts as strict zod schemas: the contract says
 * output types are checked in the contract tests, and a strict object also
 * catches a field that leaks out (a file path, an internal column).
 */
import { z } from 'zod';
import { ENTITIES, IDEA_SOURCES, IDEA_STATUSES, MUNICIPALITY_KINDS, PHASES, PRIORITIES } from '../../api/index.ts';
import { LIGHTS, STATUS_DIMENSIONS, STATUS_REASONS } from '../../api/index.ts';
import { AGREEMENT_TYPES, OWN_KINDS, PARTNERSHIP_KINDS, PARTNERSHIP_STATUSES, PEER_STATUSES } from '../../api/index.ts';
import { ATTITUDES, ENGAGEMENTS, RELATION_KINDS, STAKEHOLDER_KINDS, STAKEHOLDER_SCOPES } from '../../api/index.ts';
import { OZG_MODELS } from '../../api/index.ts';
import { OUR_KINDS, THEIR_KINDS, VALUE_KINDS } from '../../api/index.ts';
import { ACTOR_KINDS, ACTOR_RELATION_KINDS, ORG_UNIT_KINDS, ROLES, SPHERES } from '../../api/index.ts';

const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const workspaceInfo = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  ags: z.string().regex(/^\d{5}(\d{3})?$/),
  kind: z.enum(MUNICIPALITY_KINDS),
  land: z.string().min(1),
  population: z.number().int().nonnegative(),
  file: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  isDemo: z.boolean(),
});

export const changeLabel = z.strictObject({
  action: z.enum(['create', 'update', 'delete']),
  entity: z.enum(ENTITIES),
  title: z.string(),
});

export const undoState = z.strictObject({ undo: changeLabel.nullable(), redo: changeLabel.nullable() });
export const undoResult = z.strictObject({ done: changeLabel.nullable(), state: undoState });
export const session = z.strictObject({
  workspace: workspaceInfo.nullable(),
  undo: undoState,
  damaged: z.strictObject({ workspace: z.strictObject({ id: z.string(), name: z.string(), ags: z.string(), file: z.string(), lastOpenedAt: z.string(), exists: z.boolean() }), message: z.string() }).nullable(),
});

export const field = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string().nullable(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  sortOrder: z.number().int(),
  source: z.string(),
  measureCount: z.number().int().nonnegative(),
});

export const measure = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  description: z.string().nullable(),
  fieldId: z.string().nullable(),
  fieldName: z.string().nullable(),
  phase: z.enum(PHASES),
  priority: z.enum(PRIORITIES),
  start: isoDay.nullable(),
  end: isoDay.nullable(),
  leadUnit: z.string().nullable(),
  budget: z.number().nullable(),
  goals: z.string().nullable(),
  impact: z.string().nullable(),
  projectLead: z.string().nullable(),
  participants: z.string().nullable(),
  risks: z.string().nullable(),
  efaReuse: z.boolean(),
  efaProvider: z.string().nullable(),
  ikzPartners: z.string().nullable(),
  progress: z.number().int().min(0).max(100),
  mustLegal: z.boolean(),
  mustLegalDeadline: isoDay.nullable(),
  mustCritical: z.boolean(),
  mustPolitical: z.boolean(),
  tags: z.array(z.string().min(1).max(40)).max(20),
  origin: z.string(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

export const measurePage = z.strictObject({ total: z.number().int().nonnegative(), rows: z.array(measure) });

export const searchHit = z.strictObject({ entity: z.enum(ENTITIES), id: z.string(), title: z.string(), snippet: z.string() });

export const overview = z.strictObject({
  measureCount: z.number().int().nonnegative(),
  budgetTotal: z.number().nonnegative(),
  byFieldPhase: z.array(
    z.strictObject({
      fieldId: z.string().nullable(),
      fieldName: z.string().nullable(),
      color: z.string(),
      counts: z.strictObject(Object.fromEntries(PHASES.map((p) => [p, z.number().int().nonnegative()])) as Record<(typeof PHASES)[number], z.ZodNumber>),
    }),
  ),
});

export const backup = z.strictObject({
  id: z.string().regex(/^[\w.-]{1,120}$/),
  createdAt: isoInstant,
  reason: z.string().regex(/^[a-z-]+$/),
  sizeBytes: z.number().int().positive(),
});

export const municipality = z.strictObject({
  ags: z.string(),
  name: z.string(),
  kind: z.enum(MUNICIPALITY_KINDS),
  type: z.string(),
  kreis: z.string().nullable(),
  land: z.string(),
  population: z.number().int().nonnegative(),
  plz: z.string().nullable(),
});

export const apiError = z.strictObject({
  code: z.string(),
  message: z.string().min(1),
  details: z.object({ issues: z.array(z.strictObject({ path: z.string(), message: z.string().min(1) })).optional() }).optional(),
});

// --- fact sheet ---
export const milestone = z.strictObject({
  id: z.string().min(1), measureId: z.string().min(1), title: z.string().min(1), plannedOn: isoDay.nullable(), actualOn: isoDay.nullable(),
  done: z.boolean(), sortOrder: z.number().int(), overdue: z.boolean(),
});
const dependencyLink = z.strictObject({ id: z.string().min(1), measureId: z.string().min(1), title: z.string(), phase: z.enum(PHASES), end: isoDay.nullable() });
export const measureDependencies = z.strictObject({ dependsOn: z.array(dependencyLink), neededBy: z.array(dependencyLink) });
export const ozgService = z.strictObject({
  ozgId: z.string().regex(/^\d+$/), name: z.string().min(1), lebenslage: z.string(), themenfeld: z.string(), municipal: z.boolean(), leikaCount: z.number().int().nonnegative(),
});
export const measureOzgService = ozgService.extend({ id: z.string().min(1) });

// Ideas
export const idea = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  description: z.string().nullable(),
  source: z.enum(IDEA_SOURCES),
  submitter: z.string().nullable(),
  submittedOn: isoDay.nullable(),
  fieldId: z.string().nullable(),
  fieldName: z.string().nullable(),
  status: z.enum(IDEA_STATUSES),
  statusReason: z.string().nullable(),
  measureId: z.string().nullable(),
  measureTitle: z.string().nullable(),
  origin: z.string(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});
export const ideaList = z.strictObject({
  total: z.number().int().nonnegative(),
  rows: z.array(idea),
  counts: z.strictObject(Object.fromEntries(IDEA_STATUSES.map((s) => [s, z.number().int().nonnegative()])) as Record<(typeof IDEA_STATUSES)[number], z.ZodNumber>),
});
export const adoptResult = z.strictObject({ idea, measure });

// Scoring
const score100 = z.number().min(0).max(100).nullable();
export const criterion = z.strictObject({
  id: z.string().min(1), name: z.string().min(1), description: z.string().nullable(), weight: z.number().min(0).max(100),
  scaleMax: z.number().int().min(1), direction: z.enum(['benefit', 'cost']), axis: z.enum(['value', 'effort']), sortOrder: z.number().int(), scoreCount: z.number().int().nonnegative(),
});
const scoreSummary = { total: score100, value: score100, effort: score100, scored: z.number().int().nonnegative(), criteriaCount: z.number().int().nonnegative() };
const mustReasons = z.array(z.enum(['legal', 'critical', 'political']));
export const measureScoring = z.strictObject({
  ...scoreSummary,
  measureId: z.string().min(1), criteria: z.array(criterion), rank: z.number().int().positive().nullable(), must: mustReasons,
  scores: z.array(z.strictObject({ criterionId: z.string().min(1), score: z.number().int().nonnegative(), justification: z.string().nullable(), updatedAt: isoInstant })),
});
export const rankingRow = z.strictObject({
  ...scoreSummary,
  measureId: z.string().min(1), title: z.string().min(1), fieldId: z.string().nullable(), fieldName: z.string().nullable(), phase: z.enum(PHASES), priority: z.enum(PRIORITIES),
  budget: z.number().nullable(), must: mustReasons, mustLegalDeadline: isoDay.nullable(), rank: z.number().int().positive().nullable(),
});
export const ranking = z.strictObject({ criteria: z.array(criterion), weights: z.record(z.string(), z.number()), rows: z.array(rankingRow) });
const rankChange = z.strictObject({ measureId: z.string().min(1), title: z.string(), from: z.number().int(), to: z.number().int() });
export const sensitivity = z.strictObject({
  criterionId: z.string().min(1), baseWeight: z.number(), base: z.array(rankingRow),
  steps: z.array(z.strictObject({ delta: z.number(), weight: z.number(), weights: z.record(z.string(), z.number()), rows: z.array(rankingRow), changes: z.array(rankChange) })),
});
export const scoreHistoryEntry = z.strictObject({
  seq: z.number().int(), at: isoInstant, criterionId: z.string().min(1), criterionName: z.string().nullable(), action: z.enum(['create', 'update', 'delete']),
  from: z.number().int().nullable(), to: z.number().int().nullable(), justification: z.string().nullable(), undone: z.boolean(),
});

// Status reports
const light = z.enum(LIGHTS);
const statusLights = z.strictObject({ schedule: light, cost: light, scope: light, resources: light, impact: light });
const proposedLight = z.strictObject({ light, reason: z.strictObject({ key: z.enum(STATUS_REASONS), params: z.record(z.string(), z.union([z.string(), z.number()])) }) });
export const statusProposal = z.strictObject({
  asOf: isoDay, overall: light,
  lights: z.strictObject({ schedule: proposedLight, cost: proposedLight, scope: proposedLight, resources: proposedLight, impact: proposedLight }),
});
export const statusReport = z.strictObject({
  id: z.string().min(1), measureId: z.string().min(1), reportedOn: isoDay, overall: light, lights: statusLights,
  achievements: z.string().nullable(), nextSteps: z.string().nullable(), risks: z.string().nullable(), decisionsNeeded: z.string().nullable(),
  proposed: statusProposal.nullable(), overridden: z.array(z.enum([...STATUS_DIMENSIONS, 'overall'])), createdAt: isoInstant,
});
export const portfolioStatus = z.strictObject({
  asOf: isoDay, currentDays: z.number().int().positive(),
  rows: z.array(z.strictObject({
    measureId: z.string().min(1), title: z.string().min(1), phase: z.enum(PHASES), fieldId: z.string().nullable(), fieldName: z.string().nullable(),
    reportId: z.string().nullable(), reportedOn: isoDay.nullable(), overall: light.nullable(), lights: statusLights.nullable(),
    noCurrentReport: z.boolean(), reportsExpected: z.boolean(),
  })),
});
const overviewLightsMeasure = z.strictObject({ measureId: z.string().min(1), title: z.string().min(1), overall: light.nullable(), reportedOn: isoDay.nullable() });
export const overviewLights = z.strictObject({
  asOf: isoDay, currentDays: z.number().int().positive(),
  counts: z.strictObject({ green: z.number().int().nonnegative(), yellow: z.number().int().nonnegative(), red: z.number().int().nonnegative(), grey: z.number().int().nonnegative() }),
  withoutReport: z.number().int().nonnegative(), attention: z.array(overviewLightsMeasure).max(50), staleCount: z.number().int().nonnegative(), stale: z.array(overviewLightsMeasure).max(50),
});
export const upcomingMilestone = z.strictObject({
  id: z.string().min(1), measureId: z.string().min(1), measureTitle: z.string().min(1), title: z.string().min(1), plannedOn: isoDay, daysUntil: z.number().int().nonnegative(),
});

// Funding programmes and applications
const funder = z.enum(['eu', 'bund', 'land', 'foundation', 'other']);
export const fundingProgramme = z.strictObject({
  id: z.string().min(1), name: z.string().min(1), funder, maxQuota: z.number().nullable(), minOwnShare: z.number().nullable(),
  eligible: z.string().nullable(), fields: z.string().nullable(), keywords: z.string().nullable(), deadline: isoDay.nullable(),
  url: z.string().regex(/^https?:\/\//).nullable(), description: z.string().nullable(), applicationCount: z.number().int().nonnegative(),
  origin: z.string(), createdAt: isoInstant, updatedAt: isoInstant,
});
export const fundingProgrammeList = z.strictObject({ total: z.number().int().nonnegative(), rows: z.array(fundingProgramme) });
const importRowRef = z.strictObject({ row: z.number().int().min(2), name: z.string().min(1) });
const programmeColumn = z.enum(['name', 'funder', 'maxQuota', 'minOwnShare', 'eligible', 'fields', 'keywords', 'deadline', 'url', 'description']);
export const programmeImport = z.strictObject({
  format: z.enum(['csv', 'xlsx', 'ods']), encoding: z.enum(['utf-8', 'windows-1252']).nullable(), delimiter: z.enum([';', ',']).nullable(),
  columns: z.array(z.strictObject({ header: z.string(), column: programmeColumn.nullable() })), rowCount: z.number().int().nonnegative(),
  add: z.array(importRowRef), update: z.array(importRowRef.extend({ id: z.string().min(1), changes: z.array(programmeColumn) })), unchanged: z.array(importRowRef),
  errors: z.array(z.strictObject({ row: z.number().int().min(2), header: z.string().nullable(), message: z.string().min(1) })),
  formulaLike: z.number().int().nonnegative(), written: z.boolean(),
});
export const fundingApplication = z.strictObject({
  id: z.string().min(1), measureId: z.string().min(1), measureTitle: z.string().min(1), programmeId: z.string().min(1), programmeName: z.string().min(1), funder,
  status: z.enum(['planned', 'submitted', 'approved', 'rejected']), amountRequested: z.number().nullable(), amountApproved: z.number().nullable(),
  submittedOn: isoDay.nullable(), decisionOn: isoDay.nullable(), reportingDeadline: isoDay.nullable(), note: z.string().nullable(),
  createdAt: isoInstant, updatedAt: isoInstant,
});
export const fundingDeadline = z.strictObject({
  kind: z.enum(['application', 'reporting']), date: isoDay, daysLeft: z.number().int().nonnegative(), programmeId: z.string().min(1), programmeName: z.string().min(1),
  applicationId: z.string().nullable(), measureId: z.string().nullable(), measureTitle: z.string().nullable(),
});
export const programmeSuggestion = z.strictObject({
  programme: fundingProgramme, score: z.number().positive(),
  reasons: z.array(z.strictObject({ kind: z.enum(['field', 'keyword']), term: z.string().min(1), matched: z.string().min(1) })).min(1),
});

// Finance: cost items, financing stack, roll-ups
const euros = z.number().min(0);
const moneySplit = { planInvestive: euros, planConsumptive: euros, plan: euros, actualInvestive: euros, actualConsumptive: euros, actual: euros };
export const costItem = z.strictObject({
  id: z.string().min(1), measureId: z.string().min(1), year: z.number().int().min(2000).max(2100), kind: z.enum(['investive', 'consumptive']),
  recurrence: z.enum(['one_off', 'recurring']), category: z.string().nullable(), plan: euros, actual: euros.nullable(), note: z.string().nullable(),
});
export const costItemList = z.strictObject({
  measureId: z.string().min(1), items: z.array(costItem), years: z.array(z.strictObject({ year: z.number().int(), ...moneySplit })), total: z.strictObject(moneySplit),
});
export const financing = z.strictObject({
  measureId: z.string().min(1),
  items: z.array(z.strictObject({
    id: z.string().min(1), measureId: z.string().min(1), sourceType: z.enum(['own', 'funding', 'partner', 'other']), name: z.string().nullable(),
    amount: euros, programmeId: z.string().nullable(), programmeName: z.string().nullable(), note: z.string().nullable(),
  })),
  total: euros, bySource: z.strictObject({ own: euros, funding: euros, partner: euros, other: euros }),
  plannedCost: euros.nullable(), plannedFrom: z.enum(['costs', 'budget']).nullable(), gap: z.number().nullable(), complete: z.boolean(),
});
export const financeRollup = z.strictObject({
  by: z.enum(['year', 'field', 'phase']),
  rows: z.array(z.strictObject({ key: z.string(), label: z.string(), planInvestive: euros, planConsumptive: euros, actualInvestive: euros, actualConsumptive: euros })),
});

// --- charts ---
const quadrant = z.enum(['quickWin', 'bigBet', 'fillIn', 'reconsider']);
export const valueEffortChart = z.strictObject({
  mode: z.enum(['bubbles', 'grid']),
  points: z.array(z.strictObject({
    measureId: z.string().min(1), title: z.string(), fieldId: z.string().nullable(), fieldName: z.string().nullable(), color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    value: z.number().min(0).max(100), effort: z.number().min(0).max(100), budget: z.number().nullable(), budgetSource: z.enum(['costItems', 'measure']).nullable(), quadrant,
  })),
  cells: z.array(z.strictObject({ effortFrom: z.number(), valueFrom: z.number(), count: z.number().int().min(1), budget: z.number() })),
  step: z.number().positive(), placed: z.number().int(), quadrantCounts: z.record(quadrant, z.number().int()),
  unplaced: z.array(z.strictObject({ measureId: z.string().min(1), title: z.string(), fieldName: z.string().nullable(), missing: z.enum(['none', 'value', 'effort']) })),
  unplacedCount: z.number().int(),
  fields: z.array(z.strictObject({ id: z.string().nullable(), name: z.string().nullable(), color: z.string() })),
});
const phaseStep = { count: z.number().int().min(0), budget: z.number() };
export const phaseFunnel = z.strictObject({
  fieldId: z.string().nullable(),
  steps: z.array(z.strictObject({ phase: z.enum(['idea', 'concept', 'implementation', 'operation', 'completed']), ...phaseStep })).length(5),
  stopped: z.strictObject(phaseStep), total: z.number().int(),
});
export const budgetByYear = z.strictObject({
  years: z.array(z.strictObject({
    year: z.number().int(), planInvestive: z.number(), planConsumptive: z.number(), actualInvestive: z.number().nullable(), actualConsumptive: z.number().nullable(),
  })),
  totals: z.strictObject({ plan: z.number(), actual: z.number() }), items: z.number().int(),
});
const milestoneState = z.enum(['done', 'open', 'overdue']);
export const milestoneTimeline = z.strictObject({
  from: z.string().regex(/^\d{4}-01-01$/), to: z.string().regex(/^\d{4}-12-31$/), today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), groupBy: z.enum(['measure', 'field']),
  rows: z.array(z.strictObject({
    id: z.string().nullable(), label: z.string().nullable(), color: z.string(),
    milestones: z.array(z.strictObject({ id: z.string().min(1), title: z.string(), measureId: z.string().min(1), measureTitle: z.string(), plannedOn: z.string(), actualOn: z.string().nullable(), state: milestoneState })),
  })),
  counts: z.record(milestoneState, z.number().int()), undated: z.number().int(),
});
const chartMoney = z.number().min(0);
export const fundingShare = z.strictObject({
  years: z.array(z.strictObject({ year: z.number().int(), plan: chartMoney, own: chartMoney, funding: chartMoney, partner: chartMoney, other: chartMoney, open: chartMoney, share: z.number().min(0).max(1).nullable() })),
  totals: z.strictObject({ plan: chartMoney, funding: chartMoney, share: z.number().min(0).max(1).nullable() }), measures: z.number().int().min(0),
});
const lightCounts = z.record(light, z.number().int().min(0));
export const statusMatrix = z.strictObject({
  fieldId: z.string().nullable(), asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  rows: z.array(z.strictObject({
    measureId: z.string().min(1), title: z.string(), fieldName: z.string().nullable(), reportedOn: z.string(), overall: light,
    lights: z.strictObject({ schedule: light, cost: light, scope: light, resources: light, impact: light }), current: z.boolean(),
  })),
  reported: z.number().int().min(0), unreported: z.number().int().min(0),
  counts: z.strictObject({ schedule: lightCounts, cost: lightCounts, scope: lightCounts, resources: lightCounts, impact: lightCounts, overall: lightCounts }),
});

// --- portfolio views ---
export const savedView = z.strictObject({
  id: z.string().min(1), name: z.string().min(1),
  config: z.strictObject({
    columns: z.array(z.string()),
    filters: z.strictObject({ text: z.string(), fieldId: z.string(), phase: z.string(), priority: z.string(), leadUnit: z.string(), tag: z.string(), must: z.string(), light: z.string(), funding: z.string() }),
    sort: z.strictObject({ key: z.string(), dir: z.enum(['asc', 'desc']) }),
  }),
  createdAt: isoInstant, updatedAt: isoInstant,
});
export const measureFacets = z.strictObject({ leadUnits: z.array(z.string()), tags: z.array(z.string()) });
export const savedViewList = z.array(savedView);

// --- spreadsheets ---
const projectColumn = z.enum(['title', 'description', 'field', 'phase', 'priority', 'start', 'end', 'leadUnit', 'projectLead', 'budget', 'progress', 'tags', 'must', 'efa', 'ikzPartners', 'goals']);
export const projectImport = z.strictObject({
  format: z.enum(['xlsx', 'ods', 'csv']), encoding: z.enum(['utf-8', 'windows-1252']).nullable(), delimiter: z.enum([';', ',']).nullable(),
  sheetName: z.string().nullable(), sheetCount: z.number().int().min(1),
  columns: z.array(z.strictObject({ header: z.string(), column: projectColumn.nullable(), ignored: z.enum(['unknown', 'computed', 'duplicate', 'empty']).nullable() })),
  rowCount: z.number().int().nonnegative(), add: z.number().int().nonnegative(), update: z.number().int().nonnegative(), unchanged: z.number().int().nonnegative(),
  errorRows: z.number().int().nonnegative(), errors: z.array(z.strictObject({ row: z.number().int().min(2), header: z.string().nullable(), message: z.string().min(1) })),
  sample: z.array(z.strictObject({
    row: z.number().int().min(2), action: z.enum(['add', 'update', 'unchanged']), title: z.string().min(1), fieldName: z.string().nullable(),
    phase: z.enum(['idea', 'concept', 'implementation', 'operation', 'completed', 'stopped']), start: isoDay.nullable(), end: isoDay.nullable(), budget: z.number().nullable(),
  })),
  unknownFields: z.array(z.string()), formulas: z.number().int().nonnegative(), written: z.boolean(),
});
export const portfolioExport = z.strictObject({ fileName: z.string().min(5).max(255), mimeType: z.string().min(1), bytes: z.instanceof(Uint8Array), rows: z.number().int().nonnegative() });

// --- agenda ---
const phase = z.enum(PHASES);
export const agendaVersion = z.strictObject({
  id: z.string().min(1), agendaId: z.string().min(1), number: z.number().int().positive(), status: z.enum(['draft', 'consultation', 'adopted', 'updated']),
  label: z.string().nullable(), councilBody: z.string().nullable(), decisionNumber: z.string().nullable(), decidedOn: isoDay.nullable(),
  frozenAt: isoInstant.nullable(), note: z.string().nullable(), createdAt: isoInstant, updatedAt: isoInstant,
});
export const agendaVersionList = z.array(agendaVersion);
export const agendaSummary = z.strictObject({
  id: z.string().min(1), title: z.string().min(1), periodFrom: z.number().int(), periodTo: z.number().int(),
  latest: agendaVersion.nullable(), locked: z.boolean(), updatedAt: isoInstant,
});
export const agendaSummaryList = z.array(agendaSummary);
export const agendaMeasurement = z.strictObject({ id: z.string().min(1), measuredOn: isoDay, value: z.number(), note: z.string().nullable() });
export const agendaIndicator = z.strictObject({
  id: z.string().min(1), goalId: z.string().nullable(), measureId: z.string().nullable(), name: z.string().min(1), description: z.string().nullable(),
  unit: z.string().min(1), level: z.enum(['input', 'output', 'outcome', 'impact']), baseline: z.number().nullable(), baselineOn: isoDay.nullable(),
  target: z.number().nullable(), targetOn: isoDay.nullable(), source: z.string().nullable(), owner: z.string().nullable(), measurements: z.array(agendaMeasurement),
});
const agendaMeasure = z.strictObject({
  id: z.string().min(1), title: z.string().min(1), fieldId: z.string().nullable(), fieldName: z.string().nullable(), phase, priority: z.enum(PRIORITIES),
  start: isoDay.nullable(), end: isoDay.nullable(), leadUnit: z.string().nullable(), indicators: z.array(agendaIndicator),
});
const goalBase = {
  id: z.string().min(1), parentId: z.string().nullable(), kind: z.enum(['strategic', 'operational']), title: z.string().min(1), description: z.string().nullable(),
  fieldId: z.string().nullable(), fieldName: z.string().nullable(), measures: z.array(agendaMeasure), indicators: z.array(agendaIndicator),
};
export const agendaGoal = z.strictObject({ ...goalBase, children: z.array(z.strictObject({ ...goalBase, children: z.array(z.never()) })) });
export const agendaSnapshot = z.strictObject({
  agendaId: z.string().min(1), version: agendaVersion.nullable(), live: z.boolean(), title: z.string().min(1), periodFrom: z.number().int(), periodTo: z.number().int(),
  vision: z.string().nullable(), principles: z.array(z.string()), startingPosition: z.string().nullable(),
  startingFigures: z.array(z.strictObject({ label: z.string(), value: z.string(), unit: z.string().nullable(), source: z.string().nullable() })),
  fields: z.array(z.strictObject({ id: z.string().min(1), name: z.string().min(1), color: z.string() })), goals: z.array(agendaGoal), implementation: z.string().nullable(),
});
const fieldChange = z.strictObject({ field: z.string().min(1), before: z.string().nullable(), after: z.string().nullable() });
const itemChange = z.strictObject({ change: z.enum(['added', 'removed', 'changed']), id: z.string().min(1), title: z.string(), context: z.string().nullable(), changes: z.array(fieldChange) });
const diffSide = z.strictObject({ number: z.number().int().nullable(), live: z.boolean(), status: z.string().nullable(), label: z.string().nullable() });
const added = z.strictObject({ added: z.array(z.string()), removed: z.array(z.string()) });
export const agendaDiff = z.strictObject({
  from: diffSide, to: diffSide, texts: z.array(fieldChange), principles: added, fields: added,
  goals: z.array(itemChange), measures: z.array(itemChange), indicators: z.array(itemChange), same: z.boolean(),
});
export const agendaRoadmap = z.strictObject({
  agendaId: z.string().min(1), from: isoDay, to: isoDay,
  lanes: z.array(z.strictObject({
    fieldId: z.string().nullable(), name: z.string(), color: z.string(),
    bars: z.array(z.strictObject({
      measureId: z.string().min(1), title: z.string(), phase, start: isoDay, end: isoDay,
      milestones: z.array(z.strictObject({ id: z.string().min(1), title: z.string(), on: isoDay, done: z.boolean() })),
    })),
  })),
  dependencies: z.array(z.strictObject({ measureId: z.string().min(1), dependsOnId: z.string().min(1) })),
  undated: z.array(z.strictObject({ measureId: z.string().min(1), title: z.string(), phase, fieldName: z.string().nullable(), missing: z.enum(['start', 'end', 'both']) })),
});

// --- agenda export ---
export const agendaExport = z.strictObject({
  fileName: z.string().regex(/^[^<>:"/\\|?*]+\.(docx|odt|pdf|html|md)$/), mimeType: z.string().min(1), bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array),
});

// --- peer packs ---
const packPublisher = z.strictObject({ name: z.string().min(1), ags: z.string().nullable(), contactName: z.string().nullable(), contactEmail: z.string().nullable() });
const fingerprint = z.string().regex(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);
const packState = z.enum(['new', 'update', 'same', 'older']);
export const packPreview = z.strictObject({
  packId: z.string().min(1), title: z.string().min(1), createdAt: z.string().min(1), language: z.string().nullable(), publisher: packPublisher,
  license: z.string().min(1), signed: z.boolean(), fingerprint: fingerprint.nullable(), ownKey: z.boolean(), projectCount: z.number().int().nonnegative(),
  state: packState,
  previous: z.strictObject({ importedAt: isoInstant, createdAt: z.string(), projectCount: z.number().int() }).nullable(),
  counts: z.strictObject({ new: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), removed: z.number().int() }),
  fields: z.array(z.strictObject({
    packField: z.string().min(1), projectCount: z.number().int().positive(), fieldId: z.string().nullable(), fieldName: z.string().nullable(),
    match: z.enum(['exact', 'synonym', 'remembered', 'none']),
  })),
  notes: z.array(z.strictObject({ kind: z.enum(['unsigned', 'unknown_keys', 'dropped_links', 'html_text', 'attachments_skipped', 'unmapped_fields', 'publisher_changed']), message: z.string().min(1), count: z.number().int() })),
  sample: z.array(z.strictObject({ id: z.string().min(1), title: z.string().min(1), field: z.string().nullable(), status: z.enum(PEER_STATUSES).nullable() })),
});
export const packImportResult = z.strictObject({
  id: z.string().min(1), packId: z.string().min(1), title: z.string().min(1), state: packState,
  added: z.number().int(), updated: z.number().int(), unchanged: z.number().int(), removed: z.number().int(),
});
export const peerPack = z.strictObject({
  id: z.string().min(1), packId: z.string().min(1), title: z.string().min(1), publisher: packPublisher, license: z.string().min(1),
  language: z.string().nullable(), createdAt: z.string().min(1), signed: z.boolean(), fingerprint: fingerprint.nullable(), fileName: z.string().nullable(),
  projectCount: z.number().int().nonnegative(), notes: z.array(z.string()), importedAt: isoInstant, updatedAt: isoInstant,
});
const bytes = z.custom<Uint8Array>((v) => v instanceof Uint8Array);
export const packExport = z.strictObject({ bytes, fileName: z.string().regex(/\.cdopack$/), projectCount: z.number().int().positive(), signed: z.boolean(), fingerprint: fingerprint.nullable() });
export const packSigningKey = z.strictObject({ fingerprint, publicKey: z.string().regex(/^[A-Za-z0-9+/]{43}=$/), createdAt: isoInstant });
export const demoPack = z.strictObject({ id: z.string().min(1), title: z.string().min(1), publisher: z.string().min(1), projectCount: z.number().int().positive() });
export const demoPackFile = z.strictObject({ bytes, fileName: z.string().regex(/\.cdopack$/) });

// --- peer library, matching, cooperation ---
export const peerProjectSummary = z.strictObject({
  id: z.string().min(1), title: z.string().min(1), summary: z.string().nullable(), field: z.string().nullable(),
  fieldId: z.string().nullable(), fieldName: z.string().nullable(), status: z.enum(PEER_STATUSES).nullable(),
  start: z.string().nullable(), end: z.string().nullable(), budget: z.number().nullable(), ozgIds: z.array(z.string()), tags: z.array(z.string()),
  packId: z.string().min(1), packTitle: z.string(), publisherName: z.string(), publisherAgs: z.string().nullable(),
  license: z.string(), signed: z.boolean(), importedAt: z.string(),
});
export const peerProjectPage = z.strictObject({ total: z.number().int().nonnegative(), rows: z.array(peerProjectSummary) });
const counted = { count: z.number().int().positive() };
export const peerFacets = z.strictObject({
  total: z.number().int().nonnegative(),
  publishers: z.array(z.strictObject({ name: z.string(), ...counted })),
  lands: z.array(z.strictObject({ key: z.string().regex(/^\d{2}$/), name: z.string(), ...counted })),
  statuses: z.array(z.strictObject({ status: z.enum(PEER_STATUSES), ...counted })),
  fields: z.array(z.strictObject({ fieldId: z.string().nullable(), name: z.string().nullable(), ...counted })),
  ozg: z.array(z.strictObject({ ozgId: z.string(), name: z.string().nullable(), ...counted })),
  years: z.strictObject({ min: z.number().int(), max: z.number().int() }).nullable(),
});
const matchReason = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('words'), words: z.array(z.string()) }),
  z.strictObject({ kind: z.literal('ozg'), services: z.array(z.strictObject({ ozgId: z.string(), name: z.string().nullable() })) }),
  z.strictObject({ kind: z.literal('field'), name: z.string() }),
  z.strictObject({ kind: z.literal('tags'), tags: z.array(z.string()) }),
]);
const strength = z.enum(['high', 'medium', 'low']);
export const peerMatch = z.strictObject({ project: peerProjectSummary, score: z.number().positive(), strength, reasons: z.array(matchReason) });
export const ownMatch = z.strictObject({ kind: z.enum(OWN_KINDS), id: z.string(), title: z.string(), score: z.number().positive(), strength, reasons: z.array(matchReason) });
export const peerMatchOverview = z.strictObject({
  peerCount: z.number().int().nonnegative(),
  items: z.array(z.strictObject({ kind: z.enum(OWN_KINDS), id: z.string(), title: z.string(), matches: z.array(peerMatch) })),
});
export const peerAdoption = z.strictObject({
  id: z.string(), ideaId: z.string(), ideaTitle: z.string(), packId: z.string(), projectId: z.string(), projectTitle: z.string(),
  packTitle: z.string(), publisherName: z.string(), license: z.string(), createdAt: isoInstant,
});
export const partnership = z.strictObject({
  id: z.string().min(1), measureId: z.string().min(1), measureTitle: z.string(), kind: z.enum(PARTNERSHIP_KINDS),
  partnerAgs: z.string().regex(/^\d{5}(\d{3})?$/).nullable(), partnerName: z.string().min(1), partnerType: z.string().nullable(),
  partnerLand: z.string().nullable(), agreement: z.enum(AGREEMENT_TYPES).nullable(), costShare: z.number().min(0).max(100).nullable(),
  status: z.enum(PARTNERSHIP_STATUSES), contact: z.string().nullable(), note: z.string().nullable(), createdAt: isoInstant, updatedAt: isoInstant,
});
export const partnerSummary = z.strictObject({
  partnerAgs: z.string().nullable(), partnerName: z.string(), partnerType: z.string().nullable(), partnerLand: z.string().nullable(),
  partnerships: z.array(partnership).min(1),
});

// --- stakeholders ---
const engagement = z.enum(ENGAGEMENTS);
export const stakeholder = z.strictObject({
  id: z.string().min(1), name: z.string().min(1), kind: z.enum(STAKEHOLDER_KINDS), scope: z.enum(STAKEHOLDER_SCOPES),
  category: z.string().nullable(), organisation: z.string().nullable(),
  influence: z.number().int().min(1).max(5), interest: z.number().int().min(1).max(5), attitude: z.enum(ATTITUDES),
  engagementNow: engagement, engagementWanted: engagement, power: z.boolean(), legitimacy: z.boolean(), urgency: z.boolean(),
  strategy: z.string().nullable(), nextContact: isoDay.nullable(), notes: z.string().nullable(),
  measures: z.array(z.strictObject({ measureId: z.string().min(1), title: z.string() })),
  goals: z.array(z.strictObject({ goalId: z.string().min(1), title: z.string() })), duplicateName: z.boolean(),
  createdAt: isoInstant, updatedAt: isoInstant,
});
export const stakeholderRelation = z.strictObject({
  id: z.string().min(1), fromId: z.string().min(1), fromName: z.string(), toId: z.string().min(1), toName: z.string(), kind: z.enum(RELATION_KINDS),
});
export const stakeholderRegister = z.strictObject({
  rows: z.array(stakeholder),
  relations: z.array(stakeholderRelation),
  gaps: z.array(z.strictObject({ id: z.string().min(1), name: z.string(), now: engagement, wanted: engagement, gap: z.number().int() })),
});

// --- OZG maturity ---
export const ozgMaturityRow = z.strictObject({
  service: ozgService,
  maturity: z.strictObject({
    id: z.string().min(1), relevant: z.boolean(), model: z.enum(OZG_MODELS), ist: z.number().int().min(0).max(7).nullable(), soll: z.number().int().min(0).max(7).nullable(),
    unit: z.string().nullable(), efaProvider: z.string().nullable(), assessedOn: isoDay.nullable(), note: z.string().nullable(), updatedAt: isoInstant,
  }).nullable(),
  measures: z.array(z.strictObject({ id: z.string().min(1), title: z.string() })),
});
export const ozgMaturityList = z.strictObject({ total: z.number().int().nonnegative(), rows: z.array(ozgMaturityRow) });
export const ozgMaturityChart = z.strictObject({
  model: z.enum(OZG_MODELS), max: z.number().int(),
  rows: z.array(z.strictObject({ themenfeld: z.string(), counts: z.array(z.number().int().nonnegative()), assessed: z.number().int(), atLeast3: z.number().int() })),
  assessed: z.number().int().nonnegative(), atLeast3: z.number().int().nonnegative(), share: z.number().min(0).max(1).nullable(),
});

// --- ecosystem: org units, actors, roles ---
const ecoId = z.string().min(1);
export const orgUnit = z.strictObject({
  id: ecoId, name: z.string().min(1), shortName: z.string().nullable(), parentId: ecoId.nullable(), kind: z.enum(ORG_UNIT_KINDS), head: z.string().nullable(),
  sortOrder: z.number().int(), depth: z.number().int().nonnegative(), childCount: z.number().int().nonnegative(), createdAt: isoInstant, updatedAt: isoInstant,
});
export const actor = z.strictObject({
  id: ecoId, name: z.string().min(1), kind: z.enum(ACTOR_KINDS), sphere: z.enum(SPHERES), description: z.string().nullable(), contact: z.string().nullable(),
  orgUnitId: ecoId.nullable(), orgUnitName: z.string().nullable(), stakeholderId: ecoId.nullable(), stakeholderName: z.string().nullable(),
  fields: z.array(z.strictObject({ fieldId: ecoId, name: z.string().min(1), color: z.string().regex(/^#[0-9a-fA-F]{6}$/) })),
  relationCount: z.number().int().nonnegative(), createdAt: isoInstant, updatedAt: isoInstant,
});
export const actorRelation = z.strictObject({
  id: ecoId, fromId: ecoId, fromName: z.string(), toId: ecoId, toName: z.string(), kind: z.enum(ACTOR_RELATION_KINDS), note: z.string().nullable(),
});
export const actorNetwork = z.strictObject({ actors: z.array(actor), relations: z.array(actorRelation) });
export const roleAssignment = z.strictObject({
  id: ecoId, role: z.enum(ROLES), title: z.string().nullable(), holderName: z.string().nullable(), actorId: ecoId.nullable(), actorName: z.string().nullable(),
  orgUnitId: ecoId.nullable(), orgUnitName: z.string().nullable(), note: z.string().nullable(), sortOrder: z.number().int(),
});
const cellRecords = z.array(z.strictObject({ id: ecoId, name: z.string() }));
export const ecosystemMap = z.strictObject({
  rows: z.array(z.strictObject({
    fieldId: ecoId, fieldName: z.string().min(1), color: z.string(),
    cells: z.array(z.strictObject({ sphere: z.enum(SPHERES), actors: cellRecords, measures: cellRecords, stakeholders: cellRecords })).length(4),
  })),
  totals: z.array(z.strictObject({ sphere: z.enum(SPHERES), actors: z.number().int().nonnegative(), measures: z.number().int().nonnegative(), stakeholders: z.number().int().nonnegative() })).length(4),
});

// --- DigiCheck: catalogue, assessments ---
const digicheckScore = z.number().int().min(0).max(4).nullable();
const digicheckAverage = z.number().min(0).max(4).nullable();
export const digicheckCatalogueSummary = z.strictObject({ id: z.string().min(1), name: z.string().min(1), version: z.number().int().min(1), assessments: z.number().int().nonnegative(), latest: z.boolean() });
export const digicheckCatalogue = digicheckCatalogueSummary.extend({
  basedOnId: z.string().min(1).nullable(),
  dimensions: z.array(z.strictObject({
    id: z.string().min(1), key: z.string().min(1), name: z.string().min(1), description: z.string().nullable(), weight: z.number().min(0),
    questions: z.array(z.strictObject({ id: z.string().min(1), key: z.string().min(1), text: z.string().min(1), help: z.string().nullable(), weight: z.number().min(0) })).min(1),
  })).min(1),
});
export const digicheckCatalogueSave = z.strictObject({ catalogue: digicheckCatalogue, newVersion: z.boolean() });
export const digicheckAssessmentSummary = z.strictObject({
  id: z.string().min(1), title: z.string().min(1), heldOn: isoDay,
  unit: z.strictObject({ kind: z.enum(['orgUnit', 'field']), id: z.string().min(1), name: z.string() }),
  catalogueId: z.string().min(1), catalogueName: z.string().min(1), catalogueVersion: z.number().int().min(1),
  ist: digicheckAverage, soll: digicheckAverage, answered: z.number().int().nonnegative(), questions: z.number().int().nonnegative(), updatedAt: isoInstant,
});
export const digicheckAssessment = digicheckAssessmentSummary.extend({
  participants: z.string().nullable(), startingPosition: z.string().nullable(), needForChange: z.string().nullable(), itChallenges: z.string().nullable(),
  dimensions: z.array(z.strictObject({ key: z.string().min(1), name: z.string(), weight: z.number().min(0), ist: digicheckAverage, soll: digicheckAverage, answered: z.number().int().nonnegative(), questions: z.number().int().nonnegative() })),
  answers: z.array(z.strictObject({ questionId: z.string().min(1), questionKey: z.string().min(1), dimensionKey: z.string().min(1), ist: digicheckScore, soll: digicheckScore, justification: z.string().nullable() })),
});
const digicheckRef = z.strictObject({ id: z.string().min(1), title: z.string(), heldOn: isoDay });
export const digicheckComparison = z.strictObject({
  current: digicheckRef, earlier: digicheckRef.nullable(), candidates: z.array(digicheckRef),
  rows: z.array(z.strictObject({ key: z.string().min(1), name: z.string(), ist: digicheckAverage, earlierIst: digicheckAverage, difference: z.number().min(-4).max(4).nullable() })),
});

// --- DigiCheck: recommendations, partial strategy ---
const costRange = z.strictObject({ min: z.number().min(0), max: z.number().min(0) }).refine((r) => r.min <= r.max);
const recAmount = z.number().min(0).nullable();
export const recommendation = z.strictObject({
  id: z.string().min(1), assessmentId: z.string().min(1), dimensionKey: z.string().min(1).nullable(), dimensionName: z.string().nullable(),
  title: z.string().min(1), description: z.string().nullable(), priority: z.enum(['high', 'medium', 'low']), year: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  calendarYear: z.number().int().min(2000), oneOffMin: recAmount, oneOffMax: recAmount, yearlyMin: recAmount, yearlyMax: recAmount,
  staffFte: z.number().min(0).nullable(), staffNote: z.string().nullable(), ideaId: z.string().min(1).nullable(), ideaTitle: z.string().nullable(),
  measureId: z.string().min(1).nullable(), measureTitle: z.string().nullable(), sortOrder: z.number().int(), createdAt: isoInstant, updatedAt: isoInstant,
});
export const partialStrategy = z.strictObject({
  assessmentId: z.string().min(1), assessmentTitle: z.string().min(1), unitName: z.string(), heldOn: isoDay, firstYear: z.number().int(), lastYear: z.number().int(),
  years: z.array(z.strictObject({
    year: z.number().int().min(1).max(3), calendarYear: z.number().int(), recommendations: z.array(recommendation),
    oneOff: costRange, yearlyNew: costRange, yearlyRunning: costRange, total: costRange, staffNew: z.number().min(0), staffRunning: z.number().min(0),
    priorities: z.strictObject({ high: z.number().int().nonnegative(), medium: z.number().int().nonnegative(), low: z.number().int().nonnegative() }),
  })).length(3),
  totals: z.strictObject({ oneOff: costRange, yearlyAfter: costRange, threeYears: costRange, staff: z.number().min(0), count: z.number().int().nonnegative() }),
});
export const recommendationOrigin = z.strictObject({ recommendationId: z.string().min(1), recommendationTitle: z.string().min(1), assessmentId: z.string().min(1), assessmentTitle: z.string().min(1) });

// --- value propositions ---
const valueCount = z.strictObject({ covered: z.number().int().nonnegative(), total: z.number().int().nonnegative() });
const valueCounts = z.strictObject({ task: valueCount, problem: valueCount, benefit: valueCount });
const valueItemRef = z.strictObject({ id: z.string().min(1), kind: z.enum(VALUE_KINDS), text: z.string().min(1), rank: z.number().int().positive() });
export const valueProposition = z.strictObject({
  id: z.string().min(1), title: z.string().min(1), targetGroup: z.string().min(1),
  stakeholder: z.strictObject({ id: z.string().min(1), name: z.string() }).nullable(), description: z.string().nullable(),
  items: z.array(valueItemRef.extend({ duplicate: z.boolean() })),
  fits: z.array(z.strictObject({ id: z.string().min(1), ourItemId: z.string().min(1), theirItemId: z.string().min(1) })),
  measures: z.array(z.strictObject({ measureId: z.string().min(1), title: z.string() })),
  summary: z.strictObject({
    counts: valueCounts,
    rows: z.array(z.strictObject({ item: valueItemRef.extend({ kind: z.enum(THEIR_KINDS) }), coveredBy: z.array(valueItemRef.extend({ kind: z.enum(OUR_KINDS) })) })),
    unused: z.array(valueItemRef.extend({ kind: z.enum(OUR_KINDS) })),
  }),
  createdAt: isoInstant, updatedAt: isoInstant,
});
export const valuePropositionSummary = z.strictObject({
  id: z.string().min(1), title: z.string().min(1), targetGroup: z.string().min(1), stakeholderName: z.string().nullable(),
  counts: valueCounts, unused: z.number().int().nonnegative(), measureCount: z.number().int().nonnegative(), updatedAt: isoInstant,
});
