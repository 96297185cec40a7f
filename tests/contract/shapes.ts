/**
 * The output types of api/domain.ts as strict zod schemas: the contract says
 * output types are checked in the contract tests, and a strict object also
 * catches a field that leaks out (a file path, an internal column).
 */
import { z } from 'zod';
import { ENTITIES, IDEA_SOURCES, IDEA_STATUSES, MUNICIPALITY_KINDS, PHASES, PRIORITIES } from '../../api/index.ts';

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
export const session = z.strictObject({ workspace: workspaceInfo.nullable(), undo: undoState });

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
