/**
 * PDF (final version, A4): title page, a contents page with page numbers and
 * links, bookmarks (outline) for every heading, tables with a header row
 * repeated after a page break, charts as images, "Seite x von y" in the
 * footer. Drawn with pdfkit and the embedded DejaVu fonts; pages are buffered
 * so contents and footers are written once the page numbers are known.
 *
 * Tagged: every heading, paragraph, list, table (header cells marked as such)
 * and chart (with its description as alternative text) is an element of the
 * document's structure, in reading order, so screen readers read the PDF like
 * the HTML export; rules, fills, repeated table headers and the running
 * footer are artifacts they skip. Public bodies owe accessible documents
 * (BITV 2.0); the structure can be checked with `pdfinfo -struct-text`.
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
type Struct = PDFKit.PDFStructureElement;
/** pdfkit also takes a table scope for header cells (not in its types). */
type TagOptions = Parameters<Pdf['struct']>[1] & { scope?: 'Row' | 'Column' };
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
  /** The structure's root; the contents' heading and list are placed at their spot in reading order and filled at the end. */
  private readonly root: Struct;
  private toc: { heading: Struct; list: Struct } | null = null;

  constructor(private readonly doc: AgendaDocument, private readonly images: Map<DocChart, Uint8Array>) {
    const PDFDocument = pdfkit();
    this.pdf = new PDFDocument({
      size: 'A4', margins: MARGIN, bufferPages: true, font: fontPaths.regular(), lang: doc.lang === 'de' ? 'de-DE' : 'en-GB',
      displayTitle: true, tagged: true, pdfVersion: '1.7', info: { Title: doc.title, Author: doc.municipality, Subject: `${doc.version} – ${doc.audience}`, Creator: 'CDO-Cockpit' },
    });
    this.pdf.registerFont('Bold', fontPaths.bold());
    this.width = this.pdf.page.width - MARGIN.left - MARGIN.right;
    this.root = this.pdf.struct('Document');
    this.pdf.addStructure(this.root);
  }

  /** An element of the structure holding what `draw` puts on the page; attached first, so it draws at once, in reading order. */
  private tag(type: string, draw: () => void, parent: Struct = this.root, options: TagOptions = {}): void {
    const el = this.pdf.struct(type, options);
    parent.add(el);
    el.add(draw);
    el.end();
  }

  /** An element made of elements (a list, a table, a row): `fill` tags its children into it. */
  private group(type: string, fill: (el: Struct) => void, parent: Struct = this.root, options: TagOptions = {}): void {
    const el = this.pdf.struct(type, options);
    parent.add(el);
    fill(el);
    el.end();
  }

  /** Drawn outside the structure (rules, fills, repeated headers, the footer): assistive technology skips it. */
  private artifact(draw: () => void, type: 'Layout' | 'Pagination' = 'Layout'): void {
    this.pdf.markContent('Artifact', { type });
    draw();
    this.pdf.endMarkedContent();
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
    this.artifact(() => pdf.rect(MARGIN.left - 20, 230, 6, 300).fill(BLUE));
    this.tag('P', () => pdf.font('Bold').fontSize(16).fillColor(BLUE).text(municipality, MARGIN.left, 240, { width: this.width }));
    this.tag('H1', () => pdf.moveDown(0.6).font('Bold').fontSize(28).fillColor(NAVY).text(this.doc.title, { width: this.width }));
    const subtitle = this.doc.subtitle;
    if (subtitle) this.tag('P', () => pdf.moveDown(0.3).font(this.regular).fontSize(14).fillColor(INK).text(subtitle, { width: this.width }));
    pdf.moveDown(1.2).font(this.regular).fontSize(12).fillColor(INK);
    for (const line of meta) this.tag('P', () => pdf.text(line, { width: this.width }).moveDown(0.2));
  }

  /** Blank pages for the contents, filled in at the end. */
  reserveContents(): number {
    const entries = contentsEntries(this.doc).length;
    const firstPage = Math.floor((this.bottom - MARGIN.top - 50) / TOC_LINE);
    const perPage = Math.floor((this.bottom - MARGIN.top) / TOC_LINE);
    const pages = 1 + Math.max(0, Math.ceil((entries - firstPage) / perPage));
    this.pdf.addPage();
    const start = this.currentPage();
    // Their place in reading order is here, after the title page; fillContents draws them.
    const heading = this.pdf.struct('H1');
    const list = this.pdf.struct('TOC');
    this.root.add(heading);
    this.root.add(list);
    this.toc = { heading, list };
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
    this.tag(`H${s.level}`, () => pdf.font('Bold').fontSize(size).fillColor(NAVY).text(s.heading, MARGIN.left, pdf.y, { width: this.width, destination: dest }));
    if (s.level === 1) {
      this.artifact(() => pdf.moveTo(MARGIN.left, pdf.y + 2).lineTo(MARGIN.left + this.width, pdf.y + 2).lineWidth(1.5).strokeColor(BLUE).stroke());
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
      this.tag('P', () => this.pdf.font(this.regular).fontSize(BODY).fillColor(note ? GREY : INK)
        .text(p, MARGIN.left, this.pdf.y, { width: this.width, lineGap: 2.5, paragraphGap: 6, oblique: note ? 8 : 0 }));
    }
  }

  list(items: string[]): void {
    this.group('L', (list) => {
      for (const item of items) {
        this.ensure(BODY * 2);
        const y = this.pdf.y;
        this.group('LI', (li) => {
          this.tag('Lbl', () => this.pdf.font(this.regular).fontSize(BODY).fillColor(INK).text('•', MARGIN.left + 4, y, { lineBreak: false }), li);
          this.tag('LBody', () => this.pdf.text(item, MARGIN.left + 18, y, { width: this.width - 18, lineGap: 2, paragraphGap: 3 }), li);
        }, list);
      }
    });
    this.pdf.moveDown(0.4);
  }

  /** Label and value side by side, one row each; a value longer than a page is printed below its label. */
  facts(items: { label: string; value: string }[], parent: Struct = this.root): void {
    this.group('Table', (table) => this.factRows(items, table), parent);
    this.pdf.moveDown(0.5);
  }

  /** Each fact a row: its label a header cell for the row, its value a data cell. */
  private factRows(items: { label: string; value: string }[], table: Struct): void {
    const pdf = this.pdf;
    const labelW = 140, gap = 10, valueW = this.width - labelW - gap;
    const room = this.bottom - MARGIN.top;
    for (const f of items) {
      const h = Math.max(pdf.font('Bold').fontSize(9).heightOfString(f.label, { width: labelW }),
        pdf.font(this.regular).fontSize(BODY).heightOfString(f.value, { width: valueW, lineGap: 2 })) + 6;
      if (h > room) {
        this.ensure(BODY * 3.2);
        this.group('TR', (tr) => {
          this.tag('TH', () => pdf.font('Bold').fontSize(9).fillColor(GREY).text(f.label, MARGIN.left, pdf.y, { width: this.width }), tr, { scope: 'Row' });
          this.tag('TD', () => pdf.font(this.regular).fontSize(BODY).fillColor(INK).text(f.value, { width: this.width, lineGap: 2, paragraphGap: 6 }), tr);
        }, table);
        continue;
      }
      this.ensure(h);
      const top = pdf.y;
      this.group('TR', (tr) => {
        this.tag('TH', () => pdf.font('Bold').fontSize(9).fillColor(GREY).text(f.label, MARGIN.left, top + 2, { width: labelW }), tr, { scope: 'Row' });
        this.tag('TD', () => pdf.font(this.regular).fontSize(BODY).fillColor(INK).text(f.value, MARGIN.left + labelW + gap, top + 1, { width: valueW, lineGap: 2 }), tr);
      }, table);
      this.artifact(() => pdf.moveTo(MARGIN.left, top + h - 1).lineTo(MARGIN.left + this.width, top + h - 1).lineWidth(0.4).strokeColor('#e5e7eb').stroke());
      pdf.x = MARGIN.left;
      pdf.y = top + h;
    }
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
    /** One row; `row` null draws it as an artifact (the header repeated after a page break). */
    const drawRow = (cells: string[], font: string, fill: string | null, row: Struct | null, cell: 'TH' | 'TD') => {
      const h = rowHeight(cells, font);
      const top = pdf.y;
      let x = MARGIN.left;
      t.columns.forEach((c, i) => {
        const w = widths[i] ?? 10;
        const left = x;
        this.artifact(() => {
          if (fill) pdf.rect(left, top, w, h).fill(fill);
          pdf.rect(left, top, w, h).lineWidth(0.5).strokeColor(RULE).stroke();
        });
        const text = () => pdf.font(font).fontSize(size).fillColor(INK).text(cells[i] ?? '', left + pad, top + pad, { width: w - 2 * pad, align: c.align === 'right' ? 'right' : 'left' });
        if (row) this.tag(cell, text, row, cell === 'TH' ? { scope: 'Column' } : {});
        else this.artifact(text, 'Pagination');
        x += w;
      });
      pdf.x = MARGIN.left;
      pdf.y = top + h;
    };
    const header = t.columns.map((c) => c.label);
    const headerHeight = rowHeight(header, 'Bold');
    this.group('Table', (table) => {
      const caption = t.caption;
      if (caption) {
        this.ensure(headerHeight + 40);
        this.tag('Caption', () => pdf.font('Bold').fontSize(10).fillColor(INK).text(caption, MARGIN.left, pdf.y, { width: this.width }).moveDown(0.25), table);
      }
      this.ensure(headerHeight + 20);
      this.group('TR', (tr) => drawRow(header, 'Bold', HEAD_FILL, tr, 'TH'), table);
      const pageRoom = this.bottom - MARGIN.top - headerHeight;
      for (const row of [...t.rows, ...(t.footer ? [t.footer] : [])]) {
        const font = row === t.footer ? 'Bold' : this.regular;
        const h = rowHeight(row, font);
        if (h > pageRoom) {
          // A row longer than a page cannot be a table row: print its cells as text.
          this.factRows(t.columns.map((c, i) => ({ label: c.label, value: row[i] ?? '' })), table);
          continue;
        }
        if (pdf.y + h > this.bottom) {
          pdf.addPage();
          drawRow(header, 'Bold', HEAD_FILL, null, 'TH');
        }
        this.group('TR', (tr) => drawRow(row, font, row === t.footer ? '#f3f4f6' : null, tr, 'TD'), table);
      }
    });
    pdf.moveDown(0.8);
  }

  chart(c: DocChart): void {
    const png = this.images.get(c);
    const h = (this.width * CHART_SIZE.height) / CHART_SIZE.width;
    this.ensure(h + 40);
    const caption = `${this.doc.labels.chart}: ${c.title}. ${c.summary}`;
    this.group('Figure', (figure) => {
      if (png) {
        const top = this.pdf.y;
        // The picture is the figure's content; its alternative text is the caption's words.
        figure.add(() => this.pdf.image(Buffer.from(png), MARGIN.left, top, { width: this.width }));
        this.pdf.y = top + h + 4;
      }
      this.tag('Caption', () => this.pdf.font(this.regular).fontSize(9).fillColor(GREY).text(caption, MARGIN.left, this.pdf.y, { width: this.width, oblique: 8 }).moveDown(0.5), figure);
    }, this.root, { alt: caption });
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
    const toc = this.toc!;
    pdf.switchToPage(start);
    toc.heading.add(() => pdf.font('Bold').fontSize(18).fillColor(NAVY).text(this.doc.labels.contents, MARGIN.left, MARGIN.top, { width: this.width }));
    toc.heading.end();
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
      this.tag('TOCI', () => {
        pdf.text(s.heading, MARGIN.left + indent, y, {
          width: this.width - indent - numberWidth - 14, height: TOC_LINE, ellipsis: true, lineBreak: false, goTo: `h${sections.indexOf(s) + 1}`,
        });
        pdf.text(page, MARGIN.left + this.width - numberWidth, y, { lineBreak: false });
      }, toc.list);
      pdf.y = y + TOC_LINE;
      pdf.x = MARGIN.left;
    }
    toc.list.end();
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
      this.artifact(() => {
        pdf.text(`${this.doc.title} · ${this.doc.municipality}`, MARGIN.left, pdf.page.height - 42, { width: this.width * 0.7, lineBreak: false, ellipsis: true, height: 12 });
        pdf.text(text, MARGIN.left, pdf.page.height - 42, { width: this.width, align: 'right', lineBreak: false });
      }, 'Pagination');
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
    this.root.end();
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
