/**
 * The digital agenda (Digitale Agenda) the council adopts: its texts, the goal
 * tree, goal↔measure links, indicators with measurements, and versions.
 * The live tables are the working draft; freezing a version stores a JSON
 * snapshot of the whole content in `agenda_versions.snapshot`, which never
 * changes again. Every table has a text `id` so the change log can undo edits.
 */
import { sqliteTable, text, integer, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { fields, measures } from './portfolio.ts';

const stamps = {
  origin: text('origin').notNull().default('local'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

export const agendas = sqliteTable('agendas', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  periodFrom: integer('period_from').notNull(),
  periodTo: integer('period_to').notNull(),
  /** Zielbild. */
  vision: text('vision'),
  /** JSON array of strings: the guiding principles (Leitlinien) in order. */
  principles: text('principles').notNull().default('[]'),
  /** Ausgangslage as text. */
  startingPosition: text('starting_position'),
  /** JSON array of {label, value, unit, source}: figures the CDO types (later: from DigiChecks, OZG maturity). */
  startingFigures: text('starting_figures').notNull().default('[]'),
  /** JSON array of field ids: the fields of action in scope, in order. */
  fieldIds: text('field_ids').notNull().default('[]'),
  /** Umsetzung und Evaluation. */
  implementation: text('implementation'),
  ...stamps,
});

export const agendaGoals = sqliteTable(
  'agenda_goals',
  {
    id: text('id').primaryKey(),
    agendaId: text('agenda_id').notNull().references(() => agendas.id, { onDelete: 'cascade' }),
    /** null for a strategic goal; an operational goal hangs below a strategic one. */
    parentId: text('parent_id'),
    kind: text('kind', { enum: ['strategic', 'operational'] }).notNull(),
    title: text('title').notNull(),
    description: text('description'),
    fieldId: text('field_id').references(() => fields.id, { onDelete: 'set null' }),
    sortOrder: integer('sort_order').notNull().default(0),
    ...stamps,
  },
  (t) => [index('agenda_goals_agenda_idx').on(t.agendaId), index('agenda_goals_parent_idx').on(t.parentId)],
);

export const agendaGoalMeasures = sqliteTable(
  'agenda_goal_measures',
  {
    id: text('id').primaryKey(),
    goalId: text('goal_id').notNull().references(() => agendaGoals.id, { onDelete: 'cascade' }),
    measureId: text('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
    sortOrder: integer('sort_order').notNull().default(0),
    ...stamps,
  },
  (t) => [uniqueIndex('agenda_goal_measures_pair_idx').on(t.goalId, t.measureId), index('agenda_goal_measures_measure_idx').on(t.measureId)],
);

export const agendaIndicators = sqliteTable(
  'agenda_indicators',
  {
    id: text('id').primaryKey(),
    agendaId: text('agenda_id').notNull().references(() => agendas.id, { onDelete: 'cascade' }),
    /** Exactly one of goal and measure is set. */
    goalId: text('goal_id').references(() => agendaGoals.id, { onDelete: 'cascade' }),
    measureId: text('measure_id').references(() => measures.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description'),
    unit: text('unit').notNull(),
    level: text('level', { enum: ['input', 'output', 'outcome', 'impact'] }).notNull(),
    baseline: real('baseline'),
    baselineOn: text('baseline_on'),
    target: real('target'),
    targetOn: text('target_on'),
    source: text('source'),
    owner: text('owner'),
    sortOrder: integer('sort_order').notNull().default(0),
    ...stamps,
  },
  (t) => [index('agenda_indicators_agenda_idx').on(t.agendaId), index('agenda_indicators_goal_idx').on(t.goalId), index('agenda_indicators_measure_idx').on(t.measureId)],
);

export const agendaMeasurements = sqliteTable(
  'agenda_measurements',
  {
    id: text('id').primaryKey(),
    indicatorId: text('indicator_id').notNull().references(() => agendaIndicators.id, { onDelete: 'cascade' }),
    measuredOn: text('measured_on').notNull(),
    value: real('value').notNull(),
    note: text('note'),
    ...stamps,
  },
  (t) => [index('agenda_measurements_indicator_idx').on(t.indicatorId, t.measuredOn)],
);

export const agendaVersions = sqliteTable(
  'agenda_versions',
  {
    id: text('id').primaryKey(),
    agendaId: text('agenda_id').notNull().references(() => agendas.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    status: text('status', { enum: ['draft', 'consultation', 'adopted', 'updated'] }).notNull(),
    label: text('label'),
    councilBody: text('council_body'),
    decisionNumber: text('decision_number'),
    decidedOn: text('decided_on'),
    /** Set once: from then on the version and its snapshot never change. */
    frozenAt: text('frozen_at'),
    /** JSON AgendaContent at freezing time (null while the version is the live draft). */
    snapshot: text('snapshot'),
    note: text('note'),
    ...stamps,
  },
  (t) => [uniqueIndex('agenda_versions_number_idx').on(t.agendaId, t.number)],
);
