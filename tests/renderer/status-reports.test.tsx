import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { OverviewView } from '../../renderer/features/overview/overview-view.tsx';
import { MeasureStatusSection } from '../../renderer/features/status/measure-status-section.tsx';
import { value } from '../support/core-harness.ts';
import { useApp } from './setup-app.tsx';

const app = useApp();

const shift = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The "Statusberichte" tab of a measure in implementation with a milestone 45 days overdue: the system proposes a red schedule. */
async function openStatusTab() {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  const m = value(await app.api.saveMeasure({ title: 'E-Akte', phase: 'implementation' }));
  value(await app.api.saveMilestone({ measureId: m.id, title: 'Rollout Ordnungsamt', plannedOn: shift(-45) }));
  app.renderView(<MeasureStatusSection measureId={m.id} />);
  await screen.findByRole('heading', { level: 2, name: 'Statusberichte' });
  return m;
}

async function startReport() {
  fireEvent.click(await screen.findByRole('button', { name: 'Neuer Statusbericht' }));
  return screen.findByRole('form', { name: 'Neuer Statusbericht' });
}

describe('status reports of a measure', () => {
  it('files a report that starts from the proposal, and shows it read-only in the timeline', async () => {
    const m = await openStatusTab();
    expect(screen.getByText('Für diese Maßnahme gibt es noch keinen Statusbericht.')).toBeInTheDocument();
    const form = await startReport();

    const schedule = within(form).getByRole('group', { name: 'Termine' });
    expect(within(schedule).getByRole('radio', { name: /Rot/ })).toBeChecked();
    expect(within(schedule).getByRole('radio', { name: 'Rot Vorschlag' })).toBeInTheDocument();
    expect(schedule).toHaveAccessibleDescription('Vorschlag: Rot – Meilenstein „Rollout Ordnungsamt“ ist seit 45 Tagen überfällig (mehr als 30 Tage).');
    const scope = within(form).getByRole('group', { name: 'Umfang/Qualität' });
    expect(within(scope).getByRole('radio', { name: 'Grau Vorschlag' })).toBeChecked();
    expect(scope).toHaveAccessibleDescription(/Braucht Ihre Einschätzung/);
    fireEvent.click(within(scope).getByRole('radio', { name: /Grün/ }));
    // Answering a "needs your judgement" is no departure from the proposal.
    expect(within(form).queryByText('Sie weichen vom Vorschlag ab.')).toBeNull();
    expect(within(within(form).getByRole('group', { name: 'Gesamt' })).getByRole('radio', { name: 'Rot Vorschlag' })).toBeChecked();

    fireEvent.change(within(form).getByRole('textbox', { name: /^Erreicht/ }), { target: { value: 'Personalamt umgestellt.' } });
    fireEvent.change(within(form).getByRole('textbox', { name: /^Benötigte Entscheidungen/ }), { target: { value: 'Stelle Projektkoordination.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Statusbericht abgeben' }));

    await screen.findByText(/^Statusbericht vom .* abgegeben\.$/);
    expect(screen.queryByRole('form', { name: 'Neuer Statusbericht' })).toBeNull();
    const timeline = screen.getByRole('list', { name: 'Bisherige Berichte' });
    const report = within(timeline).getByRole('article');
    expect(report).toHaveTextContent('Gesamt: Rot');
    expect(within(within(report).getByRole('list', { name: 'Ampeln' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Termine: Rot', 'Kosten: Grau', 'Umfang/Qualität: Grün', 'Ressourcen: Grau', 'Wirkung: Grau',
    ]);
    expect(report).toHaveTextContent('Personalamt umgestellt.');
    expect(report).toHaveTextContent(/unveränderlich/);
    // Read-only: nothing in a filed report can be edited.
    expect(within(report).queryAllByRole('textbox')).toEqual([]);
    expect(within(report).queryAllByRole('radio')).toEqual([]);
    expect(within(report).queryByText('Abweichend vom Vorschlag')).toBeNull();
    await waitFor(() => expect(within(report).getByRole('heading', { level: 3 })).toHaveFocus());

    const stored = value(await app.api.listStatusReports({ measureId: m.id }));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ overall: 'red', lights: { schedule: 'red', scope: 'green' }, achievements: 'Personalamt umgestellt.', decisionsNeeded: 'Stelle Projektkoordination.' });
  });

  it('shows where the owner overrode the proposal, in the form and in the filed report', async () => {
    const m = await openStatusTab();
    const form = await startReport();
    const schedule = within(form).getByRole('group', { name: 'Termine' });
    fireEvent.click(within(schedule).getByRole('radio', { name: /Gelb/ }));
    expect(within(schedule).getByText('Sie weichen vom Vorschlag ab.')).toBeInTheDocument();
    // The overall light follows the worst chosen light until the owner picks one.
    const overall = within(form).getByRole('group', { name: 'Gesamt' });
    expect(within(overall).getByRole('radio', { name: 'Gelb Vorschlag' })).toBeChecked();
    fireEvent.click(within(form).getByRole('button', { name: 'Statusbericht abgeben' }));

    const report = await screen.findByRole('article');
    expect(within(report).getByText('Abweichend vom Vorschlag')).toBeInTheDocument();
    expect(report).toHaveTextContent('Termine: Gelb statt Rot');
    expect(value(await app.api.listStatusReports({ measureId: m.id }))[0]!.overridden).toEqual(['schedule']);
  });

  it('shows the German message for a report date in the future and files nothing', async () => {
    const m = await openStatusTab();
    const form = await startReport();
    const date = within(form).getByLabelText('Stichtag');
    fireEvent.change(date, { target: { value: shift(3) } });
    fireEvent.click(within(form).getByRole('button', { name: 'Statusbericht abgeben' }));
    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription('Ein Statusbericht kann nicht für einen Tag in der Zukunft abgegeben werden.');
    expect(value(await app.api.listStatusReports({ measureId: m.id }))).toEqual([]);
  });
});

