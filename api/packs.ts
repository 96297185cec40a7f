/**
 * Peer packs (`.cdopack`): preview and import a pack from a peer municipality,
 * list and remove imported packs, export own measures as a pack, the
 * workspace's signing key. Schemas and types only; imports zod only.
 */
import { z } from 'zod';

/** Caps from QUALITY.md "Security", checked before anything is parsed. */
export const PACK_LIMITS = {
  /** The .cdopack file itself. */
  packBytes: 50 * 1024 * 1024,
  /** All entries inflated together. */
  unpackedBytes: 200 * 1024 * 1024,
  entries: 5000,
  /** Inflated ÷ compressed, per entry and overall. */
  ratio: 100,
  jsonDepth: 32,
  /** Any single JSON string (a description is far shorter). */
  stringChars: 100_000,
  projects: 20_000,
  /** Field texts the CDO can map in one import. */
  fieldMappings: 1000,
} as const;

/** The pack format version this app reads and writes. */
export const PACK_FORMAT_VERSION = 1;

export const PACK_LICENSES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0', 'dl-de/by-2-0', 'dl-de/zero-2-0'] as const;
export type PackLicense = (typeof PACK_LICENSES)[number];

/** Project status values of the pack format (not the local phases). */
export const PEER_STATUSES = ['idea', 'planned', 'in_progress', 'operating', 'completed', 'stopped'] as const;
export type PeerStatus = (typeof PEER_STATUSES)[number];

const id = z.string().min(1).max(64);
// Any Uint8Array (a Node Buffer too), whatever its backing buffer.
const packBytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'pack_bytes_missing' })
  .refine((b) => b.length <= PACK_LIMITS.packBytes, { message: 'pack_too_large' });
const fileName = z.string().trim().max(255).optional();

export const previewPackImportInput = z.object({ bytes: packBytes, fileName });

/** The CDO's choice for one field text of the pack: a local field or null (unassigned). */
export const packFieldMapping = z.object({
  packField: z.string().max(500),
  fieldId: id.nullable(),
});

export const importPackInput = z.object({
  bytes: packBytes,
  fileName,
  /** Choices from the preview; remembered for this publisher. Texts not listed use the automatic mapping. */
  fieldMappings: z.array(packFieldMapping).max(PACK_LIMITS.fieldMappings).default([]),
});

export const peerPackRef = z.object({ id });

export const exportPackInput = z.object({
  /** Measures to share; with neither this nor viewId every measure is exported. */
  measureIds: z.array(id).max(20_000).optional(),
  /** A saved portfolio view whose measures are exported. */
  viewId: id.optional(),
  title: z.string().trim().max(200).optional(),
  license: z.enum(PACK_LICENSES).default('CC-BY-4.0'),
  /** false: contacts are reduced to the workspace's function mailbox, names of people left out. */
  includePersonalData: z.boolean().default(false),
  sign: z.boolean().default(false),
  /** The function mailbox peers may write to (e.g. digital@stadt.de); never a person's address unless includePersonalData. */
  contactEmail: z.string().trim().max(200).regex(/^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/, { message: 'pack_email_invalid' }).optional(),
}).refine((i) => !(i.measureIds && i.viewId), { path: ['viewId'], message: 'pack_export_one_choice' });

export const demoPackRef = z.object({ id: z.string().regex(/^[a-z0-9-]{1,40}$/) });

export interface PackPublisher {
  name: string;
  ags: string | null;
  contactName: string | null;
  contactEmail: string | null;
}

/** Something a CDO should know before importing (unknown keys, dropped links…), already in plain words. */
export interface PackNote {
  kind: 'unsigned' | 'unknown_keys' | 'dropped_links' | 'html_text' | 'attachments_skipped' | 'unmapped_fields' | 'publisher_changed';
  message: string;
  /** Affected projects (or keys). */
  count: number;
}

export type PackFieldMatch = 'exact' | 'synonym' | 'remembered' | 'none';

export interface PackFieldSuggestion {
  /** The field text as written in the pack. */
  packField: string;
  projectCount: number;
  /** Proposed local field (null: unassigned). */
  fieldId: string | null;
  fieldName: string | null;
  match: PackFieldMatch;
}

export interface PackPreview {
  packId: string;
  title: string;
  createdAt: string;
  language: string | null;
  publisher: PackPublisher;
  license: string;
  signed: boolean;
  /** Grouped hex SHA-256 of the signing key, e.g. "3F2A 91C0 …"; null when unsigned. */
  fingerprint: string | null;
  /** This workspace's own key signed it (an own export re-imported). */
  ownKey: boolean;
  projectCount: number;
  /** new: never imported; update: newer version of an import; same: identical version; older: an older version than the one imported. */
  state: 'new' | 'update' | 'same' | 'older';
  previous: { importedAt: string; createdAt: string; projectCount: number } | null;
  counts: { new: number; updated: number; unchanged: number; removed: number };
  fields: PackFieldSuggestion[];
  notes: PackNote[];
  /** First projects, for a glance (titles are plain text). */
  sample: { id: string; title: string; field: string | null; status: PeerStatus | null }[];
}

export interface PackImportResult {
  /** Row id of the imported pack (see listPeerPacks). */
  id: string;
  packId: string;
  title: string;
  state: PackPreview['state'];
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export interface PeerPack {
  id: string;
  packId: string;
  title: string;
  publisher: PackPublisher;
  license: string;
  language: string | null;
  createdAt: string;
  signed: boolean;
  fingerprint: string | null;
  fileName: string | null;
  projectCount: number;
  notes: string[];
  importedAt: string;
  updatedAt: string;
}

export interface PackExport {
  bytes: Uint8Array;
  fileName: string;
  projectCount: number;
  signed: boolean;
  fingerprint: string | null;
}

export interface PackSigningKey {
  fingerprint: string;
  /** Raw Ed25519 public key, base64 (safe to share). */
  publicKey: string;
  createdAt: string;
}

export interface DemoPack {
  id: string;
  title: string;
  publisher: string;
  projectCount: number;
}

export interface DemoPackFile {
  bytes: Uint8Array;
  fileName: string;
}
