/**
 * The recommendations section of a DigiCheck against a real core: adding a
 * recommendation (unreadable amounts and a reversed range refused next to
 * their fields), the three year lanes with their sums, the table view, one
 * click to an idea with the link shown, deleting after a confirmation, and
 * the report saved as a download under the core's file name.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';
import { RecommendationsSection } from '../../renderer/features/digicheck-strategy/recommendations-section.tsx';
import { value } from '../support/core-harness.ts';
import { insertAssessment, recommendation } from '../unit/digicheck-strategy-fixture.ts';
import { searchFromOverview } from './global-search.ts';
import { useApp } from './setup-app.tsx';

const app = useApp();

async function open(seed = false) {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  const { id } = insertAssessment(app.h);
  if (seed) {
    value(await app.api.saveRecommendation(recommendation(id, { title: 'Antragsportal anbinden', year: 1, oneOffMin: 50_000, oneOffMax: 80_000, yearlyMin: 10_000, yearlyMax: 20_000, staffFte: 0.5 })));
    value(await app.api.saveRecommendation(recommendation(id, { title: 'E-Akte einführen', year: 2, priority: 'medium', yearlyMin: 5000, yearlyMax: 5000 })));
  }
  app.renderView(<RecommendationsSection assessmentId={id} />);
  await screen.findByRole('heading', { level: 3, name: 'Empfehlungen und Teilstrategie 2027–2029' });
  return id;
}

const lane = (year: string) => screen.getByRole('heading', { level: 4, name: new RegExp(year) }).closest('li') as HTMLElement;

describe('RecommendationsSection', () => {
  it('adds a recommendation; unreadable amounts and a reversed range are named at their fields and nothing is saved', async () => {
    const assessmentId = await open();
    expect(screen.getByText(/Noch keine Empfehlungen/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Als Bericht exportieren' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Empfehlung hinzufügen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Empfehlung hinzufügen' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Empfehlung' }), { target: { value: 'Statusabruf für Antragstellende' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Jahr der Teilstrategie' }), { target: { value: '2' } });
    expect(within(dialog).getByRole('option', { name: 'Jahr 2 (2028)' })).toBeInTheDocument();
    const from = within(dialog).getByRole('textbox', { name: /^Einmalige Kosten von/ });
    const to = within(dialog).getByRole('textbox', { name: /^Einmalige Kosten bis/ });
    fireEvent.change(from, { target: { value: 'viel' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(from).toHaveAttribute('aria-invalid', 'true'));
    expect(from).toHaveAccessibleDescription(/Betrag in Euro/);

    fireEvent.change(from, { target: { value: '40.000' } });
    fireEvent.change(to, { target: { value: '25.000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(to).toHaveAttribute('aria-invalid', 'true'));
    expect(to).toHaveAccessibleDescription(/„bis“ ist kleiner als der Betrag „von“/);
    expect(value(await app.api.listRecommendations({ assessmentId }))).toEqual([]);

    fireEvent.change(to, { target: { value: '60.000' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Personalbedarf/ }), { target: { value: '0,5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await screen.findByText('Die Empfehlung „Statusabruf für Antragstellende“ ist gespeichert.');
    expect(within(lane('2028')).getByRole('heading', { level: 5, name: 'Statusabruf für Antragstellende' })).toBeInTheDocument();
    expect(value(await app.api.listRecommendations({ assessmentId }))[0]).toMatchObject({ year: 2, oneOffMin: 40_000, oneOffMax: 60_000, staffFte: 0.5 });
  });

  it('shows the three years with their sums, the honest three-year total and the same content as a table', async () => {
    await open(true);
    // 50–80k one-off + yearly 10–20k in three years + 5k in two years.
    const summary = screen.getByText('Kosten der drei Jahre').closest('dl') as HTMLElement;
    expect(summary).toHaveTextContent(/Kosten der drei Jahre\s*90\.000–150\.000\s€/);
    expect(summary).toHaveTextContent(/Laufend je Jahr ab 2029\s*15\.000–25\.000\s€/);
    expect(screen.getByText(/Laufende Kosten fallen ab dem Jahr ihrer Empfehlung jedes Jahr wieder an/)).toBeInTheDocument();
    expect(lane('2027')).toHaveTextContent(/Kosten des Jahres: 60\.000–100\.000\s€/);
    expect(lane('2029')).toHaveTextContent('Für dieses Jahr ist nichts vorgesehen.');
    const costs = screen.getByRole('table', { name: 'Kosten und Personal je Jahr' });
    expect(within(costs).getByRole('row', { name: /Drei Jahre zusammen/ })).toHaveTextContent(/90\.000–150\.000\s€/);

    fireEvent.click(screen.getByRole('button', { name: 'Tabelle' }));
    const table = await screen.findByRole('table', { name: 'Alle Empfehlungen der Teilstrategie' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByRole('row', { name: /E-Akte einführen/ })).toHaveTextContent(/2028.*Mittel/);
    expect(screen.getByRole('button', { name: 'Tabelle' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('turns a recommendation into an idea with one click and shows the link; deletes after a confirmation', async () => {
    const assessmentId = await open(true);
    fireEvent.click(screen.getByRole('button', { name: '„E-Akte einführen“ als Idee übernehmen' }));
    await screen.findByText('Die Idee „E-Akte einführen“ ist angelegt. Rückgängig mit Strg+Z.');
    const link = await within(lane('2028')).findByRole('link', { name: 'E-Akte einführen' });
    const idea = value(await app.api.listIdeas({})).rows[0]!;
    expect(link).toHaveAttribute('href', `#/portfolio/ideas/${idea.id}`);
    expect(idea).toMatchObject({ source: 'digicheck', submitter: 'DigiCheck Wohngeldstelle 2026' });
    expect(within(lane('2028')).queryByRole('button', { name: /als Maßnahme übernehmen/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '„Antragsportal anbinden“ löschen' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Empfehlung löschen?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Löschen' }));
    await screen.findByText('Die Empfehlung „Antragsportal anbinden“ ist gelöscht.');
    expect(value(await app.api.listRecommendations({ assessmentId })).map((r) => r.title)).toEqual(['E-Akte einführen']);
  });

  // DOCX and PDF draw chart images with native code that jsdom cannot host: their bytes are checked in the node tests and e2e.
  it('saves the report in the chosen format under the core\'s file name', async () => {
    const downloads: string[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test/1');
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { downloads.push(this.download); });
    try {
      await open(true);
      fireEvent.click(screen.getByRole('button', { name: 'Als Bericht exportieren' }));
      const dialog = await screen.findByRole('dialog', { name: 'Teilstrategie als Bericht exportieren' });
      expect(within(dialog).getByRole('radio', { name: 'Word (DOCX)' })).toBeChecked();
      fireEvent.click(within(dialog).getByRole('radio', { name: 'Markdown' }));
      fireEvent.click(within(dialog).getByRole('button', { name: 'Exportieren' }));
      await within(dialog).findByText('Die Datei „Teilstrategie Wohngeldstelle 2027-2029.md“ wurde gespeichert.');
      expect(downloads).toEqual(['Teilstrategie Wohngeldstelle 2027-2029.md']);
    } finally {
      vi.restoreAllMocks();
    }
  });
});

describe('searching a recommendation', () => {
  it('finds it with German folding, names it a DigiCheck recommendation and opens its DigiCheck', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const { id } = insertAssessment(app.h);
    value(await app.api.saveRecommendation(recommendation(id, { title: 'Bürgerkonto anbinden' })));
    const { dialog, input } = await searchFromOverview(app, 'Buergerkonto');
    const [option] = await within(dialog).findAllByRole('option');
    expect(option).toHaveTextContent(/Bürgerkonto anbinden.*DigiCheck-Empfehlung/);
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe(`#/analysis/digicheck/${id}`));
  });
});
