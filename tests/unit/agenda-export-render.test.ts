/**
 * The five renderers of the agenda export, fed a hand-made document: each
 * file is parsed back (DOCX/ODT unzipped and their XML read, PDF through
 * poppler's pdftotext/pdfinfo/pdftoppm, HTML and Markdown as text) and must
 * carry the same headings, tables and texts.
 */
import { XMLValidator } from 'fast-xml-parser';
import type { ExportFormat } from '../../api/index.ts';
import { renderDocument } from '../../core/agenda-export/render.ts';
import { escapeMarkdown } from '../../core/agenda-export/render-md.ts';
import { fixtureDocument, hostileDocument, HOSTILE } from './agenda-export-fixture.ts';
import { pdfBookmarks, pdfDestinations, pdfInfo, pdfPageImages, pdfStructure, pdfText, unzipText, zipNames } from './agenda-export-read.ts';

const text = (b: Uint8Array) => new TextDecoder().decode(b);
const rendered = new Map<string, Uint8Array>();
async function render(kind: 'fixture' | 'hostile', format: ExportFormat): Promise<Uint8Array> {
  const key = `${kind}.${format}`;
  if (!rendered.has(key)) rendered.set(key, await renderDocument(kind === 'fixture' ? fixtureDocument() : hostileDocument(), format));
  return rendered.get(key) as Uint8Array;
}

const HEADINGS = ['Vision und Leitlinien', 'Ausgangslage', 'Handlungsfelder', 'Bürgerservice und Verwaltung', 'Finanzierung', 'Anhang: Steckbriefe', 'Bürgerportal'];

