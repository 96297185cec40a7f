/**
 * From a DigiCheck to its 3-year partial strategy, as a CDO works in the demo
 * workspace: the Wohngeldstelle's strategy from the 2026 check as a timeline
 * and a table; then a DigiCheck for the Ordnungsamt from empty — scored,
 * recommendations added, one taken over as an idea (the idea's page shows
 * where it came from), the report exported as DOCX and PDF from the UI and
 * both files opened (DOCX parsed, PDF read with pdftotext and rendered).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigicheckPage } from './pages/digicheck-page.ts';
import { DigicheckStrategyPage, type Exported } from './pages/digicheck-strategy-page.ts';
import { Shell } from './pages/shell.ts';
import { SHOTS_DIR } from './support/browser.ts';
import { endOfJourney, expectAccessible, openCockpit, type Journey } from './support/journey.ts';
import { pdfPageImages, pdfText, unzipText } from '../unit/agenda-export-read.ts';

describe('the DigiCheck partial strategy', () => {
  let j: Journey;
  let dc: DigicheckPage;
  let strategy: DigicheckStrategyPage;
  const files = new Map<string, Exported>();

  beforeAll(async () => {
    j = await openCockpit(['--demo']);
    dc = new DigicheckPage(j.page);
    strategy = new DigicheckStrategyPage(j.page);
    await new Shell(j.page).viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('shows the Wohngeldstelle\'s strategy from its newest DigiCheck as three years and as a table', async () => {
    await dc.open();
    const newest = (await dc.list().getByRole('rowheader').first().textContent())!.trim();
    expect(newest).toMatch(/^DigiCheck Wohngeldstelle \d{4}$/);
    const year = Number(newest.slice(-4));
    await dc.openAssessment(newest);
    await strategy.section.waitFor();
    await expect.poll(() => strategy.section.getByRole('heading', { level: 3 }).first().textContent()).toBe(`Empfehlungen und Teilstrategie ${year + 1}–${year + 3}`);
    for (const y of [year + 1, year + 2, year + 3]) expect(await strategy.lane(y).getByRole('article').count()).toBeGreaterThan(0);
    await expect.poll(() => strategy.card('XWohngeld-Schnittstelle in den Echtbetrieb bringen').getByRole('link').textContent()).toBe('Digitaler Wohngeldantrag');
    await strategy.section.scrollIntoViewIfNeeded();
    await expectAccessible(j.page);
    await endOfJourney(j, 'digicheck-strategy-01-wohngeld-zeitleiste');

    await strategy.showAs('Tabelle');
    expect(await strategy.table().getByRole('row').count()).toBeGreaterThan(6);
    await expectAccessible(j.page);
    await strategy.showAs('Zeitleiste');
  });

  it('runs a DigiCheck for the Ordnungsamt from empty to a partial strategy with an idea taken over', async () => {
    await dc.open();
    const title = await dc.create({ unit: 'Ordnungsamt', heldOn: '2026-11-20' });
    expect(title).toBe('DigiCheck Ordnungsamt 2026');
    await dc.openDimension('Prozesse');
    await dc.score('Wird die E-Akte für die Vorgänge der Einheit genutzt?', 0, 3, 'Bußgeldakten nur auf Papier.');
    await dc.openDimension('Onlinedienste');
    await dc.score('Sind die Leistungen der Einheit online beantragbar?', 1, 4);

    await strategy.section.getByText(/Noch keine Empfehlungen/).waitFor();
    await strategy.add({
      title: 'E-Akte für Bußgeldverfahren einführen', description: 'Neue Verfahren nur noch elektronisch, Anbindung an das Fachverfahren.',
      year: 'Jahr 1 (2027)', priority: 'Hoch', dimension: 'Prozesse', oneOffFrom: '25.000', oneOffTo: '40.000', yearlyFrom: '4.000', yearlyTo: '6.000', staff: '0,5',
    });
    await strategy.add({
      title: 'Sondernutzung online beantragen', year: 'Jahr 2 (2028)', priority: 'Mittel', dimension: 'Onlinedienste', oneOffFrom: '15.000', oneOffTo: '20.000', yearlyTo: '2.000',
    });
    await strategy.takeOver('Sondernutzung online beantragen', 'Idee');
    // The card now links to the idea instead of offering the take-over.
    await strategy.lane(2028).getByRole('link', { name: 'Sondernutzung online beantragen' }).waitFor();
    expect(await strategy.card('Sondernutzung online beantragen').getByRole('button', { name: /übernehmen$/ }).count()).toBe(0);
    // 25–40k + 15–20k one-off; 4–6k yearly in three years, 2k in two years.
    await expect.poll(() => strategy.costTable().getByRole('row', { name: /Drei Jahre zusammen/ }).textContent()).toMatch(/56\.000–82\.000\s€/);
    await strategy.section.scrollIntoViewIfNeeded();
    await expectAccessible(j.page);
    await endOfJourney(j, 'digicheck-strategy-02-ordnungsamt');
  });

  it('exports the partial strategy as DOCX and PDF from the UI and both files open', async () => {
    const dialog = await strategy.openExport();
    await expectAccessible(j.page);
    for (const [label, ext] of [['Word (DOCX)', 'docx'], ['PDF', 'pdf']] as const) {
      const file = await strategy.export(dialog, label);
      expect(file.fileName).toBe(`Teilstrategie Ordnungsamt 2027-2029.${ext}`);
      files.set(ext, file);
    }
    await endOfJourney(j, 'digicheck-strategy-03-export');
    await dialog.getByRole('button', { name: 'Schließen' }).last().click();

    const docx = (unzipText(files.get('docx')!.bytes)['word/document.xml'] as string).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    const pdf = pdfText(files.get('pdf')!.bytes).replace(/\s+/g, ' ');
    for (const text of [docx, pdf]) {
      expect(text).toContain('Teilstrategie Digitalisierung – Ordnungsamt 2027–2029');
      expect(text).toContain('Grundlage: DigiCheck Ordnungsamt 2026 vom 20.11.2026');
      expect(text).toContain('E-Akte für Bußgeldverfahren einführen');
      expect(text).toContain('Wird verfolgt als Idee „Sondernutzung online beantragen“');
      expect(text).toContain('56.000–82.000 €');
    }
    const pagesDir = join(SHOTS_DIR, 'digicheck-strategy-pdf');
    rmSync(pagesDir, { recursive: true, force: true });
    mkdirSync(pagesDir, { recursive: true });
    expect(pdfPageImages(files.get('pdf')!.bytes, pagesDir)).toBeGreaterThan(3);
  });

  it('the idea taken over shows the DigiCheck it came from', async () => {
    await strategy.lane(2028).getByRole('link', { name: 'Sondernutzung online beantragen' }).click();
    const origin = j.page.getByRole('main').getByText(/^Aus dem DigiCheck/);
    await origin.waitFor();
    expect(await origin.textContent()).toContain('DigiCheck Ordnungsamt 2026');
    await expectAccessible(j.page);
    await endOfJourney(j, 'digicheck-strategy-04-idee-herkunft');
  });
});
