/**
 * Value propositions (Wertversprechen): per target group its tasks, problems
 * and hoped-for benefits, and our offers, problem relievers and benefit
 * creators, with fit links between the two sides, a fit summary and links to
 * measures. Schemas and types only; imports zod (never contract.ts).
 */
import { z } from 'zod';

/** The target group's side (Aufgaben, Probleme, Nutzen). */
export const THEIR_KINDS = ['task', 'problem', 'benefit'] as const;
export type TheirKind = (typeof THEIR_KINDS)[number];
/** Our side (Leistungen, Problemlöser, Nutzenstifter). */
export const OUR_KINDS = ['offer', 'reliever', 'creator'] as const;
export type OurKind = (typeof OUR_KINDS)[number];
export const VALUE_KINDS = [...THEIR_KINDS, ...OUR_KINDS] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];
/** Which kind of the target group each of our kinds answers: a fit link joins only these pairs. */
export const FIT_PAIRS: Readonly<Record<OurKind, TheirKind>> = { offer: 'task', reliever: 'problem', creator: 'benefit' };

export const isOurKind = (kind: ValueKind): kind is OurKind => (OUR_KINDS as readonly string[]).includes(kind);

export const VALUE_LIMITS = { title: 200, text: 20_000, item: 1_000, items: 500, query: 200 } as const;

const id = z.string().min(1).max(64);
const optText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

export const listValuePropositionsInput = z.object({ query: z.string().trim().max(VALUE_LIMITS.query).optional() }).default({});

export const valuePropositionRef = z.object({ id });

export const valuePropositionInput = z.object({
  id: id.optional(),
  title: z.string().trim().min(1).max(VALUE_LIMITS.title),
  targetGroup: z.string().trim().min(1).max(VALUE_LIMITS.title),
  /** The stakeholder the target group is (optional: a segment like "Wohngeld applicants" need not be one). */
  stakeholderId: id.nullish().or(z.literal('')).transform((v) => v || null),
  description: optText(VALUE_LIMITS.text),
});

export const valueItemInput = z.object({
  id: id.optional(),
  propositionId: id,
  kind: z.enum(VALUE_KINDS),
  text: z.string().trim().min(1).max(VALUE_LIMITS.item),
});

/** The new order of one list, most important first: every item of that list exactly once. */
export const reorderValueItemsInput = z.object({
  propositionId: id,
  kind: z.enum(VALUE_KINDS),
  ids: z.array(id).min(1).max(VALUE_LIMITS.items),
});

export const valueFitInput = z
  .object({ ourItemId: id, theirItemId: id })
  .refine((f) => f.ourItemId !== f.theirItemId, { message: 'value_fit_same_side', path: ['theirItemId'] });

export const valueMeasureInput = z.object({ propositionId: id, measureId: id });

export interface ValueItem {
  id: string;
  kind: ValueKind;
  text: string;
  /** Importance within its list: 1 is the most important. */
  rank: number;
  /** Another item of the same list has the same text (allowed, but worth a warning). */
  duplicate: boolean;
}

export interface ValueFit {
  id: string;
  ourItemId: string;
  theirItemId: string;
}

export interface ValueItemRef {
  id: string;
  kind: ValueKind;
  text: string;
  rank: number;
}

/** One task, problem or benefit and what of ours answers it. */
export interface ValueCoverage {
  item: ValueItemRef;
  coveredBy: ValueItemRef[];
}

export interface ValueCount {
  covered: number;
  total: number;
}

export interface ValueFitSummary {
  counts: Record<TheirKind, ValueCount>;
  /** Every task, problem and benefit: uncovered first, then by importance. */
  rows: ValueCoverage[];
  /** Our offers, relievers and creators that answer nothing yet. */
  unused: ValueItemRef[];
}

export interface ValueMeasureLink {
  measureId: string;
  title: string;
}

export interface ValueProposition {
  id: string;
  title: string;
  targetGroup: string;
  stakeholder: { id: string; name: string } | null;
  description: string | null;
  /** All items, by kind and then by importance. */
  items: ValueItem[];
  fits: ValueFit[];
  measures: ValueMeasureLink[];
  summary: ValueFitSummary;
  createdAt: string;
  updatedAt: string;
}

export interface ValuePropositionSummary {
  id: string;
  title: string;
  targetGroup: string;
  stakeholderName: string | null;
  counts: Record<TheirKind, ValueCount>;
  /** Our items that answer nothing yet. */
  unused: number;
  measureCount: number;
  updatedAt: string;
}
