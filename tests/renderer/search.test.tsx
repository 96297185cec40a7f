import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

describe('global search', () => {
  it('opens with Ctrl+K, finds "Bürger" when typed as "Buerger" and opens the chosen measure with Enter', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    value(await app.api.saveMeasure({ title: 'Bürgerportal mit Servicekonto' }));
    const target = value(await app.api.saveMeasure({ title: 'Bürgerbüro online' }));
    value(await app.api.saveMeasure({ title: 'Glasfaser für Schulen' }));
    go('#/overview');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Übersicht' });

    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Suchen' });
    const input = within(dialog).getByRole('combobox', { name: 'Suchbegriff' });
    expect(input).toHaveFocus();
    fireEvent.change(input, { target: { value: 'Buerger' } });

    const options = await within(dialog).findAllByRole('option');
    expect(options.map((o) => o.querySelector('.cdo-option__title')?.textContent).sort()).toEqual(['Bürgerbüro online', 'Bürgerportal mit Servicekonto']);
    const index = options.findIndex((o) => o.textContent?.startsWith('Bürgerbüro online'));
    for (let i = 0; i < index; i++) fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input).toHaveAttribute('aria-activedescendant', options[index]!.id);
    fireEvent.keyDown(input, { key: 'Enter' });

    await waitFor(() => expect(window.location.hash).toBe(`#/portfolio/${target.id}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Maßnahme bearbeiten' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Titel' })).toHaveValue('Bürgerbüro online');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('says so when nothing matches', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    go('#/overview');
    app.renderApp();
    fireEvent.click(await screen.findByRole('button', { name: /Suchen/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Suchen' });
    fireEvent.change(within(dialog).getByRole('combobox'), { target: { value: 'Quantencomputer' } });
    expect(await within(dialog).findByText('Keine Treffer für „Quantencomputer“.')).toBeInTheDocument();
  });
});
