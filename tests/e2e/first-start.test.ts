/**
 * A CDO's first day, told as one story on one app with an empty data folder:
 * the start screen, a workspace for Minden, a first measure (with a mistake
 * on the way), undo and redo, and a look at it all in English. The steps run
 * in order and build on each other.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeasuresPage, readable } from './pages/measures-page.ts';
import { OverviewPage } from './pages/overview-page.ts';
import { Shell } from './pages/shell.ts';
import { StartScreen } from './pages/start-screen.ts';
import { endOfJourney, expectAccessible, openCockpit, type Journey } from './support/journey.ts';

const MEASURE = 'Digitaler Wohngeldantrag';

describe('first start with an empty data folder', () => {
  let j: Journey;
  beforeAll(async () => {
    j = await openCockpit();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('tells the namesakes "Neuenkirchen" apart by Kreis and Land', async () => {
    const start = await new StartScreen(j.page).waitUntilShown();
    await expectAccessible(j.page);

    const found = await start.searchMunicipality('Neuenkirchen');
    // The shipped list (GV-ISys 31.12.2019) has eleven municipalities named exactly "Neuenkirchen", in four Länder.
    const namesakes = found.filter((m) => m.name === 'Neuenkirchen');
    expect(namesakes).toHaveLength(11);
    for (const m of namesakes) {
      expect(m.details).toMatch(/\b(Landkreis|Kreis) \S/);
      expect(m.details).toMatch(/Schleswig-Holstein|Niedersachsen|Nordrhein-Westfalen|Mecklenburg-Vorpommern/);
    }
    expect(namesakes.some((m) => m.details.includes('Kreis Steinfurt · Nordrhein-Westfalen'))).toBe(true);
    // Two of them lie in the same Landkreis (Vorpommern-Greifswald): population and AGS still tell them apart.
    expect(namesakes.filter((m) => m.details.includes('Vorpommern-Greifswald'))).toHaveLength(2);
    expect(new Set(namesakes.map((m) => m.details)).size).toBe(namesakes.length);
    await expectAccessible(j.page);
    await endOfJourney(j, '01a-start-neuenkirchen');
  });

  it('creates a workspace for Minden, Stadt and opens an empty Übersicht', async () => {
    const start = new StartScreen(j.page);
    const found = await start.searchMunicipality('Minden');
    const minden = found.find((m) => m.name === 'Minden, Stadt');
    expect(minden?.details).toContain('Kreis Minden-Lübbecke');
    expect(minden?.details).toContain('Nordrhein-Westfalen');

    await start.pickMunicipality('Minden, Stadt', 'Minden-Lübbecke');
    expect(await start.municipality.inputValue()).toBe('Minden, Stadt');
    expect(readable(await start.chosen.textContent())).toContain('Nordrhein-Westfalen');
    await start.createWorkspace();

    const shell = new Shell(j.page);
    await shell.viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
    expect(await shell.workspaceName()).toBe('Minden, Stadt');
    expect(readable(await shell.workspace.textContent())).toContain('Nordrhein-Westfalen');

    const overview = new OverviewPage(j.page);
    expect(await overview.figure('Maßnahmen')).toBe('0');
    expect(await overview.emptyChart.isVisible()).toBe(true);
    await expectAccessible(j.page);
    await endOfJourney(j, '01b-first-start-overview');
  });

  it('refuses an end date before the start date next to the field, then saves the measure', async () => {
    const shell = new Shell(j.page);
    await shell.goTo('Portfolio');
    const list = new MeasuresPage(j.page);
    expect(readable(await list.count.textContent())).toBe('0 Maßnahmen');
    await expectAccessible(j.page);

    const form = await list.newMeasure();
    await form.fill({ title: MEASURE, field: 'Soziales & Teilhabe', phase: 'Umsetzung', budget: '180000', start: '2026-03-01', end: '2026-02-01' });
    await form.submit();
    expect(await form.waitForErrorOn(form.end)).toBe('Das Ende liegt vor dem Beginn.');
    expect(await form.errorFor(form.start)).toBe('');
    expect(readable(await form.summary.textContent())).toContain('Ende: Das Ende liegt vor dem Beginn.');
    await expectAccessible(j.page);
    await endOfJourney(j, '02a-measure-end-before-start');

    // Nothing was saved: the list is still empty.
    await shell.goTo('Portfolio');
    expect(readable(await list.count.textContent())).toBe('0 Maßnahmen');

    const again = await list.newMeasure();
    await again.fill({ title: MEASURE, field: 'Soziales & Teilhabe', phase: 'Umsetzung', budget: '180000', start: '2026-03-01', end: '2026-12-31' });
    await again.submit();
    await list.heading.waitFor();
    expect(await list.readRow(MEASURE)).toEqual({
      title: MEASURE,
      field: 'Soziales & Teilhabe',
      phase: 'Umsetzung',
      priority: 'Mittel',
      start: '01.03.2026',
      end: '31.12.2026',
      budget: '180.000 €',
    });
    expect(readable(await list.count.textContent())).toBe('1 Maßnahme');
    await expectAccessible(j.page);
    await endOfJourney(j, '02b-measure-saved');
  });

  it('counts the measure in the Übersicht chart and its table', async () => {
    const shell = new Shell(j.page);
    await shell.goTo('Übersicht');
    const overview = new OverviewPage(j.page);
    await overview.chart.waitFor();
    expect(await overview.figure('Maßnahmen')).toBe('1');
    expect(await overview.figure('Gesamtbudget')).toBe('180.000 €');
    expect(await overview.chart.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(0);
    await overview.openTable();
    expect(await overview.count('Soziales & Teilhabe', 'Umsetzung')).toBe('1');
    expect(await overview.count('Soziales & Teilhabe', 'Summe')).toBe('1');
    await expectAccessible(j.page);
    await endOfJourney(j, '02c-overview-chart');
  });

  it('undoes the new measure with Ctrl+Z, naming it, and brings it back with Ctrl+Shift+Z', async () => {
    const shell = new Shell(j.page);
    await shell.goTo('Portfolio');
    const list = new MeasuresPage(j.page);
    await list.row(MEASURE).waitFor();

    await shell.undo();
    await shell.notice(`Rückgängig: Maßnahme „${MEASURE}“ angelegt`).waitFor();
    await list.page.getByText('Noch keine Maßnahmen. Legen Sie mit „Neue Maßnahme“ die erste an.').waitFor();
    expect(await list.row(MEASURE).count()).toBe(0);
    await expectAccessible(j.page);
    await endOfJourney(j, '02d-measure-undone');

    await shell.redo();
    await shell.notice(`Wiederholt: Maßnahme „${MEASURE}“ angelegt`).waitFor();
    await list.row(MEASURE).waitFor();
    expect((await list.readRow(MEASURE)).budget).toBe('180.000 €');
    await endOfJourney(j, '02e-measure-redone');
  });

  it('switches to English (labels, money and dates) and back to German', async () => {
    const shell = new Shell(j.page);
    const list = new MeasuresPage(j.page);
    await shell.goTo('Portfolio');
    await shell.switchLanguage('English');
    expect(await shell.languageButton('English').getAttribute('aria-pressed')).toBe('true');
    await shell.sidebarLink('Overview').waitFor();
    expect(await shell.moduleNames()).toContain('Overview');
    expect(await shell.moduleNames()).not.toContain('Übersicht');
    expect(readable(await shell.page.getByRole('banner').textContent())).toContain('Close workspace');
    const row = await list.readRow(MEASURE);
    expect(row.budget).toBe('€180,000');
    expect(row.start).toBe('01/03/2026');
    expect(row.end).toBe('31/12/2026');
    expect(readable(await list.count.textContent())).toBe('1 measure');
    await expectAccessible(j.page);
    await endOfJourney(j, '04a-english-portfolio');

    await shell.goTo('Overview');
    expect(await new OverviewPage(j.page).figure('Total budget')).toBe('€180,000');
    await expectAccessible(j.page);
    await endOfJourney(j, '04b-english-overview');

    await shell.switchLanguage('Deutsch');
    await shell.sidebarLink('Übersicht').waitFor();
    expect(await shell.viewHeading.textContent()).toBe('Übersicht');
    expect(await new OverviewPage(j.page).figure('Gesamtbudget')).toBe('180.000 €');
    await endOfJourney(j, '04c-back-to-german');
  });
});
