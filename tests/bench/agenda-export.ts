/**
 * Bench figure: exporting an agenda in each format through the API (the
 * large Kreis's agenda links 200 measures; the demo's is small). The first
 * export of a process loads the chart renderer (WebAssembly) and the fonts;
 * that warm-up is reported on its own, the figures are medians of 3 after it.
 */
import { performance } from 'node:perf_hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../../api/index.ts';
import type { createDispatcher } from '../../core/index.ts';

type Dispatcher = ReturnType<typeof createDispatcher>;

async function must<T>(api: Dispatcher, method: string, input: unknown): Promise<T> {
  const r = await api.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

export interface AgendaExportFigures {
  warmUpMs: number;
  byFormat: Record<ExportFormat, { ms: number; cpuMs: number; bytes: number }>;
}

/** Exports `agendaId` in every format: a first PDF export apart (the process's warm-up, if it is the first), then medians of 3. */
export async function benchAgendaExport(api: Dispatcher, agendaId: string): Promise<AgendaExportFigures> {
  let t = performance.now();
  await must(api, 'exportAgenda', { agendaId, format: 'pdf' });
  const warmUpMs = performance.now() - t;
  const byFormat = {} as Record<ExportFormat, { ms: number; cpuMs: number; bytes: number }>;
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[1]!;
  for (const format of EXPORT_FORMATS) {
    const runs: number[] = [];
    // CPU time of this process too: on a shared machine the wall clock also counts other people's work.
    const cpu: number[] = [];
    let bytes = 0;
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      const c = process.cpuUsage();
      bytes = (await must<{ bytes: Uint8Array }>(api, 'exportAgenda', { agendaId, format })).bytes.length;
      runs.push(performance.now() - t);
      const used = process.cpuUsage(c);
      cpu.push((used.user + used.system) / 1000);
    }
    byFormat[format] = { ms: median(runs), cpuMs: median(cpu), bytes };
  }
  return { warmUpMs, byFormat };
}
