/**
 * The Wertversprechen module in the real app against a real core: a new
 * proposition through the dialog (an empty target group is named next to
 * its field), items added inline in both columns, a problem moved up with
 * the keyboard button (focus stays on the moved item), a reliever linked to
 * a problem by checkbox, and the fit summary following every step.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

async function addItem(list: string, label: string, text: string) {
  const region = screen.getByRole('region', { name: new RegExp(`^${list}`) });
  fireEvent.change(within(region).getByRole('textbox', { name: label }), { target: { value: text } });
  fireEvent.click(within(region).getByRole('button', { name: new RegExp(`hinzufügen$`) }));
  await within(region).findByText(text);
  return region;
}

describe('the value proposition module', () => {
  it('creates a proposition, ranks its problems, links a reliever and shows the fit summary', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    go('#/value');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Wertversprechen' });
    await screen.findByText(/Noch keine Wertversprechen/);

    fireEvent.click(screen.getByRole('button', { name: 'Neues Wertversprechen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Neues Wertversprechen' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /^Titel/ }), { target: { value: 'Wohngeld digital' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    const group = within(dialog).getByRole('textbox', { name: /^Zielgruppe/ });
    await waitFor(() => expect(group).toHaveAttribute('aria-invalid', 'true'));
    expect(value(await app.api.listValuePropositions({}))).toEqual([]);
    fireEvent.change(group, { target: { value: 'Wohngeld-Antragstellende' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    await screen.findByRole('heading', { level: 1, name: 'Wohngeld digital' });
    expect(screen.getByRole('heading', { level: 2, name: 'Zielgruppe: Wohngeld-Antragstellende' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Unser Angebot' })).toBeInTheDocument();

    await addItem('Probleme', 'Neues Problem', 'Lange Bearbeitungszeit');
    const problems = await addItem('Probleme', 'Neues Problem', 'Unklare Nachweise');
    const summary = screen.getByRole('region', { name: 'Passung' });
    expect(summary).toHaveTextContent('0 von 2 Problemen gelöst');

    // The second problem is the more important one: move it up; focus stays with it.
    fireEvent.click(within(problems).getByRole('button', { name: '„Unklare Nachweise“ nach oben (wichtiger)' }));
    await waitFor(() => expect(within(problems).getAllByRole('listitem').map((li) => li.querySelector('.cdo-value-item__text')?.textContent)).toEqual(['Unklare Nachweise', 'Lange Bearbeitungszeit']));
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName('„Unklare Nachweise“ nach unten (weniger wichtig)'));

    const relievers = await addItem('Problemlöser', 'Neuer Problemlöser', 'Checkliste der Nachweise');
    expect(within(relievers).getByText('löst noch kein Problem')).toBeInTheDocument();
    fireEvent.click(within(relievers).getByRole('button', { name: '„Checkliste der Nachweise“ zuordnen' }));
    const chooser = within(relievers).getByRole('group', { name: 'Löst welche Probleme?' });
    fireEvent.click(within(chooser).getByRole('checkbox', { name: '1. Unklare Nachweise' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Passung' })).toHaveTextContent('1 von 2 Problemen gelöst'));
    expect(within(relievers).getByText('löst: Unklare Nachweise')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Passung' })).toHaveTextContent('Problem auf Platz 2: Lange Bearbeitungszeit');
    expect(within(problems).getByText('gelöst durch: Checkliste der Nachweise')).toBeInTheDocument();
  });

  it('edits an item inline (Escape cancels), flags a twin text and deletes an item', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    let p = value(await app.api.saveValueProposition({ title: 'Gewerbe', targetGroup: 'Gewerbetreibende' }));
    p = value(await app.api.saveValueItem({ propositionId: p.id, kind: 'benefit', text: 'Schnell startklar' }));
    p = value(await app.api.saveValueItem({ propositionId: p.id, kind: 'benefit', text: 'Feste Ansprechperson' }));
    go(`#/value/${p.id}`);
    app.renderApp();
    const benefits = await screen.findByRole('region', { name: 'Nutzen (2)' });

    fireEvent.click(within(benefits).getByRole('button', { name: '„Feste Ansprechperson“ bearbeiten' }));
    const field = within(benefits).getByRole('textbox', { name: 'Text von „Feste Ansprechperson“' });
    await waitFor(() => expect(field).toHaveFocus());
    fireEvent.change(field, { target: { value: 'Etwas anderes' } });
    fireEvent.keyDown(field, { key: 'Escape' });
    expect(within(benefits).queryByRole('textbox', { name: /^Text von/ })).toBeNull();
    expect(within(benefits).getByText('Feste Ansprechperson')).toBeInTheDocument();

    fireEvent.click(within(benefits).getByRole('button', { name: '„Feste Ansprechperson“ bearbeiten' }));
    const again = within(benefits).getByRole('textbox', { name: 'Text von „Feste Ansprechperson“' });
    fireEvent.change(again, { target: { value: 'schnell  startklar' } });
    fireEvent.click(within(benefits).getByRole('button', { name: 'Speichern' }));
    await waitFor(() => expect(within(benefits).getAllByText('Doppelt in dieser Liste')).toHaveLength(2));

    fireEvent.click(within(benefits).getByRole('button', { name: '„Schnell startklar“ löschen' }));
    await screen.findByRole('region', { name: 'Nutzen (1)' });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Nutzen (1)' })).toHaveFocus());
    expect(value(await app.api.getValueProposition({ id: p.id })).items.map((i) => [i.text, i.rank])).toEqual([['schnell  startklar', 1]]);
  });

  it('refuses an empty item next to its field and writes nothing', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const p = value(await app.api.saveValueProposition({ title: 'Gewerbe', targetGroup: 'Gewerbetreibende' }));
    go(`#/value/${p.id}`);
    app.renderApp();
    const tasks = await screen.findByRole('region', { name: /^Aufgaben/ });
    fireEvent.click(within(tasks).getByRole('button', { name: 'Aufgabe hinzufügen' }));
    const input = within(tasks).getByRole('textbox', { name: 'Neue Aufgabe' });
    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(within(tasks).getByText('Pflichtfeld: bitte ausfüllen.')).toBeInTheDocument();
    expect(value(await app.api.getValueProposition({ id: p.id })).items).toEqual([]);
  });

  it('links a measure found by a word of its title and unlinks it', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const m = value(await app.api.saveMeasure({ title: 'Gewerbeanmeldung online' }));
    const p = value(await app.api.saveValueProposition({ title: 'Gewerbe', targetGroup: 'Gewerbetreibende' }));
    go(`#/value/${p.id}`);
    app.renderApp();
    const section = await screen.findByRole('region', { name: 'Verknüpfte Maßnahmen' });
    fireEvent.change(within(section).getByRole('searchbox', { name: /^Maßnahme im Portfolio suchen/ }), { target: { value: 'gewerbeanm' } });
    fireEvent.click(await within(section).findByRole('button', { name: '„Gewerbeanmeldung online“ verknüpfen' }));
    expect(await within(section).findByRole('link', { name: 'Gewerbeanmeldung online' })).toBeInTheDocument();
    expect(value(await app.api.getValueProposition({ id: p.id })).measures.map((x) => x.measureId)).toEqual([m.id]);
    fireEvent.click(within(section).getByRole('button', { name: 'Verknüpfung mit „Gewerbeanmeldung online“ lösen' }));
    expect(await within(section).findByText('Noch keine Maßnahme verknüpft.')).toBeInTheDocument();
  });
});
