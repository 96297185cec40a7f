/**
 * The Agenda & Roadmap module in the real app against a real core: creating
 * an agenda (bad period refused next to its field), hostile text shown as
 * text, the goal tree with a linked measure, a frozen version refusing edits
 * with its reason, the comparison side by side, the indicator table, and the
 * roadmap with a bar moved by keyboard and undated measures listed apart.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { shifted } from '../../renderer/features/agenda/roadmap-timeline.tsx';
import { addMonths } from '../../renderer/features/agenda/roadmap-scale.ts';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();
const HOSTILE = '<img src=x onerror=alert(1)> & "Zitat" 😀 \u202Eabc';

async function agendaWithGoal() {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  const a = value(await app.api.saveAgenda({ title: 'Digitale Agenda Minden', periodFrom: 2026, periodTo: 2030, vision: HOSTILE }));
  const s = value(await app.api.saveAgendaGoal({ agendaId: a.id, title: 'Service für alle' }));
  const o = value(await app.api.saveAgendaGoal({ agendaId: a.id, parentId: s.id, title: 'Anträge online' }));
  const m = value(await app.api.saveMeasure({ title: 'Bürgerportal', start: '2026-01-01', end: '2026-12-31' }));
  const u = value(await app.api.saveMeasure({ title: 'Chatbot' }));
  value(await app.api.linkAgendaMeasure({ goalId: o.id, measureId: m.id }));
  value(await app.api.linkAgendaMeasure({ goalId: o.id, measureId: u.id }));
  return { a, s, o, m };
}

describe('the agenda view', () => {
  it('offers to create an agenda and refuses a period that ends before it starts, next to the field', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    go('#/agenda');
    app.renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Neue Agenda anlegen' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Titel' }), { target: { value: 'Agenda 2030' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Zeitraum von (Jahr)' }), { target: { value: '2030' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Zeitraum bis (Jahr)' }), { target: { value: '2026' } });
    fireEvent.click(screen.getByRole('button', { name: 'Neue Agenda anlegen' }));
    const to = screen.getByRole('textbox', { name: 'Zeitraum bis (Jahr)' });
    await waitFor(() => expect(to).toHaveAttribute('aria-invalid', 'true'));
    expect(to).toHaveAccessibleDescription('Das Endjahr des Zeitraums liegt vor dem Anfangsjahr.');
    expect(value(await app.api.listAgendas())).toEqual([]);
  });

  it('shows hostile text as text and the goal tree with its linked measures', async () => {
    await agendaWithGoal();
    go('#/agenda');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Agenda & Roadmap' });
    expect(await screen.findByText(HOSTILE)).toBeInTheDocument();
    expect(document.querySelector('img[src="x"]')).toBeNull();
    go('#/agenda/goals');
    const goal = await screen.findByRole('heading', { name: /Anträge online/ });
    expect(goal).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Maßnahmen zu „Anträge online“' })).toHaveTextContent(/Bürgerportal.*Chatbot.*ohne Termin/);
  });

  it('locks a frozen version with the reason and compares it with the next draft', async () => {
    const { a, o } = await agendaWithGoal();
    const [v1] = value(await app.api.listAgendaVersions({ agendaId: a.id }));
    value(await app.api.adoptAgendaVersion({ id: v1!.id, councilBody: 'Rat der Stadt', decisionNumber: 'DS 2026/7', decidedOn: '2026-02-05' }));
    go('#/agenda/goals');
    app.renderApp();
    expect(await screen.findByText(/Fassung 1 ist beschlossen \(Rat der Stadt, Beschluss DS 2026\/7 vom 05\.02\.2026\)/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Strategisches Ziel hinzufügen' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Neuen Entwurf anlegen' }));
    await screen.findByRole('button', { name: 'Strategisches Ziel hinzufügen' });
    value(await app.api.saveAgendaGoal({ agendaId: a.id, id: o.id, parentId: o.parentId, title: 'Alle Anträge online' }));
    go('#/agenda/versions');
    const region = await screen.findByRole('region', { name: 'Fassungen vergleichen' });
    const goals = await within(region).findByRole('table', { name: /^Ziele:/ });
    const row = within(goals).getByRole('row', { name: /Alle Anträge online/ });
    expect(row).toHaveTextContent(/Titel: Anträge online.*Titel: Alle Anträge online/);
  });

  it('names the open version and puts it into consultation', async () => {
    await agendaWithGoal();
    go('#/agenda/versions');
    app.renderApp();
    const form = await screen.findByRole('form', { name: 'Bezeichnung und Stand von Fassung 1' });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Bezeichnung/ }), { target: { value: 'Entwurf für den Digitalausschuss' } });
    fireEvent.change(within(form).getByRole('combobox', { name: 'Stand' }), { target: { value: 'consultation' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Speichern' }));
    const table = screen.getByRole('table', { name: 'Fassungen der Agenda' });
    await waitFor(() => expect(within(table).getByRole('row', { name: /^Fassung 1/ })).toHaveTextContent(/In Beteiligung.*Entwurf für den Digitalausschuss/));
  });

  it('lists each indicator with its measurements as a table', async () => {
    const { a, o } = await agendaWithGoal();
    const i = value(await app.api.saveAgendaIndicator({ agendaId: a.id, goalId: o.id, name: 'Online-Quote', unit: '%', level: 'outcome', baseline: 10, target: 60 }));
    value(await app.api.saveAgendaMeasurement({ indicatorId: i.id, measuredOn: '2026-06-30', value: 17.5 }));
    go('#/agenda/indicators');
    app.renderApp();
    const table = await screen.findByRole('table', { name: 'Messwerte: Online-Quote' });
    expect(table).toHaveTextContent(/30\.06\.2026.*17,5 %/);
    fireEvent.change(screen.getByLabelText('Wert (%)'), { target: { value: 'viel' } });
    fireEvent.click(screen.getByRole('button', { name: 'Messwert erfassen' }));
    expect(await screen.findByText('Bitte eine Zahl angeben, z. B. 12,5.')).toBeInTheDocument();
  });
});

describe('the roadmap', () => {
  it('lists measures without dates apart and moves a bar by a quarter with the arrow key', async () => {
    const { a, m } = await agendaWithGoal();
    go('#/agenda/roadmap');
    app.renderApp();
    expect(await screen.findByRole('heading', { name: 'Ohne Termin (1 Maßnahme)' })).toBeInTheDocument();
    const bar = await screen.findByRole('button', { name: /^Bürgerportal, Idee, 01\.01\.2026 bis 31\.12\.2026/ });
    fireEvent.keyDown(bar, { key: 'ArrowRight' });
    await waitFor(async () => expect(value(await app.api.getMeasure({ id: m.id }))).toMatchObject({ start: '2026-04-01', end: '2027-03-31' }));
    fireEvent.keyDown(bar, { key: 'ArrowLeft', shiftKey: true });
    await waitFor(async () => expect(value(await app.api.getMeasure({ id: m.id }))).toMatchObject({ start: '2026-04-01', end: '2026-12-31' }));
    expect(value(await app.api.getAgendaRoadmap({ agendaId: a.id })).undated.map((u) => u.title)).toEqual(['Chatbot']);
  });

  it('keeps the last day of a month when moving by months, and an end never passes the start', () => {
    expect(addMonths('2026-06-30', 1)).toBe('2026-07-31');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-15', -3)).toBe('2025-12-15');
    expect(shifted({ start: '2026-04-01', end: '2026-06-30' }, 'end', -6)).toEqual({ start: '2026-04-01', end: '2026-04-01' });
    expect(shifted({ start: '2026-04-01', end: '2026-06-30' }, 'start', 6)).toEqual({ start: '2026-06-30', end: '2026-06-30' });
  });
});
