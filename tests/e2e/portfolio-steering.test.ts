/**
 * Portfolio steering in the demo workspace, as a CDO goes through it: what
 * Übersicht says is due, an idea adopted into a measure, scored, and the
 * ranking moving with a weight; costs and a financing stack; a status report;
 * the charts (a click on a bubble opens the measure); the steering filters;
 * a funding programme found by search. One app, one page, one story.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readable } from './pages/measures-page.ts';
import { OverviewPage } from './pages/overview-page.ts';
import { ChartsPage, FinanceSection, IdeaPage, MeasureTabs, PortfolioNav, RankingPage, ScoringSection, StatusSection } from './pages/portfolio-steering.ts';
import { Shell } from './pages/shell.ts';
import { endOfJourney, expectAccessible, openCockpit, type Journey } from './support/journey.ts';

/** The full-page picture starts at the top: scrolled, the sticky Kopfzeile would be drawn across the middle. */
async function shootFromTop(j: Journey, name: string): Promise<void> {
  await j.page.evaluate(() => window.scrollTo(0, 0));
  await endOfJourney(j, name);
}

const IDEA = 'Füllstandssensoren für öffentliche Abfallbehälter';
const CHARTS = [
  ['Nutzen und Aufwand', 'nutzen-aufwand'],
  ['Phasen-Trichter', 'phasen-trichter'],
  ['Budget je Jahr', 'budget-je-jahr'],
  ['Förderquote im Zeitverlauf', 'foerderquote'],
  ['Ampel-Matrix', 'ampel-matrix'],
  ['Meilensteine', 'meilensteine'],
] as const;

