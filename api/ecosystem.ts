/**
 * Ecosystem of digitalisation: org units as a tree, actors placed in one of
 * the four spheres and linked to fields of action, relations between actors
 * (network), roles of the digital governance and who holds them, and the map
 * fields × spheres. Schemas and types only; imports zod (never contract.ts:
 * contract imports this file).
 */
import { z } from 'zod';

export const ORG_UNIT_KINDS = ['division', 'department', 'office', 'team', 'staff_unit'] as const;
export type OrgUnitKind = (typeof ORG_UNIT_KINDS)[number];
/** Kernverwaltung, Konzern Kommune, örtliche Gemeinschaft, externe Partner. */
export const SPHERES = ['core_admin', 'municipal_group', 'local_community', 'external'] as const;
export type Sphere = (typeof SPHERES)[number];
export const ACTOR_KINDS = ['person', 'organisation', 'group'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];
export const ACTOR_RELATION_KINDS = ['steers', 'supplies', 'cooperates', 'funds', 'advises'] as const;
export type ActorRelationKind = (typeof ACTOR_RELATION_KINDS)[number];
/** The roles of the digital governance (DOMAIN.md §1); "other" carries its own title. */
export const ROLES = ['hvb', 'cdo', 'cio', 'digital_pilot', 'department_head', 'project_lead', 'steering_committee', 'council', 'other'] as const;
export type Role = (typeof ROLES)[number];

export const ECOSYSTEM_LIMITS = { name: 200, short: 50, text: 5000, fields: 100 } as const;

const id = z.string().min(1).max(64);
const optId = id.nullish().transform((v) => v ?? null);
const optText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const name = z.string().trim().min(1).max(ECOSYSTEM_LIMITS.name);

export const ecosystemRef = z.object({ id });

// --- org units ---

export const orgUnitInput = z.object({
  id: id.optional(),
  name,
  shortName: optText(ECOSYSTEM_LIMITS.short),
  parentId: optId,
  kind: z.enum(ORG_UNIT_KINDS),
  head: optText(ECOSYSTEM_LIMITS.name),
  sortOrder: z.number().int().min(0).max(100_000).optional(),
});

export interface OrgUnit {
  id: string;
  name: string;
  shortName: string | null;
  parentId: string | null;
  kind: OrgUnitKind;
  head: string | null;
  sortOrder: number;
  /** 0 for a top unit, parent's depth + 1 below. */
  depth: number;
  childCount: number;
  createdAt: string;
  updatedAt: string;
}

// --- actors ---

export const actorInput = z.object({
  id: id.optional(),
  name,
  kind: z.enum(ACTOR_KINDS),
  sphere: z.enum(SPHERES),
  description: optText(ECOSYSTEM_LIMITS.text),
  contact: optText(ECOSYSTEM_LIMITS.name),
  orgUnitId: optId,
  stakeholderId: optId,
  /** The fields of action the actor works in (replaces the links). */
  fieldIds: z.array(id).max(ECOSYSTEM_LIMITS.fields).default([]),
});

export const listActorsInput = z.object({
  sphere: z.enum(SPHERES).optional(),
  fieldId: id.optional(),
});

export interface ActorFieldLink {
  fieldId: string;
  name: string;
  color: string;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  sphere: Sphere;
  description: string | null;
  contact: string | null;
  orgUnitId: string | null;
  orgUnitName: string | null;
  stakeholderId: string | null;
  stakeholderName: string | null;
  fields: ActorFieldLink[];
  /** Relations from or to this actor. */
  relationCount: number;
  createdAt: string;
  updatedAt: string;
}

export const actorRelationInput = z
  .object({ fromId: id, toId: id, kind: z.enum(ACTOR_RELATION_KINDS), note: optText(ECOSYSTEM_LIMITS.name) })
  .refine((r) => r.fromId !== r.toId, { message: 'actor_relation_self', path: ['toId'] });

export interface ActorRelation {
  id: string;
  fromId: string;
  fromName: string;
  toId: string;
  toName: string;
  kind: ActorRelationKind;
  note: string | null;
}

export interface ActorNetwork {
  actors: Actor[];
  relations: ActorRelation[];
}

// --- roles ---

export const roleAssignmentInput = z
  .object({
    id: id.optional(),
    role: z.enum(ROLES),
    title: optText(ECOSYSTEM_LIMITS.name),
    holderName: optText(ECOSYSTEM_LIMITS.name),
    actorId: optId,
    orgUnitId: optId,
    note: optText(ECOSYSTEM_LIMITS.text),
  })
  .refine((r) => r.role !== 'other' || r.title, { message: 'role_title_required', path: ['title'] })
  .refine((r) => r.holderName || r.actorId || r.orgUnitId, { message: 'role_holder_required', path: ['holderName'] });

export interface RoleAssignment {
  id: string;
  role: Role;
  title: string | null;
  holderName: string | null;
  actorId: string | null;
  actorName: string | null;
  orgUnitId: string | null;
  orgUnitName: string | null;
  note: string | null;
  sortOrder: number;
}

// --- fields of action: deleting one that measures still use ---

export const deleteFieldInput = z.object({
  id,
  /** Move the field's measures (and links) to this field first, in the same undo step. */
  reassignTo: id.optional(),
});

// --- map: fields × spheres ---

export interface EcosystemCellRecord {
  id: string;
  name: string;
}

export interface EcosystemCell {
  sphere: Sphere;
  actors: EcosystemCellRecord[];
  measures: EcosystemCellRecord[];
  stakeholders: EcosystemCellRecord[];
}

export interface EcosystemMapRow {
  fieldId: string;
  fieldName: string;
  color: string;
  cells: EcosystemCell[];
}

export interface EcosystemMap {
  rows: EcosystemMapRow[];
  /** Totals per sphere (distinct records), in SPHERES order. */
  totals: { sphere: Sphere; actors: number; measures: number; stakeholders: number }[];
}
