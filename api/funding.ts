/**
 * Funding (Förderung): the catalogue of funding programmes the CDO maintains
 * (also imported from CSV), the applications of measures, upcoming deadlines
 * and programmes suggested for a measure. Schemas and types only; imports zod
 * and api/domain.ts (never contract.ts: contract imports this file).
 */
import { z } from 'zod';
import { isoDate } from './domain.ts';

export const FUNDERS = ['eu', 'bund', 'land', 'foundation', 'other'] as const;
export type Funder = (typeof FUNDERS)[number];

export const APPLICATION_STATUSES = ['planned', 'submitted', 'approved', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const FUNDING_LIMITS = {
  name: 200, list: 2000, url: 2000, text: 20_000, query: 200,
  /** CSV import caps. */
  importBytes: 2 * 1024 * 1024, importRows: 5000, importCell: 2000,
} as const;

const id = z.string().min(1).max(64);
const optText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const optDate = isoDate.nullish().or(z.literal('')).transform((v) => v || null);
const percent = z.number().finite().min(0).max(100).nullish().transform((v) => v ?? null);
const amount = z.number().finite().min(0).max(1e12).nullish().transform((v) => v ?? null);

/** Only web addresses: a `javascript:` or `file:` link in the catalogue would be a trap when clicked. */
export function isWebUrl(text: string): boolean {
  try {
    const u = new URL(text);
    return (u.protocol === 'https:' || u.protocol === 'http:') && !!u.hostname;
  } catch {
    return false;
  }
}

export const webUrl = z.string().trim().max(FUNDING_LIMITS.url).refine((v) => v === '' || isWebUrl(v), { message: 'programme_url_scheme' });

export const programmeInput = z.object({
  id: id.optional(),
  name: z.string().trim().min(1).max(FUNDING_LIMITS.name),
  funder: z.enum(FUNDERS),
  /** Percent of the eligible costs the programme pays at most (0–100). */
  maxQuota: percent,
  /** Percent the municipality must pay itself at least (0–100). */
  minOwnShare: percent,
  eligible: optText(FUNDING_LIMITS.list),
  /** Fields of action the programme funds, free text (comma-separated for matching). */
  fields: optText(FUNDING_LIMITS.list),
  keywords: optText(FUNDING_LIMITS.list),
  deadline: optDate,
  url: webUrl.nullish().transform((v) => v || null),
  description: optText(FUNDING_LIMITS.text),
});

export const listProgrammesInput = z.object({
  query: z.string().trim().max(FUNDING_LIMITS.query).optional(),
  funder: z.enum(FUNDERS).optional(),
});

export const programmeRef = z.object({ id });
/** Deleting a programme that has applications deletes them too: the caller confirms that. */
export const deleteProgrammeInput = z.object({ id, confirm: z.boolean().default(false) });

export interface FundingProgramme {
  id: string;
  name: string;
  funder: Funder;
  maxQuota: number | null;
  minOwnShare: number | null;
  eligible: string | null;
  fields: string | null;
  keywords: string | null;
  deadline: string | null;
  url: string | null;
  description: string | null;
  /** Applications of measures to this programme. */
  applicationCount: number;
  origin: string;
  createdAt: string;
  updatedAt: string;
}

export interface FundingProgrammeList {
  total: number;
  rows: FundingProgramme[];
}

// --- CSV / XLSX / ODS import ---

/** The catalogue columns a CSV column can map to. */
export const PROGRAMME_COLUMNS = ['name', 'funder', 'maxQuota', 'minOwnShare', 'eligible', 'fields', 'keywords', 'deadline', 'url', 'description'] as const;
export type ProgrammeColumn = (typeof PROGRAMME_COLUMNS)[number];

export const importProgrammesInput = z.object({
  // Any Uint8Array (a Node Buffer too), whatever its backing buffer.
  bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array).refine((b) => b.length <= FUNDING_LIMITS.importBytes, { message: 'import_too_large' }),
  /** false: answer the preview and write nothing; true: write every valid row in one step. */
  confirm: z.boolean().default(false),
  /** With confirm: write the valid rows even though other rows have errors. */
  skipInvalid: z.boolean().default(false),
  /** Names the import in the undo notice and history. */
  fileName: z.string().trim().max(200).optional(),
});

