/**
 * The Förderung module in the real app against a real core: the catalogue
 * with search and funder filter, adding a programme (messages next to the
 * fields), deleting after a confirmation, the CSV import from preview to
 * "Importieren", and the applications and suggestions of a measure.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MeasureApplications } from '../../renderer/features/funding/measure-applications.tsx';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

async function openFunding(path = '#/funding') {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  go(path);
  app.renderApp();
}

describe('the funding catalogue', () => {
  it('lists programmes with funder, quota and deadline, searches and filters by funder', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    value(await app.api.saveFundingProgramme({ name: 'Gigabitförderung', funder: 'bund', maxQuota: 50, deadline: '2099-03-31', fields: 'Digitale Infrastruktur' }));
    value(await app.api.saveFundingProgramme({ name: 'EFRE Innovation', funder: 'eu', keywords: 'Datenplattform' }));
    go('#/funding');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Förderung' });
    const table = await screen.findByRole('table', { name: 'Katalog der Förderprogramme' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(within(table).getByRole('row', { name: /Gigabitförderung/ })).toHaveTextContent(/Bund.*bis 50 %.*31\.03\.2099.*Digitale Infrastruktur/);
    expect(screen.getByRole('complementary', { name: 'Fristen der nächsten 90 Tage' })).toHaveTextContent('In den nächsten 90 Tagen endet keine Antrags- oder Berichtsfrist.');

    fireEvent.change(screen.getByRole('searchbox', { name: 'Suchen' }), { target: { value: 'datenplattform' } });
    await waitFor(() => expect(within(screen.getByRole('table')).queryByText('Gigabitförderung')).toBeNull());
    expect(screen.getByText('1 Förderprogramm passt zu den Filtern')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('searchbox', { name: 'Suchen' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Fördergeber' }), { target: { value: 'bund' } });
    await waitFor(() => expect(within(screen.getByRole('table')).queryByText('EFRE Innovation')).toBeNull());
  });

  it('adds a programme; a javascript: link is refused next to its field and nothing is saved', async () => {
    await openFunding('#/funding/new');
    await screen.findByRole('heading', { level: 1, name: 'Neues Förderprogramm' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Kommunalrichtlinie' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Fördergeber' }), { target: { value: 'bund' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Förderquote/ }), { target: { value: '60' } });
    const url = screen.getByRole('textbox', { name: /^Internetadresse/ });
    fireEvent.change(url, { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Förderprogramm anlegen' }));
    await waitFor(() => expect(url).toHaveAttribute('aria-invalid', 'true'));
    expect(url).toHaveAccessibleDescription(/https:\/\/ oder http:\/\//);
    expect(value(await app.api.listFundingProgrammes({})).total).toBe(0);

    fireEvent.change(url, { target: { value: 'https://www.example.org/klima' } });
    fireEvent.click(screen.getByRole('button', { name: 'Förderprogramm anlegen' }));
    await screen.findByText('Förderprogramm „Kommunalrichtlinie“ angelegt.');
    expect(value(await app.api.listFundingProgrammes({})).rows[0]).toMatchObject({ name: 'Kommunalrichtlinie', funder: 'bund', maxQuota: 60, url: 'https://www.example.org/klima' });
  });

  it('deletes a programme only after confirming, naming the applications that go with it', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const p = value(await app.api.saveFundingProgramme({ name: 'Gigabitförderung', funder: 'bund' }));
    const m = value(await app.api.saveMeasure({ title: 'Glasfaser' }));
    value(await app.api.saveApplication({ measureId: m.id, programmeId: p.id }));
    go(`#/funding/${p.id}`);
    app.renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Löschen' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Förderprogramm löschen?' });
    expect(dialog).toHaveTextContent('Dazu gehört 1 Förderantrag einer Maßnahme; er wird mitgelöscht.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Endgültig löschen' }));
    await screen.findByText('Förderprogramm „Gigabitförderung“ gelöscht.');
    expect(value(await app.api.listFundingProgrammes({})).total).toBe(0);
  });
});

describe('importing the catalogue from CSV', () => {
  const fixture = readFileSync(join(import.meta.dirname, '../fixtures/foerderprogramme-beispiel.csv'));

  it('shows the preview (mapping, counts, formula note) without writing, then imports on "Importieren"', async () => {
    await openFunding('#/funding/import');
    await screen.findByRole('heading', { level: 1, name: 'Förderprogramme aus CSV importieren' });
    const file = new File([new Uint8Array(fixture)], 'foerderprogramme-beispiel.csv', { type: 'text/csv' });
    fireEvent.change(screen.getByLabelText('CSV-Datei'), { target: { files: [file] } });
    const preview = await screen.findByRole('region', { name: /Vorschau/ });
    expect(preview).toHaveTextContent('Erkannt: Windows-1252, Trennzeichen „;“, 4 Datenzeilen.');
    expect(within(preview).getByText('4 neue Förderprogramme')).toBeInTheDocument();
    expect(within(preview).getByText('0 Fehler')).toBeInTheDocument();
    expect(within(preview).getByText(/1 Zelle beginnt mit =/)).toBeInTheDocument();
    const mapping = within(preview).getByRole('table', { name: 'Zuordnung der Spalten' });
    expect(within(mapping).getByRole('row', { name: /Fördergeber/ })).toHaveTextContent('Fördergeber');
    expect(within(mapping).getByRole('row', { name: /Förderquote \(%\)/ })).toHaveTextContent('Förderquote (höchstens)');
    expect(value(await app.api.listFundingProgrammes({})).total).toBe(0);

    fireEvent.click(within(preview).getByRole('button', { name: 'Importieren' }));
    await screen.findByText('Import abgeschlossen: 4 neu, 0 aktualisiert.');
    await screen.findByRole('heading', { level: 1, name: 'Förderung' });
    expect(value(await app.api.listFundingProgrammes({})).total).toBe(4);
  });

  it('lists row errors and imports only after choosing to skip the faulty rows', async () => {
    await openFunding('#/funding/import');
    const csv = 'Name;Fördergeber;Frist\nGut;Land;01.03.2026\nSchlecht;Mars;31.02.2026\n';
    fireEvent.change(await screen.findByLabelText('CSV-Datei'), { target: { files: [new File([csv], 'liste.csv')] } });
    const errors = await screen.findByRole('table', { name: 'Zeilen mit Fehlern' });
    expect(within(errors).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^3Fördergeber.*Unbekannter Fördergeber „Mars“/),
      expect.stringMatching(/^3Frist.*„31.02.2026“ ist kein Datum/),
    ]);
    const importButton = screen.getByRole('button', { name: 'Importieren' });
    expect(importButton).toBeDisabled();
    fireEvent.click(screen.getByRole('checkbox', { name: /Fehlerhafte Zeilen überspringen/ }));
    expect(importButton).toBeEnabled();
    fireEvent.click(importButton);
    await screen.findByText('Import abgeschlossen: 1 neu, 0 aktualisiert.');
    expect(value(await app.api.listFundingProgrammes({})).rows.map((r) => r.name)).toEqual(['Gut']);
  });

  it('says plainly why a file cannot be read', async () => {
    await openFunding('#/funding/import');
    fireEvent.change(await screen.findByLabelText('CSV-Datei'), { target: { files: [new File(['Titel;Geber\nA;B\n'], 'falsch.csv')] } });
    expect(await screen.findByRole('alert')).toHaveTextContent(/Es fehlen Spalten, die der Katalog braucht: Name, Fördergeber\/Funder/);
  });
});

describe('the funding applications of a measure', () => {
  it('adds, refuses an approved amount above the requested one, edits and deletes; suggests programmes with reasons', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const field = value(await app.api.listFields()).find((f) => f.name === 'Digitale Infrastruktur')!;
    const m = value(await app.api.saveMeasure({ title: 'Glasfaserausbau Gewerbegebiet', fieldId: field.id }));
    const p = value(await app.api.saveFundingProgramme({ name: 'Gigabitförderung', funder: 'bund', fields: 'Digitale Infrastruktur', keywords: 'Glasfaser' }));
    app.renderView(<MeasureApplications measureId={m.id} />);

    const suggestions = await screen.findByRole('region', { name: 'Passende Förderprogramme' });
    await within(suggestions).findByText('Handlungsfeld „Digitale Infrastruktur“');
    expect(within(suggestions).getByText('Stichwort „Glasfaser“ – in der Maßnahme: „Glasfaserausbau“')).toBeInTheDocument();
    fireEvent.click(within(suggestions).getByRole('button', { name: 'Antrag bei „Gigabitförderung“ planen' }));

    const dialog = await screen.findByRole('dialog', { name: 'Förderantrag erfassen' });
    expect(within(dialog).getByRole('combobox', { name: 'Förderprogramm' })).toHaveValue(p.id);
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Status' }), { target: { value: 'approved' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Beantragter Betrag/ }), { target: { value: '100.000' } });
    const approved = within(dialog).getByRole('textbox', { name: /^Bewilligter Betrag/ });
    fireEvent.change(approved, { target: { value: '120.000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(approved).toHaveAttribute('aria-invalid', 'true'));
    expect(approved).toHaveAccessibleDescription('Der bewilligte Betrag darf nicht höher sein als der beantragte.');
    expect(value(await app.api.listApplications({ measureId: m.id }))).toEqual([]);

    fireEvent.change(approved, { target: { value: '90.000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await screen.findByText('Förderantrag bei „Gigabitförderung“ gespeichert.');
    const table = await screen.findByRole('table', { name: 'Förderanträge der Maßnahme' });
    await waitFor(() => expect(within(table).getByRole('row', { name: /Gigabitförderung/ })).toHaveTextContent(/Bewilligt.*100\.000 €.*90\.000 €/));
    expect(within(suggestions).getByText('Antrag vorhanden')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Antrag bei „Gigabitförderung“ löschen' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Förderantrag löschen?' });
    fireEvent.click(within(confirm).getByRole('button', { name: 'Löschen' }));
    await screen.findByText('Förderantrag bei „Gigabitförderung“ gelöscht.');
    expect(value(await app.api.listApplications({ measureId: m.id }))).toEqual([]);
  });
});
