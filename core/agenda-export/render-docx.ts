/**
 * DOCX (Word): real heading styles (navigation pane), a table-of-contents
 * field Word fills on opening, tables with a repeating header row, charts as
 * PNG with alt text, and "Seite x von y" fields in the footer (not on the
 * title page). Built with the `docx` library.
 */
import {
  AlignmentType, BorderStyle, Document, Footer, HeadingLevel, ImageRun, Packer, PageBreak, PageNumber,
  Paragraph, ShadingType, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType,
} from 'docx';
import { columnShares } from './column-shares.ts';
import type { AgendaDocument, DocBlock, DocChart, DocTable } from '../../api/index.ts';
import { CHART_SIZE } from './chart-svg.ts';
import { pageOf, titleLines } from './model.ts';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BFC5CD' };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const FONT = 'Arial';

function textRuns(text: string, bold = false, italics = false): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, bold, italics, break: i > 0 ? 1 : 0 }));
}

function paragraphs(text: string, note?: boolean): Paragraph[] {
  return text.split(/\r?\n\s*\r?\n/).map((p) => p.trim()).filter(Boolean)
    .map((p) => new Paragraph({ children: textRuns(p, false, !!note), spacing: { after: 120 }, keepNext: p.endsWith(':') }));
}

/** A4 with 2.2 / 2 cm margins, in twips (1/1440 inch). */
const A4_TWIPS = { width: 11906, height: 16838 } as const;
const MARGIN_TWIPS = { top: 1134, bottom: 1134, left: 1247, right: 1134 } as const;
const TEXT_WIDTH_TWIPS = A4_TWIPS.width - MARGIN_TWIPS.left - MARGIN_TWIPS.right;

function cell(text: string, opts: { header?: boolean; right?: boolean; bold?: boolean; width?: number }): TableCell {
  return new TableCell({
    borders: BORDERS,
    shading: opts.header ? { type: ShadingType.CLEAR, fill: 'E8EEF5', color: 'auto' } : undefined,
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [new Paragraph({ alignment: opts.right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: textRuns(text, opts.header || opts.bold) })],
  });
}

function table(t: DocTable): (Paragraph | Table)[] {
  const right = (i: number) => t.columns[i]?.align === 'right';
  const shares = columnShares(t);
  const rows = [
    new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => cell(c.label, { header: true, right: right(i), width: shares[i] })) }),
    ...t.rows.map((r) => new TableRow({ cantSplit: true, children: t.columns.map((_, i) => cell(r[i] ?? '', { right: right(i), width: shares[i] })) })),
  ];
  if (t.footer) rows.push(new TableRow({ children: t.columns.map((_, i) => cell(t.footer?.[i] ?? '', { right: right(i), bold: true })) }));
  const out: (Paragraph | Table)[] = [];
  if (t.caption) out.push(new Paragraph({ children: [new TextRun({ text: t.caption, bold: true })], spacing: { before: 120, after: 60 }, keepNext: true }));
  // The grid in twips too: LibreOffice sizes columns from it, Word from the cell widths.
  out.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, columnWidths: shares.map((p) => Math.round((TEXT_WIDTH_TWIPS * p) / 100)), rows }));
  out.push(new Paragraph({ text: '', spacing: { after: 120 } }));
  return out;
}

function facts(items: { label: string; value: string }[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: items.map((f) => new TableRow({ cantSplit: true, children: [cell(f.label, { bold: true, width: 30 }), cell(f.value, { width: 70 })] })),
  });
}

function chart(c: DocChart, png: Uint8Array | undefined, doc: AgendaDocument): Paragraph[] {
  const caption = `${doc.labels.chart}: ${c.title}. ${c.summary}`;
  const width = 600;
  const out: Paragraph[] = [];
  if (png) {
    out.push(new Paragraph({
      keepNext: true,
      children: [new ImageRun({
        type: 'png', data: png,
        transformation: { width, height: Math.round((width * CHART_SIZE.height) / CHART_SIZE.width) },
        altText: { name: c.title, title: c.title, description: c.summary },
      })],
    }));
  }
  out.push(new Paragraph({ children: [new TextRun({ text: caption, italics: true, size: 18 })], spacing: { after: 120 } }));
  return out;
}

function block(b: DocBlock, doc: AgendaDocument, images: Map<DocChart, Uint8Array>): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return paragraphs(b.text, b.note);
    case 'list':
      return b.items.map((i) => new Paragraph({ children: textRuns(i), bullet: { level: 0 } }));
    case 'facts':
      return [facts(b.items), new Paragraph({ text: '', spacing: { after: 120 } })];
    case 'table':
      return table(b.table);
    case 'chart':
      return [...chart(b.chart, images.get(b.chart), doc), ...table(b.table)];
  }
}

function titlePage(doc: AgendaDocument): Paragraph[] {
  const [municipality = '', ...meta] = titleLines(doc);
  return [
    new Paragraph({ spacing: { before: 2400, after: 240 }, children: [new TextRun({ text: municipality, bold: true, size: 32, color: '1C4E80' })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: doc.title, size: 56, bold: true, color: '0F2A47' })], spacing: { after: 240 } }),
    ...(doc.subtitle ? [new Paragraph({ children: [new TextRun({ text: doc.subtitle, size: 28 })], spacing: { after: 480 } })] : []),
    ...meta.map((l) => new Paragraph({ children: [new TextRun({ text: l, size: 24 })], spacing: { after: 80 } })),
    new Paragraph({ children: [new PageBreak()] }),
  ];
}

export async function renderDocx(doc: AgendaDocument, images: Map<DocChart, Uint8Array>): Promise<Uint8Array> {
  const [before = '', rest = ''] = pageOf(doc, '\u0001', '\u0002').split('\u0001');
  const [middle = '', after = ''] = rest.split('\u0002');
  const footer = new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ size: 18, color: '4B5563', children: [before, PageNumber.CURRENT, middle, PageNumber.TOTAL_PAGES, after] })],
    })],
  });
  const body: (Paragraph | Table | TableOfContents)[] = [
    ...titlePage(doc),
    new Paragraph({ children: [new TextRun({ text: doc.labels.contents, bold: true, size: 32, color: '0F2A47' })], spacing: { after: 240 } }),
    new TableOfContents(doc.labels.contents, { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [new PageBreak()] }),
  ];
  doc.sections.forEach((s, i) => {
    const breakBefore = s.level === 1 && i > 0;
    body.push(new Paragraph({ heading: HEADINGS[s.level], pageBreakBefore: breakBefore, keepNext: true, children: [new TextRun({ text: s.heading })] }));
    for (const b of s.blocks) body.push(...block(b, doc, images));
  });
  const document = new Document({
    creator: doc.municipality,
    title: doc.title,
    description: `${doc.version} – ${doc.audience}`,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 21 } },
        heading1: { run: { font: FONT, size: 34, bold: true, color: '0F2A47' }, paragraph: { spacing: { before: 240, after: 160 } } },
        heading2: { run: { font: FONT, size: 28, bold: true, color: '0F2A47' }, paragraph: { spacing: { before: 280, after: 100 } } },
        heading3: { run: { font: FONT, size: 24, bold: true, color: '1C4E80' }, paragraph: { spacing: { before: 200, after: 80 } } },
      },
    },
    sections: [{
      properties: { titlePage: true, page: { size: { width: A4_TWIPS.width, height: A4_TWIPS.height }, margin: MARGIN_TWIPS } },
      footers: { default: footer, first: new Footer({ children: [new Paragraph({ text: '' })] }) },
      children: body,
    }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
