/**
 * The DigiCheck tab of the Standortanalyse as a CDO uses it: open the list,
 * create a DigiCheck for a unit, score questions, read the radar's table and
 * the comparison, open the catalogue editor. Reusable by other journeys (the
 * recommendations build on an assessment created here).
 */
import type { Locator, Page } from 'playwright-core';

export class DigicheckPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  /** From anywhere: Standortanalyse → DigiCheck, the list shown. */
  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Standortanalyse' }).first().click();
    await this.main.getByRole('link', { name: 'DigiCheck', exact: true }).click();
    await this.main.getByRole('heading', { level: 2, name: 'DigiChecks' }).waitFor();
  }

  list(): Locator {
    return this.main.getByRole('table', { name: 'DigiChecks mit Einheit, Datum, Fragenkatalog und Durchschnittswerten' });
  }

  heading(title: string): Locator {
    return this.main.getByRole('heading', { level: 2, name: title, exact: true });
  }

  async openAssessment(title: string): Promise<void> {
    await this.list().getByRole('link', { name: title, exact: true }).click();
    await this.heading(title).waitFor();
  }

  /**
   * Creates a DigiCheck from the list: picks the unit (or field of action) by
   * its name, keeps the suggested title unless one is given, and waits for the
   * new assessment's page. Answers the title.
   */
  async create(options: { unit: string; title?: string; heldOn?: string }): Promise<string> {
    await this.main.getByRole('link', { name: 'Neuer DigiCheck' }).click();
    await this.main.getByRole('heading', { level: 2, name: 'Neuer DigiCheck' }).waitFor();
    await this.chooseUnit(options.unit);
    if (options.heldOn) await this.main.getByLabel('Datum des Workshops').fill(options.heldOn);
    if (options.title) await this.main.getByLabel('Titel', { exact: true }).fill(options.title);
    const title = await this.main.getByLabel('Titel', { exact: true }).inputValue();
    await this.main.getByRole('button', { name: 'DigiCheck anlegen' }).click();
    await this.heading(title).waitFor();
    return title;
  }

  /** Options of nested units are indented: the match ignores the leading spaces. */
  async chooseUnit(name: string): Promise<void> {
    const select = this.main.getByRole('combobox', { name: /^Organisationseinheit oder Handlungsfeld/ });
    await select.locator('option').filter({ hasText: name }).first().waitFor({ state: 'attached' });
    const value = await select.locator('option').evaluateAll(
      (options, wanted) => (options as HTMLOptionElement[]).find((o) => o.textContent?.trim() === wanted)?.value ?? null,
      name,
    );
    if (!value) throw new Error(`no unit or field "${name}" to choose`);
    await select.selectOption(value);
  }

  /** A question's group (its legend is the question text). */
  question(text: string): Locator {
    return this.main.getByRole('group', { name: text, exact: true });
  }

  /** Opens a dimension's section of the score form (a closed one only). */
  async openDimension(name: string): Promise<void> {
    const section = this.main.locator('details.cdo-dc-dimension').filter({ has: this.page.locator('summary', { hasText: name }) });
    if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open))) await section.locator('summary').click();
  }

  /** Scores one question (0–4) and waits until it is saved. */
  async score(question: string, ist: number, soll: number, justification?: string): Promise<void> {
    const group = this.question(question);
    await group.getByRole('combobox', { name: 'Ist – heute' }).selectOption(String(ist));
    await group.getByRole('combobox', { name: 'Soll – Ziel' }).selectOption(String(soll));
    if (justification !== undefined) {
      await group.getByRole('textbox', { name: /^Begründung/ }).fill(justification);
      await group.getByRole('textbox', { name: /^Begründung/ }).blur();
    }
    await group.getByText('Gespeichert.').waitFor();
  }

  radarCard(): Locator {
    return this.main.locator('section').filter({ has: this.page.getByRole('heading', { name: 'Ist und Soll je Dimension' }) });
  }

  radarTable(): Locator {
    return this.main.getByRole('table', { name: 'Ist, Soll und Abstand je Dimension' });
  }

  /** Until three dimensions are scored the table stands alone; afterwards it sits behind "Als Tabelle anzeigen". */
  async showRadarTable(): Promise<void> {
    if (await this.radarTable().isVisible()) return;
    await this.radarCard().getByText('Als Tabelle anzeigen').click();
    await this.radarTable().waitFor();
  }

  /** One dimension's row of the radar table: Ist, Soll, gap, answered. */
  async radarRow(dimension: string): Promise<string[]> {
    const row = this.radarTable().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: dimension, exact: true }) });
    return (await row.getByRole('cell').allTextContents()).map((c) => c.trim());
  }

  comparisonTable(): Locator {
    return this.main.getByRole('table', { name: /^Ist je Dimension im Vergleich mit/ });
  }

  async openCatalogue(): Promise<void> {
    await this.main.getByRole('link', { name: 'Fragenkatalog bearbeiten' }).click();
    await this.main.getByRole('heading', { level: 2, name: 'Fragenkatalog' }).waitFor();
  }
}
