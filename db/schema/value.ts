/**
 * Value propositions (Wertversprechen) per target group: the target group's
 * tasks, problems and hoped-for benefits, our offers, problem relievers and
 * benefit creators, fit links between the two sides and links to measures.
 * Every table has a text `id` so the change log can undo edits.
 */
import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { measures } from './portfolio.ts';
import { stakeholders } from './strategy.ts';

const stamps = {
  origin: text('origin').notNull().default('local'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
};

export const valuePropositions = sqliteTable(
  'value_propositions',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    /** The target group in words, e.g. "Wohngeld-Antragstellende". */
    targetGroup: text('target_group').notNull(),
    stakeholderId: text('stakeholder_id').references(() => stakeholders.id, { onDelete: 'set null' }),
    description: text('description'),
    /**
     * The texts of all its items, kept with the proposition (rewritten in the
     * same undo step as every item edit) so the generic search index finds a
     * proposition by any of its items.
     */
    itemText: text('item_text').notNull().default(''),
    ...stamps,
  },
  (t) => [index('value_propositions_title_idx').on(t.title)],
);

export const valueItems = sqliteTable(
  'value_items',
  {
    id: text('id').primaryKey(),
    propositionId: text('proposition_id').notNull().references(() => valuePropositions.id, { onDelete: 'cascade' }),
    /** Target group side: task, problem, benefit; our side: offer, reliever, creator. */
    kind: text('kind', { enum: ['task', 'problem', 'benefit', 'offer', 'reliever', 'creator'] }).notNull(),
    text: text('text').notNull(),
    /** Importance within its list: 1 is the most important. */
    rank: integer('rank').notNull(),
    ...stamps,
  },
  (t) => [index('value_items_proposition_idx').on(t.propositionId, t.kind, t.rank)],
);

/** A fit link: one of our items (offer, reliever, creator) answers one item of the target group. */
export const valueFits = sqliteTable(
  'value_fits',
  {
    id: text('id').primaryKey(),
    propositionId: text('proposition_id').notNull().references(() => valuePropositions.id, { onDelete: 'cascade' }),
    ourItemId: text('our_item_id').notNull().references(() => valueItems.id, { onDelete: 'cascade' }),
    theirItemId: text('their_item_id').notNull().references(() => valueItems.id, { onDelete: 'cascade' }),
    ...stamps,
  },
  (t) => [uniqueIndex('value_fits_pair_idx').on(t.ourItemId, t.theirItemId), index('value_fits_their_idx').on(t.theirItemId)],
);

export const valuePropositionMeasures = sqliteTable(
  'value_proposition_measures',
  {
    id: text('id').primaryKey(),
    propositionId: text('proposition_id').notNull().references(() => valuePropositions.id, { onDelete: 'cascade' }),
    measureId: text('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
    ...stamps,
  },
  (t) => [uniqueIndex('value_proposition_measures_pair_idx').on(t.propositionId, t.measureId), index('value_proposition_measures_measure_idx').on(t.measureId)],
);
