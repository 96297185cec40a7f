/**
 * Portfolio steering as a CDO uses it: the portfolio's sub-navigation, an
 * idea and its adoption, a measure's tabs (Bewertung, Finanzen,
 * Statusberichte), the ranking with its sensitivity panel, and the charts.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { SHOTS_DIR } from '../support/browser.ts';
import { readable } from './measures-page.ts';

export class PortfolioNav {
  constructor(readonly page: Page) {}

  link(name: 'Maßnahmen' | 'Ideen' | 'Bewertung & Rangfolge' | 'Diagramme'): Locator {
    return this.page.getByRole('navigation', { name: 'Bereiche des Portfolios' }).getByRole('link', { name, exact: true });
  }
}

export class IdeaPage {
  constructor(readonly page: Page) {}

  async open(title: string): Promise<void> {
    await this.page.getByRole('main').getByRole('link', { name: title, exact: true }).click();
    await this.page.getByRole('button', { name: 'In Maßnahme übernehmen' }).waitFor();
  }

  /** "In Maßnahme übernehmen" → the dialog → "Maßnahme anlegen"; the new measure opens. */
  async adopt(phase: string): Promise<void> {
    await this.page.getByRole('button', { name: 'In Maßnahme übernehmen' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'In Maßnahme übernehmen?' });
    await dialog.getByLabel('Phase der neuen Maßnahme').selectOption({ label: phase });
    await dialog.getByRole('button', { name: 'Maßnahme anlegen' }).click();
    await dialog.waitFor({ state: 'detached' });
  }
}

export class MeasureTabs {
  constructor(readonly page: Page) {}

  async open(tab: 'Steckbrief' | 'Bewertung' | 'Finanzen' | 'Statusberichte'): Promise<void> {
    await this.page.getByRole('main').getByRole('link', { name: new RegExp(`^${tab}( \\d+)?$`) }).click();
    await this.page.getByRole('main').locator('.cdo-loading').first().waitFor({ state: 'detached' });
  }
}

export class ScoringSection {
  constructor(readonly page: Page) {}

  async score(criterion: string, score: number): Promise<void> {
    const group = this.page.getByRole('group', { name: new RegExp(`^${criterion}`) });
    await group.getByRole('radio', { name: `${score} von 5`, exact: true }).check();
  }

  async save(): Promise<string> {
    await this.page.getByRole('button', { name: 'Bewertung speichern' }).click();
    const notice = this.page.getByText(/^Bewertung gespeichert\. Gesamtwert: /);
    await notice.waitFor();
    return readable(await notice.textContent());
  }
}

export class RankingPage {
  readonly sensitivity: Locator;

  constructor(readonly page: Page) {
    this.sensitivity = page.getByRole('main').locator('.cdo-sensitivity');
  }

  /** The place of a measure in the saved ranking ("Rangfolge von N Maßnahmen"). */
  async rankOf(title: string): Promise<number> {
    const table = this.page.getByRole('table', { name: /^Rangfolge von \d+ Maßnahmen$/ });
    const row = table.getByRole('row').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
    return Number(readable(await row.locator('td').first().textContent()));
  }

  /** Moves a criterion's weight by a step of the sensitivity panel (nothing is saved). */
  async moveWeight(criterionOption: RegExp, step: '+10' | '+5' | '−5' | '−10'): Promise<void> {
    const select = this.sensitivity.getByLabel('Kriterium', { exact: true });
    const options = await select.locator('option').allTextContents();
    const label = options.find((o) => criterionOption.test(o));
    if (!label) throw new Error(`no criterion ${String(criterionOption)} in ${options.join(', ')}`);
    await select.selectOption({ label });
    await this.sensitivity.getByRole('button', { name: `${step} Prozentpunkte` }).click();
    await this.sensitivity.getByRole('table').waitFor();
  }

  /** "2 Plätze nach unten", "unverändert": what the sensitivity table says about a measure. */
  async movementOf(title: string): Promise<string> {
    const row = this.sensitivity.getByRole('row').filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
    const text = await row.locator('td').nth(1).evaluate((cell) => (cell.querySelector('.kern-sr-only') ?? cell).textContent ?? '');
    return readable(text);
  }

  async announcement(): Promise<string> {
    return readable(await this.sensitivity.locator('output').textContent());
  }
}

export class FinanceSection {
  constructor(readonly page: Page) {}

