/**
 * Stakeholders as a CDO uses them in the demo workspace: the power/interest
 * grid with its four quadrants and the engagement gaps; the Personalrat
 * dragged from „Eng einbinden“ to „Beobachten“ (the register follows), and
 * Ctrl+Z puts it back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Shell } from './pages/shell.ts';
import { StakeholdersPage } from './pages/stakeholders-page.ts';
import { endOfJourney, expectAccessible, openCockpit, type Journey } from './support/journey.ts';

describe('stakeholders in the demo workspace', () => {
  let j: Journey;
  let shell: Shell;
  let sh: StakeholdersPage;

  beforeAll(async () => {
    j = await openCockpit(['--demo']);
    shell = new Shell(j.page);
    sh = new StakeholdersPage(j.page);
    await shell.viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('shows the grid with the four quadrants, the gaps and the register of Musterstadt', async () => {
    await shell.goTo('Stakeholder');
    await sh.point('Personalrat').waitFor();
    for (const q of ['Eng einbinden', 'Zufriedenstellen', 'Informieren', 'Beobachten']) {
      expect(await sh.main.locator('svg text', { hasText: q }).count()).toBe(1);
    }
    expect(await sh.register().getByRole('row').count()).toBe(26);
    expect(await sh.gaps().textContent()).toContain('PersonalratAblehnend → Unterstützend2 Stufen mehr nötig');
    expect(await sh.scores('Personalrat')).toEqual(['Eng einbinden', '4', '5']);
    await expectAccessible(j.page);
    await endOfJourney(j, 'stakeholders-01-matrix');
  });

  it('drags the Personalrat to „Beobachten“, and Ctrl+Z puts it back', async () => {
    await sh.drag('Personalrat', 2, 2);
    await expect.poll(() => sh.scores('Personalrat')).toEqual(['Beobachten', '2', '2']);
    expect(await sh.point('Personalrat').getAttribute('aria-label')).toMatch(/Einfluss 2, Interesse 2/);
    await expectAccessible(j.page);
    await endOfJourney(j, 'stakeholders-02-verschoben');

    await j.page.keyboard.press('Control+z');
    await expect.poll(() => sh.scores('Personalrat')).toEqual(['Eng einbinden', '4', '5']);
    // The grid follows too: the point is back in its old cell.
    expect(await sh.point('Personalrat').getAttribute('aria-label')).toMatch(/Einfluss 4, Interesse 5/);
    await j.page.getByText('Rückgängig: Stakeholder „Personalrat“ geändert').waitFor();
    await endOfJourney(j, 'stakeholders-03-rueckgaengig');
  });

  it('opens the Personalrat with strategy, salience, measures and agenda goals in the dialog', async () => {
    await sh.register().getByRole('button', { name: 'Personalrat bearbeiten' }).click();
    const dialog = j.page.getByRole('dialog', { name: 'Stakeholder bearbeiten' });
    await dialog.waitFor();
    expect(await dialog.getByRole('list', { name: 'Verknüpfte Maßnahmen' }).getByRole('listitem').allTextContents()).toContainEqual(expect.stringContaining('E-Akte in der Kernverwaltung'));
    expect(await dialog.getByRole('textbox', { name: /^Strategie/ }).inputValue()).toContain('Dienstvereinbarungen');
    expect(await dialog.getByRole('checkbox', { name: 'Elektronische Akte in allen Fachbereichen' }).isChecked()).toBe(true);
    await expectAccessible(j.page);
    await endOfJourney(j, 'stakeholders-04-dialog');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
});
