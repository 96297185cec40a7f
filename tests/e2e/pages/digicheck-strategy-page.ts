/**
 * The recommendations and partial strategy on a DigiCheck's page, as a CDO
 * uses them: add a recommendation through its dialog, take one over as an
 * idea or measure, switch between timeline and table, export the report and
 * take the file the browser downloads.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';

export interface Exported {
  fileName: string;
  bytes: Uint8Array;
}

export interface NewRecommendation {
  title: string;
  description?: string;
  /** The option's label, e.g. "Jahr 2 (2028)". */
  year: string;
  priority?: 'Hoch' | 'Mittel' | 'Niedrig';
  dimension?: string;
  oneOffFrom?: string;
  oneOffTo?: string;
  yearlyFrom?: string;
  yearlyTo?: string;
  staff?: string;
}

export class DigicheckStrategyPage {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: /^Empfehlungen und Teilstrategie/ });
  }

  /** One year's lane of the timeline, by its calendar year. */
  lane(calendarYear: number): Locator {
    return this.section.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 4, name: new RegExp(`^${calendarYear}`) }) });
  }

  card(title: string): Locator {
    return this.section.getByRole('article', { name: title, exact: true });
  }

  async add(r: NewRecommendation): Promise<void> {
    await this.section.getByRole('button', { name: 'Empfehlung hinzufügen' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Empfehlung hinzufügen' });
    await dialog.getByRole('textbox', { name: 'Empfehlung', exact: true }).fill(r.title);
    if (r.description) await dialog.getByRole('textbox', { name: /^Beschreibung/ }).fill(r.description);
    await dialog.getByRole('combobox', { name: 'Jahr der Teilstrategie' }).selectOption({ label: r.year });
    if (r.priority) await dialog.getByRole('combobox', { name: 'Priorität' }).selectOption({ label: r.priority });
    if (r.dimension) await dialog.getByRole('combobox', { name: /^Dimension des DigiChecks/ }).selectOption({ label: r.dimension });
    const fields: [string, string | undefined][] = [
      ['Einmalige Kosten von', r.oneOffFrom], ['Einmalige Kosten bis', r.oneOffTo],
      ['Laufende Kosten je Jahr von', r.yearlyFrom], ['Laufende Kosten je Jahr bis', r.yearlyTo], ['Personalbedarf', r.staff],
    ];
    for (const [label, text] of fields) if (text) await dialog.getByRole('textbox', { name: new RegExp(`^${label}`) }).fill(text);
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
    await this.section.getByText(`Die Empfehlung „${r.title}“ ist gespeichert.`).waitFor();
  }

  async takeOver(title: string, as: 'Idee' | 'Maßnahme'): Promise<void> {
    await this.section.getByRole('button', { name: `„${title}“ als ${as} übernehmen` }).click();
    await this.section.getByText(`Die ${as} „${title}“ ist angelegt.`, { exact: false }).waitFor();
  }

  async showAs(view: 'Zeitleiste' | 'Tabelle'): Promise<void> {
    await this.section.getByRole('button', { name: view, exact: true }).click();
  }

  table(): Locator {
    return this.section.getByRole('table', { name: 'Alle Empfehlungen der Teilstrategie' });
  }

  costTable(): Locator {
    return this.section.getByRole('table', { name: 'Kosten und Personal je Jahr' });
  }

  async openExport(): Promise<Locator> {
    await this.section.getByRole('button', { name: 'Als Bericht exportieren' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Teilstrategie als Bericht exportieren' });
    await dialog.waitFor();
    return dialog;
  }

  /** Exports in the format with this label from the open dialog and answers the downloaded file. */
  async export(dialog: Locator, format: string): Promise<Exported> {
    await dialog.getByRole('radio', { name: format }).check();
    const download = this.page.waitForEvent('download', { timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Exportieren', exact: true }).click();
    const file = await download;
    await dialog.getByText(/wurde gespeichert/).waitFor({ timeout: 60_000 });
    return { fileName: file.suggestedFilename(), bytes: new Uint8Array(readFileSync(await file.path())) };
  }
}
