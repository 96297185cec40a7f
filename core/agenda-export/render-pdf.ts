/**
 * PDF (final version, A4): title page, a contents page with page numbers and
 * links, bookmarks (outline) for every heading, tables with a header row
 * repeated after a page break, charts as images, "Seite x von y" in the
 * footer. Drawn with pdfkit and the embedded DejaVu fonts; pages are buffered
 * so contents and footers are written once the page numbers are known.
 */
import type { AgendaDocument, DocBlock, DocChart, DocSection, DocTable } from '../../api/index.ts';
import { CHART_SIZE } from './chart-svg.ts';
import { fontPaths, requireHere } from './fonts.ts';
import { chartsOf, contentsEntries, mapTexts, pageOf, titleLines } from './model.ts';

/**
 * Loaded through Node's require when the first PDF is made, not bundled:
 * esbuild would take pdfkit's ES module build, which locates its data files
 * with import.meta.url (empty in our CommonJS bundles) and crashes on load.
 */
const pdfkit = () => requireHere('pdfkit') as typeof import('pdfkit');
type Pdf = PDFKit.PDFDocument;
const MARGIN = { top: 62, bottom: 70, left: 64, right: 60 };
const INK = '#1f2937', NAVY = '#0f2a47', BLUE = '#1c4e80', GREY = '#4b5563', RULE = '#bfc5cd', HEAD_FILL = '#e8eef5';
const BODY = 10.5;
const TOC_LINE = 17;

class PdfWriter {
  readonly pdf: Pdf;
  private readonly width: number;
  private readonly headingPages = new Map<DocSection, number>();
  private outlineParents: PDFKit.PDFOutline[] = [];
  /**
   * The regular face is the document's default font, cached by pdfkit under its
   * path. Registering it under a second name would make pdfkit parse the TTF
   * again on every font switch (8 ms each; it never caches an equal font twice).
   */
  private readonly regular = fontPaths.regular();

  constructor(private readonly doc: AgendaDocument, private readonly images: Map<DocChart, Uint8Array>) {
    const PDFDocument = pdfkit();
    this.pdf = new PDFDocument({
      size: 'A4', margins: MARGIN, bufferPages: true, font: fontPaths.regular(), lang: doc.lang === 'de' ? 'de-DE' : 'en-GB',
      displayTitle: true, info: { Title: doc.title, Author: doc.municipality, Subject: `${doc.version} – ${doc.audience}`, Creator: 'CDO-Cockpit' },
    });
    this.pdf.registerFont('Bold', fontPaths.bold());
    this.width = this.pdf.page.width - MARGIN.left - MARGIN.right;
  }

  private get bottom(): number {
    return this.pdf.page.height - MARGIN.bottom;
  }

  private ensure(height: number): void {
    if (this.pdf.y + height > this.bottom) this.pdf.addPage();
  }

  private currentPage(): number {
    const range = this.pdf.bufferedPageRange();
    return range.start + range.count - 1;
  }

  titlePage(): void {
    const pdf = this.pdf;
    const [municipality = '', ...meta] = titleLines(this.doc);
    pdf.rect(MARGIN.left - 20, 230, 6, 300).fill(BLUE);
    pdf.font('Bold').fontSize(16).fillColor(BLUE).text(municipality, MARGIN.left, 240, { width: this.width });
    pdf.moveDown(0.6).font('Bold').fontSize(28).fillColor(NAVY).text(this.doc.title, { width: this.width });
    if (this.doc.subtitle) pdf.moveDown(0.3).font(this.regular).fontSize(14).fillColor(INK).text(this.doc.subtitle, { width: this.width });
    pdf.moveDown(1.2).font(this.regular).fontSize(12).fillColor(INK);
    for (const line of meta) pdf.text(line, { width: this.width }).moveDown(0.2);
  }

  /** Blank pages for the contents, filled in at the end. */
  reserveContents(): number {
    const entries = contentsEntries(this.doc).length;
    const firstPage = Math.floor((this.bottom - MARGIN.top - 50) / TOC_LINE);
    const perPage = Math.floor((this.bottom - MARGIN.top) / TOC_LINE);
    const pages = 1 + Math.max(0, Math.ceil((entries - firstPage) / perPage));
    this.pdf.addPage();
    const start = this.currentPage();
    for (let i = 1; i < pages; i++) this.pdf.addPage();
    return start;
  }