describe('renderDocument: DOCX', () => {
  it('has real heading styles, a contents field, tables with a header row, chart images and page numbers in the footer', async () => {
    const files = unzipText(await render('fixture', 'docx'));
    const body = files['word/document.xml'] as string;
    expect(XMLValidator.validate(body)).toBe(true);
    for (const [heading, level] of [['Vision und Leitlinien', 1], ['Bürgerservice und Verwaltung', 2], ['Kennzahlen', 3]] as const) {
      expect(body).toMatch(new RegExp(`<w:pStyle w:val="Heading${level}"/>.*?<w:t[^>]*>${heading}</w:t>`));
    }
    expect(body).toContain('TOC \\h \\o &quot;1-2&quot;');
    expect(body).toContain('<w:tblHeader/>');
    expect((body.match(/<w:tbl>/g) ?? []).length).toBeGreaterThanOrEqual(4);
    expect(body).toContain('1.270.000 €');
    expect(body).toContain('descr="Von 38 Leistungen 2025 auf 120 im Jahr 2028."');
    expect(zipNames(await render('fixture', 'docx')).filter((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toHaveLength(2);
    const footers = Object.entries(files).filter(([n]) => /word\/footer\d+\.xml/.test(n)).map(([, x]) => x).join('');
    expect(footers).toMatch(/PAGE/);
    expect(footers).toMatch(/NUMPAGES/);
    expect(footers).toContain('Seite ');
  });
});

describe('renderDocument: ODT', () => {
  it('stores mimetype first and uncompressed, and is valid XML with outline headings, a contents index, tables and page fields', async () => {
    const bytes = await render('fixture', 'odt');
    // Local header of the first entry: name "mimetype", compression method 0 (stored).
    expect(Buffer.from(bytes.subarray(30, 38)).toString('latin1')).toBe('mimetype');
    expect(bytes[8]).toBe(0);
    expect(Buffer.from(bytes.subarray(38, 38 + 39)).toString('latin1')).toBe('application/vnd.oasis.opendocument.text');
    const files = unzipText(bytes);
    const invalid = ['content.xml', 'styles.xml', 'meta.xml', 'META-INF/manifest.xml'].filter((name) => XMLValidator.validate(files[name] as string) !== true);
    expect(invalid).toEqual([]);
    const content = files['content.xml'] as string;
    expect(content).toMatch(/<text:h text:style-name="H1Break" text:outline-level="1">Vision und Leitlinien<\/text:h>/);
    expect(content).toMatch(/<text:h text:style-name="Heading_20_2" text:outline-level="2">Bürgerservice und Verwaltung<\/text:h>/);
    expect(content).toMatch(/<text:h text:style-name="Heading_20_3" text:outline-level="3">Kennzahlen<\/text:h>/);
    expect(content).toContain('<text:table-of-content ');
    expect(content).toContain('<table:table-header-rows>');
    expect(content).toContain('1.270.000 €');
    expect(content).toContain('<svg:desc>Die Kosten steigen bis 2027 und sinken danach; der konsumtive Anteil wächst.</svg:desc>');
    const styles = files['styles.xml'] as string;
    expect(styles).toMatch(/Seite <text:page-number[^>]*>1<\/text:page-number> von <text:page-count>/);
    expect(styles).toContain('style:default-outline-level="1"');
    const manifest = files['META-INF/manifest.xml'] as string;
    expect(manifest).toContain('manifest:full-path="Pictures/diagramm-1.png"');
    expect(zipNames(bytes)).toContain('Pictures/diagramm-2.png');
  });
});

describe('renderDocument: PDF', () => {
  it('is A4 with a title page, contents with page numbers, bookmarks for every heading and "Seite x von y"', async () => {
    const bytes = await render('fixture', 'pdf');
    const info = pdfInfo(bytes);
    expect(info['Page size']).toContain('595.28 x 841.89');
    const pages = Number(info.Pages);
    expect(pages).toBe(7);
    expect(info.Title).toBe('Digitale Agenda 2026–2030');
    const txt = pdfText(bytes);
    for (const h of HEADINGS) expect(txt).toContain(h);
    expect(txt).toContain('Stadt Musterstadt');
    expect(txt).toContain('Version 3 – Entwurf');
    expect(txt).toContain('1.270.000 €');
    expect(txt).toContain(`Seite 2 von ${pages}`);
    expect(txt).toContain(`Seite ${pages} von ${pages}`);
    expect(txt).not.toContain('Seite 1 von');
    // Contents: each level-1/2 heading with the page it starts on.
    expect(txt).toMatch(/Ausgangslage\s+4/);
    // The file stores children before parents: compare as sets.
    expect(pdfBookmarks(bytes).sort()).toEqual([...HEADINGS, 'Kennzahlen'].sort());
    expect(pdfDestinations(bytes)).toHaveLength(8);
    expect(pdfPageImages(bytes)).toBe(pages);
  });

  it('is tagged: headings, paragraphs, lists, tables with header cells and charts with their text, in reading order; the footer is not read', async () => {
    const bytes = await render('fixture', 'pdf');
    expect(pdfInfo(bytes).Tagged).toBe('yes');
    const tree = pdfStructure(bytes);
    const lines = tree.split('\n');
    // Element types in reading order (without the text lines), and where the headings are.
    const order = lines.map((l) => l.trim().split(/[\s:]/)[0]).filter((t) => t && !t.startsWith('"') && !t.startsWith('/'));
    expect(order[0]).toBe('Document');
    for (const h of ['Vision und Leitlinien', 'Ausgangslage', 'Handlungsfelder', 'Finanzierung']) expect(tree).toMatch(new RegExp(`H1 \\(block\\)\\n\\s+"${h}"`));
    expect(tree).toMatch(/H2 \(block\)\n\s+"Bürgerservice und Verwaltung"/);
    const index = (phrase: string) => lines.findIndex((l) => l.includes(`"${phrase}"`));
    expect(index('Inhalt')).toBeLessThan(index('Vision und Leitlinien'));
    expect(index('Vision und Leitlinien')).toBeLessThan(index('Bürgerservice und Verwaltung'));
    expect(order).toEqual(expect.arrayContaining(['TOC', 'TOCI', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'Caption', 'TR', 'TH', 'TD', 'Figure']));
    expect(tree).toMatch(/TH:\n\s+\/Scope \/Column\n\s+"Maßnahme"/);
    expect(tree).toMatch(/TD\n\s+"1\.270\.000 €"/);
    // Charts: the figure's alternative text says what the picture shows.
    expect(Buffer.from(bytes).toString('latin1')).toContain('/Alt');
    expect(tree).toContain('"Diagramm: Online verfügbare Verwaltungsleistungen. Von 38 Leistungen 2025 auf 120 im Jahr 2028."');
    // Running footer and repeated parts are artifacts: no page number in the structure.
    expect(tree).not.toMatch(/Seite \d+ von/);
  });
});

describe('renderDocument: HTML', () => {
  it('is one file with its own strict CSP, no script, contents links and inline SVG charts with their tables', async () => {
    const html = text(await render('fixture', 'html'));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|src=|url\(/i);
    expect(html).toContain('<h2 id="abschnitt-1">Vision und Leitlinien</h2>');
    expect(html).toContain('<a href="#abschnitt-4">Bürgerservice und Verwaltung</a>');
    expect((html.match(/<svg /g) ?? []).length).toBe(2);
    expect(html).toContain('<th class="num" scope="col">Budget</th>');
    expect(html).toContain('counter(page)');
    expect(html).toContain('1.270.000 €');
  });
});

describe('renderDocument: Markdown', () => {
  it('has headings by level, contents, pipe tables and lists', async () => {
    const md = text(await render('fixture', 'md'));
    expect(md.startsWith('# Digitale Agenda 2026–2030\n')).toBe(true);
    expect(md).toContain('\n## Vision und Leitlinien\n');
    expect(md).toContain('\n### Bürgerservice und Verwaltung\n');
    expect(md).toContain('\n#### Kennzahlen\n');
    expect(md).toContain('| Maßnahme | Zeitraum | Budget |\n| :--- | :--- | ---: |\n| Bürgerportal | 01.2026 – 12.2027 | 450.000 € |');
    expect(md).toContain('| **Summe** |  | **1.270.000 €** |');
    expect(md).toContain('- Offene Standards und Nachnutzung \\(EfA\\)');
  });

  it('escapes everything Markdown or HTML would interpret', () => {
    expect(escapeMarkdown('<script>')).toBe('\\<script\\>');
    expect(escapeMarkdown('1. Punkt')).toBe('1\\. Punkt');
    expect(escapeMarkdown('01.2026')).toBe('01.2026');
    expect(escapeMarkdown('- Strich')).toBe('\\- Strich');
    expect(escapeMarkdown('*a* _b_ [c](d) `e` # f | g & h')).toBe('\\*a\\* \\_b\\_ \\[c\\]\\(d\\) \\`e\\` \\# f \\| g \\& h');
  });
});

describe('renderDocument: hostile text', () => {
  it('keeps <script>, &, quotes, emoji and RTL marks as text in every format and drops control characters', async () => {
    const html = text(await render('hostile', 'html'));
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;Anführung&quot; &#39;einfach&#39; 😀 \u202Eעברית\u202C');
    expect(html).not.toContain('\u0000');
    expect(html).toContain('x'.repeat(10_000));

    const md = text(await render('hostile', 'md'));
    expect(md).toContain('\\<script\\>alert\\(');
    expect(md).toContain('😀 \u202Eעברית\u202C \\| \\*fett\\*');
    expect(md).toContain('1\\. keine Liste');

    for (const format of ['docx', 'odt'] as const) {
      const files = unzipText(await render('hostile', format));
      const xml = files[format === 'docx' ? 'word/document.xml' : 'content.xml'] as string;
      expect({ format, valid: XMLValidator.validate(xml) }).toEqual({ format, valid: true });
      expect(xml).toContain('&lt;script&gt;alert(');
      expect(xml).toContain('😀');
      expect(xml).toContain('x'.repeat(10_000));
      expect(xml.includes('\u0000') || xml.includes('\u0007')).toBe(false);
    }

    const pdf = pdfText(await render('hostile', 'pdf'));
    expect(pdf).toContain('<script>alert("x")</script> & "Anführung" \'einfach\'');
    // The 10,000 letters run over several pages (with footers between): count them.
    expect((pdf.match(/x/g) ?? []).length).toBeGreaterThanOrEqual(10_000);
    expect(pdf).toContain('Langer Absatz mit vielen Wörtern.');
  });

  it(`has the hostile heading in every format (${HOSTILE.length} characters)`, async () => {
    const heading = 'Besonderes <script>';
    expect(pdfBookmarks(await render('hostile', 'pdf')).some((b) => b.startsWith(heading))).toBe(true);
    expect(text(await render('hostile', 'html'))).toContain('Besonderes &lt;script&gt;');
  });
});
