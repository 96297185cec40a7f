import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

async function openSheet(title: string, section = '') {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  const m = value(await app.api.saveMeasure({ title }));
  go(`#/portfolio/${m.id}${section ? `/${section}` : ''}`);
  app.renderApp();
  await screen.findByRole('heading', { level: 1, name: 'Maßnahme bearbeiten' });
  return m;
}

const today = () => new Date().toISOString().slice(0, 10);

describe('the fact sheet (Steckbrief) of a measure', () => {
  it('saves the grouped fact-sheet fields: goals, lead, legal duty with deadline, EfA, progress and tags', async () => {
    const m = await openSheet('Digitaler Wohngeldantrag');
    expect(screen.getByRole('link', { name: 'Steckbrief' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('group', { name: 'Ziel und Wirkung' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Einordnung' })).toBeInTheDocument();
    // The priority explains what it means.
    fireEvent.change(screen.getByRole('combobox', { name: 'Priorität' }), { target: { value: 'high' } });
    expect(screen.getByText('Hoch: jetzt starten.')).toBeInTheDocument();

    fireEvent.change(screen.getByRole('textbox', { name: /^Ziele/ }), { target: { value: 'Wohngeld online beantragen.' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Projektleitung/ }), { target: { value: 'Petra Schneider' } });
    expect(screen.queryByLabelText(/^Frist der gesetzlichen Pflicht/)).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Gesetzliche Pflicht' }));
    fireEvent.change(screen.getByLabelText(/^Frist der gesetzlichen Pflicht/), { target: { value: '2026-12-31' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Nachnutzung eines EfA-Dienstes/ }));
    fireEvent.change(screen.getByRole('textbox', { name: /^Anbieter des EfA-Dienstes/ }), { target: { value: 'Land NRW' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Fortschritt in Prozent/ }), { target: { value: '40' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Schlagworte/ }), { target: { value: 'OZG, EfA; Soziales' } });
    expect(within(screen.getByRole('list', { name: 'Schlagworte' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['OZG', 'EfA', 'Soziales']);
    fireEvent.click(screen.getByRole('button', { name: 'Änderungen speichern' }));

    await screen.findByText('Änderungen an „Digitaler Wohngeldantrag“ gespeichert.');
    expect(value(await app.api.getMeasure({ id: m.id }))).toMatchObject({
      priority: 'high', goals: 'Wohngeld online beantragen.', projectLead: 'Petra Schneider', mustLegal: true, mustLegalDeadline: '2026-12-31',
      efaReuse: true, efaProvider: 'Land NRW', progress: 40, tags: ['OZG', 'EfA', 'Soziales'],
    });
  });

  it('shows the German message next to a progress above 100 and saves nothing', async () => {
    const m = await openSheet('E-Akte');
    const progress = screen.getByRole('textbox', { name: /^Fortschritt in Prozent/ });
    fireEvent.change(progress, { target: { value: '150' } });
    fireEvent.click(screen.getByRole('button', { name: 'Änderungen speichern' }));
    await waitFor(() => expect(progress).toHaveAttribute('aria-invalid', 'true'));
    expect(progress).toHaveAccessibleDescription(/Der Wert darf höchstens 100 sein\./);
    expect(screen.getByRole('alert')).toHaveTextContent('Fortschritt in Prozent: Der Wert darf höchstens 100 sein.');
    expect(value(await app.api.getMeasure({ id: m.id })).progress).toBe(0);
  });

  it('adds a milestone, ticks it off as reached today, and marks an overdue one', async () => {
    const m = await openSheet('E-Akte', 'milestones');
    value(await app.api.saveMilestone({ measureId: m.id, title: 'Ausschreibung', plannedOn: '2020-01-15' }));
    const section = await screen.findByRole('region', { name: 'Meilensteine' });
    expect(await within(section).findByText('1 Meilenstein ist überfällig.')).toBeInTheDocument();
    expect(within(section).getByText('überfällig')).toBeInTheDocument();

    fireEvent.change(within(section).getByRole('textbox', { name: 'Bezeichnung' }), { target: { value: 'Pilot im Personalamt' } });
    fireEvent.change(within(section).getByLabelText(/^Geplant am/), { target: { value: '2999-03-01' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Meilenstein hinzufügen' }));
    expect(await within(section).findByText('Meilenstein „Pilot im Personalamt“ hinzugefügt.')).toBeInTheDocument();
    const row = (await within(section).findByRole('rowheader', { name: /Pilot im Personalamt/ })).closest('tr')!;
    expect(within(row).getByText('01.03.2999')).toBeInTheDocument();
    expect(within(row).getByText('offen')).toBeInTheDocument();

    fireEvent.click(within(section).getByRole('checkbox', { name: '„Ausschreibung“ erreicht' }));
    await waitFor(() => expect(within(section).queryByText('1 Meilenstein ist überfällig.')).toBeNull());
    const done = value(await app.api.listMilestones({ measureId: m.id })).find((x) => x.title === 'Ausschreibung')!;
    expect(done).toMatchObject({ done: true, actualOn: today(), overdue: false });
    expect(screen.getByRole('link', { name: /^Meilensteine 2$/ })).toBeInTheDocument();
  });

  it('deletes a milestone and brings it back with Ctrl+Z, naming it in the notice', async () => {
    const m = await openSheet('E-Akte', 'milestones');
    value(await app.api.saveMilestone({ measureId: m.id, title: 'Rollout Ordnungsamt', plannedOn: '2026-06-30' }));
    const section = await screen.findByRole('region', { name: 'Meilensteine' });
    fireEvent.click(await within(section).findByRole('button', { name: '„Rollout Ordnungsamt“ löschen' }));
    expect(await within(section).findByText('Noch keine Meilensteine. Legen Sie unten den ersten an.')).toBeInTheDocument();

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    expect(await screen.findByText('Rückgängig: Meilenstein „Rollout Ordnungsamt“ gelöscht')).toBeInTheDocument();
    expect(await within(section).findByRole('rowheader', { name: /Rollout Ordnungsamt/ })).toBeInTheDocument();
  });

  it('shows the cycle message by titles when a prerequisite would close a cycle, and adds nothing', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const a = value(await app.api.saveMeasure({ title: 'E-Akte' }));
    const b = value(await app.api.saveMeasure({ title: 'Dokumentenmanagement' }));
    const c = value(await app.api.saveMeasure({ title: 'Scanstelle' }));
    value(await app.api.addDependency({ measureId: a.id, dependsOnId: b.id }));
    value(await app.api.addDependency({ measureId: b.id, dependsOnId: c.id }));
    go(`#/portfolio/${c.id}/dependencies`);
    app.renderApp();
    const section = await screen.findByRole('region', { name: 'Abhängigkeiten' });
    expect(await within(section).findByRole('link', { name: 'Dokumentenmanagement' })).toBeInTheDocument(); // needed by

    fireEvent.change(within(section).getByRole('searchbox', { name: /^Maßnahme suchen/ }), { target: { value: 'E-Akte' } });
    fireEvent.click(await within(section).findByRole('button', { name: '„E-Akte“ als Voraussetzung hinzufügen' }));
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Die Abhängigkeit wurde nicht angelegt');
    expect(alert).toHaveTextContent('Diese Abhängigkeit würde einen Kreis bilden: „Scanstelle“ → „E-Akte“ → „Dokumentenmanagement“ → „Scanstelle“. Sie wurde nicht angelegt.');
    expect(value(await app.api.listDependencies({ measureId: c.id })).dependsOn).toEqual([]);
  });

  it('adds a prerequisite found by search and removes it again', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    value(await app.api.saveMeasure({ title: 'Bürgerportal mit Servicekonto' }));
    const m = value(await app.api.saveMeasure({ title: 'Kita-Platzvergabe online' }));
    go(`#/portfolio/${m.id}/dependencies`);
    app.renderApp();
    const section = await screen.findByRole('region', { name: 'Abhängigkeiten' });
    fireEvent.change(within(section).getByRole('searchbox', { name: /^Maßnahme suchen/ }), { target: { value: 'Buergerportal' } });
    fireEvent.click(await within(section).findByRole('button', { name: '„Bürgerportal mit Servicekonto“ als Voraussetzung hinzufügen' }));
    expect(await within(section).findByText('„Bürgerportal mit Servicekonto“ ist jetzt Voraussetzung.')).toBeInTheDocument();
    fireEvent.click(await within(section).findByRole('button', { name: 'Voraussetzung „Bürgerportal mit Servicekonto“ entfernen' }));
    expect(await within(section).findByText('Keine Voraussetzungen eingetragen.')).toBeInTheDocument();
  });

  it('finds Wohngeld in the OZG catalogue, links it and unlinks it', async () => {
    const m = await openSheet('Digitaler Wohngeldantrag', 'ozg');
    const section = await screen.findByRole('region', { name: 'OZG-Leistungen' });
    expect(await within(section).findByText('Noch keine OZG-Leistung verknüpft.')).toBeInTheDocument();
    fireEvent.change(within(section).getByRole('searchbox', { name: /^Suchbegriff/ }), { target: { value: 'Wohngeld' } });
    fireEvent.click(await within(section).findByRole('button', { name: '„Wohngeld“ verknüpfen' }));
    expect(await within(section).findByText('„Wohngeld“ verknüpft.')).toBeInTheDocument();
    expect(value(await app.api.listMeasureOzgServices({ measureId: m.id })).map((o) => o.ozgId)).toEqual(['10092']);
    const linked = await within(section).findByRole('table', { name: 'Verknüpfte Leistungen' });
    expect(within(linked).getByText('10092')).toBeInTheDocument();

    fireEvent.click(within(section).getByRole('button', { name: 'Verknüpfung mit „Wohngeld“ entfernen' }));
    expect(await within(section).findByText('Noch keine OZG-Leistung verknüpft.')).toBeInTheDocument();
    expect(value(await app.api.listMeasureOzgServices({ measureId: m.id }))).toEqual([]);
  });

  it('prints a fact sheet with every field, the milestones, dependencies and OZG services', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const portal = value(await app.api.saveMeasure({ title: 'Bürgerportal' }));
    const m = value(await app.api.saveMeasure({ title: 'Wohngeld digital', goals: 'Online beantragen.', projectLead: 'Petra Schneider', progress: 60, tags: ['OZG'], mustLegal: true, mustLegalDeadline: '2026-12-31' }));
    value(await app.api.saveMilestone({ measureId: m.id, title: 'Go-live', plannedOn: '2026-06-30' }));
    value(await app.api.addDependency({ measureId: m.id, dependsOnId: portal.id }));
    value(await app.api.linkOzgService({ measureId: m.id, ozgId: '10092' }));
    go(`#/portfolio/${m.id}/print`);
    app.renderApp();
    const sheet = await screen.findByRole('article', { name: 'Wohngeld digital' });
    expect(within(sheet).getByRole('button', { name: 'Drucken' })).toBeInTheDocument();
    expect(sheet).toHaveTextContent('Online beantragen.');
    expect(sheet).toHaveTextContent('Petra Schneider');
    expect(sheet).toHaveTextContent('Gesetzliche Pflicht (31.12.2026)');
    expect(within(sheet).getByRole('rowheader', { name: 'Go-live' })).toBeInTheDocument();
    expect(sheet).toHaveTextContent('Diese Maßnahme setzt voraus: Bürgerportal');
    expect(sheet).toHaveTextContent('Wohngeld (10092)');
    expect(document.documentElement).toHaveClass('cdo-printing-sheet');
  });

  it('keeps the history reachable as a section of the fact sheet', async () => {
    await openSheet('Open Data', 'history');
    const history = await screen.findByRole('region', { name: 'Verlauf' });
    expect(await within(history).findByText('Angelegt')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Verlauf' })).toHaveAttribute('aria-current', 'page');
  });
});
