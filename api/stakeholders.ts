/**
 * Stakeholders: the register (who, how influential, how interested, for or
 * against), relations between stakeholders, links to measures, the
 * power/interest grid and the engagement gap (now vs wanted). Schemas and
 * types only; imports zod and api/domain.ts (never contract.ts).
 */
import { z } from 'zod';
import { isoDate } from './domain.ts';

export const STAKEHOLDER_KINDS = ['person', 'group', 'organisation'] as const;
export type StakeholderKind = (typeof STAKEHOLDER_KINDS)[number];
export const STAKEHOLDER_SCOPES = ['internal', 'external'] as const;
export type StakeholderScope = (typeof STAKEHOLDER_SCOPES)[number];
/** From most in favour to most against. */
export const ATTITUDES = ['champion', 'supporter', 'neutral', 'critic', 'blocker'] as const;
export type Attitude = (typeof ATTITUDES)[number];
/** Engagement levels in rising order: the gap is the distance between now and wanted. */
export const ENGAGEMENTS = ['unaware', 'resistant', 'neutral', 'supportive', 'leading'] as const;
export type Engagement = (typeof ENGAGEMENTS)[number];
export const RELATION_KINDS = ['influences', 'cooperates', 'conflicts', 'funds'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const STAKEHOLDER_LIMITS = { name: 200, short: 200, text: 20_000, measures: 200, scoreMin: 1, scoreMax: 5 } as const;

const id = z.string().min(1).max(64);
const optText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const optDate = isoDate.nullish().or(z.literal('')).transform((v) => v || null);
/** A score on the grid's 1–5 scale, whole numbers only. */
export const stakeholderScore = z.number().int().min(STAKEHOLDER_LIMITS.scoreMin).max(STAKEHOLDER_LIMITS.scoreMax);

export const stakeholderInput = z.object({
  id: id.optional(),
  name: z.string().trim().min(1).max(STAKEHOLDER_LIMITS.name),
  kind: z.enum(STAKEHOLDER_KINDS),
  scope: z.enum(STAKEHOLDER_SCOPES),
  category: optText(STAKEHOLDER_LIMITS.short),
  organisation: optText(STAKEHOLDER_LIMITS.short),
  influence: stakeholderScore,
  interest: stakeholderScore,
  attitude: z.enum(ATTITUDES),
  engagementNow: z.enum(ENGAGEMENTS),
  engagementWanted: z.enum(ENGAGEMENTS),
  power: z.boolean().default(false),
  legitimacy: z.boolean().default(false),
  urgency: z.boolean().default(false),
  strategy: optText(STAKEHOLDER_LIMITS.text),
  nextContact: optDate,
  notes: optText(STAKEHOLDER_LIMITS.text),
  /** The measures this stakeholder matters for (replaces the links). */
  measureIds: z.array(id).max(STAKEHOLDER_LIMITS.measures).default([]),
  /** The goals of the digital agenda this stakeholder matters for (replaces the links). */
  goalIds: z.array(id).max(STAKEHOLDER_LIMITS.measures).default([]),
});

export const stakeholderRef = z.object({ id });

/** A drag on the grid: both scores at once, one undo step. */
export const moveStakeholderInput = z.object({ id, influence: stakeholderScore, interest: stakeholderScore });

export const stakeholderRelationInput = z
  .object({ fromId: id, toId: id, kind: z.enum(RELATION_KINDS) })
  .refine((r) => r.fromId !== r.toId, { message: 'stakeholder_relation_self', path: ['toId'] });

export interface StakeholderMeasureLink {
  measureId: string;
  title: string;
}

export interface StakeholderGoalLink {
  goalId: string;
  title: string;
}

export interface Stakeholder {
  id: string;
  name: string;
  kind: StakeholderKind;
  scope: StakeholderScope;
  category: string | null;
  organisation: string | null;
  influence: number;
  interest: number;
  attitude: Attitude;
  engagementNow: Engagement;
  engagementWanted: Engagement;
  power: boolean;
  legitimacy: boolean;
  urgency: boolean;
  strategy: string | null;
  nextContact: string | null;
  notes: string | null;
  measures: StakeholderMeasureLink[];
  goals: StakeholderGoalLink[];
  /** Another stakeholder has the same name in the same organisation (allowed, but worth a warning). */
  duplicateName: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface StakeholderRelation {
  id: string;
  fromId: string;
  fromName: string;
  toId: string;
  toName: string;
  kind: RelationKind;
}

/** One row of the engagement gap list: wanted above (or below) now. */
export interface EngagementGap {
  id: string;
  name: string;
  now: Engagement;
  wanted: Engagement;
  /** Steps between now and wanted on the engagement scale (positive: more engagement needed). */
  gap: number;
}

export interface StakeholderRegister {
  rows: Stakeholder[];
  relations: StakeholderRelation[];
  /** Stakeholders whose engagement differs from the wanted one, largest gap first. */
  gaps: EngagementGap[];
}
