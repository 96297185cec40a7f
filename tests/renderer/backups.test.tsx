import { statSync, truncateSync } from 'node:fs';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { damageMiddlePages } from '../fixtures/workspace-files.ts';
import { value } from '../support/core-harness.ts';
import { go, useApp } from './setup-app.tsx';

const app = useApp();

function rowWithReason(table: HTMLElement, reason: string): HTMLElement {
  const cell = within(table).getAllByRole('cell').find((c) => c.textContent === reason);
  if (!cell) throw new Error(`no backup row "${reason}"`);
  return cell.closest('tr') as HTMLElement;
}

describe('backups', () => {
  it('lists backups with their German reason, makes one on request and restores it after saying the current state is kept', async () => {
    value(await app.api.createWorkspace({ ags: '05770024' }));
    go('#/backups');
    app.renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Sicherungen' });
    let table = await screen.findByRole('table', { name: 'Sicherungen, neueste zuerst' });
    expect(within(table).getByText('beim Öffnen')).toBeInTheDocument();
    expect(within(table).getAllByText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/).length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('button', { name: 'Jetzt sichern' }));
    await waitFor(() => expect(within(screen.getByRole('table')).getByText('manuell')).toBeInTheDocument());

    // A change after the backup, which the restore takes back.
    value(await app.api.saveMeasure({ title: 'Nach der Sicherung' }));
    table = screen.getByRole('table');
    fireEvent.click(within(rowWithReason(table, 'manuell')).getByRole('button', { name: /^Wiederherstellen/ }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Sicherung wiederherstellen?' });
    expect(dialog).toHaveTextContent('Der jetzige Stand wird vorher gesichert');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Wiederherstellen' }));

    expect(await screen.findByText(/wurde aus der Sicherung wiederhergestellt/)).toBeInTheDocument();
    expect(value(await app.api.listMeasures({})).total).toBe(0);
    await waitFor(() => expect(within(screen.getByRole('table')).getByText('vor Wiederherstellung')).toBeInTheDocument());
  });

  it('offers the restore view when a workspace file turns out damaged, and opens it restored', async () => {
    const ws = value(await app.api.createWorkspace({ ags: '05770024' }));
    value(await app.api.closeWorkspace());
    truncateSync(ws.file, Math.floor(statSync(ws.file).size / 2));
    app.renderApp();

    fireEvent.click(await screen.findByRole('button', { name: 'Öffnen: Minden, Stadt' }));
    expect(await screen.findByText('„Minden, Stadt“ ist beschädigt')).toBeInTheDocument();
    const offer = screen.getByRole('region', { name: 'Aus einer Sicherung wiederherstellen' });
    const table = await within(offer).findByRole('table');
    fireEvent.click(within(rowWithReason(table, 'beim Öffnen')).getByRole('button', { name: /^Wiederherstellen/ }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Wiederherstellen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
    expect(within(screen.getByRole('banner')).getByText('Minden, Stadt')).toBeInTheDocument();
    expect(value(await app.api.getSession()).workspace?.id).toBe(ws.id);
  });
});

describe('a workspace found damaged after it opened (the desktop app checks it once the Übersicht shows)', () => {
  const late = useApp('de', { settleAfterMs: 20 });

  it('goes back to the start screen with the restore offer, and opens it restored', async () => {
    const ws = value(await late.api.createWorkspace({ ags: '05770024' }));
    // Closing settles the open: its check and its backup ("beim Öffnen") run first.
    value(await late.api.closeWorkspace());
    damageMiddlePages(ws.file);
    late.renderApp();
    const workspaceEvents = () => late.h.events.filter((e) => e.type === 'changed' && e.entities.includes('workspace')).length;
    const before = workspaceEvents();

    fireEvent.click(await screen.findByRole('button', { name: 'Öffnen: Minden, Stadt' }));
    expect(await screen.findByText('„Minden, Stadt“ ist beschädigt')).toBeInTheDocument();
    // It did open (the cheap checks pass), and was closed by the late check.
    expect(workspaceEvents()).toBe(before + 2);
    const offer = screen.getByRole('region', { name: 'Aus einer Sicherung wiederherstellen' });
    const table = await within(offer).findByRole('table');
    fireEvent.click(within(rowWithReason(table, 'beim Öffnen')).getByRole('button', { name: /^Wiederherstellen/ }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Wiederherstellen' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Übersicht' })).toBeInTheDocument();
    expect(value(await late.api.getSession()).workspace?.id).toBe(ws.id);
  });
});
