/**
 * Money of a measure: cost items per year (investive/consumptive, one-off/
 * recurring, plan and actual), the financing stack (own funds, funding
 * programmes, partner shares, other) and portfolio roll-ups. Schemas and types
 * only; imports zod (never contract.ts: contract imports us).
 */
import { z } from 'zod';

export const FINANCE_LIMITS = {
  /** Larger amounts are typing errors, not municipal projects. */
  amount: 1e10,
  yearMin: 2000,
  yearMax: 2100,
  category: 100,
  name: 200,
  note: 2000,
  stackItems: 50,
  /** Shares and planned cost may differ by rounding up to this many euros. */
  tolerance: 1,
} as const;

/** Suggested categories of a cost item; the category stays free text. */
export const COST_CATEGORIES = ['Personal', 'Lizenzen', 'Hardware', 'Dienstleistung', 'Betrieb'] as const;
export const COST_KINDS = ['investive', 'consumptive'] as const;
export const COST_RECURRENCES = ['one_off', 'recurring'] as const;
export const FINANCING_SOURCES = ['own', 'funding', 'partner', 'other'] as const;
export const ROLLUP_BY = ['year', 'field', 'phase'] as const;

export type CostKind = (typeof COST_KINDS)[number];
export type CostRecurrence = (typeof COST_RECURRENCES)[number];
export type FinancingSource = (typeof FINANCING_SOURCES)[number];
export type RollupBy = (typeof ROLLUP_BY)[number];

const id = z.string().min(1).max(64);
const optText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const amount = z.number().finite().min(0).max(FINANCE_LIMITS.amount);

export const financeMeasureRef = z.object({ measureId: id });
export const financeRecordRef = z.object({ id });

export const costItemInput = z.object({
  id: id.optional(),
  measureId: id,
  year: z.number().int().min(FINANCE_LIMITS.yearMin).max(FINANCE_LIMITS.yearMax),
  kind: z.enum(COST_KINDS),
  recurrence: z.enum(COST_RECURRENCES).default('one_off'),
  category: optText(FINANCE_LIMITS.category),
  plan: amount.default(0),
  actual: amount.nullish().transform((v) => v ?? null),
  note: optText(FINANCE_LIMITS.note),
});

export const financingItemInput = z
  .object({
    /** An existing item of this measure keeps its id (and its history); others are new. */
    id: id.optional(),
    sourceType: z.enum(FINANCING_SOURCES),
    name: optText(FINANCE_LIMITS.name),
    amount,
    programmeId: id.nullish().transform((v) => v ?? null),
    note: optText(FINANCE_LIMITS.note),
  })
  .refine((i) => !i.programmeId || i.sourceType === 'funding', { path: ['programmeId'], message: 'financing_programme_not_funding' });

export const saveFinancingInput = z.object({
  measureId: id,
  items: z.array(financingItemInput).max(FINANCE_LIMITS.stackItems),
});

export const rollupInput = z.object({ by: z.enum(ROLLUP_BY) });

export interface CostItem {
  id: string;
  measureId: string;
  year: number;
  kind: CostKind;
  recurrence: CostRecurrence;
  category: string | null;
  plan: number;
  actual: number | null;
  note: string | null;
}

/** Plan and actual, split into investive and consumptive (actual: missing counts 0). */
export interface MoneySplit {
  planInvestive: number;
  planConsumptive: number;
  plan: number;
  actualInvestive: number;
  actualConsumptive: number;
  actual: number;
}

export interface CostYear extends MoneySplit {
  year: number;
}

export interface CostItemList {
  measureId: string;
  /** By year, then investive first, then category. */
  items: CostItem[];
  years: CostYear[];
  total: MoneySplit;
}

export interface FinancingItem {
  id: string;
  measureId: string;
  sourceType: FinancingSource;
  name: string | null;
  amount: number;
  programmeId: string | null;
  /** The linked programme's name, when it still exists. */
  programmeName: string | null;
  note: string | null;
}

export interface Financing {
  measureId: string;
  items: FinancingItem[];
  /** Sum of the stack. */
  total: number;
  bySource: Record<FinancingSource, number>;
  /** What the stack must add up to: the sum of planned costs, else the measure's budget, else null. */
  plannedCost: number | null;
  plannedFrom: 'costs' | 'budget' | null;
  /** plannedCost − total: positive means money is missing, negative means over-financed. */
  gap: number | null;
  /** The stack matches the planned cost within FINANCE_LIMITS.tolerance. */
  complete: boolean;
}

/**
 * One group of a roll-up. key: the year ("2026"), the field id ("" for
 * measures without a field) or the phase key. label: the year, the field's
 * name ("" without a field) or the phase key (the renderer names phases).
 */
export interface FinanceRollupRow {
  key: string;
  label: string;
  planInvestive: number;
  planConsumptive: number;
  actualInvestive: number;
  actualConsumptive: number;
}

export interface FinanceRollup {
  by: RollupBy;
  rows: FinanceRollupRow[];
}