  heading(s: DocSection, index: number): void {
    const pdf = this.pdf;
    const size = s.level === 1 ? 18 : s.level === 2 ? 14 : 12;
    if (s.level === 1) pdf.addPage();
    else {
      this.ensure(size * 5);
      pdf.moveDown(0.8);
    }
    this.headingPages.set(s, this.currentPage());
    const dest = `h${index + 1}`;
    pdf.font('Bold').fontSize(size).fillColor(NAVY).text(s.heading, MARGIN.left, pdf.y, { width: this.width, destination: dest });
    if (s.level === 1) {
      pdf.moveTo(MARGIN.left, pdf.y + 2).lineTo(MARGIN.left + this.width, pdf.y + 2).lineWidth(1.5).strokeColor(BLUE).stroke();
      pdf.moveDown(0.8);
    } else pdf.moveDown(0.35);
    // Bookmarks: level 1 at the top, deeper levels under the last heading one level up.
    const parent = s.level === 1 ? pdf.outline : (this.outlineParents[s.level - 2] ?? pdf.outline);
    this.outlineParents[s.level - 1] = parent.addItem(s.heading);
    this.outlineParents.length = s.level;
  }

  paragraph(text: string, note?: boolean): void {
    for (const p of text.split(/\r?\n\s*\r?\n/).map((x) => x.trim()).filter(Boolean)) {
      // A lead-in ("Operatives Ziel:") stays on the page of what it introduces.
      this.ensure(p.endsWith(':') ? BODY * 7 : BODY * 2);
      this.pdf.font(this.regular).fontSize(BODY).fillColor(note ? GREY : INK)
        .text(p, MARGIN.left, this.pdf.y, { width: this.width, lineGap: 2.5, paragraphGap: 6, oblique: note ? 8 : 0 });
    }
  }

  list(items: string[]): void {
    for (const item of items) {
      this.ensure(BODY * 2);
      const y = this.pdf.y;
      this.pdf.font(this.regular).fontSize(BODY).fillColor(INK).text('•', MARGIN.left + 4, y, { lineBreak: false });
      this.pdf.text(item, MARGIN.left + 18, y, { width: this.width - 18, lineGap: 2, paragraphGap: 3 });
    }
    this.pdf.moveDown(0.4);
  }

  /** Label and value side by side, one row each; a value longer than a page is printed below its label. */
  facts(items: { label: string; value: string }[]): void {
    const pdf = this.pdf;
    const labelW = 140, gap = 10, valueW = this.width - labelW - gap;
    const room = this.bottom - MARGIN.top;
    for (const f of items) {
      const h = Math.max(pdf.font('Bold').fontSize(9).heightOfString(f.label, { width: labelW }),
        pdf.font(this.regular).fontSize(BODY).heightOfString(f.value, { width: valueW, lineGap: 2 })) + 6;
      if (h > room) {
        this.ensure(BODY * 3.2);
        pdf.font('Bold').fontSize(9).fillColor(GREY).text(f.label, MARGIN.left, pdf.y, { width: this.width });
        pdf.font(this.regular).fontSize(BODY).fillColor(INK).text(f.value, { width: this.width, lineGap: 2, paragraphGap: 6 });
        continue;
      }
      this.ensure(h);
      const top = pdf.y;
      pdf.font('Bold').fontSize(9).fillColor(GREY).text(f.label, MARGIN.left, top + 2, { width: labelW });
      pdf.font(this.regular).fontSize(BODY).fillColor(INK).text(f.value, MARGIN.left + labelW + gap, top + 1, { width: valueW, lineGap: 2 });
      pdf.moveTo(MARGIN.left, top + h - 1).lineTo(MARGIN.left + this.width, top + h - 1).lineWidth(0.4).strokeColor('#e5e7eb').stroke();
      pdf.x = MARGIN.left;
      pdf.y = top + h;
    }
    pdf.moveDown(0.5);
  }

