/** The start screen shown while no workspace is open: pick a municipality, create, or open the demo. */
import type { Locator, Page } from 'playwright-core';

export interface MunicipalityOption {
  name: string;
  /** Type, Kreis, Land, population and AGS, as the list shows them. */
  details: string;
}

export class StartScreen {
  readonly heading: Locator;
  readonly municipality: Locator;
  readonly options: Locator;
  /** The card that repeats the chosen municipality with its details. */
  readonly chosen: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Willkommen im CDO-Cockpit' });
    this.municipality = page.getByRole('combobox', { name: 'Kommune' });
    this.options = page.getByRole('listbox', { name: 'Passende Kommunen' }).getByRole('option');
    this.chosen = page.locator('.cdo-chosen');
  }

  async waitUntilShown(): Promise<this> {
    await this.heading.waitFor();
    return this;
  }

  /** Types a name into the picker and waits until the list shows matches for it (not the previous search's). */
  async searchMunicipality(name: string): Promise<MunicipalityOption[]> {
    await this.municipality.fill(name);
    await this.options.first().filter({ hasText: name }).waitFor();
    return this.listedMunicipalities();
  }

  async listedMunicipalities(): Promise<MunicipalityOption[]> {
    const rows: MunicipalityOption[] = [];
    for (const option of await this.options.all()) {
      const name = (await option.locator('.cdo-option__title').textContent()) ?? '';
      const details = (await option.locator('.cdo-option__meta').textContent()) ?? '';
      rows.push({ name: name.trim(), details: details.trim() });
    }
    return rows;
  }

  /** Clicks the listed municipality with this exact name whose details mention `detail` (e.g. its Kreis). */
  async pickMunicipality(name: string, detail: string): Promise<void> {
    const option = this.options.filter({ has: this.page.locator('.cdo-option__title').getByText(name, { exact: true }) }).filter({ hasText: detail });
    await option.click();
  }

  async createWorkspace(): Promise<void> {
    await this.page.getByRole('button', { name: 'Arbeitsbereich anlegen' }).click();
  }

  async openDemo(): Promise<void> {
    await this.page.getByRole('button', { name: 'Demo-Arbeitsbereich Musterstadt öffnen' }).click();
  }
}
