/**
 * Bench figure: exporting an agenda with 200 linked measures (fact sheets,
 * milestones, costs) and 10 charts in each format, through the API. The first
 * export of a process loads the chart renderer (WebAssembly) and the fonts;
 * that warm-up is reported on its own, the figures are medians of 3 after it.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { EXPORT_FORMATS, type ExportFormat } from '../../api/index.ts';
import { Core, createDispatcher } from '../../core/index.ts';

export const AGENDA_MEASURES = 200;

type Dispatcher = ReturnType<typeof createDispatcher>;

async function must<T>(api: Dispatcher, method: string, input: unknown): Promise<T> {
  const r = await api.call(method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.value as T;
}

export async function fillAgenda(api: Dispatcher): Promise<string> {
  await must(api, 'createWorkspace', { ags: '05770' });
  const fields = (await must<{ id: string; name: string }[]>(api, 'listFields', {})).slice(0, 10);
  const agenda = await must<{ id: string }>(api, 'saveAgenda', {
    title: 'Digitale Agenda Kreis 2026–2030', periodFrom: 2026, periodTo: 2030, fieldIds: fields.map((f) => f.id),
    vision: 'Der Kreis ist 2030 digital erreichbar. '.repeat(20), principles: ['Digital zuerst', 'Offene Standards', 'Datenschutz von Anfang an'],
    startingPosition: 'Heute sind 38 Leistungen online. '.repeat(30),
  });
  const goals: string[] = [];
  for (const [i, f] of fields.entries()) {
    const goal = await must<{ id: string }>(api, 'saveAgendaGoal', { agendaId: agenda.id, title: `Ziel ${i + 1}: ${f.name} stärken`, description: 'Beschreibung des Ziels. '.repeat(8), fieldId: f.id });
    goals.push(goal.id);
    // Indicators with measurements: 6 of them become line charts (with the 3 count charts and the cost chart: 10 charts).
    if (i < 6) {
      const ind = await must<{ id: string }>(api, 'saveAgendaIndicator', { agendaId: agenda.id, goalId: goal.id, name: `Kennzahl ${i + 1}`, unit: '%', level: 'outcome', baseline: 10, baselineOn: '2025-01-01', target: 80, targetOn: '2030-12-31' });
      for (const [k, on] of ['2025-06-30', '2025-12-31', '2026-06-30', '2026-12-31'].entries()) await must(api, 'saveAgendaMeasurement', { indicatorId: ind.id, measuredOn: on, value: 15 + k * 10 + i });
    }
  }
  for (let m = 0; m < AGENDA_MEASURES; m++) {
    const field = fields[m % fields.length]!;
    const year = 2026 + (m % 4);
    const measure = await must<{ id: string }>(api, 'saveMeasure', {
      title: `Maßnahme ${m + 1}: Digitaler Dienst für ${field.name}`, description: 'Was die Maßnahme erreicht und wie. '.repeat(6), fieldId: field.id,
      phase: m % 3 === 0 ? 'implementation' : 'concept', start: m % 17 === 0 ? null : `${year}-0${1 + (m % 9)}-01`, end: m % 17 === 0 ? null : `${year + 1}-12-31`,
      leadUnit: 'Amt für Digitalisierung', projectLead: `Person ${m + 1}`, goals: 'Ziele der Maßnahme. '.repeat(4), budget: 50_000 + m * 1000,
    });
    await must(api, 'linkAgendaMeasure', { goalId: goals[m % goals.length], measureId: measure.id });
    await must(api, 'saveCostItem', { measureId: measure.id, year, kind: 'investive', plan: 40_000 + m * 100 });
    await must(api, 'saveCostItem', { measureId: measure.id, year: year + 1, kind: 'consumptive', plan: 10_000 });
    for (const k of [1, 2, 3]) await must(api, 'saveMilestone', { measureId: measure.id, title: `Meilenstein ${k}`, plannedOn: `${year}-0${k * 3}-15` });
  }
  return agenda.id;
}

export async function benchAgendaExport(work: string): Promise<{ warmUpMs: number; byFormat: Record<ExportFormat, { ms: number; cpuMs: number; bytes: number }> }> {
  const core = new Core({ dataDir: join(work, 'agenda-export'), autoBackupMs: 0 });
  const api = createDispatcher(core);
  try {
    const agendaId = await fillAgenda(api);
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
  } finally {
    core.close();
  }
}
