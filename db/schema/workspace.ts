import { sqliteTable, text, integer } from 'drizzle-orm/sqlite-core';

/** One row: which municipality this workspace belongs to. */
export const workspaceMeta = sqliteTable('workspace_meta', {
  id: text('id').primaryKey(),
  ags: text('ags').notNull(),
  name: text('name').notNull(),
  kind: text('kind', { enum: ['gemeinde', 'kreis'] }).notNull(),
  land: text('land').notNull(),
  population: integer('population').notNull().default(0),
  isDemo: integer('is_demo', { mode: 'boolean' }).notNull().default(false),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/** Where a shipped list came from, so a municipality can replace it with its own. */
export const referenceSources = sqliteTable('reference_sources', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  attribution: text('attribution').notNull(),
  licence: text('licence').notNull(),
  rows: integer('rows').notNull(),
  loadedAt: text('loaded_at').notNull(),
});
