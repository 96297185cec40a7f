/**
 * The Peer-Austausch module in the real app against a real core: importing a
 * demo pack from preview (with field mapping) to "Importieren", browsing and
 * searching the library, a peer project with "Als eigene Idee übernehmen",
 * the match overview, and partnerships in the measure's fact sheet and the partner view.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

async function importDemoPacks() {
  for (const id of ['lindenau', 'hohenfeld']) {
    const file = value(await app.api.getDemoPack({ id }));
    value(await app.api.importPack({ bytes: file.bytes, fileName: file.fileName }));
  }
}

describe('importing a pack', () => {
  it('shows the preview with publisher, licence and signature, lets the CDO map a field, then imports', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    go('#/peers/import');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Projektpaket importieren' });
    fireEvent.click(await screen.findByRole('button', { name: /Demo-Paket Kreis Hohenfeld/ }));
    const preview = await screen.findByRole('region', { name: /Vorschau/ });
    expect(preview).toHaveTextContent('Kreis Hohenfeld (Demo)');
    expect(preview).toHaveTextContent(/Lizenz/);
    expect(preview).toHaveTextContent('Dieses Paket ist neu.');
    const mapping = within(preview).getByRole('table', { name: 'Handlungsfelder zuordnen' });
    await within(mapping).findAllByRole('option', { name: 'Daten & Plattformen' });
    const selects = within(mapping).getAllByRole('combobox');
    expect(selects.length).toBeGreaterThan(0);
    const fields = value(await app.api.listFields());
    const target = fields.find((f) => f.name === 'Daten & Plattformen')!;
    const unmapped = selects.find((s) => (s as HTMLSelectElement).value === '') ?? selects[0]!;
    const packField = unmapped.closest('tr')!.querySelector('label')!.textContent!;
    fireEvent.change(unmapped, { target: { value: target.id } });
    fireEvent.click(within(preview).getByRole('button', { name: 'Importieren' }));
    await screen.findByRole('heading', { level: 1, name: 'Peer-Austausch' });
    await screen.findByText(/Paket „Projektliste Digitalisierung Kreis Hohenfeld.*importiert/);
    const projects = value(await app.api.listPeerProjects({ fieldId: target.id, limit: 500 })).rows;
    expect(projects.some((p) => p.field === packField)).toBe(true);
  });
});

describe('dropping a pack onto the peer view', () => {
  it('opens the preview of a dropped .cdopack and refuses another kind of file with a message', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    go('#/peers');
    app.renderApp();
    const heading = await screen.findByRole('heading', { level: 1, name: 'Peer-Austausch' });
    const zone = heading.closest('.cdo-peer-drop')!;
    const wrong = new File(['a;b'], 'liste.csv', { type: 'text/csv' });
    fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [wrong] } });
    expect(await screen.findByText('„liste.csv“ ist keine .cdopack-Datei. Bitte ziehen Sie ein Projektpaket hierher.')).toBeInTheDocument();

    const demo = value(await app.api.getDemoPack({ id: 'lindenau' }));
    const pack = new File([demo.bytes as BlobPart], demo.fileName, { type: 'application/zip' });
    fireEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files: [pack], dropEffect: 'none' } });
    expect(await screen.findByText('Datei loslassen, um das Paket zu prüfen')).toBeInTheDocument();
    fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [pack] } });
    await screen.findByRole('heading', { level: 1, name: 'Projektpaket importieren' });
    expect(await screen.findByRole('region', { name: /Vorschau/ })).toHaveTextContent('Stadt Lindenau (Demo)');
    expect(value(await app.api.listPeerPacks())).toEqual([]);
  });
});

describe('the peer library', () => {
  it('lists peer projects with publisher and licence, searches with German folding and filters by publisher', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    await importDemoPacks();
    go('#/peers');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Peer-Austausch' });
    const table = await screen.findByRole('table', { name: 'Peer-Projekte mit Herausgeber, Stand, Zeitraum und Budget' });
    expect(within(table).getByRole('row', { name: /Wohngeld-Antrag online/ })).toHaveTextContent(/Stadt Lindenau \(Demo\).*Lizenz CC-BY-4\.0/);

    fireEvent.change(screen.getByRole('searchbox', { name: 'Suche' }), { target: { value: 'buergerservice' } });
    await waitFor(() => expect(within(screen.getByRole('table')).queryByText('Wohngeld-Antrag online mit Nachweis-Upload')).toBeNull());
    expect(within(screen.getByRole('table')).getByText('Bürgerservice-Portal mit BundID')).toBeInTheDocument();

    fireEvent.change(screen.getByRole('searchbox', { name: 'Suche' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Herausgeber' }), { target: { value: 'Stadt Lindenau (Demo)' } });
    await waitFor(() => expect(screen.getByText(/Peer-Projekte passen zu den Filtern/)).toHaveTextContent(/^\d+ Peer-Projekte/));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.every((r) => r.textContent?.includes('Stadt Lindenau (Demo)'))).toBe(true);
  });

  it('shows a peer project read-only with its lessons learned and adopts it as an own idea, keeping the origin', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    await importDemoPacks();
    const p = value(await app.api.listPeerProjects({ query: 'Wohngeld-Antrag online' })).rows.find((r) => r.title === 'Wohngeld-Antrag online mit Nachweis-Upload')!;
    go(`#/peers/project/${p.id}`);
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: p.title });
    expect(screen.getByText('Peer-Projekte sind schreibgeschützt: Sie stammen aus einem importierten Paket.')).toBeInTheDocument();
    expect(screen.getByText(/Nachweise früh mit der Wohngeldstelle abstimmen/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Als eigene Idee übernehmen' }));
    await screen.findByText(/wurde als eigene Idee übernommen/);
    const [adoption] = value(await app.api.listPeerAdoptions({}));
    expect(adoption).toMatchObject({ projectTitle: p.title, publisherName: 'Stadt Lindenau (Demo)', license: 'CC-BY-4.0' });
    expect(value(await app.api.getIdea({ id: adoption!.ideaId }))).toMatchObject({ source: 'peer', title: p.title });
    go(`#/portfolio/ideas/${adoption!.ideaId}`);
    expect(await screen.findByText(/^Übernommen am .* aus dem Projekt „Wohngeld-Antrag online mit Nachweis-Upload“ von Stadt Lindenau \(Demo\).*Lizenz CC-BY-4\.0/)).toBeInTheDocument();
  });

  it('answers "Wer hat die gleiche Idee?" for own ideas, with reasons in words', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    await importDemoPacks();
    value(await app.api.saveIdea({ title: 'Wohngeld online beantragen, Nachweise hochladen', source: 'digicheck' }));
    go('#/peers/matches');
    app.renderApp();
    const table = await screen.findByRole('table', { name: 'Eigene Ideen und Maßnahmen mit den ähnlichsten Peer-Projekten, Ähnlichkeit und Begründung' });
    const row = within(table).getByRole('row', { name: /Wohngeld online beantragen/ });
    expect(row).toHaveTextContent(/Eigene Idee.*Wohngeld-Antrag online mit Nachweis-Upload.*gleiche Begriffe: .*Wohngeld/);
  });
});

describe('cooperation', () => {
  it('records a partnership on a measure with a municipality from the list, shown in the partner view', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const m = value(await app.api.saveMeasure({ title: 'Gemeinsames Rechenzentrum' }));
    go(`#/portfolio/${m.id}/peers`);
    app.renderApp();
    await screen.findByRole('link', { name: 'Peers & Kooperation', current: 'page' });
    fireEvent.click(await screen.findByRole('button', { name: 'Partnerschaft hinzufügen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Partnerschaft hinzufügen' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await within(dialog).findByText('Bitte eine Kommune aus der Liste wählen oder den Namen der Organisation angeben.');
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Kommune' }), { target: { value: 'Bad Oeynhausen' } });
    fireEvent.click(await within(dialog).findByRole('option', { name: /Bad Oeynhausen/ }));
    fireEvent.change(within(dialog).getByRole('combobox', { name: /Vereinbarung/ }), { target: { value: 'public_law' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Kostenanteil/ }), { target: { value: '40' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    const table = await screen.findByRole('table', { name: 'Partnerschaften dieser Maßnahme' });
    expect(within(table).getByRole('row', { name: /Bad Oeynhausen/ })).toHaveTextContent(/IKZ.*Öffentlich-rechtliche Vereinbarung.*40 %.*Geplant/);

    go('#/peers/partners');
    const partners = await screen.findByRole('table', { name: 'Partner mit gemeinsamen Maßnahmen, Art der Zusammenarbeit und Vereinbarung' });
    expect(partners).toHaveTextContent(/Bad Oeynhausen, Stadt.*Gemeinsames Rechenzentrum/);
  });
});

describe('removing a pack', () => {
  it('removes only the pack\'s projects after a confirmation; an idea adopted from it stays', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    await importDemoPacks();
    const p = value(await app.api.listPeerProjects({ publisher: 'Kreis Hohenfeld (Demo)', limit: 1 })).rows[0]!;
    value(await app.api.adoptPeerProject({ peerProjectId: p.id }));
    go('#/peers/packs');
    app.renderApp();
    const table = await screen.findByRole('table', { name: 'Importierte Pakete mit Herausgeber, Lizenz, Signatur und Anzahl der Projekte' });
    fireEvent.click(within(table).getByRole('button', { name: /^Paket Projektliste Digitalisierung Kreis Hohenfeld.* entfernen$/ }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Paket entfernen?' });
    expect(dialog).toHaveTextContent(/Die 28 Projekte des Pakets .* werden aus der Bibliothek entfernt\. Ihre eigenen Ideen und Maßnahmen bleiben unverändert/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Entfernen' }));
    await screen.findByText(/^Paket „Projektliste Digitalisierung Kreis Hohenfeld.*“ entfernt\.$/);
    expect(value(await app.api.listPeerProjects({ publisher: 'Kreis Hohenfeld (Demo)' })).total).toBe(0);
    expect(value(await app.api.listPeerProjects({})).total).toBeGreaterThan(0);
    expect(value(await app.api.listPeerAdoptions({}))[0]).toMatchObject({ projectTitle: p.title, publisherName: 'Kreis Hohenfeld (Demo)' });
  });
});

describe('sharing own projects', () => {
  it('starts with licence CC-BY-4.0, personal data left out and the key shown; an empty choice is refused', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    value(await app.api.saveMeasure({ title: 'E-Akte' }));
    const key = value(await app.api.getPackSigningKey());
    go('#/peers/export');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Eigene Projekte als Paket teilen' });
    expect(screen.getByRole('combobox', { name: /^Lizenz/ })).toHaveValue('CC-BY-4.0');
    expect(screen.getByRole('checkbox', { name: /Personenbezogene Daten mitgeben/ })).not.toBeChecked();
    expect(await screen.findByText(new RegExp(`Ihr Schlüssel: ${key.fingerprint}`))).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: 'Einzelne Maßnahmen' }));
    await screen.findByRole('checkbox', { name: 'E-Akte' });
    fireEvent.click(screen.getByRole('button', { name: 'Paket erstellen' }));
    expect(await screen.findByText('Bitte mindestens eine Maßnahme wählen.')).toBeInTheDocument();
  });
});
