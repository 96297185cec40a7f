/**
 * The ecosystem of digitalisation: the municipality's org units as a tree
 * (departments, offices), actors placed in a sphere and linked to fields of
 * action, and roles held by persons or units. Every table has a text `id`
 * so the change log can undo edits.
 */
import { sqliteTable, text, integer, index, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';
import { fields } from './portfolio.ts';
import { stakeholders } from './strategy.ts';

const stamps = {
  origin: text('origin').notNull().default('local'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

/** Departments, offices and teams of the administration, as a tree (parent first). */
export const orgUnits = sqliteTable(
  'org_units',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** The short sign used in letters and org charts, e.g. "FB 5" or "50". */
    shortName: text('short_name'),
    parentId: text('parent_id').references((): AnySQLiteColumn => orgUnits.id, { onDelete: 'restrict' }),
    kind: text('kind', { enum: ['division', 'department', 'office', 'team', 'staff_unit'] }).notNull(),
    head: text('head'),
    sortOrder: integer('sort_order').notNull().default(0),
    ...stamps,
  },
  (t) => [index('org_units_parent_idx').on(t.parentId)],
);

// --- actors, roles (ecosystem) ---

/**
 * Actors of the ecosystem: persons, organisations and groups, each in one of
 * the four spheres. Internal actors may point at their org unit; an actor may
 * also be the same party as a record of the stakeholder register (that link
 * places the stakeholder in the actor's sphere on the map).
 */
export const actors = sqliteTable(
  'actors',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['person', 'organisation', 'group'] }).notNull(),
    sphere: text('sphere', { enum: ['core_admin', 'municipal_group', 'local_community', 'external'] }).notNull(),
    description: text('description'),
    contact: text('contact'),
    orgUnitId: text('org_unit_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    stakeholderId: text('stakeholder_id').references(() => stakeholders.id, { onDelete: 'set null' }),
    ...stamps,
  },
  (t) => [index('actors_sphere_idx').on(t.sphere), index('actors_unit_idx').on(t.orgUnitId), index('actors_stakeholder_idx').on(t.stakeholderId)],
);

/** Which fields of action an actor works in (many to many). */
export const actorFields = sqliteTable(
  'actor_fields',
  {
    id: text('id').primaryKey(),
    actorId: text('actor_id').notNull().references(() => actors.id, { onDelete: 'cascade' }),
    fieldId: text('field_id').notNull().references(() => fields.id, { onDelete: 'cascade' }),
    ...stamps,
  },
  (t) => [uniqueIndex('actor_fields_pair_idx').on(t.actorId, t.fieldId), index('actor_fields_field_idx').on(t.fieldId)],
);

/** Directed relations between actors for the network view (who steers, supplies, cooperates with whom). */
export const actorRelations = sqliteTable(
  'actor_relations',
  {
    id: text('id').primaryKey(),
    fromId: text('from_id').notNull().references(() => actors.id, { onDelete: 'cascade' }),
    toId: text('to_id').notNull().references(() => actors.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['steers', 'supplies', 'cooperates', 'funds', 'advises'] }).notNull(),
    note: text('note'),
    ...stamps,
  },
  (t) => [uniqueIndex('actor_relations_triple_idx').on(t.fromId, t.toId, t.kind), index('actor_relations_to_idx').on(t.toId)],
);

/**
 * Who holds which role of the digital governance. The role is one of a fixed
 * list (plus "other" with its own title); the holder is a person's name or an
 * actor, and/or the org unit it is held for (a Digitallotse per department) or
 * by (a steering committee).
 */
export const roleAssignments = sqliteTable(
  'role_assignments',
  {
    id: text('id').primaryKey(),
    role: text('role', { enum: ['hvb', 'cdo', 'cio', 'digital_pilot', 'department_head', 'project_lead', 'steering_committee', 'council', 'other'] }).notNull(),
    /** Own title, e.g. "Digitallotsin Wohngeld"; required for role "other". */
    title: text('title'),
    holderName: text('holder_name'),
    actorId: text('actor_id').references(() => actors.id, { onDelete: 'set null' }),
    orgUnitId: text('org_unit_id').references(() => orgUnits.id, { onDelete: 'set null' }),
    note: text('note'),
    sortOrder: integer('sort_order').notNull().default(0),
    ...stamps,
  },
  (t) => [index('role_assignments_role_idx').on(t.role), index('role_assignments_unit_idx').on(t.orgUnitId), index('role_assignments_actor_idx').on(t.actorId)],
);
