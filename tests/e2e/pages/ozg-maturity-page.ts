/**
 * The Standortanalyse module's OZG-Reifegrad tab as a CDO uses it: search a
 * service, open its assessment dialog, set the Ist level, save; read the
 * table alternative of the Themenfeld chart.
 */
import type { Locator, Page } from 'playwright-core';

export class OzgMaturityPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  /** The services table (assessed services first). */
  services(): Locator {
    return this.main.getByRole('table', { name: 'OZG-Leistungen mit Reifegrad, Zuständigkeit und verknüpften Maßnahmen' });
  }

  /** The table alternative of the stacked chart "Reifegrad je Themenfeld" (model 1.1). */
  levelsTable(): Locator {
    return this.main.getByRole('table', { name: 'Relevante Leistungen je Themenfeld und Stufe (Reifegradmodell 1.1)' });
  }

  async showLevelsTable(): Promise<void> {
    const card = this.main.locator('section').filter({ has: this.page.getByRole('heading', { name: 'Reifegrad je Themenfeld' }) });
    await card.getByText('Als Tabelle anzeigen').click();
    await this.levelsTable().waitFor();
  }

  /** The cells of one Themenfeld's row: counts per level 0–4 and the total. */
  async levelCounts(themenfeld: string): Promise<number[]> {
    const row = this.levelsTable().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: themenfeld, exact: true }) });
    return (await row.getByRole('cell').allTextContents()).map((c) => Number(c.replace(/\./g, '')));
  }

  async search(text: string): Promise<void> {
    await this.main.getByRole('searchbox', { name: /Suche nach Leistung/ }).fill(text);
  }

  /** Opens the dialog of a service ("<name> bewerten" or "Bewertung von <name> bearbeiten"). */
  async openDialog(name: string): Promise<Locator> {
    await this.main.getByRole('button', { name: new RegExp(`^(${name} bewerten|Bewertung von ${name} bearbeiten)$`) }).click();
    const dialog = this.page.getByRole('dialog', { name: `Reifegrad: ${name}` });
    await dialog.waitFor();
    return dialog;
  }

  async setIst(dialog: Locator, label: string): Promise<void> {
    await dialog.getByRole('combobox', { name: /^Reifegrad heute/ }).selectOption({ label });
  }

  async save(dialog: Locator): Promise<void> {
    await dialog.getByRole('button', { name: 'Bewertung speichern' }).click();
  }
}
