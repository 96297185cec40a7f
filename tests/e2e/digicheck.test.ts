/**
 * The DigiCheck as a CDO uses it: in a new workspace, from the empty list to a
 * first DigiCheck (a field of action stands in for a unit there); in the demo
 * workspace, the list of
 * Musterstadt's checks, the Wohngeldstelle's progress from 2025 to 2026 on the
 * radar and in the comparison table, a new DigiCheck for the Bürgerbüro
 * scored question by question with the radar's table following, and the
 * catalogue editor saying which version it edits.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigicheckPage } from './pages/digicheck-page.ts';
import { Shell } from './pages/shell.ts';
import { StartScreen } from './pages/start-screen.ts';
import { endOfJourney, expectAccessible, openCockpit, type Journey } from './support/journey.ts';

describe('DigiCheck in the demo workspace', () => {
  let j: Journey;
  let shell: Shell;
  let dc: DigicheckPage;

  beforeAll(async () => {
    j = await openCockpit(['--demo']);
    shell = new Shell(j.page);
    dc = new DigicheckPage(j.page);
    await shell.viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('lists the demo checks and shows the Wohngeldstelle\'s progress since 2025', async () => {
    await dc.open();
    await dc.list().getByRole('row').nth(3).waitFor();
    expect(await dc.list().getByRole('rowheader').allTextContents()).toEqual([
      expect.stringMatching(/^DigiCheck Wohngeldstelle \d{4}$/), expect.stringMatching(/^DigiCheck IT und Digitalisierung/), expect.stringMatching(/^DigiCheck Wohngeldstelle \d{4}$/),
    ]);
    await expectAccessible(j.page);
    await endOfJourney(j, 'digicheck-01-liste');

    const newest = (await dc.list().getByRole('rowheader').first().textContent())!.trim();
    await dc.openAssessment(newest);
    await dc.comparisonTable().waitFor();
    const processes = dc.comparisonTable().getByRole('row').filter({ has: j.page.getByRole('rowheader', { name: 'Prozesse', exact: true }) });
    expect((await processes.getByRole('cell').allTextContents())[2]).toMatch(/^\+/);
    await expectAccessible(j.page);
    await endOfJourney(j, 'digicheck-02-wohngeld-vergleich');
  });

  it('creates a DigiCheck for the Bürgerbüro, scores questions and the radar table follows', async () => {
    await dc.open();
    const title = await dc.create({ unit: 'Bürgerbüro', heldOn: '2026-11-20' });
    expect(title).toBe('DigiCheck Bürgerbüro 2026');
    await dc.showRadarTable();
    expect(await dc.radarRow('Prozesse')).toEqual(['–', '–', '–', '0 von 4']);

    await dc.openDimension('Prozesse');
    await dc.score('Sind die wichtigsten Arbeitsabläufe beschrieben (z. B. als Prozessmodell)?', 1, 3, 'Nur für die Meldebescheinigung beschrieben.');
    await dc.score('Wird die E-Akte für die Vorgänge der Einheit genutzt?', 2, 4);
    await expect.poll(() => dc.radarRow('Prozesse')).toEqual(['1,5', '3,5', '+2', '2 von 4']);
    await dc.score('Gibt es schriftlich festgehaltene Digitalisierungsziele für die Einheit?', 2, 3);
    await dc.openDimension('Onlinedienste');
    await dc.score('Sind die Leistungen der Einheit online beantragbar?', 3, 4);
    // Three dimensions scored: the radar is drawn.
    await dc.radarCard().locator('.recharts-polar-grid').waitFor();
    expect(await dc.main.getByText(/Im Mittel Ist 2,17, Soll 3,5\./).count()).toBe(1);
    await expectAccessible(j.page);
    await endOfJourney(j, 'digicheck-03-buergerbuero-bewertet');

    // Deleting asks first and can be taken back.
    await dc.main.getByRole('button', { name: 'DigiCheck löschen' }).click();
    await j.page.getByRole('alertdialog', { name: 'DigiCheck löschen?' }).getByRole('button', { name: 'DigiCheck löschen' }).click();
    await dc.main.getByRole('heading', { level: 2, name: 'DigiChecks' }).waitFor();
    await expect.poll(() => dc.list().getByRole('rowheader').count()).toBe(3);
    await shell.undo();
    await expect.poll(() => dc.list().getByRole('rowheader').count()).toBe(4);
  });

  it('opens the catalogue editor, which names the version in use', async () => {
    await dc.open();
    await dc.openCatalogue();
    await dc.main.getByText('Sie bearbeiten „DigiCheck Kommune“, Version 1.').waitFor();
    // The three demo checks and the Bürgerbüro's use version 1.
    expect(await dc.main.getByText(/^4 DigiChecks verwenden Version 1\. Beim Speichern entsteht Version 2/).count()).toBe(1);
    await expectAccessible(j.page);
    await endOfJourney(j, 'digicheck-04-fragenkatalog');
  });
});

describe('DigiCheck in a new workspace', () => {
  let j: Journey;

  beforeAll(async () => {
    j = await openCockpit();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('starts from the empty list and creates a first DigiCheck for a field of action', async () => {
    const start = await new StartScreen(j.page).waitUntilShown();
    await start.searchMunicipality('Minden');
    await start.pickMunicipality('Minden, Stadt', 'Minden-Lübbecke');
    await start.createWorkspace();
    await new Shell(j.page).viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
    const dc = new DigicheckPage(j.page);
    await dc.open();
    await dc.main.getByText(/^Noch kein DigiCheck\./).waitFor();
    await expectAccessible(j.page);
    await endOfJourney(j, 'digicheck-00-leer');

    const title = await dc.create({ unit: 'Verwaltung & Bürgerservice', title: 'DigiCheck Bürgerservice', heldOn: '2026-11-20' });
    await dc.openDimension('Onlinedienste');
    await dc.score('Sind die Leistungen der Einheit online beantragbar?', 1, 3);
    await expect.poll(() => dc.radarRow('Onlinedienste')).toEqual(['1', '3', '+2', '1 von 4']);
    expect(await dc.heading(title).count()).toBe(1);
  });
});
