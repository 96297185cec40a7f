/**
 * The output types of api/domain.ts as strict zod schemas: the contract says
 * output types are checked in the contract tests, and a strict object also
 * catches a field that leaks out (a file path, an internal column).
 */
import { z } from 'zod';
import { ENTITIES, MUNICIPALITY_KINDS, PHASES, PRIORITIES } from '../../api/index.ts';

const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/);
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const workspaceInfo = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  ags: z.string().regex(/^\d{5}(\d{3})?$/),
  kind: z.enum(MUNICIPALITY_KINDS),
  land: z.string().min(1),
  population: z.number().int().nonnegative(),
  file: z.string().min(1),
  schemaVersion: z.number().int().positive(),
  isDemo: z.boolean(),
});

export const changeLabel = z.strictObject({
  action: z.enum(['create', 'update', 'delete']),
  entity: z.enum(ENTITIES),
  title: z.string(),
});

export const undoState = z.strictObject({ undo: changeLabel.nullable(), redo: changeLabel.nullable() });
export const undoResult = z.strictObject({ done: changeLabel.nullable(), state: undoState });
export const session = z.strictObject({ workspace: workspaceInfo.nullable(), undo: undoState });

export const field = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string().nullable(),
  color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
  sortOrder: z.number().int(),
  source: z.string(),
  measureCount: z.number().int().nonnegative(),
});

export const measure = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  description: z.string().nullable(),
  fieldId: z.string().nullable(),
  fieldName: z.string().nullable(),
  phase: z.enum(PHASES),
  priority: z.enum(PRIORITIES),
  start: isoDay.nullable(),
  end: isoDay.nullable(),
  leadUnit: z.string().nullable(),
  budget: z.number().nullable(),
  origin: z.string(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
});

export const measurePage = z.strictObject({ total: z.number().int().nonnegative(), rows: z.array(measure) });

export const searchHit = z.strictObject({ entity: z.enum(ENTITIES), id: z.string(), title: z.string(), snippet: z.string() });

export const overview = z.strictObject({
  measureCount: z.number().int().nonnegative(),
  budgetTotal: z.number().nonnegative(),
  byFieldPhase: z.array(
    z.strictObject({
      fieldId: z.string().nullable(),
      fieldName: z.string().nullable(),
      color: z.string(),
      counts: z.strictObject(Object.fromEntries(PHASES.map((p) => [p, z.number().int().nonnegative()])) as Record<(typeof PHASES)[number], z.ZodNumber>),
    }),
  ),
});

export const backup = z.strictObject({
  id: z.string().regex(/^[\w.-]{1,120}$/),
  createdAt: isoInstant,
  reason: z.string().regex(/^[a-z-]+$/),
  sizeBytes: z.number().int().positive(),
});

export const municipality = z.strictObject({
  ags: z.string(),
  name: z.string(),
  kind: z.enum(MUNICIPALITY_KINDS),
  type: z.string(),
  kreis: z.string().nullable(),
  land: z.string(),
  population: z.number().int().nonnegative(),
  plz: z.string().nullable(),
});

export const apiError = z.strictObject({
  code: z.string(),
  message: z.string().min(1),
  details: z.object({ issues: z.array(z.strictObject({ path: z.string(), message: z.string().min(1) })).optional() }).optional(),
});
