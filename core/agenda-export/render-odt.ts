/**
 * ODT (LibreOffice, OpenDocument 1.3), written by hand and zipped with
 * fflate: headings as text:h with outline levels, a table of contents
 * LibreOffice can refresh, table:table with header rows, charts as PNG frames
 * with title and description, page number fields in the footer. The
 * `mimetype` entry comes first and uncompressed, as the standard demands.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { AgendaDocument, DocBlock, DocChart, DocTable } from '../../api/index.ts';
import { CHART_SIZE, escapeXml } from './chart-svg.ts';
import { contentsEntries, titleLines } from './model.ts';
import { ODF_NS, manifestXml, metaXml, stylesXml } from './odt-styles.ts';

/** ODF collapses spaces and ignores raw tabs and line breaks: spell them out. */
export function odfText(text: string): string {
  return escapeXml(text)
    .replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`)
    .replace(/^ /, '<text:s/>')
    .replace(/\t/g, '<text:tab/>')
    .replace(/\r?\n/g, '<text:line-break/>');
}

const p = (style: string, text: string) => `<text:p text:style-name="${style}">${odfText(text)}</text:p>`;

class OdtWriter {
  private tables = 0;
  readonly pictures: { path: string; png: Uint8Array }[] = [];
  constructor(private readonly doc: AgendaDocument, private readonly images: Map<DocChart, Uint8Array>) {}

  table(t: DocTable): string {
    const n = ++this.tables;
    const cell = (text: string, i: number, kind: 'head' | 'body' | 'foot') => {
      const right = t.columns[i]?.align === 'right';
      const style = kind === 'head' ? 'Table_20_Heading' : right ? (kind === 'foot' ? 'CellNumBold' : 'CellNum') : kind === 'foot' ? 'CellBold' : 'Table_20_Contents';
      return `<table:table-cell table:style-name="${kind === 'head' ? 'HeadCell' : 'BodyCell'}" office:value-type="string">${p(style, text)}</table:table-cell>`;
    };
    const row = (cells: string[], kind: 'head' | 'body' | 'foot') => `<table:table-row>${t.columns.map((_, i) => cell(cells[i] ?? '', i, kind)).join('')}</table:table-row>`;
    return [
      t.caption ? p('CaptionAbove', t.caption) : '',
      `<table:table table:name="Tabelle${n}" table:style-name="AgendaTable">`,
      `<table:table-column table:number-columns-repeated="${Math.max(1, t.columns.length)}"/>`,
      `<table:table-header-rows>${row(t.columns.map((c) => c.label), 'head')}</table:table-header-rows>`,
      ...t.rows.map((r) => row(r, 'body')),
      t.footer ? row(t.footer, 'foot') : '',
      '</table:table>',
    ].join('');
  }

  facts(items: { label: string; value: string }[]): string {
    const n = ++this.tables;
    return `<table:table table:name="Tabelle${n}" table:style-name="AgendaTable"><table:table-column table:style-name="FactLabel"/><table:table-column table:style-name="FactValue"/>${
      items.map((f) => `<table:table-row><table:table-cell table:style-name="BodyCell" office:value-type="string">${p('CellBold', f.label)}</table:table-cell><table:table-cell table:style-name="BodyCell" office:value-type="string">${p('Table_20_Contents', f.value)}</table:table-cell></table:table-row>`).join('')
    }</table:table>`;
  }

  chart(c: DocChart): string {
    const png = this.images.get(c);
    let frame = '';
    if (png) {
      const path = `Pictures/diagramm-${this.pictures.length + 1}.png`;
      this.pictures.push({ path, png });
      const w = 16, h = (w * CHART_SIZE.height) / CHART_SIZE.width;
      frame = `<text:p text:style-name="ChartFrame"><draw:frame draw:name="${escapeXml(c.title)}" text:anchor-type="as-char" svg:width="${w}cm" svg:height="${h.toFixed(2)}cm"><draw:image xlink:href="${path}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/><svg:title>${escapeXml(c.title)}</svg:title><svg:desc>${escapeXml(c.summary)}</svg:desc></draw:frame></text:p>`;
    }
    return `${frame}${p('Caption', `${this.doc.labels.chart}: ${c.title}. ${c.summary}`)}`;
  }

  block(b: DocBlock): string {
    switch (b.kind) {
      case 'paragraph':
        return b.text.split(/\r?\n\s*\r?\n/).map((x) => x.trim()).filter(Boolean).map((x) => p(b.note ? 'Note' : 'Text_20_body', x)).join('');
      case 'list':
        return `<text:list text:style-name="Bullets">${b.items.map((i) => `<text:list-item>${p('Text_20_body', i)}</text:list-item>`).join('')}</text:list>`;
      case 'facts':
        return this.facts(b.items);
      case 'table':
        return this.table(b.table);
      case 'chart':
        return this.chart(b.chart) + this.table(b.table);
    }
  }

  contents(): string {
    const entries = contentsEntries(this.doc).map((s) => p(`Contents_20_${s.level}`, s.heading)).join('');
    return `<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="${escapeXml(this.doc.labels.contents)}">
<text:table-of-content-source text:outline-level="2" text:use-index-marks="false">
<text:index-title-template text:style-name="Contents_20_Heading">${escapeXml(this.doc.labels.contents)}</text:index-title-template>
${[1, 2].map((l) => `<text:table-of-content-entry-template text:outline-level="${l}" text:style-name="Contents_20_${l}"><text:index-entry-link-start/><text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template>`).join('')}
</text:table-of-content-source>
<text:index-body><text:index-title text:name="${escapeXml(this.doc.labels.contents)}_Head">${p('Contents_20_Heading', this.doc.labels.contents)}</text:index-title>${entries}</text:index-body>
</text:table-of-content>`;
  }

  content(): string {
    const doc = this.doc;
    const [municipality = '', ...meta] = titleLines(doc);
    const body: string[] = [
      p('TitleFirst', municipality),
      p('Title', doc.title),
      doc.subtitle ? p('Subtitle', doc.subtitle) : '',
      ...meta.map((l) => p('Title_20_meta', l)),
      `<text:p text:style-name="BreakToStandard"/>`,
      this.contents(),
    ];
    doc.sections.forEach((s) => {
      const style = s.level === 1 ? 'H1Break' : `Heading_20_${s.level}`;
      body.push(`<text:h text:style-name="${style}" text:outline-level="${s.level}">${odfText(s.heading)}</text:h>`);
      for (const b of s.blocks) body.push(this.block(b));
    });
    return `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ODF_NS} office:version="1.3">
<office:automatic-styles>
<style:style style:name="TitleFirst" style:family="paragraph" style:parent-style-name="Title_20_meta" style:master-page-name="First_20_Page">
  <style:paragraph-properties fo:margin-top="6cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="#1c4e80"/>
</style:style>
<style:style style:name="BreakToStandard" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="Standard">
  <style:paragraph-properties fo:break-before="page"/>
</style:style>
<style:style style:name="H1Break" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="CellNum" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="CellBold" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="CellNumBold" style:family="paragraph" style:parent-style-name="CellNum"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="CaptionAbove" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="ChartFrame" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:keep-with-next="always" fo:margin-top="0.2cm"/></style:style>
<style:style style:name="AgendaTable" style:family="table"><style:table-properties style:width="16.8cm" table:align="margins" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="FactLabel" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
<style:style style:name="FactValue" style:family="table-column"><style:table-column-properties style:column-width="11.8cm"/></style:style>
<style:style style:name="HeadCell" style:family="table-cell"><style:table-cell-properties fo:background-color="#e8eef5" fo:padding="0.08cm" fo:border="0.5pt solid #bfc5cd"/></style:style>
<style:style style:name="BodyCell" style:family="table-cell"><style:table-cell-properties fo:padding="0.08cm" fo:border="0.5pt solid #bfc5cd"/></style:style>
<style:style style:name="Sect1" style:family="section"/>
</office:automatic-styles>
<office:body><office:text>
${body.join('\n')}
</office:text></office:body>
</office:document-content>`;
  }
}

export function renderOdt(doc: AgendaDocument, images: Map<DocChart, Uint8Array>): Uint8Array {
  const writer = new OdtWriter(doc, images);
  const content = writer.content();
  const files: Zippable = {
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8(content),
    'styles.xml': strToU8(stylesXml(doc.labels.pageOf)),
    'meta.xml': strToU8(metaXml(doc.title, doc.municipality, new Date().toISOString().slice(0, 19), doc.lang)),
  };
  for (const pic of writer.pictures) files[pic.path] = [pic.png, { level: 0 }];
  files['META-INF/manifest.xml'] = strToU8(manifestXml(writer.pictures.map((x) => x.path)));
  return zipSync(files, { level: 6 });
}
