/**
 * Agenda export: the document a council member reads, as plain data
 * (`AgendaDocument`), and the options a user picks (format, sections,
 * audience). One model, five thin renderers (DOCX, ODT, PDF, HTML, Markdown):
 * the model decides every word, a renderer only decides how it looks.
 * Schemas and types only; imports zod (never contract.ts: contract imports this file).
 */
import { z } from 'zod';

export const EXPORT_FORMATS = ['docx', 'odt', 'pdf', 'html', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The parts of the document a user can leave out (title page and contents always stay). */
export const EXPORT_SECTIONS = ['vision', 'situation', 'fields', 'roadmap', 'financing', 'charts', 'factSheets'] as const;
export type ExportSection = (typeof EXPORT_SECTIONS)[number];

/** council: the full draft; public: without costs and personal names. */
export const EXPORT_AUDIENCES = ['council', 'public'] as const;
export type ExportAudience = (typeof EXPORT_AUDIENCES)[number];

export const exportAgendaInput = z.object({
  agendaId: z.string().min(1).max(64),
  versionNumber: z.number().int().min(1).max(100_000).optional(),
  format: z.enum(EXPORT_FORMATS),
  sections: z.array(z.enum(EXPORT_SECTIONS)).min(1, { message: 'export_sections_empty' }).max(EXPORT_SECTIONS.length)
    .default([...EXPORT_SECTIONS]).transform((s) => [...new Set(s)]),
  audience: z.enum(EXPORT_AUDIENCES).default('council'),
});

/** The exported file: bytes plus a name that is safe on every file system. */
export interface AgendaExport {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export const EXPORT_MIME: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  pdf: 'application/pdf',
  html: 'text/html',
  md: 'text/markdown',
};

// --- the document model ---

export interface DocChartSeries {
  name: string;
  values: number[];
}

/** A chart as data; each renderer draws it (image or SVG) and adds its table. */
export interface DocChart {
  kind: 'bar' | 'line';
  title: string;
  /** Unit of the values, e.g. "€" or "Maßnahmen". */
  unit: string;
  categories: string[];
  series: DocChartSeries[];
  /** The text alternative: what the chart shows, in one or two sentences. */
  summary: string;
}

export interface DocTable {
  caption: string | null;
  columns: { label: string; align: 'left' | 'right' }[];
  rows: string[][];
  /** A bold closing row (sums). */
  footer: string[] | null;
}

export type DocBlock =
  | { kind: 'paragraph'; text: string; note?: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'facts'; items: { label: string; value: string }[] }
  | { kind: 'table'; table: DocTable }
  | { kind: 'chart'; chart: DocChart; table: DocTable };

/** Sections are flat with a level (1–3): the outline, bookmarks and contents follow from it. */
export interface DocSection {
  level: 1 | 2 | 3;
  heading: string;
  blocks: DocBlock[];
}

/** Fixed words the renderers need around the content, in the document's language. */
export interface DocLabels {
  contents: string;
  /** "Seite {page} von {pages}" */
  pageOf: string;
  chart: string;
}

export interface AgendaDocument {
  lang: 'de' | 'en';
  title: string;
  subtitle: string | null;
  municipality: string;
  /** e.g. "Version 3 – beschlossen". */
  version: string;
  /** Already formatted, e.g. "22.11.2026". */
  date: string;
  /** e.g. "Fassung für den Rat". */
  audience: string;
  labels: DocLabels;
  sections: DocSection[];
}
