/**
 * Exporting the Musterstadt agenda from the UI in all five formats: the
 * dialog from the versions table, each download parsed back (DOCX/ODT XML,
 * PDF text and pages, HTML opened in Chromium with no request and no script,
 * Markdown text), and the public edition without costs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgendaPage } from './pages/agenda-page.ts';
import { AgendaExportDialog, type Exported } from './pages/agenda-export-dialog.ts';
import { Shell } from './pages/shell.ts';
import { SHOTS_DIR } from './support/browser.ts';
import { endOfJourney, expectAccessible, openCockpit, type Journey } from './support/journey.ts';
import { pdfInfo, pdfPageImages, pdfText, unzipText } from '../unit/agenda-export-read.ts';

const TITLE = 'Digitale Agenda Musterstadt 2026–2030';

describe('exporting the agenda from the UI', () => {
  let j: Journey;
  let dialog: AgendaExportDialog;
  let dir: string;
  const files = new Map<string, Exported>();

  beforeAll(async () => {
    j = await openCockpit(['--demo']);
    dir = mkdtempSync(join(tmpdir(), 'agenda-export-e2e-'));
    const shell = new Shell(j.page);
    await shell.viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
    await shell.goTo('Agenda & Roadmap');
    await new AgendaPage(j.page).open('Fassungen & Vergleich');
    dialog = new AgendaExportDialog(j.page);
  });
  afterAll(async () => {
    await j?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('offers format, sections and edition in an accessible dialog', async () => {
    await dialog.openFor(1);
    expect(await dialog.dialog.getByRole('radio').count()).toBe(7);
    expect(await dialog.dialog.getByRole('checkbox', { checked: true }).count()).toBe(7);
    await expectAccessible(j.page);
    await endOfJourney(j, 'agenda-export-01-dialog');
  });

  it('exports all five formats of the adopted version, each with the agenda\'s name', async () => {
    for (const [label, ext] of [['PDF', 'pdf'], ['Word (DOCX)', 'docx'], ['LibreOffice (ODT)', 'odt'], ['Web-Seite (HTML)', 'html'], ['Markdown (MD)', 'md']] as const) {
      await dialog.choose(label);
      const file = await dialog.export();
      expect(file.fileName).toBe(`${TITLE} – Version 1.${ext}`);
      files.set(ext, file);
    }
    await endOfJourney(j, 'agenda-export-02-exportiert');
    await dialog.close();
  });

  it('the PDF has the title page, contents, page numbers and A4 pages (rendered for a look)', () => {
    const pdf = files.get('pdf')!.bytes;
    const text = pdfText(pdf);
    expect(text).toContain(TITLE);
    expect(text).toContain('Version 1 – beschlossen');
    expect(text).toContain('Inhalt');
    expect(text).toMatch(/Seite 2 von \d+/);
    const info = pdfInfo(pdf);
    expect(info['Page size']).toContain('595.28 x 841.89');
    const pagesDir = join(SHOTS_DIR, 'agenda-export-pdf');
    rmSync(pagesDir, { recursive: true, force: true });
    mkdirSync(pagesDir, { recursive: true });
    expect(pdfPageImages(pdf, pagesDir)).toBe(Number(info.Pages));
  });

  it('DOCX and ODT carry headings with outline levels, tables and page-number fields', () => {
    const docx = unzipText(files.get('docx')!.bytes);
    expect(docx['word/document.xml']).toMatch(/<w:pStyle w:val="Heading1"\/>.*Vision und Leitlinien/);
    expect(docx['word/document.xml']).toContain('<w:tbl>');
    const odt = unzipText(files.get('odt')!.bytes);
    expect(odt['content.xml']).toContain('text:outline-level="1">Umsetzungsplan</text:h>');
    expect(odt['content.xml']).toContain('<table:table-header-rows>');
    expect(odt['styles.xml']).toContain('<text:page-number');
  });

  it('the HTML opens in Chromium on its own: no request, no script, printable', async () => {
    const file = join(dir, 'agenda.html');
    writeFileSync(file, files.get('html')!.bytes);
    const page = await j.page.context().newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const url = pathToFileURL(file).href;
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(requests).toEqual([url]);
    expect(await page.evaluate(() => document.scripts.length)).toBe(0);
    expect(await page.locator('svg').count()).toBeGreaterThan(1);
    const printed = await page.pdf({ format: 'A4' });
    expect(printed.length).toBeGreaterThan(10_000);
    await expectAccessible(page);
    // The top of the page and the first chart, as a reader sees them (the whole page is too long to judge).
    await page.screenshot({ path: join(SHOTS_DIR, 'agenda-export-03-html.png') });
    await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS_DIR, 'agenda-export-03-html-diagramm.png') });
    await page.close();
  });

  it('the Markdown has headings and pipe tables', () => {
    const md = new TextDecoder().decode(files.get('md')!.bytes);
    expect(md.startsWith(`# ${TITLE}\n`)).toBe(true);
    expect(md).toContain('\n## Umsetzungsplan\n');
    expect(md).toMatch(/\n\| Maßnahme \| Beginn \| Ende \| Meilensteine \|\n/);
  });

  it('exports the public edition of the draft without costs', async () => {
    await dialog.openFor(2);
    await dialog.choose('Markdown (MD)');
    await dialog.audience('Öffentlich (ohne Kosten und Personennamen)');
    const file = await dialog.export();
    expect(file.fileName).toBe(`${TITLE} – Version 2.md`);
    const md = new TextDecoder().decode(file.bytes);
    expect(md).toContain('Öffentliche Fassung');
    expect(md).not.toContain('€');
    await endOfJourney(j, 'agenda-export-04-oeffentlich');
    await dialog.close();
  });
});
