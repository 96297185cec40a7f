import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

async function startInPortfolio() {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  go('#/portfolio');
  app.renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Portfolio: Maßnahmen' });
}

function row(title: string): HTMLElement {
  const link = screen.getByRole('link', { name: title });
  return link.closest('tr') as HTMLElement;
}

describe('measures', () => {
  it('creates a measure through the form and lists it with German labels and formats', async () => {
    await startInPortfolio();
    expect(await screen.findByText(/Noch keine Maßnahmen/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('link', { name: 'Neue Maßnahme' }));
    await screen.findByRole('heading', { level: 1, name: 'Neue Maßnahme' });

    const fields = value(await app.api.listFields());
    const field = fields.find((f) => f.name === 'Verwaltung & Bürgerservice')!;
    fireEvent.change(screen.getByRole('textbox', { name: 'Titel' }), { target: { value: 'Digitaler Bauantrag' } });
    fireEvent.change(screen.getByRole('combobox', { name: /^Handlungsfeld/ }), { target: { value: field.id } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Phase' }), { target: { value: 'implementation' } });
    fireEvent.change(screen.getByRole('combobox', { name: /^Priorität/ }), { target: { value: 'high' } });
    fireEvent.change(screen.getByLabelText(/^Beginn/), { target: { value: '2026-03-01' } });
    fireEvent.change(screen.getByLabelText(/^Ende/), { target: { value: '2027-12-31' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Federführung/ }), { target: { value: 'Bauordnungsamt' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Budget in Euro/ }), { target: { value: '1.234.567' } });
    fireEvent.click(screen.getByRole('button', { name: 'Maßnahme anlegen' }));

    await screen.findByRole('heading', { level: 1, name: 'Portfolio: Maßnahmen' });
    expect(await screen.findByText('Maßnahme „Digitaler Bauantrag“ angelegt.')).toBeInTheDocument();
    const r = within(row('Digitaler Bauantrag'));
    expect(r.getByText('Verwaltung & Bürgerservice')).toBeInTheDocument();
    expect(r.getByText('Umsetzung')).toBeInTheDocument();
    expect(r.getByText('Hoch')).toBeInTheDocument();
    expect(r.getByText('01.03.2026')).toBeInTheDocument();
    expect(r.getByText('31.12.2027')).toBeInTheDocument();
    expect(r.getByText('1.234.567 €')).toBeInTheDocument();
    expect(r.getByText('Bauordnungsamt')).toBeInTheDocument();

    const stored = value(await app.api.listMeasures({})).rows;
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ title: 'Digitaler Bauantrag', fieldId: field.id, phase: 'implementation', priority: 'high', budget: 1234567, start: '2026-03-01', end: '2027-12-31' });
  });

  it('edits a measure and shows what changed in its history', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const m = value(await app.api.saveMeasure({ title: 'Open Data Portal', phase: 'idea' }));
    go(`#/portfolio/${m.id}`);
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Maßnahme bearbeiten' });
    // The history is a section of the fact sheet.
    fireEvent.click(screen.getByRole('link', { name: 'Verlauf' }));
    const history = await screen.findByRole('region', { name: 'Verlauf' });
    expect(await within(history).findByText('Angelegt')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('link', { name: 'Steckbrief' }));
    await screen.findByRole('textbox', { name: 'Titel' });
    fireEvent.change(screen.getByRole('combobox', { name: 'Phase' }), { target: { value: 'concept' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Titel' }), { target: { value: 'Offene Daten' } });
    fireEvent.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    await screen.findByText('Änderungen an „Offene Daten“ gespeichert.');
    expect(within(row('Offene Daten')).getByText('Konzeption')).toBeInTheDocument();
    expect(value(await app.api.getMeasure({ id: m.id }))).toMatchObject({ title: 'Offene Daten', phase: 'concept' });

    fireEvent.click(screen.getByRole('link', { name: 'Offene Daten' }));
    fireEvent.click(await screen.findByRole('link', { name: 'Verlauf' }));
    const again = await screen.findByRole('region', { name: 'Verlauf' });
    expect(await within(again).findByText('Geändert')).toBeInTheDocument();
    expect(within(again).getByText((_, el) => el?.tagName === 'LI' && el.textContent === 'Phase: Idee → Konzeption')).toBeInTheDocument();
    expect(within(again).getByText((_, el) => el?.tagName === 'LI' && el.textContent === 'Titel: Open Data Portal → Offene Daten')).toBeInTheDocument();
  });

  it('deletes a measure only after confirming in a dialog that Escape closes', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const m = value(await app.api.saveMeasure({ title: 'Smarte Parkplätze' }));
    go(`#/portfolio/${m.id}`);
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Maßnahme bearbeiten' });

    fireEvent.click(screen.getByRole('button', { name: 'Löschen' }));
    let dialog = await screen.findByRole('alertdialog', { name: 'Maßnahme löschen?' });
    expect(dialog).toHaveTextContent('„Smarte Parkplätze“ wird aus dem Portfolio entfernt.');
    // Focus starts on the harmless choice.
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(value(await app.api.listMeasures({})).total).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Löschen' }));
    dialog = await screen.findByRole('alertdialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));

    expect(await screen.findByText('Maßnahme „Smarte Parkplätze“ gelöscht.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Smarte Parkplätze' })).not.toBeInTheDocument();
    expect(value(await app.api.listMeasures({})).total).toBe(0);
  });

  it('keeps focus inside the delete dialog when tabbing past its last button', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const m = value(await app.api.saveMeasure({ title: 'E-Akte' }));
    go(`#/portfolio/${m.id}`);
    app.renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Löschen' }));
    const dialog = await screen.findByRole('alertdialog');
    const confirm = within(dialog).getByRole('button', { name: 'Endgültig löschen' });
    confirm.focus();
    fireEvent.keyDown(confirm, { key: 'Tab' });
    expect(within(dialog).getByRole('button', { name: 'Schließen' })).toHaveFocus();
  });

  it('filters by phase and sorts by a column header', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    value(await app.api.saveMeasure({ title: 'B-Maßnahme', phase: 'idea', budget: 500 }));
    value(await app.api.saveMeasure({ title: 'A-Maßnahme', phase: 'operation', budget: 100 }));
    value(await app.api.saveMeasure({ title: 'C-Maßnahme', phase: 'idea', budget: 900 }));
    go('#/portfolio');
    app.renderApp();
    await screen.findByRole('link', { name: 'C-Maßnahme' });

    fireEvent.click(screen.getByRole('button', { name: /^Titel/ }));
    await waitFor(() => expect(screen.getAllByRole('link', { name: /-Maßnahme$/ }).map((a) => a.textContent)).toEqual(['A-Maßnahme', 'B-Maßnahme', 'C-Maßnahme']));
    expect(screen.getByRole('columnheader', { name: /Titel/ })).toHaveAttribute('aria-sort', 'ascending');

    fireEvent.click(screen.getByRole('button', { name: /^Budget/ }));
    fireEvent.click(screen.getByRole('button', { name: /^Budget/ }));
    await waitFor(() => expect(screen.getAllByRole('link', { name: /-Maßnahme$/ }).map((a) => a.textContent)).toEqual(['C-Maßnahme', 'B-Maßnahme', 'A-Maßnahme']));

    fireEvent.change(screen.getByRole('combobox', { name: 'Phase' }), { target: { value: 'idea' } });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'A-Maßnahme' })).not.toBeInTheDocument());
    expect(screen.getByText('2 Maßnahmen passen zu den Filtern')).toBeInTheDocument();
  });
});
