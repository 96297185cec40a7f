/** Sicherungen: "Jetzt sichern", the list of backups (newest first) and restoring one after a confirmation. */
import type { Locator, Page } from 'playwright-core';
import { readable } from './measures-page.ts';

export interface BackupRow {
  when: string;
  reason: string;
}

export class BackupsPage {
  readonly backupNow: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly confirmDialog: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.backupNow = main.getByRole('button', { name: 'Jetzt sichern' });
    this.table = main.getByRole('table', { name: 'Sicherungen, neueste zuerst' });
    this.rows = this.table.locator('tbody').getByRole('row');
    this.confirmDialog = page.getByRole('alertdialog', { name: 'Sicherung wiederherstellen?' });
  }

  async list(): Promise<BackupRow[]> {
    await this.table.waitFor();
    const out: BackupRow[] = [];
    for (const row of await this.rows.all()) {
      const cells = (await row.getByRole('cell').allTextContents()).map(readable);
      out.push({ when: cells[0] ?? '', reason: cells[1] ?? '' });
    }
    return out;
  }

  /** Clicks "Jetzt sichern" and waits for the confirmation "Gesichert". */
  async backUpNow(): Promise<void> {
    const before = await this.rows.count();
    await this.backupNow.click();
    await this.page.getByRole('main').getByRole('status').filter({ hasText: 'Gesichert' }).waitFor();
    await this.page.waitForFunction(
      ([n]) => document.querySelectorAll('main table tbody tr').length > (n ?? 0),
      [before],
    );
  }

  /** Asks to restore the backup in list position `index` (0 = newest); the confirmation opens. */
  async askToRestore(index: number): Promise<string> {
    const row = this.rows.nth(index);
    const text = readable(await row.getByRole('cell').first().textContent());
    await row.getByRole('button', { name: /^Wiederherstellen: / }).click();
    await this.confirmDialog.waitFor();
    return text;
  }

  async confirmRestore(): Promise<void> {
    await this.confirmDialog.getByRole('button', { name: 'Wiederherstellen', exact: true }).click();
    await this.confirmDialog.waitFor({ state: 'detached' });
  }
}
