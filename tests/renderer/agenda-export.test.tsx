/**
 * The agenda export dialog against a real core: the chosen format, sections
 * and edition reach the core, the file is handed to the browser as a
 * download with the core's file name, and a refused choice (no section) shows
 * the core's German message in the dialog.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { vi } from 'vitest';
import { AgendaExportDialog } from '../../renderer/features/agenda-export/export-dialog.tsx';
import { value } from '../support/core-harness.ts';
import { useApp } from './setup-app.tsx';

const app = useApp();

let downloads: { name: string; blob: Blob }[];
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:test/${++n}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: blobs.get(this.href) as Blob });
  });
});
afterEach(() => vi.restoreAllMocks());

async function openDialog(versionNumber?: number) {
  await app.openDemo();
  const [agenda] = value(await app.api.listAgendas({}));
  const onClose = vi.fn<() => void>();
  app.renderView(<AgendaExportDialog agendaId={agenda!.id} {...(versionNumber ? { versionNumber } : {})} onClose={onClose} />);
  return { dialog: await screen.findByRole('dialog', { name: versionNumber ? `Version ${versionNumber} exportieren` : 'Arbeitsstand exportieren' }), onClose };
}

describe('AgendaExportDialog', () => {
  it('offers five formats, the sections and two editions, and saves the chosen Markdown file under the core\'s name', async () => {
    const { dialog } = await openDialog(1);
    const formats = within(within(dialog).getByRole('group', { name: 'Format' })).getAllByRole('radio');
    expect(formats.map((r) => r.getAttribute('value'))).toEqual(['docx', 'odt', 'pdf', 'html', 'md']);
    expect(within(dialog).getByRole('radio', { name: 'PDF' })).toBeChecked();
    expect(within(within(dialog).getByRole('group', { name: 'Abschnitte' })).getAllByRole('checkbox').every((c) => (c as HTMLInputElement).checked)).toBe(true);
    expect(within(dialog).getByRole('radio', { name: 'Für den Rat (vollständig)' })).toBeChecked();

    fireEvent.click(within(dialog).getByRole('radio', { name: 'Markdown (MD)' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Steckbriefe der Maßnahmen (Anhang)' }));
    fireEvent.click(within(dialog).getByRole('radio', { name: 'Öffentlich (ohne Kosten und Personennamen)' }));
    expect(within(dialog).getByText('Die öffentliche Fassung enthält keine Finanzierungsübersicht.')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Exportieren' }));

    await within(dialog).findByText('Die Datei „Digitale Agenda Musterstadt 2026–2030 – Version 1.md“ wurde erstellt und gespeichert.');
    expect(downloads.map((d) => d.name)).toEqual(['Digitale Agenda Musterstadt 2026–2030 – Version 1.md']);
    const text = await downloads[0]!.blob.text();
    expect(downloads[0]!.blob.type).toBe('text/markdown');
    expect(text).toContain('Öffentliche Fassung');
    expect(text).not.toContain('Anhang');
    expect(text).not.toContain('€');
    expect(within(dialog).queryByRole('button', { name: 'Abbrechen' })).toBeNull();
  });

  it('shows the core\'s message when no section is chosen and saves nothing', async () => {
    const { dialog } = await openDialog();
    for (const box of within(within(dialog).getByRole('group', { name: 'Abschnitte' })).getAllByRole('checkbox')) fireEvent.click(box);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Exportieren' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Der Export ist nicht gelungen');
    expect(alert).toHaveTextContent('Bitte wählen Sie mindestens einen Abschnitt für den Export.');
    expect(downloads).toEqual([]);
  });

  it('closes with Abbrechen', async () => {
    const { dialog, onClose } = await openDialog();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });
});
