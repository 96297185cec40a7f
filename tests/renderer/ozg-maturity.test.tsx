/**
 * The Standortanalyse module's OZG-Reifegrad tab in the real app against a
 * real core: the service list with its default filter, recording a maturity
 * in the dialog (a level above the model's maximum is refused next to its
 * field, naming the maximum), and the chart tables following the change.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

async function openAnalysis() {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  value(await app.api.saveOzgMaturity({ ozgId: '10084', ist: 3, soll: 4, unit: 'Sozialamt' }));
  go('#/analysis');
  app.renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Standortanalyse' });
}

describe('the OZG maturity tab', () => {
  it('shows the tab, the DigiCheck tab beside it, the municipal services and the charts as tables', async () => {
    await openAnalysis();
    expect(screen.getByRole('link', { name: 'OZG-Reifegrad' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'DigiCheck' })).not.toHaveAttribute('aria-current');
    const table = await screen.findByRole('table', { name: 'OZG-Leistungen mit Reifegrad, Zuständigkeit und verknüpften Maßnahmen' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(50));
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/Grundsicherung im Alter.*Arbeit & Ruhestand.*3 → 4.*Sozialamt/);
    expect(screen.getByText(/Angezeigt werden die ersten 100 von \d+ Leistungen/)).toBeInTheDocument();
    const levels = await screen.findByRole('table', { name: 'Relevante Leistungen je Themenfeld und Stufe (Reifegradmodell 1.1)' });
    expect(within(levels).getByRole('row', { name: /Arbeit & Ruhestand/ })).toHaveTextContent('Arbeit & Ruhestand00010');
    expect((await screen.findByText('1 von 1 bewerteten Leistung auf Stufe 3 oder höher')).parentElement).toHaveTextContent(/^100\s%/);

    fireEvent.change(screen.getByRole('searchbox', { name: /Suche nach Leistung/ }), { target: { value: 'kindertagesbetreuung' } });
    await waitFor(() => expect(within(screen.getByRole('table', { name: /^OZG-Leistungen/ })).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByText('1 Leistung passt zu den Filtern')).toBeInTheDocument();
  });

  it('records a maturity in the dialog; a level above the maximum is refused next to its field', async () => {
    await openAnalysis();
    fireEvent.change(screen.getByRole('searchbox', { name: /Suche nach Leistung/ }), { target: { value: 'wohngeld' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Wohngeld bewerten' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reifegrad: Wohngeld' });
    const model = within(dialog).getByRole('combobox', { name: 'Reifegradmodell' });
    const ist = within(dialog).getByRole('combobox', { name: /^Reifegrad heute/ });
    // Level 6 exists in model 2.0; back on model 1.1 it stays chosen and the core refuses it.
    fireEvent.change(model, { target: { value: '2.0' } });
    fireEvent.change(ist, { target: { value: '6' } });
    fireEvent.change(model, { target: { value: '1.1' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bewertung speichern' }));
    await waitFor(() => expect(ist).toHaveAttribute('aria-invalid', 'true'));
    expect(ist).toHaveAccessibleDescription(/höchste Stufe 4/);
    expect(value(await app.api.getOzgMaturityChart({})).assessed).toBe(1);

    fireEvent.change(ist, { target: { value: '2' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Zuständige Stelle/ }), { target: { value: 'Wohngeldstelle' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Bewertung speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const levels = screen.getByRole('table', { name: 'Relevante Leistungen je Themenfeld und Stufe (Reifegradmodell 1.1)' });
    await waitFor(() => expect(within(levels).getByRole('row', { name: /Arbeit & Ruhestand/ })).toHaveTextContent('Arbeit & Ruhestand00110'));
    expect((await screen.findByText('1 von 2 bewerteten Leistungen auf Stufe 3 oder höher')).parentElement).toHaveTextContent(/^50\s%/);
    expect(value(await app.api.listOzgMaturity({ query: 'Wohngeld' })).rows[0]!.maturity).toMatchObject({ ist: 2, unit: 'Wohngeldstelle', model: '1.1' });

    // Removing the assessment brings the service back to "not assessed".
    fireEvent.click(screen.getByRole('button', { name: 'Bewertung von Wohngeld bearbeiten' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Reifegrad: Wohngeld' })).getByRole('button', { name: 'Bewertung entfernen' }));
    await screen.findByRole('button', { name: 'Wohngeld bewerten' });
    expect(value(await app.api.getOzgMaturityChart({})).assessed).toBe(1);
  });

  it('puts the share at level 3 or higher on a tile of Übersicht, linking to the tab', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    value(await app.api.saveMeasure({ title: 'Digitaler Wohngeldantrag' }));
    value(await app.api.saveOzgMaturity({ ozgId: '10084', ist: 3 }));
    value(await app.api.saveOzgMaturity({ ozgId: '10092', ist: 1 }));
    go('#/overview');
    app.renderApp();
    const tile = await screen.findByRole('region', { name: 'OZG-Reifegrad' });
    await waitFor(() => expect(tile).toHaveTextContent(/50 %.*1 von 2 bewerteten Leistungen auf Stufe 3 oder höher/));
    expect(within(tile).getByRole('link', { name: 'Zum OZG-Reifegrad' })).toHaveAttribute('href', '#/analysis/ozg');
  });

  it('finds an assessed service with the global search (Ctrl+K) and opens the tab searched for it', async () => {
    await openAnalysis();
    go('#/overview');
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const dialog = await screen.findByRole('dialog', { name: /Suche/ });
    const input = within(dialog).getByRole('combobox', { name: 'Suchbegriff' });
    fireEvent.change(input, { target: { value: 'grundsicherung' } });
    const option = await within(dialog).findByRole('option', { name: /Grundsicherung im Alter/ });
    expect(option).toHaveTextContent('OZG-Reifegrad');
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.getByRole('searchbox', { name: /Suche nach Leistung/ })).toHaveValue('Grundsicherung im Alter und bei Erwerbsminderung'));
    const table = await screen.findByRole('table', { name: /^OZG-Leistungen/ });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(screen.getByRole('combobox', { name: 'Auswahl' })).toHaveValue('all');
  });
});
