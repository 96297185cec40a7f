/**
 * The Agenda & Roadmap module as a CDO uses it: its sections, the goal tree
 * with its dialogs, the versions with freezing and the comparison, and the
 * roadmap with its bars.
 */
import type { Locator, Page } from 'playwright-core';

export type AgendaSection = 'Überblick & Texte' | 'Ziele & Maßnahmen' | 'Kennzahlen' | 'Fassungen & Vergleich' | 'Roadmap';

export class AgendaPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  async open(section: AgendaSection): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Bereiche der Agenda' }).getByRole('link', { name: section, exact: true }).click();
    await this.main.locator('.cdo-loading').first().waitFor({ state: 'detached' });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async addStrategicGoal(title: string, description: string): Promise<void> {
    await this.main.getByRole('button', { name: 'Strategisches Ziel hinzufügen' }).click();
    await this.fillGoal(title, description);
  }

  async fillGoal(title: string, description: string): Promise<void> {
    const d = this.dialog();
    await d.getByLabel('Ziel', { exact: true }).fill(title);
    if (description) await d.getByLabel(/^Beschreibung/).fill(description);
    await d.getByRole('button', { name: 'Speichern' }).click();
    await d.waitFor({ state: 'detached' });
  }

  /** The goal's card or list entry, found by its heading. */
  goal(title: string): Locator {
    return this.main.locator('.cdo-agenda-goal').filter({ has: this.page.getByRole('heading', { name: title }) }).last();
  }

  async linkMeasure(goal: string, measure: string): Promise<void> {
    await this.main.getByRole('button', { name: `Maßnahme verknüpfen: ${goal}` }).click();
    const d = this.dialog();
    await d.getByRole('searchbox', { name: 'Maßnahme im Portfolio suchen' }).fill(measure);
    await d.getByRole('button', { name: `„${measure}“ verknüpfen` }).click();
    await d.waitFor({ state: 'detached' });
  }

  async editGoalTitle(from: string, to: string): Promise<void> {
    await this.main.getByRole('button', { name: `Bearbeiten: ${from}` }).click();
    const d = this.dialog();
    await d.getByLabel('Ziel', { exact: true }).fill(to);
    await d.getByRole('button', { name: 'Speichern' }).click();
    await d.waitFor({ state: 'detached' });
  }

  lockNotice(): Locator {
    return this.main.locator('.kern-alert').filter({ hasText: 'kann nicht mehr geändert werden' });
  }

  async freezeDraft(): Promise<void> {
    await this.main.getByRole('button', { name: 'Fassung einfrieren' }).click();
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Fassung einfrieren' }).click();
    await this.page.getByRole('alertdialog').waitFor({ state: 'detached' });
  }

  async newDraft(): Promise<void> {
    await this.main.getByRole('button', { name: 'Neuen Entwurf anlegen' }).first().click();
  }

  versionRow(number: number): Locator {
    return this.main.getByRole('table', { name: 'Fassungen der Agenda' }).getByRole('row', { name: new RegExp(`^Fassung ${number}\\b`) });
  }

  async compare(from: string, to: string): Promise<Locator> {
    await this.main.getByLabel('Ältere Fassung').selectOption({ label: from });
    await this.main.getByLabel('Neuere Fassung').selectOption({ label: to });
    const region = this.main.getByRole('region', { name: 'Fassungen vergleichen' });
    await region.locator('.cdo-loading').first().waitFor({ state: 'detached' });
    // The loading note may come and go before we look: wait until the tables name both chosen versions.
    const short = (label: string) => label.split(' – ')[0]!;
    for (const side of [from, to]) await region.getByRole('columnheader', { name: new RegExp(`^${short(side)} `) }).first().waitFor();
    return region;
  }

  bar(title: string): Locator {
    return this.main.getByRole('button', { name: new RegExp(`^${title.replace(/[()]/g, '\\$&')}, `) });
  }
}
