/**
 * Ideas (portfolio intake): where an idea came from, how it was assessed, and
 * the measure it became. Input schemas and the shapes the UI receives.
 * Imports only zod and api/domain.ts (contract.ts imports this file).
 */
import { z } from 'zod';
import { PHASES, PRIORITIES, isoDate, type Measure } from './domain.ts';

export const IDEA_SOURCES = ['citizens', 'department', 'politics', 'digicheck', 'peer', 'other'] as const;
export type IdeaSource = (typeof IDEA_SOURCES)[number];

export const IDEA_STATUSES = ['new', 'in_assessment', 'adopted', 'rejected', 'deferred'] as const;
export type IdeaStatus = (typeof IDEA_STATUSES)[number];

/** A decision that closes or postpones an idea must say why. */
export const REASON_REQUIRED: readonly IdeaStatus[] = ['rejected', 'deferred'];

export interface Idea {
  id: string;
  title: string;
  description: string | null;
  source: IdeaSource;
  submitter: string | null;
  submittedOn: string | null;
  fieldId: string | null;
  fieldName: string | null;
  status: IdeaStatus;
  statusReason: string | null;
  /** The measure the idea became (null until adopted, or when that measure was deleted). */
  measureId: string | null;
  measureTitle: string | null;
  origin: string;
  createdAt: string;
  updatedAt: string;
}

export interface IdeaList {
  /** Ideas matching every filter. */
  total: number;
  rows: Idea[];
  /** Per status, counted with every filter except the status filter (for the status tabs). */
  counts: Record<IdeaStatus, number>;
}

export interface AdoptResult {
  idea: Idea;
  measure: Measure;
}

// The same bounds as LIMITS in contract.ts; not imported from there because contract.ts imports this file.
const TITLE = 200;
const SHORT = 200;
const TEXT = 20_000;
const QUERY = 200;

const id = z.string().min(1).max(64);
const optText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

export const ideaInput = z
  .object({
    id: id.optional(),
    title: z.string().trim().min(1).max(TITLE),
    description: optText(TEXT),
    source: z.enum(IDEA_SOURCES),
    submitter: optText(SHORT),
    submittedOn: isoDate.nullish().or(z.literal('')).transform((v) => v || null),
    fieldId: id.nullish().transform((v) => v ?? null),
    status: z.enum(IDEA_STATUSES).default('new'),
    statusReason: optText(TEXT),
  })
  .refine((i) => !REASON_REQUIRED.includes(i.status) || !!i.statusReason, {
    path: ['statusReason'],
    message: 'idea_reason_required',
    // Checked even when other fields are wrong, so every problem shows at once.
    when: (p) => !p.issues.some((i) => i.path?.[0] === 'status' || i.path?.[0] === 'statusReason'),
  });

export const ideaSort = z.enum(['submittedOn', 'title', 'status', 'updatedAt']);

export const listIdeasInput = z.object({
  query: z.string().trim().max(QUERY).optional(),
  status: z.enum(IDEA_STATUSES).optional(),
  source: z.enum(IDEA_SOURCES).optional(),
  fieldId: id.optional(),
  /** The idea a measure came from (the fact sheet's "Hervorgegangen aus Idee …"). */
  measureId: id.optional(),
  sort: ideaSort.default('submittedOn'),
  dir: z.enum(['asc', 'desc']).default('desc'),
  limit: z.number().int().min(1).max(20_000).default(1000),
  offset: z.number().int().min(0).default(0),
});

export const adoptIdeaInput = z.object({
  id,
  /** Adopting means the CDO decided to pursue the idea: the concept work starts. */
  phase: z.enum(PHASES).default('concept'),
  priority: z.enum(PRIORITIES).default('medium'),
});