describe('Übersicht tiles', () => {
  it('shows the lights, the waiting ideas, measures without a current report and the milestones ahead, each linking to act', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const red = value(await app.api.saveMeasure({ title: 'Digitaler Bauantrag', phase: 'implementation' }));
    const green = value(await app.api.saveMeasure({ title: 'Mängelmelder', phase: 'operation' }));
    const silent = value(await app.api.saveMeasure({ title: 'Öffentliches WLAN', phase: 'operation' }));
    value(await app.api.saveMeasure({ title: 'Urbane Datenplattform', phase: 'idea' }));
    const lights = { schedule: 'green', cost: 'green', scope: 'green', resources: 'green', impact: 'green' } as const;
    value(await app.api.fileStatusReport({ measureId: red.id, ...lights, cost: 'red' }));
    value(await app.api.fileStatusReport({ measureId: green.id, ...lights }));
    value(await app.api.fileStatusReport({ measureId: silent.id, reportedOn: shift(-120), ...lights }));
    value(await app.api.saveMilestone({ measureId: red.id, title: 'Go-live', plannedOn: shift(10) }));
    value(await app.api.saveMilestone({ measureId: red.id, title: 'Zu spät', plannedOn: shift(120) }));
    for (const title of ['Chatbot', 'Digitale Sitzungen']) value(await app.api.saveIdea({ title, source: 'citizens' }));

    app.renderView(<OverviewView chartWidth={900} />);

    const lightsTile = await screen.findByRole('region', { name: 'Ampeln des Portfolios' });
    const counts = within(lightsTile).getAllByRole('list')[0]!;
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Grün2 Maßnahmen', 'Gelb0 Maßnahmen', 'Rot1 Maßnahme', 'Grau0 Maßnahmen', 'ohne Statusbericht1 Maßnahme',
    ]);
    expect(within(lightsTile).getByRole('link', { name: 'Digitaler Bauantrag' })).toHaveAttribute('href', `#/portfolio/${red.id}/status`);

    const ideas = screen.getByRole('region', { name: 'Ideen warten auf Bewertung' });
    await waitFor(() => expect(ideas).toHaveTextContent('2'));
    expect(within(ideas).getByRole('link', { name: 'Ideen bewerten' })).toHaveAttribute('href', '#/portfolio/ideas');

    const stale = screen.getByRole('region', { name: 'Ohne aktuellen Statusbericht' });
    expect(within(stale).getByText('1')).toBeInTheDocument();
    expect(within(stale).getByRole('link', { name: 'Öffentliches WLAN' })).toHaveAttribute('href', `#/portfolio/${silent.id}/status`);
    // A measure in phase idea is not expected to report.
    expect(within(stale).queryByRole('link', { name: 'Urbane Datenplattform' })).toBeNull();

    const milestones = screen.getByRole('region', { name: 'Meilensteine der nächsten 90 Tage' });
    await waitFor(() => expect(within(milestones).getAllByRole('listitem')).toHaveLength(1));
    expect(within(milestones).getByRole('listitem')).toHaveTextContent(/in 10 Tagen.*Go-live · Digitaler Bauantrag/);
    expect(within(milestones).getByRole('link', { name: 'Digitaler Bauantrag' })).toHaveAttribute('href', `#/portfolio/${red.id}/milestones`);

    // The chart and its table stay.
    expect(screen.getByRole('table', { name: 'Maßnahmen je Handlungsfeld nach Phase' })).toBeInTheDocument();
  });
});
