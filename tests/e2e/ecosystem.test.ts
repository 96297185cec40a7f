/**
 * The Ökosystem of Musterstadt as a CDO uses it: the map of fields × spheres,
 * a count opened and the Stadtwerke opened from it; the actor network with
 * its list of relations; the org tree and the roles; and a field of action
 * that measures still use deleted by moving them to another field first
 * (Ctrl+Z brings it back).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EcosystemPage } from './pages/ecosystem-page.ts';
import { Shell } from './pages/shell.ts';
import { endOfJourney, expectAccessible, openCockpit, type Journey } from './support/journey.ts';

describe('the ecosystem in the demo workspace', () => {
  let j: Journey;
  let shell: Shell;
  let eco: EcosystemPage;

  beforeAll(async () => {
    j = await openCockpit(['--demo']);
    shell = new Shell(j.page);
    eco = new EcosystemPage(j.page);
    await shell.viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('shows the map, opens a count and the Stadtwerke from its list', async () => {
    await shell.goTo('Ökosystem');
    await eco.tab('Karte');
    await eco.map().waitFor();
    expect(await eco.map().getByRole('columnheader').allTextContents()).toEqual(['Handlungsfeld', 'Kernverwaltung', 'Konzern Kommune', 'Örtliche Gemeinschaft', 'Externe Partner']);
    await expectAccessible(j.page);
    await endOfJourney(j, 'ecosystem-01-karte');

    await eco.count('Akteur', 'Energie & Klima', 'Konzern Kommune').click();
    const list = eco.dialog('Akteure: Energie & Klima · Konzern Kommune');
    await list.waitFor();
    await expectAccessible(j.page);
    await endOfJourney(j, 'ecosystem-02-liste');
    await list.getByRole('link', { name: 'Stadtwerke Musterstadt' }).click();
    const actor = eco.dialog('Akteur „Stadtwerke Musterstadt“');
    await actor.waitFor();
    expect(await actor.getByRole('combobox', { name: 'Sphäre' }).inputValue()).toBe('municipal_group');
    expect(await actor.getByRole('checkbox', { name: 'Energie & Klima' }).isChecked()).toBe(true);
    await expectAccessible(j.page);
    await endOfJourney(j, 'ecosystem-03-akteur');
    await actor.getByRole('button', { name: 'Abbrechen' }).click();
    await actor.waitFor({ state: 'detached' });
    expect(j.page.url()).toMatch(/#\/ecosystem\/actors$/);
  });

  it('shows the actor network with every relation listed in words', async () => {
    await eco.tab('Netzwerk');
    await eco.main.getByRole('img', { name: /Netzwerk aus 30 Akteuren/ }).waitFor();
    expect(await eco.relations().getByRole('row').count()).toBeGreaterThan(20);
    await eco.main.locator('svg g', { hasText: 'Stabsstelle Digitalisierung' }).first().click();
    // The click chose the actor in the list too; the table shows only its relations.
    expect(await eco.main.getByLabel('Beziehungen zeigen von').inputValue()).not.toBe('');
    await eco.main.getByRole('heading', { name: 'Beziehungen von „Stabsstelle Digitalisierung“' }).waitFor();
    await expectAccessible(j.page);
    await endOfJourney(j, 'ecosystem-04-netzwerk');
  });

  it('shows the org tree and the roles of Musterstadt', async () => {
    await eco.tab('Organisation');
    await eco.main.getByRole('rowheader', { name: /^Wohngeldstelle\s*,\s*gehört zu Fachbereich 5/ }).waitFor();
    expect(await eco.main.getByRole('table', { name: 'Organisation' }).getByRole('row').count()).toBeGreaterThanOrEqual(16);
    await expectAccessible(j.page);
    await endOfJourney(j, 'ecosystem-05-organisation');
    await eco.tab('Rollen');
    await eco.main.getByRole('row', { name: /CDO\).*Jana Albers/ }).waitFor();
    expect(await eco.main.getByRole('row', { name: /Digitallots/ }).count()).toBe(4);
    await expectAccessible(j.page);
    await endOfJourney(j, 'ecosystem-06-rollen');
  });

  it('deletes a used field only after moving its measures, and Ctrl+Z brings it back', async () => {
    await eco.tab('Handlungsfelder');
    const row = eco.fieldRow('Mobilität & Verkehr');
    const count = (await row.getByRole('cell').nth(2).textContent())?.trim();
    expect(Number(count)).toBeGreaterThan(0);
    await row.getByRole('button', { name: 'Löschen: Mobilität & Verkehr' }).click();
    const dialog = j.page.getByRole('alertdialog', { name: 'Handlungsfeld „Mobilität & Verkehr“ löschen?' });
    await dialog.getByText(`${count} Maßnahmen sind diesem Handlungsfeld zugeordnet`).waitFor();
    await dialog.getByRole('combobox', { name: 'Maßnahmen verschieben nach' }).selectOption({ label: 'Stadtentwicklung & Wohnen' });
    await expectAccessible(j.page);
    await endOfJourney(j, 'ecosystem-07-feld-loeschen');
    await dialog.getByRole('button', { name: 'Verschieben und löschen' }).click();
    await eco.main.getByText(`${count} Maßnahmen wurden nach „Stadtentwicklung & Wohnen“ verschoben und „Mobilität & Verkehr“ gelöscht.`).waitFor();
    await expect.poll(() => eco.fieldRow('Mobilität & Verkehr').count()).toBe(0);
    await endOfJourney(j, 'ecosystem-08-verschoben');

    await j.page.keyboard.press('Control+z');
    await eco.fieldRow('Mobilität & Verkehr').waitFor();
    expect((await eco.fieldRow('Mobilität & Verkehr').getByRole('cell').nth(2).textContent())?.trim()).toBe(count);
  });
});
