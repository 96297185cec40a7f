/**
 * The digital agenda (Digitale Agenda) the council adopts: texts, the goal
 * tree with linked measures, indicators with measurements, versions, the
 * comparison of two versions and the roadmap. Schemas and types only;
 * imports zod and api/domain.ts (never contract.ts: contract imports this file).
 *
 * `AgendaSnapshot` is the input of the agenda export (DOCX/ODT/PDF/HTML/MD):
 * core/agenda/snapshot.ts `agendaSnapshot(core, agendaId, versionNumber?)`
 * answers the frozen content of a version, or the live draft without a number.
 * Keep its shape stable; add fields, never rename them.
 */
import { z } from 'zod';
import { isoDate, type Phase, type Priority } from './domain.ts';

export const INDICATOR_LEVELS = ['input', 'output', 'outcome', 'impact'] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

export const GOAL_KINDS = ['strategic', 'operational'] as const;
export type GoalKind = (typeof GOAL_KINDS)[number];

export const VERSION_STATUSES = ['draft', 'consultation', 'adopted', 'updated'] as const;
export type VersionStatus = (typeof VERSION_STATUSES)[number];

export const AGENDA_LIMITS = {
  title: 200, short: 200, text: 20_000, principles: 30, principle: 2000, figures: 30, fields: 60, number: 1e12,
  /** Years an agenda may span (the roadmap draws quarters over 3–5 years; a little slack). */
  maxYears: 10,
} as const;

const id = z.string().min(1).max(64);
const optText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const optDate = isoDate.nullish().or(z.literal('')).transform((v) => v || null);
const optNumber = z.number().finite().min(-AGENDA_LIMITS.number).max(AGENDA_LIMITS.number).nullish().transform((v) => v ?? null);
const year = z.number().int().min(2000).max(2100);

export const agendaRef = z.object({ agendaId: id });
export const agendaRecordRef = z.object({ id });

export const startingFigureInput = z.object({
  label: z.string().trim().min(1).max(AGENDA_LIMITS.short),
  value: z.string().trim().min(1).max(AGENDA_LIMITS.short),
  unit: optText(AGENDA_LIMITS.short),
  source: optText(AGENDA_LIMITS.short),
});

export const agendaInput = z
  .object({
    id: id.optional(),
    title: z.string().trim().min(1).max(AGENDA_LIMITS.title),
    periodFrom: year,
    periodTo: year,
    vision: optText(AGENDA_LIMITS.text),
    principles: z.array(z.string().trim().min(1).max(AGENDA_LIMITS.principle)).max(AGENDA_LIMITS.principles).default([]),
    startingPosition: optText(AGENDA_LIMITS.text),
    startingFigures: z.array(startingFigureInput).max(AGENDA_LIMITS.figures).default([]),
    fieldIds: z.array(id).max(AGENDA_LIMITS.fields).default([]),
    implementation: optText(AGENDA_LIMITS.text),
  })
  .refine((a) => a.periodTo >= a.periodFrom, { path: ['periodTo'], message: 'agenda_period_order' })
  .refine((a) => a.periodTo - a.periodFrom < AGENDA_LIMITS.maxYears, { path: ['periodTo'], message: 'agenda_period_long' });

export const goalInput = z.object({
  id: id.optional(),
  agendaId: id,
  /** Set for an operational goal: the strategic goal it serves. */
  parentId: id.nullish().transform((v) => v ?? null),
  title: z.string().trim().min(1).max(AGENDA_LIMITS.title),
  description: optText(AGENDA_LIMITS.text),
  fieldId: id.nullish().transform((v) => v ?? null),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});

export const goalMeasureInput = z.object({ goalId: id, measureId: id });

export const indicatorInput = z
  .object({
    id: id.optional(),
    agendaId: id,
    goalId: id.nullish().transform((v) => v ?? null),
    measureId: id.nullish().transform((v) => v ?? null),
    name: z.string().trim().min(1).max(AGENDA_LIMITS.title),
    description: optText(AGENDA_LIMITS.text),
    unit: z.string().trim().min(1).max(AGENDA_LIMITS.short),
    level: z.enum(INDICATOR_LEVELS),
    baseline: optNumber,
    baselineOn: optDate,
    target: optNumber,
    targetOn: optDate,
    source: optText(AGENDA_LIMITS.short),
    owner: optText(AGENDA_LIMITS.short),
  })
  .refine((i) => (i.goalId === null) !== (i.measureId === null), { path: ['goalId'], message: 'indicator_target_one' })
  .refine((i) => !i.baselineOn || !i.targetOn || i.targetOn >= i.baselineOn, { path: ['targetOn'], message: 'indicator_target_before_baseline' });

export const measurementInput = z.object({
  id: id.optional(),
  indicatorId: id,
  measuredOn: isoDate,
  value: z.number().finite().min(-AGENDA_LIMITS.number).max(AGENDA_LIMITS.number),
  note: optText(AGENDA_LIMITS.short),
});

