/**
 * The digital agenda as a CDO works on it in the Musterstadt demo: writes a
 * goal with hostile-looking text and links a measure, reads the indicators,
 * freezes the draft (which then refuses edits and says why), opens a new
 * draft and changes it, compares the two versions side by side, and moves a
 * roadmap bar with the keyboard and the pointer, undoing each with Ctrl+Z.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AgendaPage } from './pages/agenda-page.ts';
import { readable } from './pages/measures-page.ts';
import { Shell } from './pages/shell.ts';
import { endOfJourney, expectAccessible, openCockpit, type Journey } from './support/journey.ts';

const GOAL = 'Verwaltung <script>alert("x")</script> & „Service“ 😀';
const OPERATIONAL = 'Termine rund um die Uhr';

describe('agenda and roadmap in the demo workspace', () => {
  let j: Journey;
  let shell: Shell;
  let agenda: AgendaPage;

  beforeAll(async () => {
    j = await openCockpit(['--demo']);
    shell = new Shell(j.page);
    agenda = new AgendaPage(j.page);
    await shell.viewHeading.filter({ hasText: 'Übersicht' }).waitFor();
  });
  afterAll(async () => {
    await j?.close();
  });

  it('opens the demo agenda with its texts and starting figures', async () => {
    await shell.goTo('Agenda & Roadmap');
    const text = readable(await agenda.main.textContent());
    expect(text).toContain('Digitale Agenda Musterstadt 2026–2030');
    expect(text).toContain('Fassung 2: Entwurf');
    expect(text).toContain('Online beantragbare Leistungen');
    await expectAccessible(j.page);
    await endOfJourney(j, 'agenda-01-ueberblick');
    // The texts as a form: every field labelled, then left without saving.
    await agenda.main.getByRole('button', { name: 'Texte bearbeiten' }).click();
    await agenda.main.getByRole('textbox', { name: 'Zielbild – optional' }).waitFor();
    await expectAccessible(j.page);
    await agenda.main.getByRole('button', { name: 'Abbrechen' }).click();
  });

  it('writes a goal whose text is shown as text, adds an operational goal and links a measure', async () => {
    await agenda.open('Ziele & Maßnahmen');
    await agenda.addStrategicGoal(GOAL, 'Ein Absatz mit <b>Markup</b> & "Anführungszeichen" \u200F bleibt Text.');
    await agenda.goal(GOAL).waitFor();
    expect(await j.page.locator('script', { hasText: 'alert("x")' }).count()).toBe(0);
    await agenda.main.getByRole('button', { name: `Operatives Ziel zu „${GOAL}“ hinzufügen` }).click();
    await agenda.dialog().waitFor();
    await expectAccessible(j.page);
    await agenda.fillGoal(OPERATIONAL, '');
    await agenda.linkMeasure(OPERATIONAL, 'Online-Terminvergabe im Bürgerbüro');
    const goal = agenda.goal(OPERATIONAL);
    await goal.getByRole('link', { name: 'Online-Terminvergabe im Bürgerbüro' }).waitFor();
    await expectAccessible(j.page);
    await endOfJourney(j, 'agenda-02-ziele');
  });

  it('shows every indicator with a chart and its measurements as a table', async () => {
    await agenda.open('Kennzahlen');
    const card = agenda.main.getByRole('region', { name: 'Anteil online gestellter Anträge' });
    await card.locator('.recharts-surface').first().waitFor();
    const table = card.getByRole('table', { name: 'Messwerte: Anteil online gestellter Anträge' });
    expect(readable(await table.textContent())).toContain('31.12.2025');
    expect(readable(await card.textContent())).toContain('65 %');
    await expectAccessible(j.page);
    await endOfJourney(j, 'agenda-03-kennzahlen');
  });

  it('freezes the draft: the agenda then refuses edits and says why', async () => {
    await agenda.open('Fassungen & Vergleich');
    await agenda.freezeDraft();
    await agenda.versionRow(2).filter({ hasText: 'Entwurf' }).waitFor();
    await agenda.open('Ziele & Maßnahmen');
    expect(readable(await agenda.lockNotice().textContent())).toContain('Fassung 2 ist eingefroren');
    expect(await agenda.main.getByRole('button', { name: 'Strategisches Ziel hinzufügen' }).count()).toBe(0);
  });

  it('opens a new draft, changes it and compares it with the frozen version side by side', async () => {
    await agenda.newDraft();
    await agenda.lockNotice().waitFor({ state: 'detached' });
    await agenda.editGoalTitle(OPERATIONAL, 'Termine online und vor Ort');
    await agenda.open('Fassungen & Vergleich');
    await agenda.versionRow(3).waitFor();
    const region = await agenda.compare('Fassung 2 – Entwurf (Fortschreibung 2026)', 'Fassung 3 – Entwurf');
    const goals = region.getByRole('table', { name: /^Ziele:/ });
    const row = goals.getByRole('row', { name: /Termine online und vor Ort/ });
    expect(readable(await row.textContent())).toContain('Titel: Termine rund um die Uhr');
    // The adopted 2025 version against today's draft: the new goal and the removed measure.
    const full = await agenda.compare('Fassung 1 – Beschlossen (Beschlussfassung 2025)', 'Fassung 3 – Entwurf');
    const text = readable(await full.textContent());
    expect(text).toContain('Bürgerinnen und Bürger digital beteiligen');
    expect(text).toMatch(/Urbane Datenplattform.*entfernt/);
    await expectAccessible(j.page);
    await endOfJourney(j, 'agenda-04-vergleich');
  });

  it('moves a roadmap bar with the keyboard and the pointer, and Ctrl+Z puts it back', async () => {
    await agenda.open('Roadmap');
    const bar = agenda.bar('Open-Data-Portal');
    const before = (await bar.getAttribute('aria-label')) ?? '';
    expect(readable(await agenda.main.getByRole('region', { name: /^Ohne Termin/ }).textContent())).toMatch(/Idee.*Beginn und Ende fehlen/);
    await bar.focus();
    await j.page.keyboard.press('ArrowRight');
    await expect.poll(() => bar.getAttribute('aria-label'), { timeout: 10_000 }).not.toBe(before);
    const moved = (await bar.getAttribute('aria-label')) ?? '';
    await j.page.keyboard.press('Control+z');
    await expect.poll(() => bar.getAttribute('aria-label'), { timeout: 10_000 }).toBe(before);

    // Middle of the window: the undo notice at the bottom must not lie over the bar.
    await bar.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    const box = (await bar.boundingBox())!;
    await j.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await j.page.mouse.down();
    await j.page.mouse.move(box.x + box.width / 2 + 100, box.y + box.height / 2, { steps: 5 });
    await j.page.mouse.up();
    await expect.poll(() => bar.getAttribute('aria-label'), { timeout: 10_000 }).not.toBe(before);
    expect(moved).toMatch(/Open-Data-Portal, .* bis /);
    await expectAccessible(j.page);
    await j.page.evaluate(() => window.scrollTo(0, 0));
    await endOfJourney(j, 'agenda-05-roadmap');
    // The print view: only the agenda, without the app's sidebar and header.
    await j.page.emulateMedia({ media: 'print' });
    expect(await j.page.locator('.cdo-sidebar').isVisible()).toBe(false);
    expect(await j.page.getByRole('heading', { level: 1, name: 'Agenda & Roadmap' }).isVisible()).toBe(true);
    await j.page.pdf({ path: 'test-results/screenshots/agenda-06-druck.pdf', format: 'A4', landscape: true, printBackground: true });
    await j.page.emulateMedia({ media: 'screen' });
    await j.page.keyboard.press('Control+z');
    await expect.poll(() => bar.getAttribute('aria-label'), { timeout: 10_000 }).toBe(before);
  });
});
