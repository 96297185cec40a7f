/**
 * Peer exchange: imported project packs and their projects, the CDO's remembered
 * field mappings per publisher, and the workspace's own signing key.
 * Peer rows are read-only copies of a pack: an import replaces them in one
 * transaction and they are not change-logged (removing a pack removes its projects).
 */
import { sqliteTable, text, integer, real, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { fields, measures } from './portfolio.ts';

export const peerPacks = sqliteTable('peer_packs', {
  id: text('id').primaryKey(),
  /** The manifest's `id`: the same pack across versions. */
  packId: text('pack_id').notNull().unique(),
  title: text('title').notNull(),
  publisherName: text('publisher_name').notNull(),
  publisherAgs: text('publisher_ags'),
  publisherContactName: text('publisher_contact_name'),
  publisherContactEmail: text('publisher_contact_email'),
  license: text('license').notNull(),
  /** The manifest's `createdAt` (ISO); a newer one updates the import. */
  packCreatedAt: text('pack_created_at').notNull(),
  language: text('language'),
  signed: integer('signed', { mode: 'boolean' }).notNull().default(false),
  /** Grouped hex SHA-256 of the raw Ed25519 public key, when signed. */
  keyFingerprint: text('key_fingerprint'),
  /** JSON array of plain-language notes about unusual content (unknown keys, dropped links…). */
  notes: text('notes'),
  fileName: text('file_name'),
  projectCount: integer('project_count').notNull().default(0),
  importedAt: text('imported_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

export const peerProjects = sqliteTable(
  'peer_projects',
  {
    id: text('id').primaryKey(),
    packRowId: text('pack_row_id').notNull().references(() => peerPacks.id, { onDelete: 'cascade' }),
    /** The project's `id` inside the pack (stable across exports). */
    projectId: text('project_id').notNull(),
    title: text('title').notNull(),
    summary: text('summary'),
    description: text('description'),
    /** The pack's free-text field of action, as written. */
    field: text('field'),
    /** The local field of action it maps to (null: unassigned). */
    fieldId: text('field_id').references(() => fields.id, { onDelete: 'set null' }),
    /** JSON arrays. */
    ozgIds: text('ozg_ids'),
    leikaIds: text('leika_ids'),
    tags: text('tags'),
    funding: text('funding'),
    partners: text('partners'),
    links: text('links'),
    /** The pack's status (idea, planned, in_progress, operating, completed, stopped). */
    status: text('status'),
    start: text('start'),
    end: text('end'),
    budget: real('budget'),
    currency: text('currency'),
    contactName: text('contact_name'),
    contactEmail: text('contact_email'),
    results: text('results'),
    lessonsLearned: text('lessons_learned'),
    /** JSON object of keys the format does not know, kept aside (never shown as data). */
    unknownKeys: text('unknown_keys'),
    /** SHA-256 of the project as read from the pack: tells an update from an unchanged project. */
    contentHash: text('content_hash').notNull(),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [
    uniqueIndex('peer_projects_pack_project_idx').on(t.packRowId, t.projectId),
    index('peer_projects_field_idx').on(t.fieldId),
  ],
);

/** A pack's field text mapped by the CDO to a local field, remembered per publisher. */
export const peerFieldMappings = sqliteTable(
  'peer_field_mappings',
  {
    id: text('id').primaryKey(),
    /** Publisher AGS when given, else the folded publisher name. */
    publisherKey: text('publisher_key').notNull(),
    packField: text('pack_field').notNull(),
    fieldId: text('field_id').references(() => fields.id, { onDelete: 'cascade' }),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('peer_field_mappings_key_idx').on(t.publisherKey, t.packField)],
);

/** The workspace's Ed25519 key pair for signing exported packs; the private key never leaves. */
export const packSigningKeys = sqliteTable('pack_signing_keys', {
  id: text('id').primaryKey(),
  /** Raw 32-byte public key, base64. */
  publicKey: text('public_key').notNull(),
  /** PKCS#8 DER private key, base64. Never exported, never sent to the renderer. */
  privateKey: text('private_key').notNull(),
  fingerprint: text('fingerprint').notNull(),
  createdAt: text('created_at').notNull(),
});

// --- peer library, matching, cooperation (partnerships, adoptions) ---

/**
 * A partnership on a measure: IKZ, EfA reuse, a service provider or science,
 * with a municipality (AGS from the municipality list) or an organisation.
 * Own data: change-logged and undoable.
 */
export const partnerships = sqliteTable(
  'partnerships',
  {
    id: text('id').primaryKey(),
    measureId: text('measure_id').notNull().references(() => measures.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['ikz', 'efa', 'provider', 'science'] }).notNull(),
    /** AGS of the partner municipality; null for an organisation. */
    partnerAgs: text('partner_ags'),
    partnerName: text('partner_name').notNull(),
    agreement: text('agreement', { enum: ['loi', 'public_law', 'association', 'contract'] }),
    /** Share of the measure's cost the partner carries, in percent. */
    costShare: real('cost_share'),
    status: text('status', { enum: ['planned', 'negotiating', 'active', 'ended'] }).notNull(),
    contact: text('contact'),
    note: text('note'),
    origin: text('origin').notNull().default('local'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [index('partnerships_measure_idx').on(t.measureId), index('partnerships_ags_idx').on(t.partnerAgs)],
);

/**
 * Where an idea adopted from a peer came from. Copies publisher, pack and
 * licence (no foreign key to the peer rows): removing the pack keeps the record.
 */
export const peerAdoptions = sqliteTable(
  'peer_adoptions',
  {
    id: text('id').primaryKey(),
    /**
     * No foreign key on purpose: deleting the idea (an undoable step) must not
     * cascade this row away, or undo would bring the idea back without its origin.
     * Reads join ideas, so a row of a deleted idea is simply not shown.
     */
    ideaId: text('idea_id').notNull(),
    packId: text('pack_id').notNull(),
    projectId: text('project_id').notNull(),
    projectTitle: text('project_title').notNull(),
    packTitle: text('pack_title').notNull(),
    publisherName: text('publisher_name').notNull(),
    license: text('license').notNull(),
    origin: text('origin').notNull().default('local'),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (t) => [uniqueIndex('peer_adoptions_idea_idx').on(t.ideaId), index('peer_adoptions_project_idx').on(t.packId, t.projectId)],
);
