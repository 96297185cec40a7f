import { sqliteTable, text, integer, index } from 'drizzle-orm/sqlite-core';

/** The OZG catalogue (Themenfeld → Lebenslage → OZG-Leistung), shipped reference data. */
export const ozgServices = sqliteTable(
  'ozg_services',
  {
    ozgId: text('ozg_id').primaryKey(),
    name: text('name').notNull(),
    lebenslage: text('lebenslage').notNull(),
    themenfeld: text('themenfeld').notNull(),
    leikaCount: integer('leika_count').notNull(),
    leikaTypes: text('leika_types').notNull(),
    municipal: integer('municipal', { mode: 'boolean' }).notNull(),
  },
  (t) => [index('ozg_services_themenfeld_idx').on(t.themenfeld)],
);

/** LeiKa services mapped to OZG-Leistungen; `leika_key` is null where the source says "nicht im LeiKa". */
export const leikaServices = sqliteTable(
  'leika_services',
  {
    rowId: integer('row_id').primaryKey(),
    leikaKey: text('leika_key'),
    name: text('name').notNull(),
    typisierung: text('typisierung'),
    ozgId: text('ozg_id').references(() => ozgServices.ozgId),
    legalBasis: text('legal_basis'),
  },
  (t) => [index('leika_services_ozg_idx').on(t.ozgId)],
);
