/**
 * Value propositions as a CDO builds them in the demo workspace: the three
 * Musterstadt propositions with their coverage; a new one for Kita parents,
 * a problem and a problem reliever added, linked by checkbox, and the fit
 * summary moving from "0 von 1" to "1 von 1 Problemen gelöst"; a
 * proposition found by a word from one of its entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Shell } from './pages/shell.ts';
import { ValuePropositionsPage } from './pages/value-propositions-page.ts';
import { endOfJourney, expectAccessible, openCockpit, type Journey } from './support/journey.ts';

describe('value propositions in the demo workspace', () => {
  let j: Journey;
  let shell: Shell;
  let vp: ValuePropositionsPage;

  beforeAll(async () => {
    j = await openCockpit(['--demo']);
    shell = new Shell(j.page);
    vp = new ValuePropositionsPage(j.page);
    await shell.viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('lists the three demo propositions with how much of each target group they cover', async () => {
    await shell.goTo('Wertversprechen');
    await vp.table().waitFor();
    expect(await vp.table().getByRole('row').count()).toBe(4);
    expect(await vp.table().getByRole('row', { name: /Wohngeld ohne Papierstapel/ }).textContent()).toContain('Wohngeld-Antragstellende');
    await expectAccessible(j.page);
    await endOfJourney(j, 'value-01-liste');
  });

  it('opens the Wohngeld proposition in the two-column editor with its gaps', async () => {
    await vp.table().getByRole('link', { name: 'Wohngeld ohne Papierstapel' }).click();
    await vp.main.getByRole('heading', { level: 1, name: 'Wohngeld ohne Papierstapel' }).waitFor();
    expect(await vp.summary().textContent()).toContain('4 von 5 Problemen gelöst');
    expect(await vp.summary().textContent()).toContain('Problem auf Platz 1: Bearbeitung dauert derzeit rund zwölf Wochen');
    await expectAccessible(j.page);
    await endOfJourney(j, 'value-02-wohngeld');
    // The first screen as the CDO sees it (the full-page shot above is very tall).
    await j.page.screenshot({ path: 'test-results/screenshots/value-02-wohngeld-oben.png' });
    await vp.summary().screenshot({ path: 'test-results/screenshots/value-02-wohngeld-passung.png' });
  });

  it('builds a new proposition, links a reliever to a problem and sees the fit summary change', async () => {
    await shell.goTo('Wertversprechen');
    await vp.create('Kita-Platz online finden', 'Eltern mit Kita-Bedarf');
    await vp.add('Probleme', 'Neues Problem', 'Anmeldung bei jeder Kita einzeln');
    await vp.add('Problemlöser', 'Neuer Problemlöser', 'Eine zentrale Online-Anmeldung für alle Kitas');
    expect(await vp.summary().textContent()).toContain('0 von 1 Problemen gelöst');
    expect(await vp.summary().textContent()).toContain('Problem auf Platz 1: Anmeldung bei jeder Kita einzeln');

    const reliever = vp.list('Problemlöser');
    await reliever.getByRole('button', { name: '„Eine zentrale Online-Anmeldung für alle Kitas“ zuordnen' }).click();
    await reliever.getByRole('checkbox', { name: '1. Anmeldung bei jeder Kita einzeln' }).check();
    await expect.poll(() => vp.summary().textContent()).toContain('1 von 1 Problemen gelöst');
    expect(await vp.summary().textContent()).toContain('Alles abgedeckt');
    expect(await vp.list('Probleme').textContent()).toContain('gelöst durch: Eine zentrale Online-Anmeldung für alle Kitas');
    await expectAccessible(j.page);
    await endOfJourney(j, 'value-03-passung');
    await vp.summary().screenshot({ path: 'test-results/screenshots/value-03-passung-ausschnitt.png' });

    // The link is one undo step.
    await j.page.keyboard.press('Control+z');
    await expect.poll(() => vp.summary().textContent()).toContain('0 von 1 Problemen gelöst');
  });

  it('finds a proposition by a word from one of its entries and opens it', async () => {
    const search = await shell.openSearch();
    await search.search('Gewerbebescheinigung');
    expect(await search.activeHitTitle()).toBe('Gewerbe in einem Schritt anmelden');
    await search.openActiveHit();
    await vp.main.getByRole('heading', { level: 1, name: 'Gewerbe in einem Schritt anmelden' }).waitFor();
    expect(await vp.list('Probleme').textContent()).toContain('Lange Wartezeit auf die Gewerbebescheinigung');
  });
});
