/**
 * Portfolio views: the columns, filters and sort of the measures table, saved
 * under a name. The config schema is strict on what it keeps: columns from a
 * fixed list, known filters and sort keys; anything else is dropped.
 * Imports only zod and api/domain.
 */
import { z } from 'zod';
import { PHASES, PRIORITIES } from './domain.ts';

/** Every key the measures list sorts by (the first eight are the original ones). */
export const MEASURE_SORT_KEYS = [
  'title', 'phase', 'priority', 'start', 'end', 'budget', 'updatedAt', 'field',
  'leadUnit', 'projectLead', 'progress', 'must', 'tags', 'score', 'rank', 'efa',
] as const;
export type MeasureSortKey = (typeof MEASURE_SORT_KEYS)[number];

/** The optional columns of the table, in the order they are shown; the title is always shown first. */
export const VIEW_COLUMNS = [
  'field', 'phase', 'priority', 'start', 'end', 'leadUnit', 'projectLead', 'budget', 'progress', 'must', 'tags', 'score', 'rank', 'efa',
] as const;
export type ViewColumn = (typeof VIEW_COLUMNS)[number];
/** What a table shows before anyone chooses: the columns the list always had. */
export const DEFAULT_VIEW_COLUMNS: readonly ViewColumn[] = ['field', 'phase', 'priority', 'start', 'end', 'budget'];

export const VIEW_LIMITS = { name: 80, views: 200, tag: 40, leadUnit: 200, text: 200 } as const;
export const MUST_FILTERS = ['yes', 'no'] as const;
/** The overall light of a measure's latest status report; `none`: no report at all. */
export const LIGHT_FILTERS = ['red', 'yellow', 'green', 'grey', 'none'] as const;
export type LightFilter = (typeof LIGHT_FILTERS)[number];
/**
 * funded: funding in the financing stack or an approved application;
 * applied: an application planned or submitted, not yet decided;
 * none: neither (rejected applications do not count).
 */
export const FUNDING_FILTERS = ['funded', 'applied', 'none'] as const;
export type FundingFilter = (typeof FUNDING_FILTERS)[number];

/** Filters of the measures list beyond text, field, phase and priority (the SQL is in core/views/measure-filters.ts). */
export const measureListFilters = {
  leadUnit: z.string().trim().min(1).max(VIEW_LIMITS.leadUnit).optional(),
  tag: z.string().trim().min(1).max(VIEW_LIMITS.tag).optional(),
  /** true: meets at least one must criterion; false: meets none. */
  must: z.boolean().optional(),
  light: z.enum(LIGHT_FILTERS).optional(),
  funding: z.enum(FUNDING_FILTERS).optional(),
};

const orEmpty = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).or(z.literal('')).default('');

export const viewConfig = z.object({
  /** Deduplicated and put into the table's fixed order, so two views with the same columns look the same. */
  columns: z
    .array(z.enum(VIEW_COLUMNS))
    .max(VIEW_COLUMNS.length * 2)
    .default([...DEFAULT_VIEW_COLUMNS])
    .transform((cols) => VIEW_COLUMNS.filter((c) => cols.includes(c))),
  filters: z
    .object({
      text: z.string().trim().max(VIEW_LIMITS.text).default(''),
      fieldId: z.string().max(64).default(''),
      phase: orEmpty(PHASES),
      priority: orEmpty(PRIORITIES),
      leadUnit: z.string().trim().max(VIEW_LIMITS.leadUnit).default(''),
      tag: z.string().trim().max(VIEW_LIMITS.tag).default(''),
      must: orEmpty(MUST_FILTERS),
      light: orEmpty(LIGHT_FILTERS),
      funding: orEmpty(FUNDING_FILTERS),
    })
    .prefault({}),
  sort: z
    .object({
      key: z.enum(MEASURE_SORT_KEYS).default('updatedAt'),
      dir: z.enum(['asc', 'desc']).default('desc'),
    })
    .prefault({}),
});
export type ViewConfig = z.output<typeof viewConfig>;
export type ViewFilters = ViewConfig['filters'];

export const saveViewInput = z.object({
  id: z.string().min(1).max(64).optional(),
  name: z.string().trim().min(1).max(VIEW_LIMITS.name),
  config: viewConfig,
});

export interface SavedView {
  id: string;
  name: string;
  config: ViewConfig;
  createdAt: string;
  updatedAt: string;
}

/** The values the select filters offer: what the measures actually carry. */
export interface MeasureFacets {
  leadUnits: string[];
  tags: string[];
}