export interface ImportColumn {
  /** The header as written in the file. */
  header: string;
  /** The catalogue column it fills, or null when it is ignored. */
  column: ProgrammeColumn | null;
}

export interface ImportRowRef {
  /** Row number as a spreadsheet shows it (the header is row 1). */
  row: number;
  name: string;
}

export interface ImportUpdateRef extends ImportRowRef {
  id: string;
  /** The catalogue columns whose value changes. */
  changes: ProgrammeColumn[];
}

export interface ImportRowError {
  row: number;
  /** The header of the column at fault, if it is one column. */
  header: string | null;
  message: string;
}

export interface ProgrammeImport {
  /** CSV, or an Excel/LibreOffice table read through the shared spreadsheet reader. */
  format: 'csv' | 'xlsx' | 'ods';
  /** CSV only (null for XLSX and ODS). */
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: ';' | ',' | null;
  columns: ImportColumn[];
  /** Data rows in the file (empty rows not counted). */
  rowCount: number;
  add: ImportRowRef[];
  update: ImportUpdateRef[];
  /** Rows for programmes that exist already with exactly these values. */
  unchanged: ImportRowRef[];
  errors: ImportRowError[];
  /** Text cells beginning with = + - or @: kept as plain text, never evaluated. */
  formulaLike: number;
  /** True only when confirm was given and rows were written. */
  written: boolean;
}

// --- applications ---

export const applicationInput = z
  .object({
    id: id.optional(),
    measureId: id,
    programmeId: id,
    status: z.enum(APPLICATION_STATUSES).default('planned'),
    amountRequested: amount,
    amountApproved: amount,
    submittedOn: optDate,
    decisionOn: optDate,
    reportingDeadline: optDate,
    note: optText(FUNDING_LIMITS.text),
  })
  .refine((a) => a.amountApproved === null || a.amountRequested === null || a.amountApproved <= a.amountRequested, {
    path: ['amountApproved'],
    message: 'application_approved_above_requested',
    when: (p) => !p.issues.some((i) => i.path?.[0] === 'amountApproved' || i.path?.[0] === 'amountRequested'),
  })
  .refine((a) => !a.decisionOn || !a.submittedOn || a.decisionOn >= a.submittedOn, {
    path: ['decisionOn'],
    message: 'application_decision_before_submission',
    when: (p) => !p.issues.some((i) => i.path?.[0] === 'decisionOn' || i.path?.[0] === 'submittedOn'),
  });

export const listApplicationsInput = z.object({ measureId: id.optional(), programmeId: id.optional() });
export const applicationRef = z.object({ id });

export interface FundingApplication {
  id: string;
  measureId: string;
  measureTitle: string;
  programmeId: string;
  programmeName: string;
  funder: Funder;
  status: ApplicationStatus;
  amountRequested: number | null;
  amountApproved: number | null;
  submittedOn: string | null;
  decisionOn: string | null;
  reportingDeadline: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
}

// --- deadlines and matching ---

export const deadlinesInput = z.object({ days: z.number().int().min(1).max(730).default(90) });

export interface FundingDeadline {
  kind: 'application' | 'reporting';
  date: string;
  /** Days from today (0 = today). */
  daysLeft: number;
  programmeId: string;
  programmeName: string;
  /** For reporting deadlines: the application and its measure. */
  applicationId: string | null;
  measureId: string | null;
  measureTitle: string | null;
}

export const suggestInput = z.object({ measureId: id, limit: z.number().int().min(1).max(50).default(10) });

export interface MatchReason {
  /** "field": the measure's field of action is one the programme funds; "keyword": a programme keyword occurs in the measure. */
  kind: 'field' | 'keyword';
  /** The programme's field or keyword as written in the catalogue. */
  term: string;
  /** What of the measure matched (its field name, or a word of its title, description or tags). */
  matched: string;
}

export interface ProgrammeSuggestion {
  programme: FundingProgramme;
  score: number;
  reasons: MatchReason[];
}