  /**
   * Column widths: every column gets at least its longest word (so dates and
   * short words never break), the rest of the line goes to the columns with
   * longer texts, in proportion to how much more they need.
   */
  private columnWidths(t: DocTable, size: number, pad: number): number[] {
    const pdf = this.pdf;
    const cap = this.width * 0.4;
    const all = (i: number) => [t.columns[i]?.label ?? '', ...t.rows.map((r) => r[i] ?? ''), t.footer?.[i] ?? ''];
    const measure = (text: string, font: string) => pdf.font(font).fontSize(size).widthOfString(text) + 2 * pad + 1;
    const mins = t.columns.map((_, i) => Math.min(cap, Math.max(...all(i).flatMap((text, k) => text.split(/\s+/).map((word) => measure(word, k === 0 ? 'Bold' : this.regular))))));
    const wants = t.columns.map((_, i) => Math.max(mins[i] ?? 0, ...all(i).map((text, k) => measure(text, k === 0 ? 'Bold' : this.regular))));
    const minSum = mins.reduce((a, b) => a + b, 0);
    if (minSum >= this.width) return mins.map((m) => (m / minSum) * this.width);
    const extra = wants.map((w, i) => w - (mins[i] ?? 0));
    const extraSum = extra.reduce((a, b) => a + b, 0);
    const spare = this.width - minSum;
    // Everything fits on one line: share what is left evenly.
    if (extraSum <= spare) return wants.map((w) => w + (spare - extraSum) / Math.max(1, wants.length));
    return mins.map((m, i) => m + ((extra[i] ?? 0) / extraSum) * spare);
  }

  table(t: DocTable): void {
    const pdf = this.pdf;
    const pad = 4, size = 9;
    const widths = this.columnWidths(t, size, pad);
    const rowHeight = (cells: string[], font: string) => {
      pdf.font(font).fontSize(size);
      return Math.max(...t.columns.map((_, i) => pdf.heightOfString(cells[i] || ' ', { width: (widths[i] ?? 10) - 2 * pad }))) + 2 * pad;
    };
    const drawRow = (cells: string[], font: string, fill: string | null) => {
      const h = rowHeight(cells, font);
      const top = pdf.y;
      let x = MARGIN.left;
      t.columns.forEach((c, i) => {
        const w = widths[i] ?? 10;
        if (fill) pdf.rect(x, top, w, h).fill(fill);
        pdf.rect(x, top, w, h).lineWidth(0.5).strokeColor(RULE).stroke();
        pdf.font(font).fontSize(size).fillColor(INK).text(cells[i] ?? '', x + pad, top + pad, { width: w - 2 * pad, align: c.align === 'right' ? 'right' : 'left' });
        x += w;
      });
      pdf.x = MARGIN.left;
      pdf.y = top + h;
    };
    const header = t.columns.map((c) => c.label);
    const headerHeight = rowHeight(header, 'Bold');
    if (t.caption) {
      this.ensure(headerHeight + 40);
      pdf.font('Bold').fontSize(10).fillColor(INK).text(t.caption, MARGIN.left, pdf.y, { width: this.width }).moveDown(0.25);
    }
    this.ensure(headerHeight + 20);
    drawRow(header, 'Bold', HEAD_FILL);
    const pageRoom = this.bottom - MARGIN.top - headerHeight;
    for (const row of [...t.rows, ...(t.footer ? [t.footer] : [])]) {
      const font = row === t.footer ? 'Bold' : this.regular;
      const h = rowHeight(row, font);
      if (h > pageRoom) {
        // A row longer than a page cannot be a table row: print its cells as text.
        this.facts(t.columns.map((c, i) => ({ label: c.label, value: row[i] ?? '' })));
        continue;
      }
      if (pdf.y + h > this.bottom) {
        pdf.addPage();
        drawRow(header, 'Bold', HEAD_FILL);
      }
      drawRow(row, font, row === t.footer ? '#f3f4f6' : null);
    }
    pdf.moveDown(0.8);
  }

  chart(c: DocChart): void {
    const png = this.images.get(c);
    const h = (this.width * CHART_SIZE.height) / CHART_SIZE.width;
    this.ensure(h + 40);
    if (png) {
      const top = this.pdf.y;
      this.pdf.image(Buffer.from(png), MARGIN.left, top, { width: this.width });
      this.pdf.y = top + h + 4;
    }
    this.pdf.font(this.regular).fontSize(9).fillColor(GREY)
      .text(`${this.doc.labels.chart}: ${c.title}. ${c.summary}`, MARGIN.left, this.pdf.y, { width: this.width, oblique: 8 }).moveDown(0.5);
  }