  async addCost(item: { year: string; kind: 'investiv' | 'konsumtiv'; plan: string; category?: string }): Promise<void> {
    await this.page.getByRole('button', { name: 'Kostenposition hinzufügen' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Kostenposition hinzufügen' });
    await dialog.getByLabel('Jahr', { exact: true }).fill(item.year);
    await dialog.getByLabel('Art', { exact: true }).selectOption({ label: item.kind });
    if (item.category) await dialog.getByLabel(/^Kategorie/).fill(item.category);
    await dialog.getByLabel('Plan in Euro', { exact: true }).fill(item.plan);
    await dialog.getByRole('button', { name: 'Kostenposition speichern' }).click();
    await dialog.waitFor({ state: 'detached' });
  }

  /** Adds the shares one by one ("Anteil hinzufügen") and saves the stack. */
  async saveFinancing(shares: { source: string; name?: string; amount: string }[]): Promise<string> {
    const stack = this.page.getByRole('list', { name: 'Finanzierungsanteile' });
    for (const [i, s] of shares.entries()) {
      await this.page.getByRole('button', { name: 'Anteil hinzufügen' }).click();
      const row = stack.getByRole('listitem').nth(i);
      await row.getByLabel('Quelle', { exact: true }).selectOption({ label: s.source });
      if (s.name) await row.getByLabel(/^Bezeichnung/).fill(s.name);
      await row.getByLabel('Betrag in Euro', { exact: true }).fill(s.amount);
    }
    const check = this.page.getByText('Finanzierung vollständig', { exact: true });
    await check.waitFor();
    await this.page.getByRole('button', { name: 'Finanzierung speichern' }).click();
    await this.page.getByText('Finanzierung gespeichert.', { exact: true }).waitFor();
    return readable(await check.textContent());
  }
}

export class StatusSection {
  constructor(readonly page: Page) {}

  async file(report: { lights: Partial<Record<'Termine' | 'Kosten' | 'Umfang/Qualität' | 'Ressourcen' | 'Wirkung', 'Grün' | 'Gelb' | 'Rot'>>; achievements: string; nextSteps: string }): Promise<string> {
    await this.page.getByRole('button', { name: 'Neuer Statusbericht' }).click();
    const form = this.page.getByRole('form', { name: 'Neuer Statusbericht' });
    for (const [dimension, light] of Object.entries(report.lights)) {
      await form.getByRole('group', { name: dimension, exact: true }).getByRole('radio', { name: new RegExp(`^${light}`) }).check();
    }
    await form.getByLabel(/^Erreicht/).fill(report.achievements);
    await form.getByLabel(/^Nächste Schritte/).fill(report.nextSteps);
    await form.getByRole('button', { name: 'Statusbericht abgeben' }).click();
    const filed = this.page.getByText(/^Statusbericht vom \d\d\.\d\d\.\d{4} abgegeben\.$/);
    await filed.waitFor();
    return readable(await filed.textContent());
  }
}

export class ChartsPage {
  constructor(readonly page: Page) {}

  card(title: string): Locator {
    return this.page.getByRole('main').getByRole('region', { name: title, exact: true });
  }

  /** Scrolls a chart card into view (charts load as they come near it) and waits for its chart. */
  async drawn(title: string): Promise<Locator> {
    const card = this.card(title);
    await card.scrollIntoViewIfNeeded();
    await card.locator('.recharts-surface').first().waitFor();
    return card;
  }

  bubble(measureId: string): Locator {
    return this.card('Nutzen und Aufwand').locator(`.cdo-bubble[data-measure="${measureId}"]`);
  }

  /** A picture of one chart card, to look at (test-results/screenshots/<name>.png). */
  async shoot(title: string, name: string): Promise<void> {
    mkdirSync(SHOTS_DIR, { recursive: true });
    const card = this.card(title);
    await card.scrollIntoViewIfNeeded();
    // Cut from the full page taken from the top: scrolled, the sticky Kopfzeile would be drawn over the card.
    const box = await card.evaluate((el) => {
      window.scrollTo(0, 0);
      const r = el.getBoundingClientRect();
      return { x: r.left + window.scrollX, y: r.top + window.scrollY, width: r.width, height: r.height };
    });
    await this.page.screenshot({ path: join(SHOTS_DIR, `${name}.png`), fullPage: true, clip: box });
  }
}
