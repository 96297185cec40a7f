/**
 * The OZG-Reifegrad as a CDO uses it in the demo workspace: Standortanalyse →
 * OZG-Reifegrad, the Themenfeld chart with its table, one service's Ist level
 * raised in the dialog (a level above the model's maximum refused first), and
 * the chart's table following the change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OzgMaturityPage } from './pages/ozg-maturity-page.ts';
import { Shell } from './pages/shell.ts';
import { endOfJourney, expectAccessible, openCockpit, type Journey } from './support/journey.ts';

describe('OZG maturity in the demo workspace', () => {
  let j: Journey;
  let shell: Shell;
  let ozg: OzgMaturityPage;

  beforeAll(async () => {
    j = await openCockpit(['--demo']);
    shell = new Shell(j.page);
    ozg = new OzgMaturityPage(j.page);
    await shell.viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('shows the charts and the assessed services of Musterstadt', async () => {
    await shell.goTo('Standortanalyse');
    await ozg.services().getByRole('row').nth(40).waitFor();
    await ozg.showLevelsTable();
    // Familie & Kind in the demo: levels 0–4 and the total.
    expect(await ozg.levelCounts('Familie & Kind')).toEqual([0, 2, 3, 2, 1, 8]);
    await expectAccessible(j.page);
    await endOfJourney(j, 'ozg-01-reifegrad-uebersicht');
  });

  it('refuses a level above the model maximum, then raises Musikschule to level 3 and the chart follows', async () => {
    await ozg.search('Musikschule');
    const dialog = await ozg.openDialog('Musikschule');
    await dialog.getByRole('combobox', { name: 'Reifegradmodell' }).selectOption('2.0');
    await ozg.setIst(dialog, 'Stufe 6');
    await dialog.getByRole('combobox', { name: 'Reifegradmodell' }).selectOption('1.1');
    await ozg.save(dialog);
    await expect.poll(() => dialog.getByRole('combobox', { name: /^Reifegrad heute/ }).getAttribute('aria-invalid')).toBe('true');
    expect(await dialog.textContent()).toContain('Im Reifegradmodell 1.1 ist die höchste Stufe 4.');
    await expectAccessible(j.page);
    await endOfJourney(j, 'ozg-02-stufe-zu-hoch');

    await ozg.setIst(dialog, 'Stufe 3 – Antrag vollständig online');
    await ozg.save(dialog);
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => ozg.levelCounts('Familie & Kind')).toEqual([0, 1, 3, 3, 1, 8]);
    // The chart and the list reload separately after the save: wait for the list too.
    await expect.poll(() => ozg.services().getByRole('row').nth(1).textContent()).toMatch(/Musikschule.*3 → 3/);
    await expectAccessible(j.page);
    await endOfJourney(j, 'ozg-03-musikschule-stufe-3');
  });
});
