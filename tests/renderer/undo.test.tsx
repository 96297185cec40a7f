import { fireEvent, screen, waitFor } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

async function portfolioWith(title: string) {
  value(await app.api.createWorkspace({ ags: '05770024' }));
  value(await app.api.saveMeasure({ title }));
  go('#/portfolio');
  app.renderApp();
  await screen.findByRole('link', { name: title });
}

const notice = () => document.querySelector('.cdo-toast__text');

describe('undo and redo', () => {
  it('Ctrl+Z outside a text field undoes the last step and names it in a polite notice', async () => {
    await portfolioWith('Digitaler Bauantrag');
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });

    await waitFor(() => expect(notice()).toHaveTextContent('Rückgängig: Maßnahme „Digitaler Bauantrag“ angelegt'));
    expect(notice()).toHaveAttribute('aria-live', 'polite');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Digitaler Bauantrag' })).not.toBeInTheDocument());
    expect(value(await app.api.listMeasures({})).total).toBe(0);
  });

  it('"Wiederholen" in the notice redoes the step and the list shows it again', async () => {
    await portfolioWith('Digitaler Bauantrag');
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(notice()).toHaveTextContent('Rückgängig:'));

    fireEvent.click(screen.getByRole('button', { name: 'Wiederholen' }));
    await waitFor(() => expect(notice()).toHaveTextContent('Wiederholt: Maßnahme „Digitaler Bauantrag“ angelegt'));
    expect(await screen.findByRole('link', { name: 'Digitaler Bauantrag' })).toBeInTheDocument();
    expect(value(await app.api.listMeasures({})).total).toBe(1);
  });

  it('Ctrl+Shift+Z and Ctrl+Y redo', async () => {
    await portfolioWith('E-Akte');
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(notice()).toHaveTextContent('Rückgängig: Maßnahme „E-Akte“ angelegt'));
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(notice()).toHaveTextContent('Wiederholt: Maßnahme „E-Akte“ angelegt'));
    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(notice()).toHaveTextContent('Rückgängig:'));
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    await waitFor(() => expect(notice()).toHaveTextContent('Wiederholt:'));
    expect(value(await app.api.listMeasures({})).total).toBe(1);
  });

  it('leaves Ctrl+Z inside a text field to the browser and changes no data', async () => {
    await portfolioWith('Digitaler Bauantrag');
    const filter = screen.getByRole('searchbox', { name: 'Suchen' });
    filter.focus();
    fireEvent.keyDown(filter, { key: 'z', ctrlKey: true });
    // Give a wrongly started undo every chance to land before looking.
    expect(value(await app.api.getUndoState()).undo).not.toBeNull();
    expect(value(await app.api.listMeasures({})).total).toBe(1);
    expect(notice()).toHaveTextContent('');
  });

  it('carries out undo from the desktop menu command and says when there is nothing to undo', async () => {
    await portfolioWith('Digitaler Bauantrag');
    app.h.core.emit({ type: 'command', command: 'undo' });
    await waitFor(() => expect(notice()).toHaveTextContent('Rückgängig: Maßnahme „Digitaler Bauantrag“ angelegt'));
    app.h.core.emit({ type: 'command', command: 'undo' });
    await waitFor(() => expect(notice()).toHaveTextContent('Es gibt nichts rückgängig zu machen.'));
  });
});
