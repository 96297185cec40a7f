/**
 * Standortanalyse / DigiCheck: a versioned question catalogue (dimensions,
 * questions, weights), assessments of one org unit or field with Ist and Soll
 * scores 0–4 per question, and the recommendations that together form the
 * unit's 3-year partial strategy (Teilstrategie).
 *
 * Versioning: an assessment points at the catalogue version it was answered
 * with; editing a catalogue that assessments already use creates a new
 * version, so old assessments keep theirs. Dimensions and questions carry a
 * `key` that stays the same across versions so two assessments of the same
 * unit can be compared even when they used different versions.
 */
import { sqliteTable, text, integer, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { fields, measures } from './portfolio.ts';
import { ideas } from './steering.ts';
import { orgUnits } from './ecosystem.ts';

const stamps = {
  origin: text('origin').notNull().default('local'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

export const digicheckCatalogues = sqliteTable(
  'digicheck_catalogues',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    version: integer('version').notNull(),
    /** The version this one was copied from when an edit had to keep the old one. */
    basedOnId: text('based_on_id'),
    note: text('note'),
    ...stamps,
  },
  (t) => [uniqueIndex('digicheck_catalogues_name_version_idx').on(t.name, t.version)],
);

export const digicheckDimensions = sqliteTable(
  'digicheck_dimensions',
  {
    id: text('id').primaryKey(),
    catalogueId: text('catalogue_id').notNull().references(() => digicheckCatalogues.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    weight: real('weight').notNull().default(1),
    sortOrder: integer('sort_order').notNull().default(0),
    ...stamps,
  },
  (t) => [uniqueIndex('digicheck_dimensions_key_idx').on(t.catalogueId, t.key)],
);

export const digicheckQuestions = sqliteTable(
  'digicheck_questions',
  {
    id: text('id').primaryKey(),
    dimensionId: text('dimension_id').notNull().references(() => digicheckDimensions.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    text: text('text').notNull(),
    help: text('help'),
    weight: real('weight').notNull().default(1),
    sortOrder: integer('sort_order').notNull().default(0),
    ...stamps,
  },
  (t) => [index('digicheck_questions_dimension_idx').on(t.dimensionId)],
);

export const digicheckAssessments = sqliteTable(
  'digicheck_assessments',
  {
    id: text('id').primaryKey(),
    catalogueId: text('catalogue_id').notNull().references(() => digicheckCatalogues.id, { onDelete: 'restrict' }),
    /** The unit assessed; a field of action may stand in for it, one of the two is required. */
    orgUnitId: text('org_unit_id').references(() => orgUnits.id, { onDelete: 'restrict' }),
    fieldId: text('field_id').references(() => fields.id, { onDelete: 'restrict' }),
    /** The unit's or field's name when last saved: lets the generic search index find an assessment by it. */
    unitName: text('unit_name'),
    title: text('title').notNull(),
    heldOn: text('held_on').notNull(),
    participants: text('participants'),
    /** The three narrative parts of the workshop. */
    startingPosition: text('starting_position'),
    needForChange: text('need_for_change'),
    itChallenges: text('it_challenges'),
    ...stamps,
  },
  (t) => [index('digicheck_assessments_unit_idx').on(t.orgUnitId), index('digicheck_assessments_field_idx').on(t.fieldId)],
);

export const digicheckAnswers = sqliteTable(
  'digicheck_answers',
  {
    id: text('id').primaryKey(),
    assessmentId: text('assessment_id').notNull().references(() => digicheckAssessments.id, { onDelete: 'cascade' }),
    questionId: text('question_id').notNull().references(() => digicheckQuestions.id, { onDelete: 'restrict' }),
    /** Scores on the 0–4 scale; null while not yet answered. */
    ist: integer('ist'),
    soll: integer('soll'),
    justification: text('justification'),
    ...stamps,
  },
  (t) => [uniqueIndex('digicheck_answers_pair_idx').on(t.assessmentId, t.questionId)],
);

export const digicheckRecommendations = sqliteTable(
  'digicheck_recommendations',
  {
    id: text('id').primaryKey(),
    assessmentId: text('assessment_id').notNull().references(() => digicheckAssessments.id, { onDelete: 'cascade' }),
    /** The dimension key the recommendation answers (optional). */
    dimensionKey: text('dimension_key'),
    title: text('title').notNull(),
    description: text('description'),
    priority: text('priority', { enum: ['high', 'medium', 'low'] }).notNull(),
    /** Year 1, 2 or 3 of the partial strategy. */
    year: integer('year').notNull(),
    oneOffMin: real('one_off_min'),
    oneOffMax: real('one_off_max'),
    yearlyMin: real('yearly_min'),
    yearlyMax: real('yearly_max'),
    /** Staff need in full-time equivalents (VZÄ). */
    staffFte: real('staff_fte'),
    staffNote: text('staff_note'),
    /** The idea or measure this recommendation became (one click, link kept both ways). */
    ideaId: text('idea_id').references(() => ideas.id, { onDelete: 'set null' }),
    measureId: text('measure_id').references(() => measures.id, { onDelete: 'set null' }),
    sortOrder: integer('sort_order').notNull().default(0),
    ...stamps,
  },
  (t) => [index('digicheck_recommendations_assessment_idx').on(t.assessmentId)],
);
