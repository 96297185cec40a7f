/**
 * Export and import in the portfolio table: "Exportieren" saves the view as
 * XLSX/ODS/CSV; "Importieren" shows the preview (mapping, first rows, row
 * errors) without writing, imports on confirmation, and undo takes the whole
 * import back.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readSheet } from '../../core/spreadsheets/read-sheet.ts';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

let downloads: { name: string; blob: Blob }[];
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
});
afterEach(() => vi.restoreAllMocks());

async function openPortfolio() {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  go('#/portfolio');
  app.renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Portfolio: Maßnahmen' });
}

const titles = async () => value(await app.api.listMeasures({ sort: 'title', dir: 'asc' })).rows.map((m) => m.title);
const chooseFile = (dialog: HTMLElement, content: string, name: string) =>
  fireEvent.change(within(dialog).getByLabelText('Tabellendatei'), { target: { files: [new File([content], name)] } });

describe('exporting the portfolio table', () => {
  it('saves the shown columns and rows as a file and says so', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    value(await app.api.saveMeasure({ title: 'Bürgerportal', phase: 'implementation', budget: 180_000 }));
    value(await app.api.saveMeasure({ title: 'Schul-WLAN', phase: 'idea' }));
    go('#/portfolio');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Portfolio: Maßnahmen' });
    const button = await screen.findByRole('button', { name: 'Exportieren' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'CSV (Semikolon, UTF-8)' }));
    await screen.findByText(/„Maßnahmen Minden, Stadt \d{4}-\d{2}-\d{2}\.csv“ mit 2 Maßnahmen gespeichert\./);
    expect(downloads).toHaveLength(1);
    const bytes = new Uint8Array(await downloads[0]!.blob.arrayBuffer());
    const sheet = await readSheet(bytes, downloads[0]!.name, 10);
    // The standard view's columns, after the title.
    expect(sheet.rows[0]!.cells).toEqual(['Titel', 'Handlungsfeld', 'Phase', 'Priorität', 'Beginn', 'Ende', 'Budget (€)']);
    expect(sheet.rows.slice(1).map((r) => r.cells[0]).sort()).toEqual(['Bürgerportal', 'Schul-WLAN']);
  });
});

describe('importing a project list', () => {
  it('shows the preview without writing, imports on confirmation, and undo takes it all back', async () => {
    await openPortfolio();
    fireEvent.click(screen.getByRole('button', { name: 'Importieren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Maßnahmen aus einer Tabelle übernehmen' });
    chooseFile(dialog, 'Titel;Phase;Budget;Notiz intern\nBürgerportal;Umsetzung;180.000 €;x\nSchul-WLAN;Idee;;\n', 'liste.csv');
    await within(dialog).findByText('Erkannt: CSV, UTF-8, Trennzeichen „;“, 2 Datenzeilen.');
    expect(within(dialog).getByText('2 neue Maßnahmen')).toBeInTheDocument();
    const mapping = within(dialog).getByRole('table', { name: 'Zuordnung der Spalten' });
    expect(within(mapping).getByRole('row', { name: /Notiz intern/ })).toHaveTextContent('wird nicht übernommen');
    expect(within(mapping).getByRole('row', { name: /^Budget/ })).toHaveTextContent('Budget');
    const sample = within(dialog).getByRole('table', { name: /Die ersten 2 fehlerfreien Zeilen/ });
    expect(within(sample).getByRole('row', { name: /Bürgerportal/ })).toHaveTextContent(/^2Bürgerportalwird neu angelegt.*Umsetzung.*180\.000 €$/);
    expect(await titles()).toEqual([]);

    fireEvent.click(within(dialog).getByRole('button', { name: '2 Maßnahmen übernehmen' }));
    await screen.findByText('Import aus „liste.csv“: 2 neue und 0 aktualisierte Maßnahmen.');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await titles()).toEqual(['Bürgerportal', 'Schul-WLAN']);
    await waitFor(() => expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(3));

    fireEvent.click(screen.getByRole('button', { name: 'Rückgängig' }));
    await waitFor(async () => expect(await titles()).toEqual([]));
  });

  it('lists row errors with row numbers and imports only when the CDO chooses the valid rows', async () => {
    await openPortfolio();
    fireEvent.click(screen.getByRole('button', { name: 'Importieren' }));
    const dialog = await screen.findByRole('dialog');
    chooseFile(dialog, 'Titel;Phase;Beginn\nGut;Idee;01.02.2026\nSchlecht;irgendwann;31.02.2026\n', 'fehler.csv');
    const errors = await within(dialog).findByRole('table', { name: 'Zeilen mit Fehlern' });
    expect(within(errors).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual([
      expect.stringMatching(/^3Phase.*Unbekannte Phase „irgendwann“/),
      expect.stringMatching(/^3Beginn„31\.02\.2026“ ist kein Datum/),
    ]);
    const confirm = within(dialog).getByRole('button', { name: '1 Maßnahme übernehmen' });
    expect(confirm).toBeDisabled();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Nur die fehlerfreien Zeilen übernehmen' }));
    expect(confirm).toBeEnabled();
    fireEvent.click(confirm);
    await screen.findByText('Import aus „fehler.csv“: 1 neue und 0 aktualisierte Maßnahmen.');
    expect(await titles()).toEqual(['Gut']);
  });

  it('says clearly when a file cannot be read, and writes nothing', async () => {
    await openPortfolio();
    fireEvent.click(screen.getByRole('button', { name: 'Importieren' }));
    const dialog = await screen.findByRole('dialog');
    chooseFile(dialog, 'Projekt-Nr;Kosten\n1;2\n', 'ohne-titel.csv');
    const alert = await within(dialog).findByText(/Es fehlt die Spalte „Titel“/);
    expect(alert).toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /übernehmen/ })).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(await titles()).toEqual([]);
  });
});
