/**
 * What a CDO sees when the disk is full (issue 7.2): the generic error paths —
 * the form's error summary and the undo notice — carry the core's plain
 * message; nothing is saved and the app keeps working once there is space.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { BIG_TEXT, freeDisk, makeDiskFull } from '../reliability/disk-full.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();
const FULL = /^Der Speicherplatz ist voll: Es konnte nichts gespeichert werden; alles bisher Gespeicherte ist unverändert\. Bitte schaffen Sie Platz/;

describe('a full disk in the app', () => {
  it('the measure form says the disk is full, keeps what was typed, and saves once there is space', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    makeDiskFull(app.h.core.raw());
    go('#/portfolio/new');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Neue Maßnahme' });
    fireEvent.change(screen.getByRole('textbox', { name: 'Titel' }), { target: { value: 'Digitale Bauakte' } });
    fireEvent.change(screen.getByRole('textbox', { name: /^Beschreibung/ }), { target: { value: BIG_TEXT } });
    fireEvent.click(screen.getByRole('button', { name: 'Maßnahme anlegen' }));

    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Die Maßnahme konnte nicht gespeichert werden');
    expect(within(summary).getByText(FULL)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Digitale Bauakte');
    expect(value(await app.api.listMeasures({})).total).toBe(0);

    freeDisk(app.h.core.raw());
    fireEvent.click(screen.getByRole('button', { name: 'Maßnahme anlegen' }));
    await waitFor(async () => expect(value(await app.api.listMeasures({})).total).toBe(1));
  }, 60_000);

  it('Ctrl+Z on a full disk shows the message in the notice and undoes nothing', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    const big = value(await app.api.saveMeasure({ title: 'Digitale Bauakte', description: BIG_TEXT }));
    value(await app.api.deleteMeasure({ id: big.id }));
    makeDiskFull(app.h.core.raw());
    go('#/portfolio');
    app.renderApp();
    await screen.findByRole('heading', { level: 1 });

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(document.querySelector('.cdo-toast__text')).toHaveTextContent(FULL));
    expect(value(await app.api.listMeasures({})).total).toBe(0);
  }, 60_000);
});
