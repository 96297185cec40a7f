/**
 * The DigiCheck tab of the Standortanalyse in the real app against a real
 * core: from the empty list to a new DigiCheck (the unit is required, said
 * next to the field), scores that save themselves and change the table of
 * the radar, and the catalogue editor saying which version it edits and
 * writing version 2 while version 1 is in use.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

async function openDigicheck() {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  value(await app.api.saveOrgUnit({ name: 'Wohngeldstelle', kind: 'office' }));
  go('#/analysis/digicheck');
  app.renderApp();
  await screen.findByRole('heading', { level: 2, name: 'DigiChecks' });
}

// The score form holds some 35 questions: jsdom needs its time for them on a busy machine.
describe('the DigiCheck tab', { timeout: 60_000 }, () => {
  it('creates a DigiCheck for a unit, refusing one without unit, and scores a question', async () => {
    await openDigicheck();
    expect(screen.getByRole('link', { name: 'DigiCheck' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText(/Noch kein DigiCheck/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('link', { name: 'Neuer DigiCheck' }));
    await screen.findByRole('heading', { level: 2, name: 'Neuer DigiCheck' });
    expect(await screen.findByText(/Fragenkatalog „DigiCheck Kommune“ in Version 1/)).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'DigiCheck anlegen' }));
    const unit = screen.getByLabelText(/Organisationseinheit oder Handlungsfeld/, { selector: 'select' });
    await waitFor(() => expect(unit).toHaveAccessibleDescription(/Bitte die Organisationseinheit oder das Handlungsfeld wählen/));
    expect(app.h.core.raw().prepare('SELECT count(*) AS n FROM digicheck_assessments').get()).toEqual({ n: 0 });

    await waitFor(() => expect(within(unit).getByRole('option', { name: 'Wohngeldstelle' })).toBeInTheDocument());
    fireEvent.change(unit, { target: { value: within(unit).getByRole('option', { name: 'Wohngeldstelle' }).getAttribute('value') } });
    expect(screen.getByLabelText('Titel')).toHaveValue(`DigiCheck Wohngeldstelle ${new Date().getFullYear()}`);
    fireEvent.click(screen.getByRole('button', { name: 'DigiCheck anlegen' }));
    await screen.findByRole('heading', { level: 2, name: `DigiCheck Wohngeldstelle ${new Date().getFullYear()}` });
    expect(await screen.findByText(/Noch kein früherer DigiCheck dieser Einheit/)).toBeInTheDocument();

    // Found by its legend's text: role queries over the whole score form are slow in jsdom.
    const question = screen.getByText('Gibt es schriftlich festgehaltene Digitalisierungsziele für die Einheit?').closest('fieldset')!;
    fireEvent.change(within(question).getByLabelText('Ist – heute'), { target: { value: '1' } });
    fireEvent.change(within(question).getByLabelText('Soll – Ziel'), { target: { value: '4' } });
    const table = screen.getByText('Ist, Soll und Abstand je Dimension').closest('table')!;
    await waitFor(() => expect(within(table).getByText('Strategie & Steuerung').closest('tr')).toHaveTextContent(/Strategie & Steuerung\s*1\s*4\s*\+3\s*1 von 4/));
    expect(within(question).getByText('Gespeichert.')).toBeInTheDocument();

    // A justification saves when the field is left; the workshop narrative saves itself too.
    const why = within(question).getByLabelText(/Begründung/);
    fireEvent.change(why, { target: { value: 'Ziele nur mündlich vereinbart.' } });
    fireEvent.blur(why);
    fireEvent.change(screen.getByLabelText(/Digitale Ausgangslage/), { target: { value: 'Anträge kommen auf Papier.' } });
    await waitFor(() => {
      const row = app.h.core.raw().prepare('SELECT starting_position AS s FROM digicheck_assessments').get() as { s: string | null };
      expect(row.s).toBe('Anträge kommen auf Papier.');
    });
    expect(app.h.core.raw().prepare('SELECT justification AS j FROM digicheck_answers').get()).toEqual({ j: 'Ziele nur mündlich vereinbart.' });

    // Undo takes the narrative back, and the form shows it.
    expect(value(await app.api.undo()).done).toMatchObject({ entity: 'digicheckAssessment' });
    await waitFor(() => expect(screen.getByLabelText(/Digitale Ausgangslage/)).toHaveValue(''));
  });

  it('edits the catalogue: says the version and writes version 2 while version 1 is in use', async () => {
    await openDigicheck();
    const unitId = (value(await app.api.listOrgUnits()))[0]!.id;
    value(await app.api.saveDigicheckAssessment({ orgUnitId: unitId, title: 'DigiCheck Wohngeldstelle 2025', heldOn: '2025-03-12' }));
    go('#/analysis/digicheck/catalogue');
    await screen.findByRole('heading', { level: 2, name: 'Fragenkatalog' });
    expect(await screen.findByText('Sie bearbeiten „DigiCheck Kommune“, Version 1.')).toBeInTheDocument();
    expect(screen.getByText(/1 DigiCheck verwendet Version 1\. Beim Speichern entsteht Version 2/)).toBeInTheDocument();
    // Dimensions are closed for an overview; open the first one.
    const dimension = screen.getByText('Dimension 1: Strategie & Steuerung').closest('details')!;
    dimension.open = true;
    fireEvent(dimension, new Event('toggle'));
    const first = await within(dimension).findByLabelText('Frage 1');
    fireEvent.change(first, { target: { value: 'Gibt es messbare Digitalisierungsziele?' } });
    fireEvent.click(screen.getByText('Als Version 2 speichern'));
    expect(await screen.findByText(/Gespeichert als Version 2\. Neue DigiChecks verwenden sie; frühere behalten Version 1\./)).toBeInTheDocument();
    expect(await screen.findByText('Sie bearbeiten „DigiCheck Kommune“, Version 2.')).toBeInTheDocument();
    expect(value(await app.api.listDigicheckAssessments())[0]!.catalogueVersion).toBe(1);
  });
});
