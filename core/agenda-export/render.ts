/**
 * One model, five thin renderers: picks the renderer for a format, after
 * removing characters no format can carry and drawing the charts once.
 */
import type { AgendaDocument, ExportFormat } from '../../api/index.ts';
import { chartImages } from './chart-png.ts';
import { chartsOf, cleanDocument } from './model.ts';
import { renderDocx } from './render-docx.ts';
import { renderHtml } from './render-html.ts';
import { renderMarkdown } from './render-md.ts';
import { renderOdt } from './render-odt.ts';
import { renderPdf } from './render-pdf.ts';

/** `onChart` hears of each chart drawn (the slow part of DOCX, ODT and PDF), for a progress bar. */
export async function renderDocument(source: AgendaDocument, format: ExportFormat, onChart?: (done: number) => void): Promise<Uint8Array> {
  const doc = cleanDocument(source);
  if (format === 'md') return renderMarkdown(doc);
  if (format === 'html') return renderHtml(doc);
  const images = await chartImages(chartsOf(doc), doc.lang, onChart);
  if (format === 'docx') return renderDocx(doc, images);
  if (format === 'odt') return renderOdt(doc, images);
  return renderPdf(doc, images);
}
