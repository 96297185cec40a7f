/**
 * Peer library, "who has the same idea?" and cooperation: imported peer
 * projects (read-only), matches between own ideas/measures and peer projects
 * with the reasons they matched, adopting a peer project as an own idea, and
 * partnerships of measures. Schemas and types only; imports zod and
 * api/packs.ts (never contract.ts: contract imports this file).
 */
import { z } from 'zod';
import { PEER_STATUSES, type PeerStatus } from './packs.ts';

export const PARTNERSHIP_KINDS = ['ikz', 'efa', 'provider', 'science'] as const;
export type PartnershipKind = (typeof PARTNERSHIP_KINDS)[number];
export const AGREEMENT_TYPES = ['loi', 'public_law', 'association', 'contract'] as const;
export type AgreementType = (typeof AGREEMENT_TYPES)[number];
export const PARTNERSHIP_STATUSES = ['planned', 'negotiating', 'active', 'ended'] as const;
export type PartnershipStatus = (typeof PARTNERSHIP_STATUSES)[number];

export const PEER_LIMITS = { name: 200, text: 2000, query: 200, page: 500, matches: 50 } as const;

const id = z.string().min(1).max(64);
const optText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

// --- library ---

export const PEER_SORT_KEYS = ['title', 'publisher', 'start', 'budget', 'importedAt'] as const;

export const listPeerProjectsInput = z.object({
  query: z.string().trim().max(PEER_LIMITS.query).optional(),
  /** Local field of action; "none" lists the projects whose field is unassigned. */
  fieldId: id.optional(),
  ozgId: z.string().regex(/^\d{1,10}$/, { message: 'ozg_id_format' }).optional(),
  status: z.enum(PEER_STATUSES).optional(),
  /** The imported pack (its row id). */
  packId: id.optional(),
  publisher: z.string().trim().max(PEER_LIMITS.name).optional(),
  /** Two-digit Land key of the publisher's AGS ("05" = Nordrhein-Westfalen). */
  land: z.string().regex(/^\d{2}$/, { message: 'land_format' }).optional(),
  /** Projects running in this year (start ≤ year ≤ end). */
  year: z.number().int().min(1990).max(2100).optional(),
  budgetMin: z.number().finite().min(0).max(1e12).optional(),
  budgetMax: z.number().finite().min(0).max(1e12).optional(),
  sort: z.enum(PEER_SORT_KEYS).default('title'),
  dir: z.enum(['asc', 'desc']).default('asc'),
  limit: z.number().int().min(1).max(PEER_LIMITS.page).default(100),
  offset: z.number().int().min(0).default(0),
}).refine((q) => q.budgetMin === undefined || q.budgetMax === undefined || q.budgetMax >= q.budgetMin, { path: ['budgetMax'], message: 'budget_range' });

/** Where a peer project came from: shown on every peer project. */
export interface PeerSource {
  packId: string;
  packTitle: string;
  publisherName: string;
  publisherAgs: string | null;
  license: string;
  signed: boolean;
  importedAt: string;
}

export interface PeerProjectSummary extends PeerSource {
  id: string;
  title: string;
  summary: string | null;
  field: string | null;
  fieldId: string | null;
  fieldName: string | null;
  status: PeerStatus | null;
  start: string | null;
  end: string | null;
  budget: number | null;
  ozgIds: string[];
  tags: string[];
}

export interface PeerProject extends PeerProjectSummary {
  description: string | null;
  leikaIds: string[];
  funding: { program: string; amount: number | null }[];
  partners: { name: string; ags: string | null }[];
  links: { title: string; url: string }[];
  contactName: string | null;
  contactEmail: string | null;
  results: string | null;
  lessonsLearned: string | null;
  /** The own idea this project was adopted as, if any. */
  adoptedAs: { ideaId: string; title: string } | null;
}

export interface PeerProjectPage {
  total: number;
  rows: PeerProjectSummary[];
}

export interface PeerFacets {
  total: number;
  publishers: { name: string; count: number }[];
  lands: { key: string; name: string; count: number }[];
  statuses: { status: PeerStatus; count: number }[];
  fields: { fieldId: string | null; name: string | null; count: number }[];
  ozg: { ozgId: string; name: string | null; count: number }[];
  years: { min: number; max: number } | null;
}

