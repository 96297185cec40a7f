/**
 * Portfolio steering: ideas, the fact sheet's milestones and dependencies,
 * the weighted scoring model, money (cost items, financing stack), funding
 * programmes and applications, status reports and saved table views.
 * Every table has a text `id` so the change log and undo can address its rows.
 */
import { sqliteTable, text, integer, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { fields, measures } from './portfolio.ts';

const stamps = {
  origin: text('origin').notNull().default('local'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

export const ideas = sqliteTable(
  'ideas',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description'),
    source: text('source', { enum: ['citizens', 'department', 'politics', 'digicheck', 'peer', 'other'] }).notNull(),
    submitter: text('submitter'),
    submittedOn: text('submitted_on'),
    fieldId: text('field_id').references(() => fields.id, { onDelete: 'set null' }),
    status: text('status', { enum: ['new', 'in_assessment', 'adopted', 'rejected', 'deferred'] }).notNull(),
    statusReason: text('status_reason'),
    /** The measure this idea became; the measure finds its idea through this column. */
    measureId: text('measure_id').references(() => measures.id, { onDelete: 'set null' }),
    ...stamps,
  },
  (t) => [index('ideas_status_idx').on(t.status), index('ideas_measure_idx').on(t.measureId)],
);

export const milestones = sqliteTable(
  'milestones',
  {
    id: text('id').primaryKey(),
    measureId: text('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    plannedOn: text('planned_on'),
    actualOn: text('actual_on'),
    done: integer('done', { mode: 'boolean' }).notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    ...stamps,
  },
  (t) => [index('milestones_measure_idx').on(t.measureId), index('milestones_planned_idx').on(t.plannedOn)],
);

export const measureDependencies = sqliteTable(
  'measure_dependencies',
  {
    id: text('id').primaryKey(),
    measureId: text('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
    dependsOnId: text('depends_on_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
    ...stamps,
  },
  (t) => [uniqueIndex('measure_dependencies_pair_idx').on(t.measureId, t.dependsOnId), index('measure_dependencies_on_idx').on(t.dependsOnId)],
);

export const measureOzgServices = sqliteTable(
  'measure_ozg_services',
  {
    id: text('id').primaryKey(),
    measureId: text('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
    ozgId: text('ozg_id').notNull(),
    ...stamps,
  },
  (t) => [uniqueIndex('measure_ozg_pair_idx').on(t.measureId, t.ozgId)],
);

/** Criteria of the weighted scoring (Nutzwertanalyse); `direction: 'cost'` means lower scores are better (effort, risk). */
export const scoringCriteria = sqliteTable('scoring_criteria', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  description: text('description'),
  weight: real('weight').notNull(),
  scaleMax: integer('scale_max').notNull().default(5),
  direction: text('direction', { enum: ['benefit', 'cost'] }).notNull().default('benefit'),
  /** Value or effort axis of the value-vs-effort view. */
  axis: text('axis', { enum: ['value', 'effort'] }).notNull().default('value'),
  sortOrder: integer('sort_order').notNull().default(0),
  ...stamps,
});

/** One score per measure and criterion; its history is the change log of this row. */
export const measureScores = sqliteTable(
  'measure_scores',
  {
    id: text('id').primaryKey(),
    measureId: text('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
    criterionId: text('criterion_id').notNull().references(() => scoringCriteria.id, { onDelete: 'cascade' }),
    score: integer('score').notNull(),
    justification: text('justification'),
    ...stamps,
  },
  (t) => [
    uniqueIndex('measure_scores_pair_idx').on(t.measureId, t.criterionId),
    index('measure_scores_criterion_idx').on(t.criterionId),
    // Covers the ranking's read of every score (60,000 on a large Kreis): no lookup into the table per score. See tests/db/query-plans.test.ts.
    index('measure_scores_ranking_idx').on(t.measureId, t.criterionId, t.score),
  ],
);

export const costItems = sqliteTable(
  'cost_items',
  {
    id: text('id').primaryKey(),
    measureId: text('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    kind: text('kind', { enum: ['investive', 'consumptive'] }).notNull(),
    recurrence: text('recurrence', { enum: ['one_off', 'recurring'] }).notNull(),
    category: text('category'),
    plan: real('plan').notNull().default(0),
    actual: real('actual'),
    note: text('note'),
    ...stamps,
  },
  (t) => [index('cost_items_measure_idx').on(t.measureId), index('cost_items_year_idx').on(t.year)],
);

export const fundingProgrammes = sqliteTable('funding_programmes', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  funder: text('funder', { enum: ['eu', 'bund', 'land', 'foundation', 'other'] }).notNull(),
  maxQuota: real('max_quota'),
  minOwnShare: real('min_own_share'),
  eligible: text('eligible'),
  fieldsText: text('fields_text'),
  keywords: text('keywords'),
  deadline: text('deadline'),
  url: text('url'),
  description: text('description'),
  ...stamps,
});

/** The financing stack of a measure: own funds, funding programmes, partner shares, other. */
export const financingItems = sqliteTable(
  'financing_items',
  {
    id: text('id').primaryKey(),
    measureId: text('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
    sourceType: text('source_type', { enum: ['own', 'funding', 'partner', 'other'] }).notNull(),
    name: text('name'),
    amount: real('amount').notNull(),
    programmeId: text('programme_id').references(() => fundingProgrammes.id, { onDelete: 'set null' }),
    note: text('note'),
    ...stamps,
  },
  (t) => [index('financing_items_measure_idx').on(t.measureId)],
);

export const fundingApplications = sqliteTable(
  'funding_applications',
  {
    id: text('id').primaryKey(),
    measureId: text('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
    programmeId: text('programme_id').notNull().references(() => fundingProgrammes.id, { onDelete: 'cascade' }),
    status: text('status', { enum: ['planned', 'submitted', 'approved', 'rejected'] }).notNull(),
    amountRequested: real('amount_requested'),
    amountApproved: real('amount_approved'),
    submittedOn: text('submitted_on'),
    decisionOn: text('decision_on'),
    reportingDeadline: text('reporting_deadline'),
    note: text('note'),
    ...stamps,
  },
  (t) => [index('funding_applications_measure_idx').on(t.measureId), index('funding_applications_programme_idx').on(t.programmeId)],
);

const light = (name: string) => text(name, { enum: ['green', 'yellow', 'red', 'grey'] }).notNull();

/** Dated, unchangeable snapshots: rows are inserted, never updated. */
export const statusReports = sqliteTable(
  'status_reports',
  {
    id: text('id').primaryKey(),
    measureId: text('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
    reportedOn: text('reported_on').notNull(),
    overall: light('overall'),
    schedule: light('schedule'),
    cost: light('cost'),
    scope: light('scope'),
    resources: light('resources'),
    impact: light('impact'),
    achievements: text('achievements'),
    nextSteps: text('next_steps'),
    risks: text('risks'),
    decisionsNeeded: text('decisions_needed'),
    /** What the system proposed from its thresholds, kept beside what the owner confirmed. */
    proposed: text('proposed', { mode: 'json' }),
    ...stamps,
  },
  (t) => [index('status_reports_measure_idx').on(t.measureId, t.reportedOn)],
);

export const savedViews = sqliteTable('saved_views', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  config: text('config', { mode: 'json' }).notNull(),
  ...stamps,
});
