import { sql } from 'drizzle-orm';
import { sqliteTable, text, integer, real, index } from 'drizzle-orm/sqlite-core';

export const fields = sqliteTable('fields', {
  id: text('id').primaryKey(),
  name: text('name').notNull().unique(),
  description: text('description'),
  color: text('color').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  source: text('source').notNull(),
  origin: text('origin').notNull().default('local'),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const measures = sqliteTable(
  'measures',
  {
    id: text('id').primaryKey(),
    title: text('title').notNull(),
    description: text('description'),
    fieldId: text('field_id').references(() => fields.id, { onDelete: 'set null' }),
    phase: text('phase', { enum: ['idea', 'concept', 'implementation', 'operation', 'completed', 'stopped'] }).notNull(),
    priority: text('priority', { enum: ['high', 'medium', 'low'] }).notNull(),
    start: text('start'),
    end: text('end'),
    leadUnit: text('lead_unit'),
    budget: real('budget'),
    // Fact sheet (Steckbrief)
    goals: text('goals'),
    impact: text('impact'),
    projectLead: text('project_lead'),
    participants: text('participants'),
    risks: text('risks'),
    efaReuse: integer('efa_reuse', { mode: 'boolean' }).notNull().default(false),
    efaProvider: text('efa_provider'),
    ikzPartners: text('ikz_partners'),
    progress: integer('progress').notNull().default(0),
    // Must criteria: a measure that meets one is ranked ahead of the weighted score.
    mustLegal: integer('must_legal', { mode: 'boolean' }).notNull().default(false),
    mustLegalDeadline: text('must_legal_deadline'),
    mustCritical: integer('must_critical', { mode: 'boolean' }).notNull().default(false),
    mustPolitical: integer('must_political', { mode: 'boolean' }).notNull().default(false),
    tags: text('tags'),
    origin: text('origin').notNull().default('local'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [
    index('measures_field_idx').on(t.fieldId),
    index('measures_updated_idx').on(t.updatedAt),
    // The measures list: sorted by title (its collation, so SQLite reads a page in index order instead of sorting 10,000 rows),
    // filtered by phase (the board asks once per phase; the page's count no longer scans the table). See tests/db/query-plans.test.ts.
    index('measures_title_idx').on(sql`${t.title} COLLATE NOCASE`),
    index('measures_phase_idx').on(t.phase),
  ],
);
