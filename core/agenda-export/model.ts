/** Small reads of the document model shared by the renderers. */
import type { AgendaDocument, DocChart, DocSection } from '../../api/index.ts';

/** Headings that appear in the table of contents (the appendix's fact sheets too). */
export function contentsEntries(doc: AgendaDocument): DocSection[] {
  return doc.sections.filter((s) => s.level <= 2);
}

export function chartsOf(doc: AgendaDocument): DocChart[] {
  return doc.sections.flatMap((s) => s.blocks.flatMap((b) => (b.kind === 'chart' ? [b.chart] : [])));
}

export function pageOf(doc: AgendaDocument, page: number | string, pages: number | string): string {
  return doc.labels.pageOf.replace('{page}', String(page)).replace('{pages}', String(pages));
}

/** The lines of the title page under the title, in order. */
export function titleLines(doc: AgendaDocument): string[] {
  return [doc.municipality, doc.version, doc.date, doc.audience];
}

/**
 * Characters no document format can carry (C0 controls, lone surrogates,
 * U+FFFE/FFFF) removed from every text, once, before any renderer runs: XML
 * 1.0 rejects them and a PDF would show boxes. Tabs and line breaks stay.
 */
// oxlint-disable-next-line no-control-regex -- exactly these characters are the point
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(UNSAFE, '');
}

/** Applies `fn` to every string of a document (a copy; the source stays as it was). */
export function mapTexts<T>(value: T, fn: (text: string) => string): T {
  if (typeof value === 'string') return fn(value) as T;
  if (Array.isArray(value)) return value.map((v) => mapTexts(v, fn)) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapTexts(v, fn)])) as T;
  }
  return value;
}

export function cleanDocument<T>(value: T): T {
  return mapTexts(value, cleanText);
}
