/**
 * Spreadsheets: the portfolio table exported as XLSX, ODS or CSV, and project
 * lists imported from CSV, XLSX or ODS (preview first, then one undo step).
 * Schemas and types only; imports zod and api/ (never contract.ts).
 */
import { z } from 'zod';
import type { Phase } from './domain.ts';
import { viewConfig } from './views.ts';

export const SHEET_FORMATS = ['xlsx', 'ods', 'csv'] as const;
export type SheetFileFormat = (typeof SHEET_FORMATS)[number];

export const SHEET_LIMITS = {
  /** Bytes of an imported file (checked before anything reads it). */
  importBytes: 20 * 1024 * 1024,
  /** Data rows of one import: a large Kreis has about 10,000 measures. */
  importRows: 20_000,
  fileName: 200,
  /** Row errors listed in a preview (the count is always complete). */
  errorsShown: 500,
  /** Rows shown in the preview table. */
  sampleRows: 10,
} as const;

/** The measure fields a spreadsheet column can fill. */
export const PROJECT_COLUMNS = [
  'title', 'description', 'field', 'phase', 'priority', 'start', 'end', 'leadUnit', 'projectLead', 'budget',
  'progress', 'tags', 'must', 'efa', 'ikzPartners', 'goals',
] as const;
export type ProjectColumn = (typeof PROJECT_COLUMNS)[number];

const sheetBytes = z
  .custom<Uint8Array>((v) => v instanceof Uint8Array)
  .refine((b) => b.length > 0, { message: 'sheet_empty' })
  .refine((b) => b.length <= SHEET_LIMITS.importBytes, { message: 'sheet_too_large' });

export const projectImportInput = z.object({
  bytes: sheetBytes,
  /** The file's name: tells XLSX from ODS and names the import in the undo notice. */
  fileName: z.string().trim().min(1).max(SHEET_LIMITS.fileName),
  /** When rows have errors: write the valid ones anyway (the CDO chose this explicitly). */
  skipInvalid: z.boolean().default(false),
});

export const exportPortfolioInput = z.object({
  format: z.enum(SHEET_FORMATS),
  /** The table as the CDO sees it: its columns, filters and sort. */
  config: viewConfig.prefault({}),
});

/** Why a column of the file is not imported. */
export type IgnoredReason = 'unknown' | 'computed' | 'duplicate' | 'empty';

export interface ProjectImportColumn {
  /** The header as written in the file. */
  header: string;
  /** The measure field it fills, or null when it is not imported. */
  column: ProjectColumn | null;
  ignored: IgnoredReason | null;
}

export interface ProjectImportRowError {
  /** Row number as the spreadsheet shows it. */
  row: number;
  /** The header of the column at fault, if it is one column. */
  header: string | null;
  message: string;
}

/** A row of the preview table: what will become of it. */
export interface ProjectImportSample {
  row: number;
  action: 'add' | 'update' | 'unchanged';
  title: string;
  fieldName: string | null;
  phase: Phase;
  start: string | null;
  end: string | null;
  budget: number | null;
}

export interface ProjectImport {
  format: SheetFileFormat;
  /** CSV only. */
  encoding: 'utf-8' | 'windows-1252' | null;
  delimiter: ';' | ',' | null;
  /** XLSX/ODS: the table read, and how many the file has. */
  sheetName: string | null;
  sheetCount: number;
  columns: ProjectImportColumn[];
  /** Data rows (empty rows not counted). */
  rowCount: number;
  add: number;
  update: number;
  unchanged: number;
  /** Rows with at least one error. */
  errorRows: number;
  errors: ProjectImportRowError[];
  sample: ProjectImportSample[];
  /** Field-of-action names in the file that this workspace does not have: those measures come without a field. */
  unknownFields: string[];
  /** Formula cells whose stored result was taken (never computed). */
  formulas: number;
  /** True only for importProjects when rows were written. */
  written: boolean;
}

export interface PortfolioExport {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  rows: number;
}
