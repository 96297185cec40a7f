import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { value } from '../support/core-harness.ts';
import { useApp } from './setup-app.tsx';

const app = useApp();

async function typeMunicipality(text: string) {
  const input = await screen.findByRole('combobox', { name: 'Kommune' });
  fireEvent.change(input, { target: { value: text } });
  return input;
}

describe('start screen', () => {
  it('finds every Neuenkirchen and tells them apart by Kreis, Land, population and AGS', async () => {
    app.renderApp();
    await typeMunicipality('Neuenkirchen');
    const options = await screen.findAllByRole('option');
    // The shipped register (31.12.2019) has a dozen of them.
    expect(options.length).toBeGreaterThanOrEqual(12);
    for (const o of options) expect(o).toHaveTextContent(/^Neuenkirchen/);
    const texts = options.map((o) => o.textContent ?? '');
    // Every option names its AGS, so no two read the same.
    expect(new Set(texts).size).toBe(texts.length);
    for (const text of texts) expect(text).toMatch(/AGS \d{8}/);
    expect(texts.some((t) => /Landkreis|Kreis/.test(t) && /Niedersachsen/.test(t))).toBe(true);
    expect(texts.some((t) => /Einw\./.test(t))).toBe(true);
  });

  it('finds a municipality by AGS and creates its workspace', async () => {
    app.renderApp();
    const input = await typeMunicipality('05770024');
    const option = await screen.findByRole('option', { name: /Minden/ });
    expect(option).toHaveTextContent('Nordrhein-Westfalen');
    expect(option).toHaveTextContent('AGS 05770024');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText(/Minden, Stadt/, { selector: '.cdo-chosen p' })).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Arbeitsbereich anlegen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Minden, Stadt')).toBeInTheDocument();
    expect(within(header).getByText('Nordrhein-Westfalen')).toBeInTheDocument();
    const listed = value(await app.api.listWorkspaces());
    expect(listed.map((w) => w.ags)).toEqual(['05770024']);
  });

  it('asks for a municipality from the list before creating and creates nothing', async () => {
    app.renderApp();
    await typeMunicipality('Mind');
    fireEvent.click(screen.getByRole('button', { name: 'Arbeitsbereich anlegen' }));
    const input = screen.getByRole('combobox', { name: 'Kommune' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(/Bitte wählen Sie zuerst eine Kommune aus der Liste/);
    expect(value(await app.api.listWorkspaces())).toEqual([]);
  });

  it('opens the Musterstadt demo and lists it under recent workspaces after closing', async () => {
    app.renderApp();
    fireEvent.click(await screen.findByRole('button', { name: 'Demo-Arbeitsbereich Musterstadt öffnen' }));
    await screen.findByRole('heading', { level: 1, name: 'Übersicht' });
    const header = screen.getByRole('banner');
    expect(within(header).getByText('Musterstadt (Demo)')).toBeInTheDocument();

    fireEvent.click(within(header).getByRole('button', { name: 'Arbeitsbereich schließen' }));
    const recent = await screen.findByRole('region', { name: 'Zuletzt geöffnet' });
    expect(await within(recent).findByText('Musterstadt (Demo)')).toBeInTheDocument();
    expect(within(recent).getByRole('button', { name: 'Öffnen: Musterstadt (Demo)' })).toBeEnabled();
  });

  it('removes a workspace from the recent list without touching it otherwise', async () => {
    await app.openDemo();
    value(await app.api.closeWorkspace());
    app.renderApp();
    const recent = await screen.findByRole('region', { name: 'Zuletzt geöffnet' });
    fireEvent.click(await within(recent).findByRole('button', { name: 'Aus Liste entfernen: Musterstadt (Demo)' }));
    expect(await within(recent).findByText(/Noch keine Arbeitsbereiche/)).toBeInTheDocument();
    expect(value(await app.api.listWorkspaces())).toEqual([]);
  });
});

describe('desktop menu: new workspace', () => {
  it('closes the open workspace and puts the cursor in the municipality search', async () => {
    await app.openDemo();
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Übersicht' });
    app.h.core.emit({ type: 'command', command: 'new-workspace' });
    const input = await screen.findByRole('combobox', { name: 'Kommune' });
    await waitFor(() => expect(input).toHaveFocus());
    expect(value(await app.api.getSession()).workspace).toBeNull();
  });
});
