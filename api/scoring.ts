/**
 * Screening and scoring (Nutzwertanalyse): must criteria, the weighted
 * criteria the CDO edits, scores per measure, ranking and sensitivity.
 * Input schemas and output types; imports only zod and api/domain.
 */
import { z } from 'zod';
import type { Phase, Priority } from './domain.ts';

export const DIRECTIONS = ['benefit', 'cost'] as const;
/** benefit: higher scores are better; cost (effort, risk): lower scores are better. */
export type Direction = (typeof DIRECTIONS)[number];
export const AXES = ['value', 'effort'] as const;
/** Which side of the value-vs-effort view a criterion feeds. */
export type Axis = (typeof AXES)[number];
export const MUST_REASONS = ['legal', 'critical', 'political'] as const;
export type MustReason = (typeof MUST_REASONS)[number];

export const SCORING_LIMITS = { criteria: 30, name: 120, description: 2_000, justification: 2_000, scaleMax: 10 } as const;

const ref = z.string().min(1).max(64);
const optText = (max: number) =>
  z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

export const criterionInput = z.object({
  id: ref.optional(),
  name: z.string().trim().min(1).max(SCORING_LIMITS.name),
  description: optText(SCORING_LIMITS.description),
  /** Percent of the whole model; all criteria together must make 100. */
  weight: z.number().finite().min(0).max(100),
  scaleMax: z.number().int().min(1).max(SCORING_LIMITS.scaleMax).default(5),
  direction: z.enum(DIRECTIONS).default('benefit'),
  axis: z.enum(AXES).default('value'),
});

export const scoringModelInput = z.object({
  /** The whole model in its order: listed criteria are created or updated, existing ones not listed are removed. */
  criteria: z.array(criterionInput).min(1).max(SCORING_LIMITS.criteria),
  /** Needed to remove criteria that already carry scores (the scores go with them). */
  confirm: z.boolean().default(false),
});

export const deleteCriterionInput = z.object({ id: ref, confirm: z.boolean().default(false) });

export const saveScoresInput = z.object({
  measureId: ref,
  scores: z
    .array(
      z.object({
        criterionId: ref,
        /** null removes the score; the criterion's own scale is checked by the core, with its maximum in the message. */
        score: z.number().int().min(0).max(1_000).nullable(),
        justification: optText(SCORING_LIMITS.justification),
      }),
    )
    .max(SCORING_LIMITS.criteria),
});

export const measureRef = z.object({ measureId: ref });

export const rankingInput = z.object({
  /** Weights to try without saving (criterion id → percent); missing criteria keep their stored weight. */
  weights: z.record(ref, z.number().finite().min(0).max(100)).optional(),
});

export const sensitivityInput = z.object({
  criterionId: ref,
  /** Percentage points the criterion's weight moves; the others are rescaled to keep 100. */
  deltas: z.array(z.number().finite().min(-100).max(100)).min(1).max(20).default([-10, -5, 5, 10]),
});

export interface Criterion {
  id: string;
  name: string;
  description: string | null;
  weight: number;
  scaleMax: number;
  direction: Direction;
  axis: Axis;
  sortOrder: number;
  /** How many measures carry a score for it (deleting it needs a confirmation then). */
  scoreCount: number;
}

export interface MeasureScore {
  criterionId: string;
  score: number;
  justification: string | null;
  updatedAt: string;
}

export interface ScoreSummary {
  /** Weighted total 0..100; null when nothing is scored. */
  total: number | null;
  /** Weighted average of the scored value-axis criteria, 0..100 (100 = most value). */
  value: number | null;
  /** Weighted average of the scored effort-axis criteria, 0..100 (100 = most effort or risk). */
  effort: number | null;
  scored: number;
  criteriaCount: number;
}

export interface MeasureScoring extends ScoreSummary {
  measureId: string;
  criteria: Criterion[];
  scores: MeasureScore[];
  /** Place in the current ranking; null while unscored. */
  rank: number | null;
  must: MustReason[];
}

export interface RankingRow extends ScoreSummary {
  measureId: string;
  title: string;
  fieldId: string | null;
  fieldName: string | null;
  phase: Phase;
  priority: Priority;
  budget: number | null;
  /** Must criteria the measure meets; any one ranks it ahead of all others. */
  must: MustReason[];
  mustLegalDeadline: string | null;
  /** 1-based place; null for unscored measures without a must criterion (they come last). */
  rank: number | null;
}

export interface Ranking {
  criteria: Criterion[];
  /** The weights used (criterion id → percent). */
  weights: Record<string, number>;
  rows: RankingRow[];
}

export interface RankChange {
  measureId: string;
  title: string;
  from: number;
  to: number;
}

export interface SensitivityStep {
  delta: number;
  /** The criterion's weight in this step (moved by delta, kept within 0..100). */
  weight: number;
  weights: Record<string, number>;
  rows: RankingRow[];
  changes: RankChange[];
}

export interface Sensitivity {
  criterionId: string;
  baseWeight: number;
  base: RankingRow[];
  steps: SensitivityStep[];
}

export interface ScoreHistoryEntry {
  seq: number;
  at: string;
  criterionId: string;
  /** The criterion's current name; null if it was deleted since. */
  criterionName: string | null;
  action: 'create' | 'update' | 'delete';
  from: number | null;
  to: number | null;
  justification: string | null;
  undone: boolean;
}
