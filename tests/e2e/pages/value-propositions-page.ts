/**
 * The Wertversprechen module as a CDO uses it: the list of propositions,
 * the editor with the target group's lists on the left and our offer's on
 * the right (add inline, link by checkbox), and the fit summary below.
 */
import type { Locator, Page } from 'playwright-core';

export class ValuePropositionsPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  table(): Locator {
    return this.main.getByRole('table');
  }

  /** One list of the editor, e.g. "Probleme" or "Problemlöser" (its heading carries the count). */
  list(name: string): Locator {
    return this.main.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) });
  }

  summary(): Locator {
    return this.main.getByRole('region', { name: 'Passung' });
  }

  /** Creates a proposition through the dialog; the editor opens. */
  async create(title: string, targetGroup: string): Promise<void> {
    await this.main.getByRole('button', { name: 'Neues Wertversprechen' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Neues Wertversprechen' });
    await dialog.getByRole('textbox', { name: /^Titel/ }).fill(title);
    await dialog.getByRole('textbox', { name: /^Zielgruppe/ }).fill(targetGroup);
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await this.main.getByRole('heading', { level: 1, name: title }).waitFor();
  }

  /** Types an item into a list's own field and presses Enter, like a user adding in a row. */
  async add(list: string, field: string, text: string): Promise<void> {
    const region = this.list(list);
    await region.getByRole('textbox', { name: field }).fill(text);
    await region.getByRole('textbox', { name: field }).press('Enter');
    await region.getByRole('listitem').filter({ hasText: text }).waitFor();
  }
}
