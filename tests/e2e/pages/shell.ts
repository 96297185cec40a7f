/**
 * The frame around an open workspace: Kopfzeile (workspace, search, language),
 * sidebar, the view's heading, and the undo/redo notice. Works in either
 * language where it can (the sidebar and the view heading are found by role).
 */
import type { Locator, Page } from 'playwright-core';
import { SearchDialog } from './search-dialog.ts';

export class Shell {
  readonly sidebar: Locator;
  /** The open workspace in the Kopfzeile ("Minden, Stadt", its Land). */
  readonly workspace: Locator;
  readonly viewHeading: Locator;
  readonly headings1: Locator;

  constructor(readonly page: Page) {
    this.sidebar = page.getByRole('navigation');
    this.workspace = page.locator('header').getByLabel(/^(Geöffneter Arbeitsbereich|Open workspace)$/);
    this.viewHeading = page.getByRole('main').getByRole('heading', { level: 1 });
    this.headings1 = page.getByRole('heading', { level: 1 });
  }

  async workspaceName(): Promise<string> {
    return ((await this.workspace.locator('.cdo-header__ws-name').textContent()) ?? '').trim();
  }

  /** The sidebar's module names, in order, as a user reads them. */
  async moduleNames(): Promise<string[]> {
    return (await this.sidebar.locator('.cdo-nav__label').allTextContents()).map((s) => s.trim());
  }

  sidebarLink(name: string): Locator {
    return this.sidebar.getByRole('link').filter({ has: this.page.locator('.cdo-nav__label').getByText(name, { exact: true }) });
  }

  /** Follows a sidebar link and waits until the view's h1 carries `heading` (default: the link's name) and its data is shown. */
  async goTo(name: string, heading: string = name): Promise<void> {
    await this.sidebarLink(name).click();
    await this.viewHeading.filter({ hasText: heading }).waitFor();
    await this.waitUntilLoaded();
  }

  /** No "Wird geladen …" left in the view. */
  async waitUntilLoaded(): Promise<void> {
    await this.page.getByRole('main').locator('.cdo-loading').first().waitFor({ state: 'detached' });
  }

  async openSearch(): Promise<SearchDialog> {
    await this.page.keyboard.press('Control+k');
    const dialog = new SearchDialog(this.page);
    await dialog.input.waitFor();
    return dialog;
  }

  /** The DE | EN switch in the Kopfzeile; each language is named in itself. */
  languageButton(language: 'Deutsch' | 'English'): Locator {
    return this.page.getByRole('group', { name: /^(Sprache|Language)$/ }).getByRole('button', { name: language });
  }

  async switchLanguage(language: 'Deutsch' | 'English'): Promise<void> {
    await this.languageButton(language).click();
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, language === 'English' ? 'en' : 'de');
  }

  /** Ctrl+Z with the focus on the view's heading, away from any text field (where the browser's own undo applies). */
  async undo(): Promise<void> {
    await this.viewHeading.click();
    await this.page.keyboard.press('Control+z');
  }

  async redo(): Promise<void> {
    await this.viewHeading.click();
    await this.page.keyboard.press('Control+Shift+z');
  }

  /** The undo/redo notice at the bottom of the window, found by its text. */
  notice(text: string | RegExp): Locator {
    return this.page.locator('.cdo-toast').getByRole('status').filter({ hasText: text });
  }
}
