/**
 * The Ökosystem module as a CDO uses it: its tabs (Handlungsfelder,
 * Organisation, Akteure, Rollen, Karte, Netzwerk), the map's count buttons
 * and the lists they open, and the dialogs for actors and deleting a field.
 */
import type { Locator, Page } from 'playwright-core';

export class EcosystemPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  async tab(name: 'Handlungsfelder' | 'Organisation' | 'Akteure' | 'Rollen' | 'Karte' | 'Netzwerk'): Promise<void> {
    await this.main.getByRole('navigation', { name: 'Bereiche des Ökosystems' }).getByRole('link', { name, exact: true }).click();
    await this.main.getByRole('heading', { level: 2 }).first().waitFor();
  }

  map(): Locator {
    return this.main.getByRole('table', { name: /Handlungsfelder \(Zeilen\) und Sphären/ });
  }

  /** The count button of one map cell, e.g. kind "Akteur", field "Energie & Klima", sphere "Konzern Kommune". */
  count(kind: 'Akteur' | 'Maßnahme' | 'Stakeholder', field: string, sphere: string): Locator {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return this.map().getByRole('button', { name: new RegExp(`^\\d+ ${kind}\\w* in ${esc(field)}, ${esc(sphere)} anzeigen$`) });
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  relations(): Locator {
    return this.main.getByRole('table', { name: 'Alle Beziehungen' });
  }

  fieldRow(name: string): Locator {
    return this.main.getByRole('table', { name: 'Handlungsfelder' }).getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }
}