// --- matching ---

/** Why two projects matched, in parts the UI turns into words. */
export type PeerMatchReason =
  | { kind: 'words'; words: string[] }
  | { kind: 'ozg'; services: { ozgId: string; name: string | null }[] }
  | { kind: 'field'; name: string }
  | { kind: 'tags'; tags: string[] };

/** high / medium / low: people read a word, not a score. */
export type PeerMatchStrength = 'high' | 'medium' | 'low';

export interface PeerMatch {
  project: PeerProjectSummary;
  score: number;
  strength: PeerMatchStrength;
  reasons: PeerMatchReason[];
}

export const OWN_KINDS = ['idea', 'measure'] as const;
export type OwnKind = (typeof OWN_KINDS)[number];

export interface OwnMatch {
  kind: OwnKind;
  id: string;
  title: string;
  score: number;
  strength: PeerMatchStrength;
  reasons: PeerMatchReason[];
}

export const findPeerMatchesInput = z.object({
  kind: z.enum(OWN_KINDS),
  id,
  limit: z.number().int().min(1).max(PEER_LIMITS.matches).default(10),
});

export const findOwnMatchesInput = z.object({
  peerProjectId: id,
  limit: z.number().int().min(1).max(PEER_LIMITS.matches).default(10),
});

export const peerMatchOverviewInput = z.object({
  perItem: z.number().int().min(1).max(10).default(3),
});

export interface PeerMatchOverviewItem {
  kind: OwnKind;
  id: string;
  title: string;
  matches: PeerMatch[];
}

export interface PeerMatchOverview {
  /** How many peer projects were searched. */
  peerCount: number;
  items: PeerMatchOverviewItem[];
}

// --- adopt ---

export const adoptPeerProjectInput = z.object({
  peerProjectId: id,
  /** The local field for the new idea; defaults to the project's mapped field. */
  fieldId: id.nullish().transform((v) => v ?? null),
});

/** The origin of an idea adopted from a peer project. */
export interface PeerAdoption {
  id: string;
  ideaId: string;
  ideaTitle: string;
  packId: string;
  projectId: string;
  projectTitle: string;
  packTitle: string;
  publisherName: string;
  license: string;
  createdAt: string;
}

export const listPeerAdoptionsInput = z.object({ ideaId: id.optional() });

// --- partnerships ---

export const partnershipInput = z
  .object({
    id: id.optional(),
    measureId: id,
    kind: z.enum(PARTNERSHIP_KINDS),
    /** A municipality from the list (its AGS) … */
    partnerAgs: z.string().regex(/^\d{5}(\d{3})?$/, { message: 'ags_format' }).nullish().or(z.literal('')).transform((v) => v || null),
    /** … or an organisation's name (ignored when an AGS is given: the list's name is used). */
    partnerName: optText(PEER_LIMITS.name),
    agreement: z.enum(AGREEMENT_TYPES).nullish().or(z.literal('')).transform((v) => v || null),
    costShare: z.number().finite().min(0).max(100).nullish().transform((v) => v ?? null),
    status: z.enum(PARTNERSHIP_STATUSES).default('planned'),
    contact: optText(PEER_LIMITS.name),
    note: optText(PEER_LIMITS.text),
  })
  .refine((p) => !!p.partnerAgs || !!p.partnerName, {
    path: ['partnerName'],
    message: 'partner_missing',
    // Checked even when other fields are wrong, so every problem shows at once.
    when: (p) => !p.issues.some((i) => i.path?.[0] === 'partnerAgs' || i.path?.[0] === 'partnerName'),
  });

export const listPartnershipsInput = z.object({ measureId: id.optional() });

export interface Partnership {
  id: string;
  measureId: string;
  measureTitle: string;
  kind: PartnershipKind;
  partnerAgs: string | null;
  partnerName: string;
  /** "Stadt", "Kreis" … and the Land, for a municipality from the list. */
  partnerType: string | null;
  partnerLand: string | null;
  agreement: AgreementType | null;
  costShare: number | null;
  status: PartnershipStatus;
  contact: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The partner view: one row per partner, with what we do together. */
export interface PartnerSummary {
  partnerAgs: string | null;
  partnerName: string;
  partnerType: string | null;
  partnerLand: string | null;
  partnerships: Partnership[];
}
