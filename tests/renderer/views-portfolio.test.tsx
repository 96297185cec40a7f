/**
 * Portfolio views in the app: chosen columns, the new filters and sort keys,
 * saved views (save, duplicate refused next to the field, apply) and the board
 * by phase (change phase via the menu, undo with Ctrl+Z, the 100-card limit).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

async function startWith(measures: Parameters<typeof app.api.saveMeasure>[0][]) {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  for (const m of measures) value(await app.api.saveMeasure(m));
  go('#/portfolio');
  app.renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Portfolio: Maßnahmen' });
}

const headers = () => within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent);

describe('portfolio views: the steering filters', () => {
  it('filters by the light of the latest status report and by funding, and resets both', async () => {
    await startWith([
      { title: 'A-Maßnahme', phase: 'implementation', budget: 100_000 },
      { title: 'B-Maßnahme', phase: 'implementation', budget: 100_000 },
      { title: 'C-Maßnahme', phase: 'concept' },
    ]);
    const ids = Object.fromEntries(value(await app.api.listMeasures({})).rows.map((m) => [m.title, m.id]));
    const green = { schedule: 'green', cost: 'green', scope: 'green', resources: 'green', impact: 'green', achievements: 'Läuft.', nextSteps: 'Weiter.' } as const;
    value(await app.api.fileStatusReport({ measureId: ids['A-Maßnahme']!, ...green, cost: 'red' }));
    value(await app.api.fileStatusReport({ measureId: ids['B-Maßnahme']!, ...green }));
    value(await app.api.saveFinancing({ measureId: ids['B-Maßnahme']!, items: [{ sourceType: 'funding', name: 'Land', amount: 100_000 }] }));
    await screen.findByRole('link', { name: 'C-Maßnahme' });
    const titles = () => screen.queryAllByRole('link', { name: /-Maßnahme$/ }).map((a) => a.textContent).sort();

    const light = screen.getByRole('combobox', { name: 'Ampel' });
    expect(within(light).getAllByRole('option').map((o) => o.textContent)).toEqual(['Alle', 'Rot', 'Gelb', 'Grün', 'Grau (nicht beurteilt)', 'Ohne Statusbericht']);
    fireEvent.change(light, { target: { value: 'red' } });
    await waitFor(() => expect(titles()).toEqual(['A-Maßnahme']));
    fireEvent.change(light, { target: { value: 'none' } });
    await waitFor(() => expect(titles()).toEqual(['C-Maßnahme']));
    fireEvent.change(light, { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Förderung' }), { target: { value: 'funded' } });
    await waitFor(() => expect(titles()).toEqual(['B-Maßnahme']));
    fireEvent.change(screen.getByRole('combobox', { name: 'Förderung' }), { target: { value: 'none' } });
    await waitFor(() => expect(titles()).toEqual(['A-Maßnahme', 'C-Maßnahme']));
    fireEvent.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    await waitFor(() => expect(titles()).toEqual(['A-Maßnahme', 'B-Maßnahme', 'C-Maßnahme']));
  });
});

describe('portfolio views: the measures table', () => {
  it('shows the chosen columns in their fixed order, whatever order they are ticked in', async () => {
    await startWith([{ title: 'E-Akte', leadUnit: 'Hauptamt', projectLead: 'Frau Weber', progress: 40, tags: ['OZG', 'EfA'], mustCritical: true, efaReuse: true }]);
    await screen.findByRole('link', { name: 'E-Akte' });
    expect(headers()).toEqual(['Titel', 'Handlungsfeld', 'Phase', 'Priorität', 'Beginn', 'Ende', 'Budget']);

    fireEvent.click(screen.getByRole('button', { name: 'Spalten (7)' }));
    const picker = screen.getByRole('group', { name: 'Angezeigte Spalten' });
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Schlagworte' }));
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Projektleitung' }));
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Muss-Kriterien' }));
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Beginn' }));
    fireEvent.click(within(picker).getByRole('checkbox', { name: 'Ende' }));

    expect(headers()).toEqual(['Titel', 'Handlungsfeld', 'Phase', 'Priorität', 'Projektleitung', 'Budget', 'Muss-Kriterien', 'Schlagworte']);
    const row = within(screen.getByRole('link', { name: 'E-Akte' }).closest('tr')!);
    expect(row.getByText('Frau Weber')).toBeInTheDocument();
    expect(row.getByText('OZG, EfA')).toBeInTheDocument();
    expect(row.getByText('Geschäftskritisch')).toBeInTheDocument();
  });

  it('sorts by a new column and filters by lead unit, tag and must criteria', async () => {
    await startWith([
      { title: 'A-Maßnahme', leadUnit: 'Hauptamt', progress: 10, tags: ['OZG'] },
      { title: 'B-Maßnahme', leadUnit: 'Bürgerbüro', progress: 90, mustLegal: true },
      { title: 'C-Maßnahme', leadUnit: 'Hauptamt', progress: 50, tags: ['OZG', 'Schule'] },
    ]);
    await screen.findByRole('link', { name: 'C-Maßnahme' });
    fireEvent.click(screen.getByRole('button', { name: /^Spalten/ }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Fortschritt' }));
    fireEvent.click(screen.getByRole('button', { name: /^Fortschritt/ }));
    const titles = () => screen.getAllByRole('link', { name: /-Maßnahme$/ }).map((a) => a.textContent);
    await waitFor(() => expect(titles()).toEqual(['B-Maßnahme', 'C-Maßnahme', 'A-Maßnahme']));
    expect(screen.getByRole('columnheader', { name: /Fortschritt/ })).toHaveAttribute('aria-sort', 'descending');

    fireEvent.change(await screen.findByRole('combobox', { name: 'Federführung' }), { target: { value: 'Hauptamt' } });
    await waitFor(() => expect(titles()).toEqual(['C-Maßnahme', 'A-Maßnahme']));
    fireEvent.change(screen.getByRole('combobox', { name: 'Schlagwort' }), { target: { value: 'Schule' } });
    await waitFor(() => expect(titles()).toEqual(['C-Maßnahme']));
    fireEvent.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Muss-Kriterien' }), { target: { value: 'yes' } });
    await waitFor(() => expect(titles()).toEqual(['B-Maßnahme']));
    expect(screen.getByText('1 Maßnahme passt zu den Filtern')).toBeInTheDocument();
  });

  it('saves the current view under a name, refuses a duplicate next to the field, and applies a saved view', async () => {
    await startWith([{ title: 'Alpha', phase: 'idea' }, { title: 'Beta', phase: 'concept' }]);
    value(await app.api.saveView({ name: 'Ideen', config: { columns: ['phase'], filters: { phase: 'idea' } } }));
    await screen.findByRole('link', { name: 'Beta' });

    // Choose what to keep: only the phase and the budget, sorted by title.
    fireEvent.click(screen.getByRole('button', { name: /^Spalten/ }));
    for (const name of ['Handlungsfeld', 'Priorität', 'Beginn', 'Ende']) fireEvent.click(screen.getByRole('checkbox', { name }));
    fireEvent.click(screen.getByRole('button', { name: /^Titel/ }));

    fireEvent.click(screen.getByRole('button', { name: 'Ansicht speichern' }));
    let dialog = await screen.findByRole('dialog', { name: 'Ansicht speichern' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Name der Ansicht/ }), { target: { value: 'ideen' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    const name = within(dialog).getByRole('textbox', { name: /^Name der Ansicht/ });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Eine Ansicht „ideen“ gibt es bereits.'));
    expect(value(await app.api.listViews())).toHaveLength(1);

    fireEvent.change(name, { target: { value: 'Kompakt' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Ansicht „Kompakt“ gespeichert.')).toBeInTheDocument();
    const saved = value(await app.api.listViews()).find((v) => v.name === 'Kompakt')!;
    expect(saved.config).toMatchObject({ columns: ['phase', 'budget'], sort: { key: 'title', dir: 'asc' } });

    // Apply the other view: its columns and its filter come back.
    const select = screen.getByRole('combobox', { name: 'Gespeicherte Ansicht' });
    fireEvent.change(select, { target: { value: value(await app.api.listViews()).find((v) => v.name === 'Ideen')!.id } });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Beta' })).not.toBeInTheDocument());
    expect(headers()).toEqual(['Titel', 'Phase']);
    expect(screen.getByRole('combobox', { name: 'Phase' })).toHaveValue('idea');

    // Back to the saved "Kompakt" view.
    fireEvent.change(select, { target: { value: saved.id } });
    await screen.findByRole('link', { name: 'Beta' });
    expect(headers()).toEqual(['Titel', 'Phase', 'Budget']);
    dialog = screen.queryByRole('dialog') as HTMLElement;
    expect(dialog).toBeNull();
  });
});

describe('portfolio views: the board by phase', () => {
  it('moves a card to another phase through its menu, and Ctrl+Z moves it back', async () => {
    await startWith([{ title: 'Digitaler Bauantrag', phase: 'concept', priority: 'high', budget: 120000 }, { title: 'Open Data', phase: 'idea' }]);
    await screen.findByRole('link', { name: 'Digitaler Bauantrag' });
    fireEvent.click(screen.getByRole('button', { name: 'Tafel' }));
    const concept = await screen.findByRole('region', { name: /^Konzeption/ });
    const card = within(concept).getByRole('link', { name: 'Digitaler Bauantrag' }).closest('li')!;
    expect(within(card).getByText('Hoch')).toBeInTheDocument();
    expect(within(card).getByText('120.000 €')).toBeInTheDocument();

    const button = within(card).getByRole('button', { name: 'Phase ändern: Digitaler Bauantrag' });
    fireEvent.click(button);
    const menu = screen.getByRole('menu', { name: 'Neue Phase für „Digitaler Bauantrag“' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual(['Idee', 'Umsetzung', 'Betrieb', 'Abgeschlossen', 'Gestoppt']);
    expect(items[0]).toHaveFocus();
    fireEvent.keyDown(items[0]!, { key: 'ArrowDown' });
    expect(items[1]).toHaveFocus();
    fireEvent.click(items[1]!);

    const implementation = screen.getByRole('region', { name: /^Umsetzung/ });
    expect(await within(implementation).findByRole('link', { name: 'Digitaler Bauantrag' })).toBeInTheDocument();
    expect(screen.getByText('„Digitaler Bauantrag“ ist jetzt in der Phase „Umsetzung“. Mit Strg+Z machen Sie das rückgängig.')).toBeInTheDocument();
    expect(value(await app.api.listMeasures({ phase: 'implementation' })).rows.map((m) => m.title)).toEqual(['Digitaler Bauantrag']);

    (document.activeElement as HTMLElement | null)?.blur();
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    expect(await within(screen.getByRole('region', { name: /^Konzeption/ })).findByRole('link', { name: 'Digitaler Bauantrag' })).toBeInTheDocument();
    expect(value(await app.api.getMeasure({ id: value(await app.api.listMeasures({ phase: 'concept' })).rows[0]!.id }))).toMatchObject({ phase: 'concept', priority: 'high', budget: 120000 });
  });

  it('closes the phase menu with Escape and returns focus to its button', async () => {
    await startWith([{ title: 'Open Data', phase: 'idea' }]);
    await screen.findByRole('link', { name: 'Open Data' });
    fireEvent.click(screen.getByRole('button', { name: 'Tafel' }));
    const button = await screen.findByRole('button', { name: 'Phase ändern: Open Data' });
    fireEvent.click(button);
    fireEvent.keyDown(screen.getAllByRole('menuitem')[0]!, { key: 'Escape' });
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(button).toHaveFocus();
    expect(value(await app.api.listMeasures({ phase: 'idea' })).total).toBe(1);
  });

  it('shows at most 100 cards per column and links the rest to the table filtered by that phase', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    for (let i = 1; i <= 103; i++) value(await app.api.saveMeasure({ title: `Maßnahme ${String(i).padStart(3, '0')}`, phase: 'concept' }));
    go('#/portfolio');
    app.renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Tafel' }));
    const concept = await screen.findByRole('region', { name: /^Konzeption/ });
    await waitFor(() => expect(within(concept).getAllByRole('listitem')).toHaveLength(100));
    fireEvent.click(within(concept).getByRole('button', { name: '… und 3 weitere' }));

    expect(await screen.findByText('103 Maßnahmen passen zu den Filtern')).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Phase' })).toHaveValue('concept');
    expect(screen.getByRole('button', { name: 'Tabelle' })).toHaveAttribute('aria-pressed', 'true');
  });
});
