/**
 * The spreadsheet round trip as a CDO does it: export the Musterstadt
 * portfolio table to Excel, start a fresh workspace on another cockpit, import
 * that file (preview first), and find the same measures with the same phases
 * and budgets; undo takes the import back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeasuresPage, readable, type MeasureRow } from './pages/measures-page.ts';
import { Shell } from './pages/shell.ts';
import { SpreadsheetActions } from './pages/spreadsheets.ts';
import { StartScreen } from './pages/start-screen.ts';
import { endOfJourney, expectAccessible, openCockpit, type Journey } from './support/journey.ts';

const SHOTS = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

/** A close-up of what the CDO looks at (the full-page journey shots are too tall to judge details). */
async function closeUp(page: Page, name: string, around: Locator): Promise<void> {
  await around.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.evaluate(() => window.scrollBy(0, -120));
  const box = await around.boundingBox();
  if (!box) throw new Error(`${name}: nothing to photograph`);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), clip: { x: 0, y: Math.max(0, box.y - 100), width: 1280, height: 560 } });
}

/** Every row of the table, by title (field, phase, priority, dates, budget as shown). */
async function tableRows(list: MeasuresPage): Promise<Map<string, MeasureRow>> {
  const rows = new Map<string, MeasureRow>();
  for (const title of await list.titles()) rows.set(title, await list.readRow(title));
  return rows;
}

describe('portfolio spreadsheets: export to XLSX and re-import into a fresh workspace', () => {
  let demo: Journey;
  let fresh: Journey | null = null;
  const dir = mkdtempSync(join(tmpdir(), 'cdo-sheets-e2e-'));
  const file = join(dir, 'portfolio.xlsx');
  let exported: Map<string, MeasureRow>;

  beforeAll(async () => {
    demo = await openCockpit(['--demo']);
  });
  afterAll(async () => {
    await demo?.close();
    await fresh?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports the Musterstadt portfolio table as an Excel file', async () => {
    const shell = new Shell(demo.page);
    await shell.goTo('Portfolio', 'Portfolio: Maßnahmen');
    const list = new MeasuresPage(demo.page);
    await list.table.waitFor();
    exported = await tableRows(list);
    expect(exported.size).toBeGreaterThan(20);

    const sheets = new SpreadsheetActions(demo.page);
    await sheets.exportButton.click();
    await expectAccessible(demo.page);
    await closeUp(demo.page, 'sheets-01b-export-menu-closeup', sheets.exportButton);
    await endOfJourney(demo, 'sheets-01-export-menu');
    await sheets.exportButton.click();
    const download = await sheets.export('Excel (XLSX)');
    expect(download.suggestedFilename()).toMatch(/^Maßnahmen Musterstadt \(Demo\) \d{4}-\d{2}-\d{2}\.xlsx$/);
    await download.saveAs(file);
    expect(readable(await sheets.note.textContent())).toMatch(new RegExp(`mit ${exported.size} Maßnahmen gespeichert\\.$`));
  });

  it('imports the file into a fresh workspace after a preview, with the same titles, phases and budgets', async () => {
    fresh = await openCockpit();
    const start = await new StartScreen(fresh.page).waitUntilShown();
    await start.searchMunicipality('Minden');
    await start.pickMunicipality('Minden, Stadt', 'Minden-Lübbecke');
    await start.createWorkspace();
    const shell = new Shell(fresh.page);
    await shell.viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
    await shell.goTo('Portfolio', 'Portfolio: Maßnahmen');

    const dialog = await new SpreadsheetActions(fresh.page).openImport();
    await dialog.choose(file);
    expect(readable(await dialog.summary.textContent())).toContain(`${exported.size} neue Maßnahmen`);
    expect(await dialog.mappingLines()).toEqual([
      'Titel → Titel', 'Handlungsfeld → Handlungsfeld', 'Phase → Phase', 'Priorität → Priorität', 'Beginn → Beginn', 'Ende → Ende', 'Budget (€) → Budget',
    ]);
    await dialog.sample.waitFor();
    await expectAccessible(fresh.page);
    await endOfJourney(fresh, 'sheets-02-import-preview');
    await dialog.root.getByRole('button', { name: /übernehmen$/ }).scrollIntoViewIfNeeded();
    await fresh.page.screenshot({ path: join(SHOTS, 'sheets-02b-import-preview-bottom.png') });

    await dialog.confirm();
    await fresh.page.getByText(`Import aus „portfolio.xlsx“: ${exported.size} neue und 0 aktualisierte Maßnahmen.`).waitFor();
    const list = new MeasuresPage(fresh.page);
    await list.row([...exported.keys()][0]!).waitFor();
    const imported = await tableRows(list);
    expect([...imported.keys()].sort()).toEqual([...exported.keys()].sort());
    for (const [title, row] of exported) expect({ title, row: imported.get(title) }).toEqual({ title, row });
    await expectAccessible(fresh.page);
    await closeUp(fresh.page, 'sheets-03b-imported-closeup', fresh.page.getByRole('main').getByRole('button', { name: 'Importieren' }));
    await endOfJourney(fresh, 'sheets-03-imported');
  });

  it('takes the whole import back with "Rückgängig"', async () => {
    const page = fresh!.page;
    await page.getByRole('main').getByRole('button', { name: 'Rückgängig' }).click();
    await page.getByText('Noch keine Maßnahmen. Legen Sie mit „Neue Maßnahme“ die erste an.').waitFor();
    expect(await new MeasuresPage(page).table.count()).toBe(0);
    await endOfJourney(fresh!, 'sheets-04-undone');
  });
});
