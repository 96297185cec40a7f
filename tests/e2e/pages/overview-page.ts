/** Übersicht: the key figures and the chart "Maßnahmen je Handlungsfeld nach Phase" with its table alternative. */
import type { Locator, Page } from 'playwright-core';
import { readable } from './measures-page.ts';

export class OverviewPage {
  readonly figures: Locator;
  readonly chart: Locator;
  readonly emptyChart: Locator;
  readonly showTable: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.figures = main.getByRole('region', { name: /^(Kennzahlen|Key figures)$/ });
    this.chart = main.getByRole('figure', { name: /^(Maßnahmen je Handlungsfeld nach Phase|Measures)/ });
    this.emptyChart = main.getByText('Noch keine Maßnahmen – hier erscheint dann das Diagramm.');
    this.showTable = main.getByText(/^(Als Tabelle anzeigen|Show as table)$/);
    this.table = main.getByRole('table', { name: /^(Maßnahmen je Handlungsfeld nach Phase|Measures)/ });
  }

  /** The value under a key figure's label, e.g. figure('Maßnahmen') → "1". */
  async figure(label: string): Promise<string> {
    const box = this.figures.locator('.cdo-figure').filter({ has: this.page.getByText(label, { exact: true }) });
    return readable(await box.locator('.cdo-figure__value').textContent());
  }

  /** Opens the table under the chart (a <details>), which carries the same numbers. */
  async openTable(): Promise<void> {
    if (!(await this.table.isVisible())) await this.showTable.click();
    await this.table.waitFor();
  }

  /** One cell of the table alternative: the row of a field of action, the column of a phase (or "Summe"). */
  async count(field: string, column: string): Promise<string> {
    const headers = (await this.table.locator('thead th').allTextContents()).map(readable);
    const index = headers.indexOf(column);
    if (index < 0) throw new Error(`no column "${column}" in ${headers.join(', ')}`);
    const row = this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: field, exact: true }) });
    return readable(await row.locator('th, td').nth(index).textContent());
  }
}
