import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { IdeaOriginLink } from '../../renderer/features/ideas/idea-origin-link.tsx';
import { value } from '../support/core-harness.ts';
import { searchFromOverview } from './global-search.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

/** The error text shown inside the same KERN form field as the control. */
function errorNextTo(control: HTMLElement): string | null {
  return control.closest('.kern-form-input')?.querySelector('.kern-error')?.textContent ?? null;
}

function row(title: string): HTMLElement {
  return screen.getByRole('link', { name: title }).closest('tr') as HTMLElement;
}

async function openIdea(id: string, title: string) {
  go(`#/portfolio/ideas/${id}`);
  app.renderApp();
  await screen.findByRole('heading', { level: 1, name: title });
}

describe('ideas list', () => {
  it('shows the demo\'s ideas with how many wait for assessment, and filters by status chip, source and field', async () => {
    await app.openDemo();
    go('#/portfolio/ideas');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Portfolio: Ideen' });
    expect(await screen.findByText('2 Ideen warten auf Bewertung')).toBeInTheDocument();
    expect(await screen.findByText('12 Ideen')).toBeInTheDocument();

    // An adopted idea links to the measure it became.
    const wohngeld = within(row('Wohngeld online beantragen, Nachweise hochladen'));
    expect(wohngeld.getByText('DigiCheck')).toBeInTheDocument();
    expect(wohngeld.getByText('Übernommen')).toBeInTheDocument();
    expect(wohngeld.getByRole('link', { name: /Digitaler Wohngeldantrag/ })).toHaveAttribute('href', expect.stringMatching(/^#\/portfolio\/[^/]+$/));

    const chips = screen.getByRole('group', { name: 'Nach Status filtern' });
    fireEvent.click(within(chips).getByRole('button', { name: /^Abgelehnt/ }));
    expect(within(chips).getByRole('button', { name: /^Abgelehnt/ })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText('1 Idee passt zu den Filtern')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Eigene Stadt-App für alle Dienste' })).toBeInTheDocument();

    fireEvent.click(within(chips).getByRole('button', { name: /^Alle/ }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Quelle' }), { target: { value: 'politics' } });
    expect(await screen.findByText('3 Ideen passen zu den Filtern')).toBeInTheDocument();
    const fields = value(await app.api.listFields());
    fireEvent.change(screen.getByRole('combobox', { name: 'Handlungsfeld' }), { target: { value: fields.find((f) => f.name === 'Daten & Plattformen')!.id } });
    expect(await screen.findByText('1 Idee passt zu den Filtern')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Offene Daten der Stadt veröffentlichen' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Filter zurücksetzen' }));
    expect(await screen.findByText('12 Ideen')).toBeInTheDocument();
  });
});

describe('idea form', () => {
  it('shows German messages next to an empty title and a missing source, and saves nothing', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    go('#/portfolio/ideas/new');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Neue Idee' });
    fireEvent.click(screen.getByRole('button', { name: 'Idee erfassen' }));

    const title = screen.getByRole('textbox', { name: 'Titel' });
    await screen.findByText('Pflichtfeld: bitte ausfüllen.', { selector: '.kern-error .kern-body' });
    expect(errorNextTo(title)).toBe('Pflichtfeld: bitte ausfüllen.');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    const source = screen.getByRole('combobox', { name: 'Quelle' });
    expect(errorNextTo(source)).toBe('Bitte einen der vorgesehenen Werte wählen.');
    expect(screen.getByRole('alert')).toHaveTextContent('Bitte prüfen Sie 2 Angaben');
    expect(value(await app.api.listIdeas({})).total).toBe(0);
  });

  it('records an idea and lists it with the message and a way to undo', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    go('#/portfolio/ideas/new');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Neue Idee' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Titel' }), { target: { value: 'Hundesteuer online anmelden' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Quelle' }), { target: { value: 'department' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Eingereicht von/ }), { target: { value: 'Steueramt' } });
    fireEvent.change(screen.getByLabelText(/^Eingangsdatum/), { target: { value: '2026-01-12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Idee erfassen' }));

    await screen.findByRole('heading', { level: 1, name: 'Portfolio: Ideen' });
    expect(await screen.findByText('Idee „Hundesteuer online anmelden“ erfasst.')).toBeInTheDocument();
    const r = within(row('Hundesteuer online anmelden'));
    expect(r.getByText('Fachbereich')).toBeInTheDocument();
    expect(r.getByText('Steueramt')).toBeInTheDocument();
    expect(r.getByText('12.01.2026')).toBeInTheDocument();
    expect(r.getByText('Neu')).toBeInTheDocument();
    expect(screen.getByText('1 Idee wartet auf Bewertung')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rückgängig' })).toBeInTheDocument();
  });
});

describe('assessing an idea', () => {
  it('asks for a reason next to the field when rejecting, then saves the status with it', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const idea = value(await app.api.saveIdea({ title: 'Eigene Stadt-App', source: 'citizens' }));
    await openIdea(idea.id, 'Eigene Stadt-App');

    fireEvent.click(screen.getByRole('button', { name: 'Status ändern' }));
    const dialog = await screen.findByRole('dialog', { name: 'Status der Idee ändern' });
    fireEvent.click(within(dialog).getByRole('radio', { name: /^Abgelehnt/ }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Status speichern' }));

    const reason = within(dialog).getByRole('textbox', { name: 'Begründung' });
    await waitFor(() => expect(errorNextTo(reason)).toBe('Bitte begründen Sie, warum die Idee abgelehnt oder zurückgestellt wird.'));
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(value(await app.api.getIdea({ id: idea.id })).status).toBe('new');

    fireEvent.change(reason, { target: { value: 'Das Bürgerportal deckt die Dienste ab.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Status speichern' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Status von „Eigene Stadt-App“: Abgelehnt.')).toBeInTheDocument();
    expect(screen.getByText('Das Bürgerportal deckt die Dienste ab.')).toBeInTheDocument();
    expect(value(await app.api.getIdea({ id: idea.id }))).toMatchObject({ status: 'rejected', statusReason: 'Das Bürgerportal deckt die Dienste ab.' });
  });
});

describe('adopting an idea', () => {
  it('confirms with the idea\'s name, creates the measure, opens it, and the idea links to it', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const idea = value(await app.api.saveIdea({ title: 'Chatbot im Bürgerbüro', source: 'citizens', description: 'Antworten rund um die Uhr.' }));
    await openIdea(idea.id, 'Chatbot im Bürgerbüro');

    fireEvent.click(screen.getByRole('button', { name: 'In Maßnahme übernehmen' }));
    const dialog = await screen.findByRole('dialog', { name: 'In Maßnahme übernehmen?' });
    expect(dialog).toHaveTextContent('Aus der Idee „Chatbot im Bürgerbüro“ wird eine Maßnahme im Portfolio.');
    fireEvent.change(within(dialog).getByRole('combobox', { name: 'Priorität der neuen Maßnahme' }), { target: { value: 'high' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Maßnahme anlegen' }));

    const adopted = await waitFor(async () => {
      const i = value(await app.api.getIdea({ id: idea.id }));
      expect(i.measureId).toBeTruthy();
      return i;
    });
    await waitFor(() => expect(window.location.hash).toBe(`#/portfolio/${adopted.measureId}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Maßnahme bearbeiten' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Chatbot im Bürgerbüro');
    expect(value(await app.api.getMeasure({ id: adopted.measureId! }))).toMatchObject({ priority: 'high', phase: 'concept', description: 'Antworten rund um die Uhr.' });

    go(`#/portfolio/ideas/${idea.id}`);
    await screen.findByRole('heading', { level: 1, name: 'Chatbot im Bürgerbüro' });
    expect(await screen.findByText('Übernommen')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Chatbot im Bürgerbüro' })).toHaveAttribute('href', `#/portfolio/${adopted.measureId}`);
    // Adopted with its measure: no second adoption offered.
    expect(screen.queryByRole('button', { name: 'In Maßnahme übernehmen' })).not.toBeInTheDocument();
  });
});

describe('IdeaOriginLink', () => {
  it('links a measure to the idea it came from, and shows nothing for other measures', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const idea = value(await app.api.saveIdea({ title: 'Freie Parkplätze anzeigen', source: 'peer' }));
    const { measure } = value(await app.api.adoptIdea({ id: idea.id }));
    const other = value(await app.api.saveMeasure({ title: 'E-Akte' }));

    // The measure without an idea asks first, so once the other link shows, its answer is in.
    app.renderView(
      <>
        <div data-testid="without"><IdeaOriginLink measureId={other.id} /></div>
        <div data-testid="with"><IdeaOriginLink measureId={measure.id} /></div>
      </>,
    );
    const link = await within(screen.getByTestId('with')).findByRole('link', { name: 'Freie Parkplätze anzeigen' });
    expect(link).toHaveAttribute('href', `#/portfolio/ideas/${idea.id}`);
    expect(link.closest('p')).toHaveTextContent('Hervorgegangen aus der Idee: Freie Parkplätze anzeigen');
    expect(screen.getByTestId('without')).toBeEmptyDOMElement();
  });
});

describe('global search for ideas', () => {
  it('finds an idea with German folding and opens it', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const idea = value(await app.api.saveIdea({ title: 'Gefahrenstellen auf dem Schulweg melden', source: 'other', description: 'Für Straßen rund um die Grundschulen.' }));
    const { dialog } = await searchFromOverview(app, 'strassen');
    const option = await within(dialog).findByRole('option', { name: /Gefahrenstellen auf dem Schulweg melden/ });
    expect(option).toHaveTextContent('Idee');
    fireEvent.click(option);
    await waitFor(() => expect(window.location.hash).toBe(`#/portfolio/ideas/${idea.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Gefahrenstellen auf dem Schulweg melden' })).toBeInTheDocument();
  });
});