describe('portfolio steering in the demo workspace', () => {
  let j: Journey;
  let shell: Shell;
  let nav: PortfolioNav;
  let tabs: MeasureTabs;
  let measureId = '';
  beforeAll(async () => {
    j = await openCockpit(['--demo']);
    shell = new Shell(j.page);
    nav = new PortfolioNav(j.page);
    tabs = new MeasureTabs(j.page);
    await shell.viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
  });
  afterAll(async () => {
    await j?.close();
  });

  it("shows on Übersicht this year's budget plan against actual and the funding deadlines ahead, each with a link to act", async () => {
    const main = j.page.getByRole('main');
    const year = new Date().getFullYear();
    const budget = main.getByRole('region', { name: `Budget ${year}: Plan und Ist` });
    await budget.getByText('Plan', { exact: true }).waitFor();
    expect(readable(await budget.textContent())).toMatch(/Plan[\d.]+ €Ist bisher[\d.]+ €/);
    expect(readable(await budget.textContent())).toMatch(/\d+ % des Plans ausgegeben/);
    const deadlines = main.getByRole('region', { name: 'Förderfristen der nächsten 90 Tage' });
    expect(await deadlines.getByRole('listitem').count()).toBeGreaterThanOrEqual(2);
    // The demo is anchored to today: running measures report, so only the two left stale on purpose show up.
    expect(readable(await main.getByRole('region', { name: 'Ohne aktuellen Statusbericht' }).locator('.cdo-tile__figure').textContent())).toBe('2');
    expect(await new OverviewPage(j.page).figure('Maßnahmen')).toBe('40');
    await expectAccessible(j.page);
    await endOfJourney(j, 'portfolio-01-uebersicht');
  });

  it('adopts an idea into a measure, which opens with the idea\'s title', async () => {
    await shell.goTo('Portfolio', 'Portfolio: Maßnahmen');
    await nav.link('Ideen').click();
    const idea = new IdeaPage(j.page);
    await idea.open(IDEA);
    await expectAccessible(j.page);
    await idea.adopt('Konzeption');
    await shell.viewHeading.filter({ hasText: 'Maßnahme bearbeiten' }).waitFor();
    measureId = /#\/portfolio\/([\w-]+)$/.exec(j.page.url())?.[1] ?? '';
    expect(measureId).not.toBe('');
    expect(await j.page.getByRole('main').getByLabel('Titel', { exact: true }).inputValue()).toBe(IDEA);
    await shootFromTop(j, 'portfolio-02-idee-uebernommen');
  });

  it('scores the new measure, and sees the ranking change when the weight of "Aufwand" moves', async () => {
    await tabs.open('Bewertung');
    const scoring = new ScoringSection(j.page);
    for (const c of ['Strategische Passung', 'Nutzen für Bürgerinnen und Bürger', 'Nutzen für die Beschäftigten', 'Dringlichkeit']) await scoring.score(c, 5);
    await scoring.score('Aufwand', 5);
    await scoring.score('Risiko', 4);
    expect(await scoring.save()).toMatch(/^Bewertung gespeichert\. Gesamtwert: [\d,]+ von 100\.$/);
    await expectAccessible(j.page);
    await shootFromTop(j, 'portfolio-03-bewertet');

    await nav.link('Bewertung & Rangfolge').click();
    await shell.viewHeading.filter({ hasText: 'Bewertung & Rangfolge' }).waitFor();
    const ranking = new RankingPage(j.page);
    const place = await ranking.rankOf(IDEA);
    expect(place).toBeGreaterThan(0);
    // Much value but also the most effort: more weight on effort pushes it down.
    await ranking.moveWeight(/^Aufwand \(/, '+10');
    expect(await ranking.movementOf(IDEA)).toMatch(/^\d+ Pl(atz|ätze) nach unten$/);
    expect(await ranking.announcement()).toMatch(/„Aufwand“ bei 25 %: \d+ Maßnahmen? wechsel/);
    await expectAccessible(j.page);
    await shootFromTop(j, 'portfolio-04-rangfolge-gewicht');
  });

  it('adds costs for two years and a financing stack that covers them', async () => {
    await j.page.getByRole('main').getByRole('link', { name: IDEA, exact: true }).first().click();
    await shell.viewHeading.filter({ hasText: 'Maßnahme bearbeiten' }).waitFor();
    await tabs.open('Finanzen');
    const finance = new FinanceSection(j.page);
    const year = new Date().getFullYear();
    await finance.addCost({ year: String(year + 1), kind: 'investiv', plan: '80.000', category: 'Sensoren' });
    await finance.addCost({ year: String(year + 2), kind: 'konsumtiv', plan: '20.000', category: 'Betrieb' });
    await j.page.getByRole('main').getByText('Zu finanzieren: 100.000 €').waitFor();
    expect(await finance.saveFinancing([
      { source: 'Fördermittel', name: 'Kommunalrichtlinie – Klimaschutz', amount: '60.000' },
      { source: 'Eigenmittel', name: 'Haushalt Umweltamt', amount: '40.000' },
    ])).toBe('Finanzierung vollständig');
    await expectAccessible(j.page);
    await shootFromTop(j, 'portfolio-05-kosten-finanzierung');
  });

  it('files a status report with a yellow light for the scope', async () => {
    await tabs.open('Statusberichte');
    const status = new StatusSection(j.page);
    const filed = await status.file({
      lights: { Termine: 'Grün', Kosten: 'Grün', 'Umfang/Qualität': 'Gelb', Ressourcen: 'Grün', Wirkung: 'Grün' },
      achievements: 'Standorte für 120 Sensoren mit dem Bauhof abgestimmt.',
      nextSteps: 'Ausschreibung vorbereiten; Datenschutz klären.',
    });
    expect(filed).toMatch(/^Statusbericht vom \d\d\.\d\d\.\d{4} abgegeben\.$/);
    await expectAccessible(j.page);
    await shootFromTop(j, 'portfolio-06-statusbericht');
  });

  it('shows every chart with something to read, and a click on a bubble opens the measure', async () => {
    await nav.link('Diagramme').click();
    await shell.viewHeading.filter({ hasText: 'Diagramme' }).waitFor();
    await shell.waitUntilLoaded();
    const charts = new ChartsPage(j.page);
    for (const [title, shot] of CHARTS) {
      await charts.drawn(title);
      await charts.shoot(title, `portfolio-chart-${shot}`);
    }
    // The new measure's yellow light is in the matrix; it links to its reports.
    const matrix = charts.card('Ampel-Matrix');
    const row = matrix.getByRole('row').filter({ has: j.page.getByRole('link', { name: IDEA, exact: true }) });
    expect((await row.locator('td').allTextContents()).map(readable).slice(0, 6)).toEqual(['Grün', 'Grün', 'Gelb', 'Grün', 'Grün', 'Gelb']);
    await expectAccessible(j.page);
    await shootFromTop(j, 'portfolio-07-diagramme');

    await charts.bubble(measureId).click();
    await shell.viewHeading.filter({ hasText: 'Maßnahme bearbeiten' }).waitFor();
    expect(j.page.url()).toMatch(new RegExp(`#/portfolio/${measureId}$`));
    expect(await j.page.getByRole('main').getByLabel('Titel', { exact: true }).inputValue()).toBe(IDEA);
  });

  it('opens the yellow measures from the lights on Übersicht, and narrows them by funding', async () => {
    await shell.goTo('Übersicht');
    const lights = j.page.getByRole('main').getByRole('region', { name: 'Ampeln des Portfolios' });
    await lights.locator('.cdo-tile__counts').getByRole('listitem').filter({ hasText: /^Gelb/ }).getByRole('link').click();
    await shell.viewHeading.filter({ hasText: 'Portfolio: Maßnahmen' }).waitFor();
    const filters = j.page.getByRole('form', { name: 'Maßnahmen filtern' });
    expect(await filters.getByLabel('Ampel', { exact: true }).inputValue()).toBe('yellow');
    const titles = () => j.page.getByRole('main').getByRole('table').getByRole('rowheader').getByRole('link').allTextContents();
    await j.page.getByRole('main').getByRole('table').getByRole('link', { name: IDEA, exact: true }).waitFor();
    await filters.getByLabel('Förderung', { exact: true }).selectOption({ label: 'Ohne Förderung' });
    await j.page.getByRole('main').getByRole('table').getByRole('link', { name: IDEA, exact: true }).waitFor({ state: 'detached' });
    expect(await titles()).not.toContain(IDEA);
    await filters.getByLabel('Förderung', { exact: true }).selectOption({ label: 'Mit Fördermitteln' });
    await j.page.getByRole('main').getByRole('table').getByRole('link', { name: IDEA, exact: true }).waitFor();
    await expectAccessible(j.page);
    await shootFromTop(j, 'portfolio-08-filter-ampel-foerderung');
  });

  it('finds a funding programme in the search with the other German spelling and opens it', async () => {
    const search = await shell.openSearch();
    await search.search('Gigabitfoerderung');
    await search.hit('Gigabitförderung des Bundes').waitFor();
    await search.openActiveHit();
    await shell.viewHeading.filter({ hasText: 'Förderprogramm' }).waitFor();
    expect(j.page.url()).toMatch(/#\/funding\/[\w-]+$/);
    await j.page.getByRole('main').getByText('Gigabitförderung des Bundes').first().waitFor();
    await shootFromTop(j, 'portfolio-09-suche-foerderprogramm');
  });
});
