import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/**
 * Every edit writes one row: it powers undo/redo and each record's history.
 * `step` groups the rows of one user action; `undone` marks steps taken back
 * (1 = may be redone, 2 = taken back and then ended by a newer edit).
 */
export const changeLog = sqliteTable(
  'change_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    step: integer('step').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id').notNull(),
    action: text('action', { enum: ['create', 'update', 'delete'] }).notNull(),
    label: text('label').notNull(),
    before: text('before', { mode: 'json' }),
    after: text('after', { mode: 'json' }),
    at: text('at').notNull(),
    undone: integer('undone', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('change_log_entity_idx').on(t.entity, t.entityId), index('change_log_step_idx').on(t.step)],
);
