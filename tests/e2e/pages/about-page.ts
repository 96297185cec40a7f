/** Über / Datenquellen: version, licence and each shipped data source with its attribution. */
import type { Locator, Page } from 'playwright-core';

export class AboutPage {
  readonly sources: Locator;

  constructor(readonly page: Page) {
    this.sources = page.getByRole('main').getByRole('region', { name: 'Datenquellen' });
  }

  /** The data source card with this heading, e.g. the municipality list. */
  source(title: string | RegExp): Locator {
    return this.sources.getByRole('listitem').filter({ has: this.page.getByRole('heading', { level: 3, name: title }) });
  }
}
