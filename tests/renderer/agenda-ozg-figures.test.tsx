/**
 * The agenda's starting position takes its OZG figures from the maturity the
 * CDO recorded in the Standortanalyse, instead of someone retyping them.
 */
import { fireEvent, screen } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

async function openNewAgendaForm() {
  go('#/agenda');
  app.renderApp();
  fireEvent.click(await screen.findByRole('button', { name: 'Neue Agenda anlegen' }));
}

describe('starting figures from the OZG maturity', () => {
  it('says where to record maturity when none is recorded, and adds no figure', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    await openNewAgendaForm();
    fireEvent.click(screen.getByRole('button', { name: 'Aus dem OZG-Reifegrad übernehmen' }));
    expect(await screen.findByText(/Es sind noch keine OZG-Reifegrade \(Modell 1\.1\) erfasst\./)).toHaveProperty('tagName', 'OUTPUT');
    expect(screen.queryByRole('textbox', { name: 'Kennzahl' })).toBeNull();
  });

  it('takes the share at level 3 or higher and the number of assessed services; taking them twice updates them', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    value(await app.api.saveOzgMaturity({ ozgId: '10092', model: '1.1', ist: 3, soll: 4 }));
    value(await app.api.saveOzgMaturity({ ozgId: '10412', model: '1.1', ist: 1, soll: 3 }));
    await openNewAgendaForm();
    const take = screen.getByRole('button', { name: 'Aus dem OZG-Reifegrad übernehmen' });
    fireEvent.click(take);
    expect(await screen.findByText(/2 Zahlen aus dem OZG-Reifegrad übernommen\./)).toHaveProperty('tagName', 'OUTPUT');
    const labels = screen.getAllByRole('textbox', { name: 'Kennzahl' }).map((i) => (i as HTMLInputElement).value);
    const values = screen.getAllByRole('textbox', { name: 'Wert' }).map((i) => (i as HTMLInputElement).value);
    expect(labels).toEqual(['Relevante OZG-Leistungen ab Reifegrad 3 (Modell 1.1)', 'Bewertete OZG-Leistungen (Modell 1.1)']);
    expect(values).toEqual(['50', '2']);
    fireEvent.click(take);
    await screen.findByText(/2 Zahlen aus dem OZG-Reifegrad übernommen\./);
    expect(screen.getAllByRole('textbox', { name: 'Kennzahl' })).toHaveLength(2);
  });
});
