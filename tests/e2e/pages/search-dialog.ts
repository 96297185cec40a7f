/** The global search (Ctrl+K): a search field with a list of hits; Enter opens the highlighted one. */
import type { Locator, Page } from 'playwright-core';

export class SearchDialog {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly hits: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Suchen' });
    this.input = this.dialog.getByRole('combobox', { name: 'Suchbegriff' });
    this.hits = this.dialog.getByRole('listbox', { name: 'Treffer' }).getByRole('option');
  }

  async search(text: string): Promise<void> {
    await this.input.fill(text);
    await this.hits.first().waitFor();
  }

  hit(title: string): Locator {
    return this.hits.filter({ has: this.page.locator('.cdo-option__title').getByText(title, { exact: true }) });
  }

  /** The hit the Enter key would open (aria-activedescendant of the field). */
  async activeHitTitle(): Promise<string> {
    const id = await this.input.getAttribute('aria-activedescendant');
    if (!id) return '';
    return ((await this.page.locator(`[id="${id}"] .cdo-option__title`).textContent()) ?? '').trim();
  }

  async openActiveHit(): Promise<void> {
    await this.input.press('Enter');
    await this.dialog.waitFor({ state: 'detached' });
  }
}
