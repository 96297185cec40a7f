/**
 * digicheck-strategy: the recommendations of a DigiCheck (priority, year
 * 1–3 of the partial strategy, one-off and yearly cost ranges, staff need),
 * the 3-year partial strategy they add up to, turning a recommendation into
 * an idea or a measure, and the strategy as a document. Schemas and types
 * only; imports zod and api/ files that never import contract.ts.
 */
import { z } from 'zod';
import { PRIORITIES, type Priority } from './domain.ts';
import { EXPORT_FORMATS } from './agenda-export.ts';

export const RECOMMENDATION_LIMITS = {
  title: 200,
  text: 20_000,
  note: 2000,
  key: 100,
  /** Larger amounts are typing errors, not recommendations for one unit (as in finance). */
  amount: 1e10,
  /** Staff need of one recommendation in full-time equivalents (VZÄ). */
  fteMax: 100,
} as const;

/** Year 1, 2 or 3 of the partial strategy (year 1 is the year after the DigiCheck). */
export const STRATEGY_YEARS = [1, 2, 3] as const;
export type StrategyYear = (typeof STRATEGY_YEARS)[number];

/** What a recommendation can become with one click. */
export const RECOMMENDATION_TARGETS = ['idea', 'measure'] as const;
export type RecommendationTarget = (typeof RECOMMENDATION_TARGETS)[number];

const id = z.string().min(1).max(64);
const optText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const amount = z.number().finite().min(0).max(RECOMMENDATION_LIMITS.amount).nullish().transform((v) => v ?? null);

export const recommendationInput = z
  .object({
    id: id.optional(),
    assessmentId: id,
    /** The dimension of the question catalogue the recommendation answers (its stable key), or none. */
    dimensionKey: optText(RECOMMENDATION_LIMITS.key),
    title: z.string().trim().min(1).max(RECOMMENDATION_LIMITS.title),
    description: optText(RECOMMENDATION_LIMITS.text),
    priority: z.enum(PRIORITIES).default('medium'),
    year: z.number().int({ message: 'recommendation_year_range' }).min(1, { message: 'recommendation_year_range' }).max(3, { message: 'recommendation_year_range' }),
    oneOffMin: amount,
    oneOffMax: amount,
    yearlyMin: amount,
    yearlyMax: amount,
    staffFte: z.number().finite().min(0).max(RECOMMENDATION_LIMITS.fteMax).nullish().transform((v) => v ?? null),
    staffNote: optText(RECOMMENDATION_LIMITS.note),
  })
  .refine((r) => r.oneOffMin === null || r.oneOffMax === null || r.oneOffMin <= r.oneOffMax, { path: ['oneOffMax'], message: 'recommendation_min_above_max' })
  .refine((r) => r.yearlyMin === null || r.yearlyMax === null || r.yearlyMin <= r.yearlyMax, { path: ['yearlyMax'], message: 'recommendation_min_above_max' })
  // One end of a range alone means "about this much": the range is that one amount.
  .transform((r) => ({
    ...r,
    oneOffMin: r.oneOffMin ?? r.oneOffMax, oneOffMax: r.oneOffMax ?? r.oneOffMin,
    yearlyMin: r.yearlyMin ?? r.yearlyMax, yearlyMax: r.yearlyMax ?? r.yearlyMin,
  }));

export const recommendationRef = z.object({ id });
export const assessmentStrategyRef = z.object({ assessmentId: id });

export const convertRecommendationInput = z.object({
  id,
  to: z.enum(RECOMMENDATION_TARGETS),
  /** A new measure starts as an idea or in concept work. */
  phase: z.enum(['idea', 'concept']).default('concept'),
});

export const exportPartialStrategyInput = z.object({
  assessmentId: id,
  format: z.enum(EXPORT_FORMATS),
});

export interface CostRange {
  min: number;
  max: number;
}

export interface Recommendation {
  id: string;
  assessmentId: string;
  dimensionKey: string | null;
  /** The dimension's name in the assessment's catalogue (null when none or unknown). */
  dimensionName: string | null;
  title: string;
  description: string | null;
  priority: Priority;
  year: StrategyYear;
  /** The calendar year this year of the strategy stands for (assessment year + year). */
  calendarYear: number;
  oneOffMin: number | null;
  oneOffMax: number | null;
  yearlyMin: number | null;
  yearlyMax: number | null;
  staffFte: number | null;
  staffNote: string | null;
  /** The idea or measure it became (null until then, or when that was deleted). */
  ideaId: string | null;
  ideaTitle: string | null;
  measureId: string | null;
  measureTitle: string | null;
  sortOrder: number;
  createdAt: string;
  updatedAt: string;
}

/** One year of the partial strategy. */
export interface StrategyYearPlan {
  year: StrategyYear;
  calendarYear: number;
  recommendations: Recommendation[];
  /** One-off costs of this year's recommendations. */
  oneOff: CostRange;
  /** Yearly costs that start this year. */
  yearlyNew: CostRange;
  /** Yearly costs due this year: those starting this year and those from earlier years. */
  yearlyRunning: CostRange;
  /** One-off plus running yearly costs: what this year costs. */
  total: CostRange;
  /** Staff added this year and staff needed in this year (earlier years' staff stays). */
  staffNew: number;
  staffRunning: number;
  /** Recommendations per priority. */
  priorities: Record<Priority, number>;
}

export interface PartialStrategy {
  assessmentId: string;
  assessmentTitle: string;
  /** The unit (or field of action) the DigiCheck assessed. */
  unitName: string;
  heldOn: string;
  firstYear: number;
  lastYear: number;
  years: StrategyYearPlan[];
  totals: {
    oneOff: CostRange;
    /** Yearly costs still due after the third year. */
    yearlyAfter: CostRange;
    /** Every euro of the three years: one-off costs plus each yearly cost once for every year it runs. */
    threeYears: CostRange;
    staff: number;
    count: number;
  };
}

/** Where an idea or measure came from, for its page ("Aus dem DigiCheck …"). */
export interface RecommendationOrigin {
  recommendationId: string;
  recommendationTitle: string;
  assessmentId: string;
  assessmentTitle: string;
}

export const recommendationOriginInput = z
  .object({ ideaId: id.optional(), measureId: id.optional() })
  .refine((o) => !!o.ideaId !== !!o.measureId, { path: ['ideaId'], message: 'recommendation_origin_one' });
