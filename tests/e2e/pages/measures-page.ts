/** Portfolio → Maßnahmen: the list with its table, and the form for a new or an existing measure. */
import type { Locator, Page } from 'playwright-core';

/** Text as a person reads it: any run of spaces (also the no-break space in "180.000 €") is one space. */
export const readable = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();

export interface MeasureRow {
  title: string;
  field: string;
  phase: string;
  priority: string;
  start: string;
  end: string;
  budget: string;
}

export class MeasuresPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: /^Portfolio: (Maßnahmen|Measures)$/ });
    this.table = page.getByRole('main').getByRole('table');
    this.count = page.getByRole('main').locator('.cdo-count');
  }

  async newMeasure(): Promise<MeasureForm> {
    await this.page.getByRole('link', { name: 'Neue Maßnahme' }).click();
    const form = new MeasureForm(this.page);
    await form.title.waitFor();
    return form;
  }

  /** The table row whose row header (the title link) is this measure. */
  row(title: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader').getByRole('link', { name: title, exact: true }) });
  }

  async readRow(title: string): Promise<MeasureRow> {
    const row = this.row(title);
    await row.waitFor();
    const cells = (await row.locator('th, td').allTextContents()).map(readable);
    const [, field = '', phase = '', priority = '', start = '', end = '', budget = ''] = cells;
    return { title, field, phase, priority, start, end, budget };
  }

  async titles(): Promise<string[]> {
    return (await this.table.getByRole('rowheader').getByRole('link').allTextContents()).map(readable);
  }
}

export interface MeasureValues {
  title?: string;
  field?: string;
  phase?: string;
  priority?: string;
  start?: string;
  end?: string;
  leadUnit?: string;
  budget?: string;
}

export class MeasureForm {
  readonly heading: Locator;
  readonly title: Locator;
  readonly field: Locator;
  readonly phase: Locator;
  readonly priority: Locator;
  readonly start: Locator;
  readonly end: Locator;
  readonly leadUnit: Locator;
  readonly budget: Locator;
  /** The summary "Bitte prüfen Sie …" at the top of the form after a failed save. */
  readonly summary: Locator;

  constructor(readonly page: Page) {
    const form = page.getByRole('region', { name: 'Angaben zur Maßnahme' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.title = form.getByLabel('Titel', { exact: true });
    this.field = form.getByLabel(/^Handlungsfeld/);
    this.phase = form.getByLabel('Phase', { exact: true });
    this.priority = form.getByLabel('Priorität', { exact: true });
    this.start = form.getByLabel(/^Beginn/);
    this.end = form.getByLabel(/^Ende/);
    this.leadUnit = form.getByLabel(/^Federführung/);
    this.budget = form.getByLabel(/^Budget in Euro/);
    this.summary = form.getByRole('alert');
  }

  /** Dates as YYYY-MM-DD (what a date field takes); select boxes by their visible option. */
  async fill(v: MeasureValues): Promise<void> {
    if (v.title !== undefined) await this.title.fill(v.title);
    if (v.field !== undefined) await this.field.selectOption({ label: v.field });
    if (v.phase !== undefined) await this.phase.selectOption({ label: v.phase });
    if (v.priority !== undefined) await this.priority.selectOption({ label: v.priority });
    if (v.start !== undefined) await this.start.fill(v.start);
    if (v.end !== undefined) await this.end.fill(v.end);
    if (v.leadUnit !== undefined) await this.leadUnit.fill(v.leadUnit);
    if (v.budget !== undefined) await this.budget.fill(v.budget);
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: /^(Maßnahme anlegen|Änderungen speichern)$/ }).click();
  }

  /**
   * The error shown next to a field: the message the control itself points to
   * (aria-describedby), so a screen reader hears it with the field. Empty when none.
   */
  async errorFor(control: Locator): Promise<string> {
    if ((await control.getAttribute('aria-invalid')) !== 'true') return '';
    const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
    const texts = await Promise.all(ids.map((id) => this.page.locator(`[id="${id}"]`).textContent()));
    return texts.map(readable).join(' ');
  }

  /** Waits for the error message next to `control`. */
  async waitForErrorOn(control: Locator): Promise<string> {
    await control.locator('xpath=ancestor::div[contains(@class,"kern-form-input")][1]').locator('.kern-error').waitFor();
    return this.errorFor(control);
  }
}
