/**
 * The peer exchange as a CDO goes through it: both demo packs imported through
 * the UI (preview with publisher, licence and signature, one field mapped),
 * the library searched, "Wer hat die gleiche Idee?" for a Musterstadt idea and
 * one peer project adopted, a partnership on a measure, then own measures
 * exported as a signed pack and imported into a fresh workspace.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readable } from './pages/measures-page.ts';
import { PeersPage } from './pages/peers-page.ts';
import { Shell } from './pages/shell.ts';
import { StartScreen } from './pages/start-screen.ts';
import { endOfJourney, expectAccessible, openCockpit, type Journey } from './support/journey.ts';

const IDEA = 'Chatbot für häufige Fragen im Bürgerbüro';

describe('peer exchange in the demo workspace', () => {
  let j: Journey;
  let shell: Shell;
  let peers: PeersPage;
  const tmp = mkdtempSync(join(tmpdir(), 'cdo-peers-e2e-'));
  const packFile = join(tmp, 'musterstadt.cdopack');
  let fingerprint = '';
  let exported = 0;

  beforeAll(async () => {
    j = await openCockpit(['--demo']);
    shell = new Shell(j.page);
    peers = new PeersPage(j.page);
    await shell.viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
  });
  afterAll(async () => {
    await j?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('imports the signed Lindenau demo pack after a preview naming publisher, licence and key', async () => {
    await shell.goTo('Peer-Austausch');
    await expectAccessible(j.page);
    await peers.openImport();
    const preview = await peers.checkDemoPack('Stadt Lindenau (Demo)');
    const text = readable(await preview.textContent());
    expect(text).toContain('Stadt Lindenau (Demo)');
    expect(text).toContain('CC-BY-4.0');
    expect(text).toMatch(/Signiert – Schlüssel [0-9A-F]{4}( [0-9A-F]{4})+/);
    expect(text).toContain('Dieses Paket ist neu.');
    await expectAccessible(j.page);
    await endOfJourney(j, 'peers-01-vorschau-lindenau');
    expect(await peers.confirmImport(preview)).toMatch(/importiert: \d+ neu, 0 aktualisiert\./);
  });

  it('imports the unsigned Hohenfeld pack, mapping one of its fields of action', async () => {
    await peers.openImport();
    const preview = await peers.checkDemoPack('Kreis Hohenfeld (Demo)');
    const text = readable(await preview.textContent());
    expect(text).toContain('Nicht signiert');
    expect(text).toMatch(/Auffälligkeiten.*kreisProjektnummer/);
    await peers.mapField(preview, 'Smart Region', 'Daten & Plattformen');
    await expectAccessible(j.page);
    await endOfJourney(j, 'peers-02-vorschau-zuordnung');
    expect(await peers.confirmImport(preview)).toMatch(/Kreis Hohenfeld.*importiert: \d+ neu/);
  });

  it('browses the library: every project names publisher and licence; "buergerservice" finds "Bürgerservice-Portal"', async () => {
    const table = peers.libraryTable();
    await table.waitFor();
    expect(readable(await table.getByRole('row').nth(1).textContent())).toMatch(/(Stadt Lindenau|Kreis Hohenfeld) \(Demo\) · Lizenz /);
    await peers.search('buergerservice');
    await table.getByRole('row', { name: /Bürgerservice-Portal mit BundID/ }).waitFor();
    await expectAccessible(j.page);
    await endOfJourney(j, 'peers-03-bibliothek');
    await peers.search('');
  });

  it('shows who has the same idea for a Musterstadt idea, with reasons, and adopts one peer project', async () => {
    await peers.openTab('Wer hat die gleiche Idee?');
    const item = peers.ownItem('Eigene Idee', IDEA);
    await item.waitFor();
    const first = peers.hits(item).first();
    expect(readable(await first.textContent())).toMatch(/Chatbot für das Bürgerbüro Sehr ähnlich.*\(Demo\) · Lizenz .*gleiche Begriffe: Chatbot/);
    await expectAccessible(j.page);
    await endOfJourney(j, 'peers-04-gleiche-idee');
    expect(await peers.adoptFrom(first)).toMatch(/„Chatbot für das Bürgerbüro“ wurde als eigene Idee übernommen/);
  });

  it('shows peer matches in a measure\'s fact sheet and records a partnership there', async () => {
    const measure = peers.overviewTable().getByRole('rowheader').filter({ hasText: 'Eigene Maßnahme' }).first();
    await measure.getByRole('link').click();
    await j.page.getByRole('link', { name: 'Peers & Kooperation', exact: true }).waitFor();
    await j.page.getByRole('heading', { name: 'Wer hat die gleiche Idee?' }).waitFor();
    await j.page.getByRole('button', { name: 'Partnerschaft hinzufügen' }).click();
    const dialog = j.page.getByRole('dialog', { name: 'Partnerschaft hinzufügen' });
    await dialog.getByRole('radio', { name: 'eine Organisation' }).check();
    await dialog.getByLabel('Name der Organisation').fill('Kommunales Rechenzentrum Musterland');
    await dialog.getByLabel('Art der Zusammenarbeit').selectOption({ label: 'Dienstleister' });
    await dialog.getByLabel(/^Vereinbarung/).selectOption({ label: 'Vertrag' });
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    const table = j.page.getByRole('table', { name: 'Partnerschaften dieser Maßnahme' });
    const row = table.getByRole('row', { name: /Kommunales Rechenzentrum Musterland/ });
    await row.waitFor();
    expect(readable(await row.textContent())).toMatch(/Dienstleister.*Vertrag.*Geplant/);
    expect(await j.page.getByRole('table', { name: 'Ähnliche Peer-Projekte mit Herausgeber, Ähnlichkeit und Begründung' }).getByRole('row').count()).toBeGreaterThan(1);
    await expectAccessible(j.page);
    await endOfJourney(j, 'peers-05-steckbrief-kooperation');
  });

  it('opens a peer project read-only, with its origin and the own ideas it resembles', async () => {
    await shell.goTo('Peer-Austausch');
    await peers.libraryTable().getByRole('link', { name: 'Wohngeld-Antrag online mit Nachweis-Upload' }).click();
    await shell.viewHeading.filter({ hasText: 'Wohngeld-Antrag online mit Nachweis-Upload' }).waitFor();
    const main = j.page.getByRole('main');
    await main.getByRole('heading', { name: 'Ähnliche eigene Ideen und Maßnahmen' }).waitFor();
    await main.getByRole('link', { name: 'Digitaler Wohngeldantrag' }).waitFor();
    expect(readable(await main.getByRole('complementary', { name: 'Eckdaten' }).textContent())).toMatch(/Herkunft.*Stadt Lindenau \(Demo\) · Digitalprojekte der Stadt Lindenau.*Lizenz CC-BY-4\.0/);
    await expectAccessible(j.page);
    await endOfJourney(j, 'peers-05a-peer-projekt');
  });

  it('lists the partners of the demo (IKZ, EfA, provider, science) and the imported packs', async () => {
    await shell.goTo('Peer-Austausch');
    await peers.openTab('Partner');
    const partners = j.page.getByRole('table', { name: 'Partner mit gemeinsamen Maßnahmen, Art der Zusammenarbeit und Vereinbarung' });
    expect(readable(await partners.textContent())).toMatch(/Kreis Minden-Lübbecke.*Glasfaserausbau Gewerbegebiet Nord.*Kommunale Wärmeplanung digital/);
    await expectAccessible(j.page);
    await endOfJourney(j, 'peers-05b-partner');
    await peers.openTab('Pakete');
    const packs = j.page.getByRole('table', { name: 'Importierte Pakete mit Herausgeber, Lizenz, Signatur und Anzahl der Projekte' });
    expect(await packs.getByRole('row').count()).toBe(3);
    await expectAccessible(j.page);
    await endOfJourney(j, 'peers-05c-pakete');
  });

  it('exports own measures as a signed pack, licence CC-BY-4.0, without personal data', async () => {
    await shell.goTo('Peer-Austausch');
    const { download, message, personalData } = await peers.exportAll({ license: 'CC-BY-4.0', sign: true });
    expect(personalData).toBe(false);
    expect(download.suggestedFilename()).toMatch(/\.cdopack$/);
    await download.saveAs(packFile);
    const m = /mit (\d+) Projekten erstellt.*Signiert mit Schlüssel ([0-9A-F ]+)\./.exec(message);
    expect(m).not.toBeNull();
    exported = Number(m![1]);
    fingerprint = m![2]!.trim();
    expect(exported).toBeGreaterThan(0);
    await expectAccessible(j.page);
    await endOfJourney(j, 'peers-06-export');
  });

  it('imports that pack into a fresh workspace, showing the same key', async () => {
    const fresh = await openCockpit();
    try {
      const start = await new StartScreen(fresh.page).waitUntilShown();
      await start.searchMunicipality('Minden');
      await start.pickMunicipality('Minden, Stadt', 'Minden-Lübbecke');
      await start.createWorkspace();
      const freshShell = new Shell(fresh.page);
      await freshShell.viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
      await freshShell.goTo('Peer-Austausch');
      const freshPeers = new PeersPage(fresh.page);
      await freshPeers.openImport();
      const preview = await freshPeers.checkFile(packFile);
      const text = readable(await preview.textContent());
      expect(text).toContain(`Signiert – Schlüssel ${fingerprint}`);
      expect(text).toContain('Musterstadt');
      expect(await freshPeers.confirmImport(preview)).toMatch(new RegExp(`importiert: ${exported} neu`));
      await freshPeers.libraryTable().waitFor();
      expect(await freshPeers.libraryTable().getByRole('row').count()).toBe(Math.min(exported, 100) + 1);
      await expectAccessible(fresh.page);
      await endOfJourney(fresh, 'peers-07-frischer-arbeitsbereich');
    } finally {
      await fresh.close();
    }
  });
});
