/**
 * `npm run bench`: the figures of QUALITY.md on a generated 10,000-measure
 * workspace, each printed next to its budget (and the raw-engine baseline
 * measured in the same run, where one exists), written to bench-results.json
 * at the project root. Timings are reported here, never asserted in tests.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { PHASES } from '../../api/index.ts';
import { Core, createDispatcher, foldGerman, openWorkspaceFile } from '../../core/index.ts';
import { openStore } from '../../db/index.ts';
import { searchRowid } from '../../core/search/search.ts';
import { generateMeasures, generateWorkspace, insertMeasuresRaw } from './generate.ts';
import { openToInteractive } from './browser.ts';
import { PEER_PACKS, PEER_PROJECTS, fillPeerLibrary } from './peers.ts';
import { fillPortfolioSteering } from './portfolio-charts.ts';
import { chartsFirstRender } from './browser-charts.ts';
import { benchXlsxImport } from './spreadsheet-import.ts';
import { benchPackImport } from './pack-import.ts';
import { AGENDA_MEASURES, benchAgendaExport } from './agenda-export.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const MEASURES = 10_000;
const SEARCH_ROWS = 100_000;

export interface BenchResult {
  name: string;
  value: number;
  unit: 'ms' | 'bytes' | 'x';
  /** From QUALITY.md; null where it sets none (the figure is then informational). */
  budget: number | null;
  baseline?: number;
  ratio?: number;
  ok: boolean;
  note?: string;
}

const results: BenchResult[] = [];
const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

function report(r: Omit<BenchResult, 'ok'> & { ok?: boolean }): void {
  const ok = r.ok ?? (r.budget === null || r.value <= r.budget);
  const entry: BenchResult = { ...r, value: round(r.value), budget: r.budget === null ? null : round(r.budget), ok };
  if (r.baseline !== undefined) entry.baseline = round(r.baseline);
  if (r.ratio !== undefined) entry.ratio = round(r.ratio);
  results.push(entry);
  const budget = r.budget === null ? 'no budget' : `budget ${round(r.budget)} ${r.unit}`;
  const base = r.baseline !== undefined ? `  baseline ${round(r.baseline)} ${r.unit}  ratio ${round(r.ratio ?? 0)}×` : '';
  const mark = r.budget === null ? '·' : ok ? '✓' : '✗';
  console.log(`${mark} ${r.name.padEnd(34)} ${String(round(r.value)).padStart(10)} ${r.unit.padEnd(5)} ${budget}${base}${r.note ? `  (${r.note})` : ''}`);
}

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
  return { median: at(0.5), p95: at(0.95) };
}

async function repeat(n: number, fn: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(await timeAsync(() => fn(i)));
  return samples;
}

/** Calls the dispatcher like a transport does; a failed call is a broken benchmark, not a figure. */
async function must(dispatcher: ReturnType<typeof createDispatcher>, method: string, input: unknown): Promise<unknown> {
  const r = await dispatcher.call(method, input);
  if (!r.ok) throw new Error(`${method} failed: ${r.error.code} ${r.error.message}`);
  return r.value;
}

const work = mkdtempSync(join(tmpdir(), 'cdo-bench-'));
const dataDir = join(work, 'data');
const file10k = join(work, 'kreis-minden-luebbecke-10k.cdo');

