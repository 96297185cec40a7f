/**
 * The demo workspace "Musterstadt", opened by `serve --demo`: global search,
 * every view of the sidebar, and backups with a restore. One app, one page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AboutPage } from './pages/about-page.ts';
import { BackupsPage } from './pages/backups-page.ts';
import { MeasureForm, MeasuresPage, readable } from './pages/measures-page.ts';
import { Shell } from './pages/shell.ts';
import { endOfJourney, expectAccessible, openCockpit, type Journey } from './support/journey.ts';

/** The sidebar in its order, with the h1 each view must show. */
const VIEWS: { link: string; heading: string; shot: string }[] = [
  { link: 'Übersicht', heading: 'Übersicht', shot: 'uebersicht' },
  { link: 'Ökosystem', heading: 'Ökosystem', shot: 'oekosystem' },
  { link: 'Standortanalyse', heading: 'Standortanalyse', shot: 'standortanalyse' },
  { link: 'Stakeholder', heading: 'Stakeholder', shot: 'stakeholder' },
  { link: 'Wertversprechen', heading: 'Wertversprechen', shot: 'wertversprechen' },
  { link: 'Agenda & Roadmap', heading: 'Agenda & Roadmap', shot: 'agenda-roadmap' },
  { link: 'Portfolio', heading: 'Portfolio: Maßnahmen', shot: 'portfolio' },
  { link: 'Peer-Austausch', heading: 'Peer-Austausch', shot: 'peer-austausch' },
  { link: 'Förderung', heading: 'Förderung', shot: 'foerderung' },
  { link: 'Sicherungen', heading: 'Sicherungen', shot: 'sicherungen' },
  { link: 'Über / Datenquellen', heading: 'Über / Datenquellen', shot: 'ueber-datenquellen' },
];

describe('the demo workspace Musterstadt', () => {
  let j: Journey;
  let shell: Shell;
  beforeAll(async () => {
    j = await openCockpit(['--demo']);
    shell = new Shell(j.page);
    await shell.viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('finds "Bürgerportal mit Servicekonto" when searching "Buergerportal" with Ctrl+K, and Enter opens it', async () => {
    expect(await shell.workspaceName()).toBe('Musterstadt (Demo)');
    const search = await shell.openSearch();
    await search.search('Buergerportal');
    await search.hit('Bürgerportal mit Servicekonto').waitFor();
    expect(await search.activeHitTitle()).toBe('Bürgerportal mit Servicekonto');
    await expectAccessible(j.page);
    await endOfJourney(j, '03a-search-buergerportal');

    await search.openActiveHit();
    const form = new MeasureForm(j.page);
    await shell.viewHeading.filter({ hasText: 'Maßnahme bearbeiten' }).waitFor();
    expect(await form.title.inputValue()).toBe('Bürgerportal mit Servicekonto');
    expect(j.page.url()).toMatch(/#\/portfolio\/[\w-]+$/);
    await expectAccessible(j.page);
    await endOfJourney(j, '03b-search-opened-measure');
  });

  it('opens every view of the sidebar with one h1, accessible, each with a screenshot', async () => {
    expect(await shell.moduleNames()).toEqual(VIEWS.map((v) => v.link));
    for (const [i, view] of VIEWS.entries()) {
      await shell.goTo(view.link, view.heading);
      expect(readable(await shell.viewHeading.textContent())).toBe(view.heading);
      expect(await shell.headings1.count()).toBe(1);
      expect(await shell.sidebarLink(view.link).getAttribute('aria-current')).toBe('page');
      await expectAccessible(j.page);
      await endOfJourney(j, `05-${String(i + 1).padStart(2, '0')}-${view.shot}`);
    }
  });

  it('names the data sources with their attribution in Über / Datenquellen', async () => {
    await shell.goTo('Über / Datenquellen');
    const about = new AboutPage(j.page);
    await about.sources.getByText('© Statistisches Bundesamt (Destatis), 2020', { exact: true }).waitFor();
    expect(readable(await about.sources.textContent())).toContain('dl-de/by-2-0');
    await endOfJourney(j, '05-about-sources');
  });

  it('backs up on request and restores the backup after a confirmation, keeping the workspace open', async () => {
    const MEASURE = 'Nach der Sicherung angelegt';
    await shell.goTo('Sicherungen');
    const backups = new BackupsPage(j.page);
    const before = await backups.list();

    await backups.backUpNow();
    const after = await backups.list();
    expect(after).toHaveLength(before.length + 1);
    expect(after[0]?.reason).toBe('manuell');
    await expectAccessible(j.page);
    await endOfJourney(j, '06a-backup-created');

    // A change after the backup, which the restore should take back.
    await shell.goTo('Portfolio', 'Portfolio: Maßnahmen');
    const list = new MeasuresPage(j.page);
    const form = await list.newMeasure();
    await form.fill({ title: MEASURE });
    await form.submit();
    await list.row(MEASURE).waitFor();

    await shell.goTo('Sicherungen');
    const manual = (await backups.list()).findIndex((b) => b.reason === 'manuell');
    expect(manual).toBeGreaterThanOrEqual(0);
    const when = await backups.askToRestore(manual);
    expect(readable(await backups.confirmDialog.textContent())).toContain(`Stand vom ${when} (manuell)`);
    await expectAccessible(j.page);
    await endOfJourney(j, '06b-restore-confirm');

    await backups.confirmRestore();
    await j.page.getByRole('main').getByRole('status').filter({ hasText: '„Musterstadt (Demo)“ wurde aus der Sicherung wiederhergestellt.' }).waitFor();
    expect(await shell.workspaceName()).toBe('Musterstadt (Demo)');
    await j.page.getByRole('main').getByRole('cell', { name: 'vor Wiederherstellung', exact: true }).first().waitFor();
    await expectAccessible(j.page);
    await endOfJourney(j, '06c-restored');

    await shell.goTo('Portfolio', 'Portfolio: Maßnahmen');
    await list.row('Bürgerportal mit Servicekonto').waitFor();
    expect(await list.titles()).not.toContain(MEASURE);
    await endOfJourney(j, '06d-restored-portfolio');
  });
});
