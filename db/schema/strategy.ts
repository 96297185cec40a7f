/**
 * Strategy tools: the stakeholder register with relations between
 * stakeholders and links to measures (power/interest grid, engagement gaps).
 * Other strategy tables (OZG maturity) are appended below by their owners.
 * Every table has a text `id` so the change log can undo edits.
 */
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { measures } from './portfolio.ts';
import { agendaGoals } from './agenda.ts';

const stamps = {
  origin: text('origin').notNull().default('local'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

export const stakeholders = sqliteTable(
  'stakeholders',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['person', 'group', 'organisation'] }).notNull(),
    scope: text('scope', { enum: ['internal', 'external'] }).notNull(),
    category: text('category'),
    /** The organisation a person or group belongs to; a repeated name within one is warned about. */
    organisation: text('organisation'),
    /** Scores on the 1–5 scale of the power/interest grid. */
    influence: integer('influence').notNull(),
    interest: integer('interest').notNull(),
    attitude: text('attitude', { enum: ['champion', 'supporter', 'neutral', 'critic', 'blocker'] }).notNull(),
    engagementNow: text('engagement_now', { enum: ['unaware', 'resistant', 'neutral', 'supportive', 'leading'] }).notNull(),
    engagementWanted: text('engagement_wanted', { enum: ['unaware', 'resistant', 'neutral', 'supportive', 'leading'] }).notNull(),
    /** Salience (Mitchell): power, legitimacy, urgency. */
    power: integer('power', { mode: 'boolean' }).notNull().default(false),
    legitimacy: integer('legitimacy', { mode: 'boolean' }).notNull().default(false),
    urgency: integer('urgency', { mode: 'boolean' }).notNull().default(false),
    strategy: text('strategy'),
    nextContact: text('next_contact'),
    notes: text('notes'),
    ...stamps,
  },
  (t) => [index('stakeholders_name_idx').on(t.name)],
);

export const stakeholderRelations = sqliteTable(
  'stakeholder_relations',
  {
    id: text('id').primaryKey(),
    fromId: text('from_id').notNull().references(() => stakeholders.id, { onDelete: 'cascade' }),
    toId: text('to_id').notNull().references(() => stakeholders.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['influences', 'cooperates', 'conflicts', 'funds'] }).notNull(),
    ...stamps,
  },
  (t) => [uniqueIndex('stakeholder_relations_triple_idx').on(t.fromId, t.toId, t.kind), index('stakeholder_relations_to_idx').on(t.toId)],
);

export const stakeholderMeasures = sqliteTable(
  'stakeholder_measures',
  {
    id: text('id').primaryKey(),
    stakeholderId: text('stakeholder_id').notNull().references(() => stakeholders.id, { onDelete: 'cascade' }),
    measureId: text('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
    ...stamps,
  },
  (t) => [uniqueIndex('stakeholder_measures_pair_idx').on(t.stakeholderId, t.measureId), index('stakeholder_measures_measure_idx').on(t.measureId)],
);

/** Goals of the digital agenda a stakeholder matters for. */
export const stakeholderGoals = sqliteTable(
  'stakeholder_goals',
  {
    id: text('id').primaryKey(),
    stakeholderId: text('stakeholder_id').notNull().references(() => stakeholders.id, { onDelete: 'cascade' }),
    goalId: text('goal_id').notNull().references(() => agendaGoals.id, { onDelete: 'cascade' }),
    ...stamps,
  },
  (t) => [uniqueIndex('stakeholder_goals_pair_idx').on(t.stakeholderId, t.goalId), index('stakeholder_goals_goal_idx').on(t.goalId)],
);

/**
 * OZG maturity of one catalogue service for this municipality (one row per
 * service at most). Levels follow the OZG Reifegradmodell: version 1.1 has
 * levels 0–4, version 2.0 levels 0–7; the model is stored with the levels.
 */
export const ozgMaturity = sqliteTable('ozg_maturity', {
  id: text('id').primaryKey(),
  ozgId: text('ozg_id').notNull().unique(),
  /** The service's catalogue name, copied so search hits and undo labels can name it. */
  name: text('name').notNull(),
  relevant: integer('relevant', { mode: 'boolean' }).notNull().default(true),
  model: text('model', { enum: ['1.1', '2.0'] }).notNull(),
  levelIst: integer('level_ist'),
  levelSoll: integer('level_soll'),
  unit: text('unit'),
  /** EfA ("Einer für Alle"): the provider whose service is reused, if any. */
  efaProvider: text('efa_provider'),
  assessedOn: text('assessed_on'),
  note: text('note'),
  ...stamps,
});
