import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

describe('ecosystem: fields of action', () => {
  it('shows each field with its source and warns before deleting one that measures use', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const field = value(await app.api.listFields()).find((f) => f.name === 'Umwelt')!;
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
    expect(dialog).toHaveTextContent('„ohne Handlungsfeld“');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Handlungsfeld löschen' }));

    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Handlungsfelder' })).queryByRole('rowheader', { name: 'Umwelt' })).not.toBeInTheDocument());
    expect(value(await app.api.getMeasure({ id: a.id })).fieldId).toBeNull();
    expect(value(await app.api.getMeasure({ id: b.id })).fieldId).toBeNull();
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