try {
  console.log(`CDO-Cockpit benchmarks — Node ${process.version}, ${MEASURES.toLocaleString('de-DE')} measures, temp folder ${work}\n`);

  // ── generate ──────────────────────────────────────────────────────────────
  report({ name: 'generate-10k', value: time(() => generateWorkspace(file10k, { measures: MEASURES, dataDir: join(work, 'gen') })), unit: 'ms', budget: null, note: 'bulk fill + search index, for reference' });

  // ── open ──────────────────────────────────────────────────────────────────
  const core = new Core({ dataDir, autoBackupMs: 0 });
  const dispatcher = createDispatcher(core);
  const opens: number[] = [];
  for (let i = 0; i < 5; i++) {
    core.close();
    opens.push(time(() => openWorkspaceFile(core, file10k)));
  }
  report({ name: 'open-workspace-10k', value: stats(opens).median, unit: 'ms', budget: 1500, note: 'core open: checks, quick_check, backup on open; median of 5; budget is the whole open-to-interactive path' });

  // ── list, sort, filter ────────────────────────────────────────────────────
  const RUNS = 60;
  const sorts = ['title', 'phase', 'priority', 'start', 'budget', 'field', 'updatedAt'] as const;
  const list = stats(await repeat(RUNS, (i) => must(dispatcher, 'listMeasures', { sort: sorts[i % sorts.length], dir: i % 2 ? 'asc' : 'desc', limit: 100 })));
  report({ name: 'list-measures-10k-median', value: list.median, unit: 'ms', budget: 100, note: 'first page of 100, sorted' });
  report({ name: 'list-measures-10k-p95', value: list.p95, unit: 'ms', budget: 100, note: 'first page of 100, sorted' });

  const all = stats(await repeat(20, (i) => must(dispatcher, 'listMeasures', { sort: sorts[i % sorts.length], limit: 20_000 })));
  report({ name: 'list-measures-10k-all-p95', value: all.p95, unit: 'ms', budget: 100, note: 'all 10,000 rows in one page, sorted' });

  const queries = ['bürger', 'Buergerportal', 'STRASSE', 'straßenbel', 'kita platz', 'glasf', 'lübbecke', 'preussisch', 'online-antrag', 'schul'];
  const text = stats(await repeat(RUNS, (i) => must(dispatcher, 'listMeasures', { query: queries[i % queries.length], sort: 'title', limit: 100 })));
  report({ name: 'filter-measures-10k-median', value: text.median, unit: 'ms', budget: 100, note: 'text filter with German folding' });
  report({ name: 'filter-measures-10k-p95', value: text.p95, unit: 'ms', budget: 100, note: 'text filter with German folding' });

  const phase = stats(await repeat(RUNS, (i) => must(dispatcher, 'listMeasures', { phase: PHASES[i % PHASES.length], sort: 'title', limit: 100 })));
  report({ name: 'filter-phase-10k-median', value: phase.median, unit: 'ms', budget: 100 });
  report({ name: 'filter-phase-10k-p95', value: phase.p95, unit: 'ms', budget: 100 });

  // ── backup ────────────────────────────────────────────────────────────────
  let size = 0;
  const backups = await repeat(3, async () => {
    size = ((await must(dispatcher, 'createBackup', {})) as { sizeBytes: number }).sizeBytes;
  });
  report({ name: 'backup-10k', value: stats(backups).median, unit: 'ms', budget: null, note: 'VACUUM INTO + rotation, median of 3' });
  report({ name: 'backup-10k-size', value: size, unit: 'bytes', budget: null, note: `workspace file ${statSync(file10k).size} bytes` });
  core.close();

  // ── insert 10k: API (one saveMeasure per measure) vs raw inserts ─────────
  const apiCore = new Core({ dataDir: join(work, 'insert-api'), autoBackupMs: 0 });
  const api = createDispatcher(apiCore);
  await must(api, 'createWorkspace', { ags: '05770' });
  const fieldIds = ((await must(api, 'listFields', {})) as { id: string }[]).map((f) => f.id);
  const rows = generateMeasures(MEASURES, fieldIds, 7);
  const apiMs = await timeAsync(async () => {
    for (const m of rows) await must(api, 'saveMeasure', m);
  });
  apiCore.close();

  const rawFile = join(work, 'insert-raw.cdo');
  const rawStore = openStore(rawFile, { create: true });
  const fieldInsert = rawStore.raw.prepare("INSERT INTO fields (id, name, color, source, created_at, updated_at) VALUES (?, ?, '#000000', 'bench', 'x', 'x')");
  fieldIds.forEach((id, i) => fieldInsert.run(id, `Feld ${i}`));
  let n = 0;
  const rawMs = time(() => insertMeasuresRaw(rawStore.raw, rows, () => `raw-${n++}`, () => new Date().toISOString()));
  rawStore.close();
  report({
    name: 'insert-10k-api', value: apiMs, unit: 'ms', budget: 2 * rawMs, baseline: rawMs, ratio: apiMs / rawMs,
    note: 'saveMeasure per measure: one transaction + change log + index each; no bulk API path exists yet; budget = 2× raw',
  });
  report({ name: 'insert-10k-raw', value: rawMs, unit: 'ms', budget: null, note: 'better-sqlite3, one transaction, same rows, same pragmas' });
  report({ name: 'save-measure-api-mean', value: apiMs / MEASURES, unit: 'ms', budget: null, note: 'one saveMeasure call, mean over the 10,000 above' });

  // ── search over 100k indexed rows ─────────────────────────────────────────
  const searchFile = join(work, 'search-100k.cdo');
  copyFileSync(file10k, searchFile);
  const searchCore = new Core({ dataDir: join(work, 'search'), autoBackupMs: 0 });
  const search = createDispatcher(searchCore);
  openWorkspaceFile(searchCore, searchFile);
  const sraw = searchCore.raw();
  const indexed = (sraw.prepare('SELECT count(*) AS n FROM search_index').get() as { n: number }).n;
  const extra = generateMeasures(SEARCH_ROWS - indexed, [], 99);
  const add = sraw.prepare("INSERT INTO search_index (rowid, entity, entity_id, title, body) VALUES (?, 'measure', ?, ?, ?)");
  sraw.transaction(() => extra.forEach((m, i) => add.run(searchRowid('measure', `extra-${i}`), `extra-${i}`, foldGerman(m.title), foldGerman(`${m.description} ${m.leadUnit}`))))();
  const total = (sraw.prepare('SELECT count(*) AS n FROM search_index').get() as { n: number }).n;
  const searchQueries = ['Bürger', 'buergerportal', 'Straße', 'strassenbeleuchtung', 'kita', 'glasfaser ausbau', 'lübbecke', 'PREUSSISCH', 'hundest', 'datenschutz folgen', 'EfA', 'schul amt'];
  const searchRuns = stats(await repeat(240, (i) => must(search, 'search', { query: searchQueries[i % searchQueries.length], limit: 20 })));
  const rawMatch = sraw.prepare('SELECT entity_id FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 20');
  const rawRuns: number[] = [];
  for (let i = 0; i < 240; i++) {
    const words = foldGerman(searchQueries[i % searchQueries.length]!).match(/[\p{L}\p{N}]+/gu) ?? [];
    const q = words.map((w) => `"${w}"*`).join(' ');
    rawRuns.push(time(() => rawMatch.all(q)));
  }
  const rawSearch = stats(rawRuns);
  report({ name: 'search-100k-median', value: searchRuns.median, unit: 'ms', budget: 20, note: `${total.toLocaleString('de-DE')} indexed rows` });
  report({ name: 'search-100k-p95', value: searchRuns.p95, unit: 'ms', budget: 20, baseline: rawSearch.p95, ratio: searchRuns.p95 / rawSearch.p95, note: 'API search vs raw FTS5 MATCH' });

  // ── "who has the same idea?": one measure against 20,000 peer projects ──
  fillPeerLibrary(sraw, sraw.prepare('SELECT id FROM fields').pluck().all() as string[]);
  const own = sraw.prepare('SELECT id FROM measures ORDER BY id LIMIT 200').pluck().all() as string[];
  report({ name: 'peer-index-20k-build', value: await timeAsync(() => must(search, 'findPeerMatches', { kind: 'measure', id: own[0] })), unit: 'ms', budget: null, note: 'first match after an import builds the cached TF-IDF index' });
  const matchRuns = stats(await repeat(200, (i) => must(search, 'findPeerMatches', { kind: 'measure', id: own[i % own.length], limit: 10 })));
  report({ name: 'peer-match-20k-median', value: matchRuns.median, unit: 'ms', budget: 50, note: `${PEER_PROJECTS.toLocaleString('de-DE')} peer projects in ${PEER_PACKS} packs, top 10 with reasons, through the API` });
  report({ name: 'peer-match-20k-p95', value: matchRuns.p95, unit: 'ms', budget: 50 });
  searchCore.close();

  // ── portfolio charts: each chart method's first answer on 10k measures with steering data ──
  const chartsFile = join(work, 'charts-10k.cdo');
  copyFileSync(file10k, chartsFile);
  const chartsCore = new Core({ dataDir: join(work, 'charts'), autoBackupMs: 0 });
  const charts = createDispatcher(chartsCore);
  openWorkspaceFile(chartsCore, chartsFile);
  fillPortfolioSteering(chartsCore.raw());
  const CHART_METHODS = ['getValueEffortChart', 'getPhaseFunnel', 'getBudgetByYear', 'getMilestoneTimeline', 'getFundingShare', 'getStatusMatrix', 'getOverview', 'listPortfolioStatus'] as const;
  for (const method of CHART_METHODS) {
    const first = await timeAsync(() => must(charts, method, {}));
    const again = stats(await repeat(10, () => must(charts, method, {})));
    report({ name: `chart-${method}-10k`, value: first, unit: 'ms', budget: 300, note: `core side, first call on 10,000 measures with scores, costs, financing, milestones, reports; median of 10 more ${round(again.median)} ms` });
  }
  const steering = [{ light: 'red' }, { light: 'none' }, { funding: 'funded' }, { funding: 'none' }, { light: 'yellow', funding: 'applied' }];
  const steer = stats(await repeat(RUNS, (i) => must(charts, 'listMeasures', { ...steering[i % steering.length], sort: 'title', limit: 100 })));
  report({ name: 'filter-light-funding-10k-p95', value: steer.p95, unit: 'ms', budget: 100, note: 'light of the latest report and funding filters, first page of 100' });
  chartsCore.close();

  // ── spreadsheet import: a 10,000-row XLSX project list ────────────────────
  const xlsx = await benchXlsxImport(work, MEASURES);
  report({ name: 'import-xlsx-10k', value: xlsx.ms, unit: 'ms', budget: 5000, note: `read + map + validate + write as one undo step; ${xlsx.bytes} bytes; the preview alone ${round(xlsx.previewMs)} ms` });

  // ── peer pack import: 10,000 projects against raw inserts of the same rows ──
  const pack = await benchPackImport(work, MEASURES);
  report({
    name: 'import-pack-10k', value: pack.ms, unit: 'ms', budget: 2 * pack.rawMs, baseline: pack.rawMs, ratio: pack.ms / pack.rawMs,
    note: `archive checks + checksum + guarded parse + schema + mapping + one transaction with search rows; ${pack.bytes} bytes; preview alone ${round(pack.previewMs)} ms; medians of 3; budget = 2× raw peer_projects + search_index inserts`,
  });
  report({
    name: 'import-pack-10k-cpu', value: pack.cpuMs, unit: 'ms', budget: 2 * pack.rawCpuMs, baseline: pack.rawCpuMs, ratio: pack.cpuMs / pack.rawCpuMs,
    note: 'the same as process CPU time (user + system), steadier than wall time on a busy machine',
  });

  // ── agenda export: 200 measures, 10 charts, each format ───────────────────
  const agendaExport = await benchAgendaExport(work);
  report({ name: 'agenda-export-warm-up', value: agendaExport.warmUpMs, unit: 'ms', budget: null, note: 'first PDF export of a process: loads the chart renderer (WebAssembly), fonts, pdfkit' });
  for (const [format, r] of Object.entries(agendaExport.byFormat)) {
    report({ name: `agenda-export-200-${format}`, value: r.ms, unit: 'ms', budget: 3000, note: `${AGENDA_MEASURES} measures with fact sheets, milestones and costs, 10 charts; ${r.bytes} bytes; CPU ${round(r.cpuMs)} ms; median of 3 after the warm-up (charts drawn once, then reused)` });
  }

  // ── open to interactive in Chromium (needs the built host and renderer) ──
  const cli = join(ROOT, 'dist', 'node', 'cli.cjs');
  const renderer = join(ROOT, 'dist', 'renderer', 'index.html');
  if (!existsSync(cli) || !existsSync(renderer)) {
    console.log('· open-to-interactive-10k            skipped (no build: run `npm run bench`, which builds first)');
  } else {
    const outcome = await openToInteractive({ cli, file: file10k, dataDir: join(work, 'browser') });
    if ('skipped' in outcome) console.log(`· open-to-interactive-10k            skipped (${outcome.skipped})`);
    else report({ name: 'open-to-interactive-10k', value: outcome.ms, unit: 'ms', budget: 1500, note: `host start → portfolio rows visible in Chromium; host ready after ${round(outcome.hostMs)} ms` });
    const chartsOutcome = await chartsFirstRender({ cli, file: chartsFile, dataDir: join(work, 'browser-charts') });
    if ('skipped' in chartsOutcome) console.log(`· chart-value-effort-10k-browser      skipped (${chartsOutcome.skipped})`);
    else report({ name: 'chart-value-effort-10k-browser', value: chartsOutcome.ms, unit: 'ms', budget: 300, note: 'Chromium: click on "Diagramme" → the value-vs-effort chart drawn (grid of counts), 10,000 scored measures' });
  }

  writeFileSync(join(ROOT, 'bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const failed = results.filter((r) => !r.ok).map((r) => r.name);
  console.log(`\n${results.length} figures written to bench-results.json; over budget: ${failed.length ? failed.join(', ') : 'none'}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
