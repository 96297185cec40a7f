/**
 * The Stakeholder module in the real app against a real core: adding a
 * stakeholder (a score outside the scale cannot be chosen; an empty name is
 * named next to its field), the grid point moved with the arrow keys and
 * put back with Ctrl+Z, the engagement gap list, the twin-name warning and
 * a relation to itself refused with a clear message.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Input } from '../../api/index.ts';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

const personalrat: Input<'saveStakeholder'> = {
  name: 'Personalrat', kind: 'group', scope: 'internal', organisation: 'Stadtverwaltung', influence: 4, interest: 5,
  attitude: 'critic', engagementNow: 'resistant', engagementWanted: 'supportive',
};

async function openStakeholders(...rows: Input<'saveStakeholder'>[]) {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  for (const r of rows) value(await app.api.saveStakeholder(r));
  go('#/stakeholders');
  app.renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Stakeholder' });
}

describe('the stakeholder module', () => {
  it('shows an empty register, then adds a stakeholder through the dialog (empty name refused next to the field)', async () => {
    await openStakeholders();
    await screen.findByText(/Noch keine Stakeholder erfasst/);
    fireEvent.click(screen.getByRole('button', { name: 'Neuer Stakeholder' }));
    const dialog = await screen.findByRole('dialog', { name: 'Neuer Stakeholder' });
    expect(within(dialog).getAllByRole('option', { name: '5' }).length).toBeGreaterThan(0);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(value(await app.api.getStakeholderRegister()).rows).toEqual([]);

    fireEvent.change(name, { target: { value: 'Seniorenbeirat' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: /^Einfluss/ }), { target: { value: '2' } });
    fireEvent.change(within(dialog).getByRole('combobox', { name: /^Interesse/ }), { target: { value: '5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    const table = await screen.findByRole('table', { name: 'Stakeholder-Register' });
    expect(within(table).getByRole('row', { name: /Seniorenbeirat/ })).toHaveTextContent(/Informieren\s*2\s*5/);
  });

  it('moves a point with the arrow keys, lists the gap, and Ctrl+Z puts the point back', async () => {
    await openStakeholders(personalrat);
    const point = await screen.findByRole('button', { name: /^Personalrat: Einfluss 4, Interesse 5/ });
    expect(point).toHaveAccessibleName(/Feld „Eng einbinden“/);
    const gaps = screen.getByRole('region', { name: 'Einbindungslücken' });
    expect(within(gaps).getByRole('row', { name: /Personalrat/ })).toHaveTextContent('PersonalratAblehnend → Unterstützend2 Stufen mehr nötig');

    point.focus();
    // Two quick presses add up, even before the first move is written.
    fireEvent.keyDown(point, { key: 'ArrowLeft' });
    fireEvent.keyDown(point, { key: 'ArrowDown' });
    await screen.findByRole('button', { name: /^Personalrat: Einfluss 3, Interesse 4, Kritiker, Feld „Informieren“/ });
    await waitFor(async () => expect(value(await app.api.getStakeholderRegister()).rows[0]).toMatchObject({ influence: 3, interest: 4 }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: /^Personalrat: Einfluss/ }));

    fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await screen.findByRole('button', { name: /^Personalrat: Einfluss 4, Interesse 4/ });
    expect(await screen.findByText('Rückgängig: Stakeholder „Personalrat“ geändert')).toBeInTheDocument();
  });

  it('opens a stakeholder named in the address (a search hit) for editing, and closing returns to the register', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const s = value(await app.api.saveStakeholder(personalrat));
    go(`#/stakeholders/${s.id}`);
    app.renderApp();
    const dialog = await screen.findByRole('dialog', { name: 'Stakeholder bearbeiten' });
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Personalrat');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    await waitFor(() => expect(window.location.hash).toBe('#/stakeholders'));
    // The route changes in a transition (renderer/app/routes.ts): the dialog goes with the next render.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('links measures found by a word instead of listing the whole portfolio, and unlinks one', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const portal = value(await app.api.saveMeasure({ title: 'Bürgerportal mit Servicekonto' }));
    const eAkte = value(await app.api.saveMeasure({ title: 'E-Akte Bauamt' }));
    const s = value(await app.api.saveStakeholder({ ...personalrat, measureIds: [portal.id] }));
    go(`#/stakeholders/${s.id}`);
    app.renderApp();
    const dialog = await screen.findByRole('dialog', { name: 'Stakeholder bearbeiten' });
    expect(within(dialog).getByRole('list', { name: 'Verknüpfte Maßnahmen' })).toHaveTextContent('Bürgerportal mit Servicekonto');
    // Nothing is offered before a word is typed; the linked measure is not offered again.
    expect(within(dialog).queryByRole('list', { name: 'Gefundene Maßnahmen' })).toBeNull();
    const search = within(dialog).getByRole('searchbox', { name: /^Maßnahme hinzufügen/ });
    fireEvent.change(search, { target: { value: 'buergerportal' } });
    expect(await within(dialog).findByText('Keine passende Maßnahme gefunden.')).toBeInTheDocument();
    fireEvent.change(search, { target: { value: 'akte' } });
    fireEvent.click(await within(dialog).findByRole('button', { name: '„E-Akte Bauamt“ hinzufügen' }));
    expect(search).toHaveValue('');
    fireEvent.click(within(dialog).getByRole('button', { name: '„Bürgerportal mit Servicekonto“ entfernen' }));
    expect(within(dialog).getByRole('list', { name: 'Verknüpfte Maßnahmen' })).toHaveTextContent(/^E-Akte Bauamt/);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(value(await app.api.getStakeholder({ id: s.id })).measures.map((m) => m.measureId)).toEqual([eAkte.id]);
  });

  it('warns about a twin name in one organisation, and refuses a relation to itself', async () => {
    await openStakeholders(personalrat, { ...personalrat, name: 'Bürgermeisterin', kind: 'person', attitude: 'champion' });
    fireEvent.click(screen.getByRole('button', { name: 'Neuer Stakeholder' }));
    const dialog = await screen.findByRole('dialog', { name: 'Neuer Stakeholder' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Name' }), { target: { value: 'Personalrat' } });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Organisation/ }), { target: { value: 'Stadtverwaltung' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    await screen.findByText(/Hinweis: In dieser Organisation gibt es bereits einen Stakeholder „Personalrat“/);
    await waitFor(() => expect(screen.getAllByText('Gleicher Name in derselben Organisation')).toHaveLength(2));

    const form = screen.getByRole('form', { name: 'Beziehung hinzufügen' });
    const bm = value(await app.api.getStakeholderRegister()).rows.find((r) => r.name === 'Bürgermeisterin')!;
    fireEvent.change(within(form).getByRole('combobox', { name: 'Stakeholder' }), { target: { value: bm.id } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'zu' }), { target: { value: bm.id } });
    fireEvent.click(within(form).getByRole('button', { name: 'Beziehung hinzufügen' }));
    const to = within(form).getByRole('combobox', { name: 'zu' });
    await waitFor(() => expect(to).toHaveAccessibleDescription(/keine Beziehung zu sich selbst/));
    expect(value(await app.api.getStakeholderRegister()).relations).toEqual([]);
  });
});
