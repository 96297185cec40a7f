/** The portfolio table's "Exportieren" menu and the "Importieren" dialog. */
import type { Download, Locator, Page } from 'playwright-core';

export class SpreadsheetActions {
  readonly exportButton: Locator;
  readonly importButton: Locator;
  readonly note: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.exportButton = main.getByRole('button', { name: 'Exportieren' });
    this.importButton = main.getByRole('button', { name: 'Importieren' });
    this.note = main.locator('.cdo-sheets__note');
  }

  /** Opens the menu, picks the format (e.g. "Excel (XLSX)") and answers the download the browser receives. */
  async export(format: string): Promise<Download> {
    await this.exportButton.click();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByRole('button', { name: format }).click()]);
    return download;
  }

  async openImport(): Promise<ImportDialog> {
    await this.importButton.click();
    const dialog = new ImportDialog(this.page);
    await dialog.root.waitFor();
    return dialog;
  }
}

export class ImportDialog {
  readonly root: Locator;
  readonly file: Locator;
  readonly summary: Locator;
  readonly mapping: Locator;
  readonly sample: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByRole('dialog', { name: 'Maßnahmen aus einer Tabelle übernehmen' });
    this.file = this.root.getByLabel('Tabellendatei');
    this.summary = this.root.getByRole('list', { name: 'Was der Import bewirkt' });
    this.mapping = this.root.getByRole('table', { name: 'Zuordnung der Spalten' });
    this.sample = this.root.getByRole('table', { name: /fehlerfreien Zeilen/ });
  }

  /** Chooses the file and waits for the preview. */
  async choose(path: string): Promise<void> {
    await this.file.setInputFiles(path);
    await this.summary.waitFor();
  }

  /** The mapping as "header → target" lines. */
  async mappingLines(): Promise<string[]> {
    const rows = await this.mapping.getByRole('row').all();
    const lines: string[] = [];
    for (const row of rows.slice(1)) lines.push((await row.locator('th, td').allTextContents()).map((s) => s.trim()).join(' → '));
    return lines;
  }

  async confirm(): Promise<void> {
    await this.root.getByRole('button', { name: /Maßnahmen? übernehmen$/ }).click();
    await this.root.waitFor({ state: 'detached' });
  }
}
