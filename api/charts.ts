/**
 * Portfolio charts: the data behind value vs effort, the phase funnel, budget
 * by year, the milestone timeline, the funding share over time and the
 * traffic-light matrix. Each chart has one read-only method.
 * Input schemas and output types; imports only zod and api/domain.
 */
import { z } from 'zod';
import type { Phase } from './domain.ts';
import type { Light, StatusDimension, StatusLights } from './status.ts';

const ref = z.string().min(1).max(64);

/** Above this many placed measures the value-vs-effort chart shows a grid of counts instead of bubbles. */
export const BUBBLE_LIMIT = 1_000;

/** How many unplaced measures are named below the chart (the count is always complete). */
export const UNPLACED_LIMIT = 200;

export const valueEffortInput = z.object({
  /** Most bubbles drawn one by one; above it the core answers a binned grid. */
  limit: z.number().int().min(1).max(10_000).default(BUBBLE_LIMIT),
  /** Cells per axis of the grid (0..100 split into equal steps). */
  grid: z.number().int().min(2).max(20).default(10),
});

export const phaseFunnelInput = z.object({
  /** Only the measures of this field of action; none = all. */
  fieldId: ref.nullish().transform((v) => v ?? null),
});

const year = z.number().int().min(1990).max(2100);

export const budgetByYearInput = z
  .object({ from: year.optional(), to: year.optional() })
  .refine((v) => v.from === undefined || v.to === undefined || v.to >= v.from, { path: ['to'], message: 'year_range' });

export const MILESTONE_GROUPINGS = ['measure', 'field'] as const;
export type MilestoneGrouping = (typeof MILESTONE_GROUPINGS)[number];

export const milestoneTimelineInput = z.object({
  /** Centre of the window: it runs from 1 January of the year before to 31 December of the year after. Default: this year. */
  year: year.optional(),
  groupBy: z.enum(MILESTONE_GROUPINGS).default('measure'),
});

/** Where a measure sits: value ≥ 50 is high, effort < 50 is low. */
export const QUADRANTS = ['quickWin', 'bigBet', 'fillIn', 'reconsider'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface ValueEffortPoint {
  measureId: string;
  title: string;
  fieldId: string | null;
  fieldName: string | null;
  color: string;
  /** 0..100, 100 = most value (from the ranking's value sub-score). */
  value: number;
  /** 0..100, 100 = most effort or risk. */
  effort: number;
  /** Sum of the cost-item plans, else the measure's budget; null when neither is known. */
  budget: number | null;
  budgetSource: 'costItems' | 'measure' | null;
  quadrant: Quadrant;
}

export interface ValueEffortUnplaced {
  measureId: string;
  title: string;
  fieldName: string | null;
  /** none: nothing scored; value / effort: that axis has no score yet. */
  missing: 'none' | 'value' | 'effort';
}

export interface ValueEffortCell {
  /** Lower bounds of the cell (0..100); the cell spans one `step`. */
  effortFrom: number;
  valueFrom: number;
  count: number;
  budget: number;
}

export interface ValueEffortChart {
  /** bubbles: `points` holds every placed measure; grid: too many, `cells` holds counts per cell and `points` is empty. */
  mode: 'bubbles' | 'grid';
  points: ValueEffortPoint[];
  cells: ValueEffortCell[];
  step: number;
  placed: number;
  quadrantCounts: Record<Quadrant, number>;
  /** Measures without a value or effort score, by title; at most UNPLACED_LIMIT of them. */
  unplaced: ValueEffortUnplaced[];
  unplacedCount: number;
  fields: { id: string | null; name: string | null; color: string }[];
}

export interface PhaseFunnel {
  fieldId: string | null;
  /** The way a measure goes, idea → completed, in this order. */
  steps: { phase: Exclude<Phase, 'stopped'>; count: number; budget: number }[];
  stopped: { count: number; budget: number };
  total: number;
}

export interface BudgetYear {
  year: number;
  planInvestive: number;
  planConsumptive: number;
  /** null: no actual figure recorded yet for that year and kind. */
  actualInvestive: number | null;
  actualConsumptive: number | null;
}

export interface BudgetByYear {
  years: BudgetYear[];
  totals: { plan: number; actual: number };
  /** How many cost items these sums come from. */
  items: number;
}

export const MILESTONE_STATES = ['done', 'open', 'overdue'] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

export interface TimelineMilestone {
  id: string;
  title: string;
  measureId: string;
  measureTitle: string;
  plannedOn: string;
  actualOn: string | null;
  state: MilestoneState;
}

export interface TimelineRow {
  /** Measure id or field id (null: measures without a field). */
  id: string | null;
  label: string | null;
  color: string;
  milestones: TimelineMilestone[];
}

export interface MilestoneTimeline {
  from: string;
  to: string;
  today: string;
  groupBy: MilestoneGrouping;
  rows: TimelineRow[];
  counts: Record<MilestoneState, number>;
  /** Milestones of the measures without a planned date (not on the timeline). */
  undated: number;
}

export const fundingShareInput = z
  .object({ from: year.optional(), to: year.optional() })
  .refine((v) => v.from === undefined || v.to === undefined || v.to >= v.from, { path: ['to'], message: 'year_range' });

/**
 * One year's planned costs split by who pays them: each measure's financing
 * stack is spread over its cost years in proportion to its plan; what the
 * stack does not cover is `open`.
 */
export interface FundingShareYear {
  year: number;
  plan: number;
  own: number;
  funding: number;
  partner: number;
  other: number;
  open: number;
  /** funding / plan (0..1); null when nothing is planned that year. */
  share: number | null;
}

export interface FundingShare {
  years: FundingShareYear[];
  totals: { plan: number; funding: number; share: number | null };
  /** Measures with planned costs (the ones these sums come from). */
  measures: number;
}

/** The traffic-light matrix lists at most this many measures by default (the worst first); the counts are always complete. */
export const MATRIX_LIMIT = 60;

export const statusMatrixInput = z.object({
  /** Only the measures of this field of action; none = all. */
  fieldId: ref.nullish().transform((v) => v ?? null),
  limit: z.number().int().min(1).max(1_000).default(MATRIX_LIMIT),
});

export interface StatusMatrixRow {
  measureId: string;
  title: string;
  fieldName: string | null;
  reportedOn: string;
  overall: Light;
  lights: StatusLights;
  /** Reported within the last STATUS_CURRENT_DAYS days. */
  current: boolean;
}

export interface StatusMatrix {
  fieldId: string | null;
  asOf: string;
  /** Measures with a latest report, worst first (red overall, then most red and yellow lights). */
  rows: StatusMatrixRow[];
  /** All measures with a report (rows may be fewer). */
  reported: number;
  /** Measures in implementation or operation without any report. */
  unreported: number;
  /** Per dimension and overall: how many latest reports show each light. */
  counts: Record<StatusDimension | 'overall', Record<Light, number>>;
}