export const versionCreateInput = z.object({ agendaId: id, label: optText(AGENDA_LIMITS.short) });
export const versionUpdateInput = z.object({
  id,
  /** `adopted` is reached only through adoptAgendaVersion (it needs the council's decision). */
  status: z.enum(['draft', 'consultation', 'updated']),
  label: optText(AGENDA_LIMITS.short),
  note: optText(AGENDA_LIMITS.text),
});
export const versionAdoptInput = z.object({
  id,
  councilBody: z.string().trim().min(1).max(AGENDA_LIMITS.short),
  decisionNumber: z.string().trim().min(1).max(AGENDA_LIMITS.short),
  decidedOn: isoDate,
});
export const snapshotInput = z.object({ agendaId: id, versionNumber: z.number().int().min(1).max(100_000).optional() });
/** A version number, or null/missing for the live draft. */
const versionSide = z.number().int().min(1).max(100_000).nullish().transform((v) => v ?? null);
export const compareInput = z.object({ agendaId: id, from: versionSide, to: versionSide });
export const roadmapMoveInput = z
  .object({ measureId: id, start: isoDate, end: isoDate })
  .refine((m) => m.end >= m.start, { path: ['end'], message: 'end_before_start' });

// --- records ---

export interface StartingFigure {
  label: string;
  value: string;
  unit: string | null;
  source: string | null;
}

export interface AgendaVersion {
  id: string;
  agendaId: string;
  number: number;
  status: VersionStatus;
  label: string | null;
  councilBody: string | null;
  decisionNumber: string | null;
  decidedOn: string | null;
  /** Set: the version and its content never change again. */
  frozenAt: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AgendaSummary {
  id: string;
  title: string;
  periodFrom: number;
  periodTo: number;
  /** The newest version (the working draft when it is not frozen). */
  latest: AgendaVersion | null;
  /** True when the newest version is frozen: the content cannot be edited until a new draft is opened. */
  locked: boolean;
  updatedAt: string;
}

export interface AgendaMeasurement {
  id: string;
  measuredOn: string;
  value: number;
  note: string | null;
}

export interface AgendaIndicator {
  id: string;
  goalId: string | null;
  measureId: string | null;
  name: string;
  description: string | null;
  unit: string;
  level: IndicatorLevel;
  baseline: number | null;
  baselineOn: string | null;
  target: number | null;
  targetOn: string | null;
  source: string | null;
  owner: string | null;
  /** Oldest first. */
  measurements: AgendaMeasurement[];
}

/** A linked measure as the agenda shows it; its fact sheet lives with the measure. */
export interface AgendaMeasure {
  id: string;
  title: string;
  fieldId: string | null;
  fieldName: string | null;
  phase: Phase;
  priority: Priority;
  start: string | null;
  end: string | null;
  leadUnit: string | null;
  indicators: AgendaIndicator[];
}

export interface AgendaGoal {
  id: string;
  parentId: string | null;
  kind: GoalKind;
  title: string;
  description: string | null;
  fieldId: string | null;
  fieldName: string | null;
  measures: AgendaMeasure[];
  indicators: AgendaIndicator[];
  /** Operational goals below a strategic goal (always empty for an operational goal). */
  children: AgendaGoal[];
}

export interface AgendaField {
  id: string;
  name: string;
  color: string;
}

/** The content of an agenda: what a version freezes. */
export interface AgendaContent {
  title: string;
  periodFrom: number;
  periodTo: number;
  vision: string | null;
  principles: string[];
  startingPosition: string | null;
  /** Figures the CDO types or takes from the OZG maturity (DigiCheck results once the DigiCheck exists). */
  startingFigures: StartingFigure[];
  /** Fields of action in scope, in order. */
  fields: AgendaField[];
  /** Strategic goals (with their operational goals as children), in order. */
  goals: AgendaGoal[];
  implementation: string | null;
}

/** The export's input: the content plus which version it is (null version: a draft without a version row). */
export interface AgendaSnapshot extends AgendaContent {
  agendaId: string;
  version: AgendaVersion | null;
  /** True for the live draft, false for a frozen version. */
  live: boolean;
}

// --- comparison ---

export interface FieldChange {
  /** Which property changed: title, description, vision, target … */
  field: string;
  before: string | null;
  after: string | null;
}

export interface ItemChange {
  change: 'added' | 'removed' | 'changed';
  id: string;
  /** The title on the newer side (the older one when removed). */
  title: string;
  /** Context: the goal a measure or indicator belongs to. */
  context: string | null;
  changes: FieldChange[];
}

export interface AgendaDiffSide {
  /** The version's number; null for a live draft without a version row. */
  number: number | null;
  /** True: the live draft (not frozen). */
  live: boolean;
  status: VersionStatus | null;
  label: string | null;
}

export interface AgendaDiff {
  from: AgendaDiffSide;
  to: AgendaDiffSide;
  texts: FieldChange[];
  principles: { added: string[]; removed: string[] };
  fields: { added: string[]; removed: string[] };
  goals: ItemChange[];
  measures: ItemChange[];
  indicators: ItemChange[];
  /** True when nothing differs. */
  same: boolean;
}

// --- roadmap ---

export interface RoadmapMilestone {
  id: string;
  title: string;
  on: string;
  done: boolean;
}

export interface RoadmapBar {
  measureId: string;
  title: string;
  phase: Phase;
  start: string;
  end: string;
  milestones: RoadmapMilestone[];
}

export interface RoadmapLane {
  /** null: measures without a field of action. */
  fieldId: string | null;
  name: string;
  color: string;
  bars: RoadmapBar[];
}

export interface RoadmapUndated {
  measureId: string;
  title: string;
  phase: Phase;
  fieldName: string | null;
  /** What is missing: start, end or both. */
  missing: 'start' | 'end' | 'both';
}

export interface AgendaRoadmap {
  agendaId: string;
  /** First and last day drawn (the agenda period, widened to every bar). */
  from: string;
  to: string;
  lanes: RoadmapLane[];
  /** measureId → the measure it depends on, both on the roadmap. */
  dependencies: { measureId: string; dependsOnId: string }[];
  undated: RoadmapUndated[];
}