  block(b: DocBlock): void {
    switch (b.kind) {
      case 'paragraph': return this.paragraph(b.text, b.note);
      case 'list': return this.list(b.items);
      case 'facts': return this.facts(b.items);
      case 'table': return this.table(b.table);
      case 'chart':
        this.chart(b.chart);
        return this.table(b.table);
    }
  }

  fillContents(start: number): void {
    const pdf = this.pdf;
    pdf.switchToPage(start);
    pdf.font('Bold').fontSize(18).fillColor(NAVY).text(this.doc.labels.contents, MARGIN.left, MARGIN.top, { width: this.width });
    pdf.moveDown(0.8);
    const sections = this.doc.sections;
    let page0 = start;
    for (const s of contentsEntries(this.doc)) {
      if (pdf.y + TOC_LINE > this.bottom) {
        pdf.switchToPage(++page0);
        pdf.y = MARGIN.top;
      }
      const page = String((this.headingPages.get(s) ?? 0) + 1);
      const indent = s.level === 1 ? 0 : 16;
      const y = pdf.y;
      pdf.font(s.level === 1 ? 'Bold' : this.regular).fontSize(s.level === 1 ? 10.5 : 10).fillColor(INK);
      const numberWidth = pdf.widthOfString(page);
      pdf.text(page, MARGIN.left + this.width - numberWidth, y, { lineBreak: false });
      pdf.text(s.heading, MARGIN.left + indent, y, {
        width: this.width - indent - numberWidth - 14, height: TOC_LINE, ellipsis: true, lineBreak: false, goTo: `h${sections.indexOf(s) + 1}`,
      });
      pdf.y = y + TOC_LINE;
      pdf.x = MARGIN.left;
    }
  }

  footers(): void {
    const pdf = this.pdf;
    const range = pdf.bufferedPageRange();
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      pdf.switchToPage(i);
      // Writing below the bottom margin would start a new page: lift the margin while drawing.
      pdf.page.margins.bottom = 0;
      pdf.font(this.regular).fontSize(8.5).fillColor(GREY);
      const text = pageOf(this.doc, i + 1, range.count);
      pdf.text(`${this.doc.title} · ${this.doc.municipality}`, MARGIN.left, pdf.page.height - 42, { width: this.width * 0.7, lineBreak: false, ellipsis: true, height: 12 });
      pdf.text(text, MARGIN.left, pdf.page.height - 42, { width: this.width, align: 'right', lineBreak: false });
      pdf.page.margins.bottom = MARGIN.bottom;
    }
  }

  render(): void {
    this.titlePage();
    const tocStart = this.reserveContents();
    this.doc.sections.forEach((s, i) => {
      this.heading(s, i);
      for (const b of s.blocks) this.block(b);
    });
    this.fillContents(tocStart);
    this.footers();
  }
}

/**
 * pdfkit splits a word wider than the line letter by letter, in quadratic
 * time (10,000 letters: 4 s). A zero-width space every 40 letters of a long
 * word gives it break points and changes nothing visible.
 */
export function breakLongWords(text: string): string {
  return text.replace(/[^\s\u200B]{60,}/g, (word) => (word.match(/[\s\S]{1,40}/gu) ?? [word]).join('\u200B'));
}

export function renderPdf(doc: AgendaDocument, images: Map<DocChart, Uint8Array>): Promise<Uint8Array> {
  // Charts are keyed by identity: draw with the original document's charts, text from the copy.
  const breakable = mapTexts(doc, (t) => breakLongWords(t.replace(/\t/g, '    ')));
  const chartMap = new Map<DocChart, Uint8Array>();
  const original = chartsOf(doc);
  chartsOf(breakable).forEach((c, i) => {
    const png = images.get(original[i] as DocChart);
    if (png) chartMap.set(c, png);
  });
  const writer = new PdfWriter(breakable, chartMap);
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    writer.pdf.on('data', (c: Buffer) => chunks.push(c));
    writer.pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    writer.pdf.on('error', reject);
    try {
      writer.render();
      writer.pdf.end();
    } catch (err) {
      reject(err);
    }
  });
}
