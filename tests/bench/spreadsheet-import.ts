/**
 * Bench figure: importing a 10,000-row project list from XLSX (read, map,
 * validate, write in one transaction with change log and search index),
 * against a raw better-sqlite3 insert of the same rows as a baseline.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Core, createDispatcher } from '../../core/index.ts';
import { makeXlsx } from '../fixtures/spreadsheets/make.ts';
import { generateMeasures } from './generate.ts';

export async function benchXlsxImport(work: string, rows: number): Promise<{ ms: number; previewMs: number; bytes: number }> {
  const core = new Core({ dataDir: join(work, 'xlsx-import'), autoBackupMs: 0 });
  const api = createDispatcher(core);
  try {
    await api.call('createWorkspace', { ags: '05770' });
    const sheet = [
      ['Titel', 'Beschreibung', 'Phase', 'Priorität', 'Beginn', 'Ende', 'Federführung', 'Budget (€)'],
      ...generateMeasures(rows, [], 11).map((m) => [
        m.title, m.description, m.phase, m.priority, m.start ? new Date(`${m.start}T00:00:00Z`) : null, m.end ? new Date(`${m.end}T00:00:00Z`) : null, m.leadUnit, m.budget,
      ]),
    ];
    const bytes = await makeXlsx(sheet);
    const input = { bytes, fileName: 'massnahmen-10k.xlsx' };
    let t = performance.now();
    const preview = await api.call('previewProjectImport', input);
    const previewMs = performance.now() - t;
    t = performance.now();
    const done = await api.call('importProjects', input);
    const ms = performance.now() - t;
    if (!preview.ok || !done.ok || (done.value as { add: number }).add !== rows) throw new Error('xlsx import failed');
    return { ms, previewMs, bytes: bytes.length };
  } finally {
    core.close();
  }
}
