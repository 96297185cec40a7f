/**
 * The Peer-Austausch module as a CDO uses it: its tabs, the import page
 * (demo pack or file → preview → field mapping → "Importieren"), the library,
 * a peer project with "Als eigene Idee übernehmen", the export page.
 */
import type { Download, Locator, Page } from 'playwright-core';
import { readable } from './measures-page.ts';

export class PeersPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  tab(name: 'Bibliothek' | 'Wer hat die gleiche Idee?' | 'Partner' | 'Pakete'): Locator {
    return this.page.getByRole('navigation', { name: 'Bereiche des Peer-Austauschs' }).getByRole('link', { name, exact: true });
  }

  async openTab(name: 'Bibliothek' | 'Wer hat die gleiche Idee?' | 'Partner' | 'Pakete'): Promise<void> {
    await this.tab(name).click();
    await this.main.locator('.cdo-loading').first().waitFor({ state: 'detached' });
  }

  /** "Paket importieren" → the import page. */
  async openImport(): Promise<void> {
    // The page header's action (an empty library offers the same link once more).
    await this.main.getByRole('link', { name: 'Paket importieren' }).first().click();
    await this.main.getByRole('heading', { level: 1, name: 'Projektpaket importieren' }).waitFor();
  }

  /** Picks one of the demo packs and waits for the preview. */
  async checkDemoPack(publisher: string): Promise<Locator> {
    await this.main.getByRole('button', { name: `Demo-Paket ${publisher}` }).click();
    return this.preview();
  }

  /** Chooses a .cdopack file and waits for the preview. */
  async checkFile(file: string): Promise<Locator> {
    await this.main.getByLabel('Paketdatei (.cdopack)').setInputFiles(file);
    return this.preview();
  }

  async preview(): Promise<Locator> {
    const preview = this.main.getByRole('region', { name: /^Vorschau/ });
    await preview.waitFor();
    return preview;
  }

  /** Maps a field text of the pack onto an own field of action. */
  async mapField(preview: Locator, packField: string, local: string): Promise<void> {
    await preview.getByRole('combobox', { name: packField, exact: true }).selectOption({ label: local });
  }

  /** "Importieren", then back on the library with the success message; returns that message. */
  async confirmImport(preview: Locator): Promise<string> {
    await preview.getByRole('button', { name: 'Importieren' }).click();
    const done = this.main.getByText(/^Paket „.*“ importiert/);
    await done.waitFor();
    return readable(await done.textContent());
  }

  async search(text: string): Promise<void> {
    await this.main.getByRole('searchbox', { name: 'Suche' }).fill(text);
  }

  libraryTable(): Locator {
    return this.main.getByRole('table', { name: 'Peer-Projekte mit Herausgeber, Stand, Zeitraum und Budget' });
  }

  overviewTable(): Locator {
    return this.main.getByRole('table', { name: 'Eigene Ideen und Maßnahmen mit den ähnlichsten Peer-Projekten, Ähnlichkeit und Begründung' });
  }

  /** The "Wer hat die gleiche Idee?" row of one own idea or measure. */
  ownItem(kind: 'Eigene Idee' | 'Eigene Maßnahme', title: string): Locator {
    return this.overviewTable().getByRole('row').filter({ has: this.page.getByRole('rowheader').filter({ hasText: kind }).filter({ hasText: title }) });
  }

  /** The similar peer projects listed for one own item, best first. */
  hits(item: Locator): Locator {
    return item.locator('.cdo-peer-hit');
  }

  /** "Als eigene Idee übernehmen" on a match row; returns the message. */
  async adoptFrom(row: Locator): Promise<string> {
    await row.getByRole('button', { name: /^Als eigene Idee übernehmen/ }).click();
    const done = row.getByText(/wurde als eigene Idee übernommen/);
    await done.waitFor();
    return readable(await done.textContent());
  }

  /** The export page: all measures, licence, signing; answers the download and whether personal data was ticked. */
  async exportAll(options: { license: string; sign: boolean }): Promise<{ download: Download; message: string; personalData: boolean }> {
    await this.main.getByRole('link', { name: 'Eigene Projekte teilen' }).click();
    await this.main.getByRole('heading', { level: 1, name: 'Eigene Projekte als Paket teilen' }).waitFor();
    await this.main.getByRole('radio', { name: 'Alle Maßnahmen' }).check();
    await this.main.getByLabel('Lizenz').selectOption(options.license);
    const personalData = await this.main.getByRole('checkbox', { name: /^Personenbezogene Daten mitgeben/ }).isChecked();
    const sign = this.main.getByRole('checkbox', { name: 'Paket signieren' });
    if (options.sign) await sign.check();
    else await sign.uncheck();
    await this.main.getByText(/^Mit der Signatur können andere prüfen.*Ihr Schlüssel: /).waitFor();
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.main.getByRole('button', { name: 'Paket erstellen' }).click()]);
    const message = this.main.getByText(/^Paket „.*“ mit \d+ Projekten erstellt/);
    await message.waitFor();
    return { download, message: readable(await message.textContent()), personalData };
  }
}
