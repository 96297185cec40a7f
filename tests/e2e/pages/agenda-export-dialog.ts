/**
 * The agenda export dialog as a CDO uses it: opened from a row of the
 * agenda's versions, choose a format (and sections, edition), export, and
 * take the file the browser downloads.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

export interface Exported {
  fileName: string;
  bytes: Uint8Array;
}

export class AgendaExportDialog {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog');
  }

  /** Opens the dialog from the "Exportieren …" button of version `number` in the versions table. */
  async openFor(number: number): Promise<void> {
    await this.page.getByRole('button', { name: `Exportieren … Fassung ${number}` }).click();
    await this.dialog.getByRole('heading', { name: /exportieren$/ }).waitFor();
  }

  async choose(format: string): Promise<void> {
    await this.dialog.getByRole('radio', { name: format }).check();
  }

  async audience(name: string): Promise<void> {
    await this.dialog.getByRole('radio', { name }).check();
  }

  async toggleSection(name: string): Promise<void> {
    await this.dialog.getByRole('checkbox', { name }).click();
  }

  /** Exports and answers the downloaded file once the dialog reports it saved. */
  async export(): Promise<Exported> {
    const download = this.page.waitForEvent('download', { timeout: 30_000 });
    await this.dialog.getByRole('button', { name: 'Exportieren', exact: true }).click();
    const file = await download;
    await this.dialog.getByText(/wurde erstellt und gespeichert/).waitFor({ timeout: 30_000 });
    const path = await file.path();
    return { fileName: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(path)) };
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Schließen', exact: true }).last().click();
    await this.dialog.waitFor({ state: 'detached' });
  }
}
