/**
 * Status reports: dated, unchangeable snapshots of a measure with a traffic
 * light per dimension, the lights the system proposed from its thresholds,
 * the portfolio's latest lights and the milestones ahead. Schemas and types
 * only; imports zod and api/domain.ts (never contract.ts: contract imports us).
 */
import { z } from 'zod';
import { isoDate, type Phase } from './domain.ts';

export const STATUS_LIMITS = { text: 20_000, days: 366 } as const;

/** grey = not reported this cycle. */
export const LIGHTS = ['green', 'yellow', 'red', 'grey'] as const;
export type Light = (typeof LIGHTS)[number];

/** Termine, Kosten, Umfang/Qualität, Ressourcen, Wirkung. */
export const STATUS_DIMENSIONS = ['schedule', 'cost', 'scope', 'resources', 'impact'] as const;
export type StatusDimension = (typeof STATUS_DIMENSIONS)[number];

export type StatusLights = Record<StatusDimension, Light>;

/** A report counts as current for this many days. */
export const STATUS_CURRENT_DAYS = 90;

/** Worse first: red before yellow before green; grey (not reported) never wins over a reported light. */
const SEVERITY: Record<Light, number> = { red: 3, yellow: 2, green: 1, grey: 0 };

/** The worst of the reported lights; grey when none is reported. */
export function worstLight(lights: readonly Light[]): Light {
  return lights.reduce<Light>((worst, l) => (SEVERITY[l] > SEVERITY[worst] ? l : worst), 'grey');
}

/**
 * Why the system proposes a light. The renderer words it (`status.reason.<key>`);
 * params are plain values (titles, days, amounts, percentages).
 */
export const STATUS_REASONS = [
  'milestone_overdue_long', 'milestone_overdue', 'end_passed', 'schedule_on_track', 'schedule_no_plan',
  'cost_over_long', 'cost_over', 'cost_on_plan', 'cost_no_actuals', 'cost_none',
  'needs_judgement',
] as const;
export type StatusReasonKey = (typeof STATUS_REASONS)[number];

export interface StatusReason {
  key: StatusReasonKey;
  params: Record<string, string | number>;
}

export interface ProposedLight {
  light: Light;
  reason: StatusReason;
}

/** What the system proposes for a measure today; kept with every filed report. */
export interface StatusProposal {
  /** The day the proposal was made (YYYY-MM-DD). */
  asOf: string;
  overall: Light;
  lights: Record<StatusDimension, ProposedLight>;
}

const id = z.string().min(1).max(64);
const text = z.string().trim().max(STATUS_LIMITS.text).nullish().transform((v) => (v ? v : null));
const light = z.enum(LIGHTS);

/**
 * Filing inserts a new report; there is no update. A report sent with an `id`
 * is still a new report (the key is ignored): a wrong report is corrected by
 * filing another one.
 */
export const fileStatusReportInput = z.object({
  measureId: id,
  /** Defaults to today; never in the future. */
  reportedOn: isoDate.optional(),
  schedule: light,
  cost: light,
  scope: light,
  resources: light,
  impact: light,
  /** Defaults to the worst of the reported dimensions. */
  overall: light.optional(),
  achievements: text,
  nextSteps: text,
  risks: text,
  decisionsNeeded: text,
});

export interface StatusReport {
  id: string;
  measureId: string;
  reportedOn: string;
  overall: Light;
  lights: StatusLights;
  achievements: string | null;
  nextSteps: string | null;
  risks: string | null;
  decisionsNeeded: string | null;
  /** The system's proposal at filing time (null for reports from elsewhere, e.g. an import). */
  proposed: StatusProposal | null;
  /**
   * Where the owner decided differently from the system: a dimension whose
   * proposed light was changed (a grey proposal — no data, or the owner's
   * judgement needed — is a question, not a proposal), and
   * "overall" when the overall light is not the worst of the dimensions.
   */
  overridden: (StatusDimension | 'overall')[];
  createdAt: string;
}

export const statusMeasureRef = z.object({ measureId: id });
export const statusReportRef = z.object({ id });

export interface PortfolioStatusRow {
  measureId: string;
  title: string;
  phase: Phase;
  fieldId: string | null;
  fieldName: string | null;
  /** The latest report (null when the measure has none). */
  reportId: string | null;
  reportedOn: string | null;
  overall: Light | null;
  lights: StatusLights | null;
  /** No report in the last STATUS_CURRENT_DAYS days. */
  noCurrentReport: boolean;
  /** In implementation or operation: a measure the CDO expects reports for. */
  reportsExpected: boolean;
}

export interface PortfolioStatus {
  asOf: string;
  currentDays: number;
  rows: PortfolioStatusRow[];
}

/** How many measures each list of the Übersicht lights gets (the counts always cover all). */
export const overviewLightsInput = z.object({ shown: z.number().int().min(1).max(50).default(5) });

/** A measure named on Übersicht: enough to link to it and say why it is there. */
export interface OverviewLightsMeasure {
  measureId: string;
  title: string;
  overall: Light | null;
  reportedOn: string | null;
}

/**
 * What the Übersicht tiles show of the portfolio's lights: counts over all
 * measures and only the few measures named (the full list is megabytes at 10k).
 */
export interface OverviewLights {
  asOf: string;
  currentDays: number;
  counts: Record<Light, number>;
  /** Measures without any status report. */
  withoutReport: number;
  /** Red, then yellow, each by title; the first `shown`. */
  attention: OverviewLightsMeasure[];
  /** In implementation or operation without a current report: all of them counted, the first `shown` by title. */
  staleCount: number;
  stale: OverviewLightsMeasure[];
}

export const upcomingMilestonesInput = z.object({
  days: z.number().int().min(1).max(STATUS_LIMITS.days).default(90),
  limit: z.number().int().min(1).max(500).default(50),
});

export interface UpcomingMilestone {
  id: string;
  measureId: string;
  measureTitle: string;
  title: string;
  plannedOn: string;
  /** 0 = today. */
  daysUntil: number;
}
