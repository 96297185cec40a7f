/**
 * The Ökosystem module in the real app against a real core: fields of action
 * (deleting a used one moves its measures first), the org tree (a unit with
 * sub-units is not deleted, with a clear message), the map (a count opens the
 * list, each entry links to its page) and the network's list of relations.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

describe('ecosystem: fields of action', () => {
  it('shows each field with its source; a field that measures use is deleted only after choosing where they move', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const fields = value(await app.api.listFields());
    const field = fields.find((f) => f.name === 'Umwelt')!;
    const target = fields.find((f) => f.name === 'Energie & Klima')!;
    const a = value(await app.api.saveMeasure({ title: 'Baumkataster', fieldId: field.id }));
    const b = value(await app.api.saveMeasure({ title: 'Luftmessnetz', fieldId: field.id }));
    go('#/ecosystem');
    app.renderApp();

    const table = await screen.findByRole('table', { name: 'Handlungsfelder' });
    const row = within(table).getByRole('rowheader', { name: 'Umwelt' }).closest('tr') as HTMLElement;
    expect(within(row).getByText(field.source)).toBeInTheDocument();
    expect(within(row).getByText('2')).toBeInTheDocument();

    fireEvent.click(within(row).getByRole('button', { name: 'Löschen: Umwelt' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Handlungsfeld „Umwelt“ löschen?' });
    expect(dialog).toHaveTextContent('2 Maßnahmen sind diesem Handlungsfeld zugeordnet');
    // Without a chosen field nothing is deleted: the choice is asked for next to the select.
    fireEvent.click(within(dialog).getByRole('button', { name: 'Verschieben und löschen' }));
    const select = within(dialog).getByRole('combobox', { name: 'Maßnahmen verschieben nach' });
    await waitFor(() => expect(select).toHaveAccessibleDescription('Bitte wählen Sie ein Handlungsfeld, in das die Maßnahmen verschoben werden.'));
    expect(value(await app.api.listFields()).some((f) => f.id === field.id)).toBe(true);

    fireEvent.change(select, { target: { value: target.id } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Verschieben und löschen' }));
    expect(await screen.findByText('2 Maßnahmen wurden nach „Energie & Klima“ verschoben und „Umwelt“ gelöscht.')).toBeInTheDocument();
    expect(within(screen.getByRole('table', { name: 'Handlungsfelder' })).queryByRole('rowheader', { name: 'Umwelt' })).not.toBeInTheDocument();
    expect(value(await app.api.getMeasure({ id: a.id })).fieldId).toBe(target.id);
    expect(value(await app.api.getMeasure({ id: b.id })).fieldId).toBe(target.id);
  });

  it('adds a field and refuses a duplicate name next to the name field, saving nothing', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const before = value(await app.api.listFields()).length;
    go('#/ecosystem');
    app.renderApp();

    fireEvent.click(await screen.findByRole('button', { name: 'Handlungsfeld hinzufügen' }));
    let dialog = await screen.findByRole('dialog', { name: 'Handlungsfeld hinzufügen' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveFocus();
    fireEvent.change(name, { target: { value: 'Umwelt' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription('Ein Handlungsfeld „Umwelt“ gibt es bereits.'));
    expect(value(await app.api.listFields())).toHaveLength(before);

    fireEvent.change(name, { target: { value: 'Smart Region' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(await screen.findByText('Handlungsfeld „Smart Region“ gespeichert.')).toBeInTheDocument();
    const added = value(await app.api.listFields()).find((f) => f.name === 'Smart Region');
    expect(added?.source).toBe('Eigene Ergänzung');
    dialog = screen.getByRole('table', { name: 'Handlungsfelder' });
    expect(within(dialog).getByRole('rowheader', { name: 'Smart Region' })).toBeInTheDocument();
  });
});

describe('ecosystem: organisation, map and network', () => {
  it('shows the org tree indented and refuses deleting a unit that still has sub-units', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const fb5 = value(await app.api.saveOrgUnit({ name: 'Fachbereich 5 – Soziales, Jugend und Wohnen', shortName: 'FB 5', kind: 'division' }));
    value(await app.api.saveOrgUnit({ name: 'Wohngeldstelle', shortName: '50.3', kind: 'office', parentId: fb5.id }));
    go('#/ecosystem/organisation');
    app.renderApp();

    const table = await screen.findByRole('table', { name: 'Organisation' });
    expect(within(table).getByRole('rowheader', { name: /Wohngeldstelle\s*,\s*gehört zu Fachbereich 5/ })).toBeInTheDocument();
    const row = within(table).getByRole('rowheader', { name: /^Fachbereich 5/ }).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: /^Löschen: Fachbereich 5/ }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('Diese Einheit hat noch eine untergeordnete Einheit.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Einheit löschen' }));
    expect(await screen.findByText(/hat noch 1 untergeordnete Einheiten/)).toBeInTheDocument();
    expect(value(await app.api.listOrgUnits())).toHaveLength(2);
  });

  it('counts actors and measures in the map cell and opens the list with links to their pages', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const energy = value(await app.api.listFields()).find((f) => f.name === 'Energie & Klima')!;
    const sw = value(await app.api.saveActor({ name: 'Stadtwerke Musterstadt', kind: 'organisation', sphere: 'municipal_group', fieldIds: [energy.id] }));
    const m = value(await app.api.saveMeasure({ title: 'Wärmenetz-Sensorik', fieldId: energy.id, leadUnit: 'Stadtwerke Musterstadt' }));
    go('#/ecosystem/map');
    app.renderApp();

    const table = await screen.findByRole('table', { name: /Handlungsfelder \(Zeilen\) und Sphären/ });
    expect(within(table).getByRole('columnheader', { name: 'Konzern Kommune' })).toBeInTheDocument();
    expect(screen.getByText(/Maßnahmen zählen in der Sphäre des Akteurs/)).toBeInTheDocument();
    fireEvent.click(within(table).getByRole('button', { name: '1 Maßnahme in Energie & Klima, Konzern Kommune anzeigen' }));
    let dialog = await screen.findByRole('dialog', { name: 'Maßnahmen: Energie & Klima · Konzern Kommune' });
    expect(within(dialog).getByRole('link', { name: 'Wärmenetz-Sensorik' })).toHaveAttribute('href', `#/portfolio/${m.id}`);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    fireEvent.click(within(table).getByRole('button', { name: '1 Akteur in Energie & Klima, Konzern Kommune anzeigen' }));
    dialog = await screen.findByRole('dialog', { name: 'Akteure: Energie & Klima · Konzern Kommune' });
    expect(within(dialog).getByRole('link', { name: 'Stadtwerke Musterstadt' })).toHaveAttribute('href', `#/ecosystem/actors/${sw.id}`);
  });

  it('lists every relation of the network in words beside the picture', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const a = value(await app.api.saveActor({ name: 'Kommunale Datenverarbeitung', kind: 'organisation', sphere: 'external' }));
    const b = value(await app.api.saveActor({ name: 'IT-Abteilung', kind: 'organisation', sphere: 'core_admin' }));
    value(await app.api.saveActorRelation({ fromId: a.id, toId: b.id, kind: 'supplies', note: 'Rechenzentrum' }));
    const c = value(await app.api.saveActor({ name: 'Bürgerstiftung', kind: 'organisation', sphere: 'local_community' }));
    go('#/ecosystem/network');
    app.renderApp();

    expect(await screen.findByRole('img', { name: /Netzwerk aus 3 Akteuren und 1 Beziehungen/ })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Alle Beziehungen' });
    expect(within(table).getByRole('row', { name: /Kommunale Datenverarbeitung/ })).toHaveTextContent(/Kommunale Datenverarbeitung\s*beliefert\s*IT-Abteilung\s*Rechenzentrum/);

    // Chosen with the keyboard: only that actor's relations, under its name.
    fireEvent.change(screen.getByRole('combobox', { name: 'Beziehungen zeigen von' }), { target: { value: c.id } });
    expect(await screen.findByRole('heading', { name: 'Beziehungen von „Bürgerstiftung“' })).toBeInTheDocument();
    expect(screen.getByText('Dieser Akteur hat noch keine Beziehung.')).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: 'Beziehungen zeigen von' }), { target: { value: a.id } });
    expect(within(await screen.findByRole('table', { name: 'Beziehungen von „Kommunale Datenverarbeitung“' })).getAllByRole('row')).toHaveLength(2);
  });
});
