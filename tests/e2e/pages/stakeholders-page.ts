/**
 * The Stakeholder module as a CDO uses it: the power/interest grid (drag a
 * point with the mouse into another cell), the register table that is its
 * text alternative, and the engagement gap list.
 */
import type { Locator, Page } from 'playwright-core';

export class StakeholdersPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  /** A point of the grid (its name starts "<name>: Einfluss …"). */
  point(name: string): Locator {
    return this.main.getByRole('button', { name: new RegExp(`^${name}: Einfluss`) });
  }

  register(): Locator {
    return this.main.getByRole('table', { name: 'Stakeholder-Register' });
  }

  gaps(): Locator {
    return this.main.getByRole('region', { name: 'Einbindungslücken' });
  }

  /** The register row's Feld, Einfluss and Interesse, e.g. ['Eng einbinden', '4', '5']. */
  async scores(name: string): Promise<string[]> {
    const row = this.register().getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });
    return (await row.getByRole('cell').allTextContents()).slice(0, 3).map((c) => c.trim());
  }

  /** Drags a point with the mouse into the cell of the given scores, in small steps like a hand would. */
  async drag(name: string, influence: number, interest: number): Promise<void> {
    const from = await this.point(name).locator('circle').boundingBox();
    const to = await this.main.locator(`rect[data-cell="${influence}/${interest}"]`).boundingBox();
    if (!from || !to) throw new Error('grid not visible');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }
}
