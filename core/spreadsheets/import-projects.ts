/**
 * Importing a project list (CSV, XLSX, ODS) into the portfolio: the preview
 * shows the column mapping, what each row becomes (new, updated by title,
 * unchanged) and every row error, and writes nothing. The import checks every
 * row against the store again (it never trusts an earlier preview; only the
 * parsed file is reused when the bytes are the same), refuses while rows have
 * errors unless the CDO explicitly chose to take only the valid rows, and
 * writes all rows in one transaction as one undo step.
 */
import { SHEET_LIMITS, measureInput, type Input, type Measure, type Parsed, type ProjectImport, type ProjectImportRowError, type ProjectImportSample } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError } from '../errors.ts';
import { inStep, readRow } from '../changes/log.ts';
import { foldGerman } from '../fold.ts';
import { message as messageOf, type Lang } from '../messages.ts';
import { listFields } from '../fields/fields.ts';
import { listMeasures, writeMeasure } from '../measures/measures.ts';
import { mapHeaders } from './project-columns.ts';
import { inputOf, readProjectRow } from './project-rows.ts';
import { cellText, readSheet, sheetTable } from './read-sheet.ts';
import { sheetError } from './sheet.ts';

type ImportInput = Parsed<'importProjects'>;

/** The task name of the progress events (the UI's progress bar names it). */
export const IMPORT_TASK = 'projectImport';
/** Rows between two progress events: often enough for a smooth bar, rarely enough to cost nothing. */
const EVERY = 500;

/** Progress over reading the rows (and, for the import, writing them): one bar from 0 to the end. */
function progressOf(core: Core, phases: number) {
  let total = 0;
  return {
    start(rows: number) {
      total = rows * phases;
    },
    at(done: number) {
      if (total > EVERY && done % EVERY === 0) core.emit({ type: 'progress', task: IMPORT_TASK, done, total });
    },
    end() {
      if (total > EVERY) core.emit({ type: 'progress', task: IMPORT_TASK, done: total, total });
    },
  };
}
type Progress = ReturnType<typeof progressOf>;
type Planned = { row: number; input: Parsed<'saveMeasure'>; existing: Measure | null };

/** Every measure, for matching rows by title (folded, so "Bürgerportal" = "buergerportal"). */
function measuresByTitle(core: Core): Map<string, Measure[]> {
  const byTitle = new Map<string, Measure[]>();
  for (let offset = 0; ; offset += 20_000) {
    const page = listMeasures(core, { sort: 'title', dir: 'asc', limit: 20_000, offset });
    for (const m of page.rows) {
      const key = foldGerman(m.title);
      byTitle.set(key, [...(byTitle.get(key) ?? []), m]);
    }
    if (offset + page.rows.length >= page.total) return byTitle;
  }
}

/** The fields a measure compares on for "unchanged" (ids and timestamps aside). */
const comparable = (i: Input<'saveMeasure'>) => JSON.stringify(Object.entries(i).filter(([k]) => k !== 'id').sort(([a], [b]) => (a < b ? -1 : 1)));

async function plan(core: Core, input: ImportInput, lang: Lang, progress: Progress) {
  const sheet = await readSheet(input.bytes, input.fileName, SHEET_LIMITS.importRows);
  const table = sheetTable(sheet);
  const mapping = mapHeaders(table.headers);
  if (mapping.index.title === undefined) throw sheetError('sheet_no_title_column');
  const allFields = listFields(core);
  const fields = new Map(allFields.map((f) => [foldGerman(f.name), f.id]));
  const fieldName = new Map(allFields.map((f) => [f.id, f.name]));
  const byTitle = measuresByTitle(core);
  const headerOf = (col: string | null) => (col === null ? null : (mapping.columns.find((c) => c.column === col)?.header ?? null));

  const planned: Planned[] = [];
  const unchanged: number[] = [];
  const errors: ProjectImportRowError[] = [];
  const errorRows = new Set<number>();
  const seen = new Map<string, number>();
  const unknownFields = new Set<string>();
  const sample: ProjectImportSample[] = [];
  progress.start(table.rows.length);

  for (const [n, { row, cells }] of table.rows.entries()) {
    progress.at(n);
    const key = foldGerman(cellText(cells[mapping.index.title] ?? null));
    const twins = key ? (byTitle.get(key) ?? []) : [];
    const existing = twins.length === 1 ? twins[0]! : null;
    const r = readProjectRow(cells, existing ? inputOf(existing) : null, { mapping, fields, lang });
    const first = key ? seen.get(key) : undefined;
    if (first !== undefined) r.problems.push({ column: 'title', message: messageOf(lang, 'sheet_title_duplicate', { row: first }) });
    else if (key) seen.set(key, row);
    if (twins.length > 1) r.problems.push({ column: 'title', message: messageOf(lang, 'sheet_title_ambiguous', { count: twins.length }) });
    if (r.unknownField) unknownFields.add(r.unknownField);
    if (r.problems.length || !r.input) {
      errorRows.add(row);
      for (const p of r.problems) errors.push({ row, header: headerOf(p.column), message: p.message });
      continue;
    }
    // Matched case- and umlaut-insensitively: the stored spelling of the title stays.
    if (existing) r.input.title = existing.title;
    const same = existing && comparable(r.input) === comparable(measureInputOf(existing));
    const action = !existing ? 'add' : same ? 'unchanged' : 'update';
    if (action === 'unchanged') unchanged.push(row);
    else planned.push({ row, input: existing ? { ...r.input, id: existing.id } : r.input, existing });
    if (sample.length < SHEET_LIMITS.sampleRows) {
      const i = r.input;
      sample.push({ row, action, title: i.title, fieldName: i.fieldId ? (fieldName.get(i.fieldId) ?? null) : null, phase: i.phase, start: i.start, end: i.end, budget: i.budget });
    }
  }

  const preview: ProjectImport = {
    format: sheet.format, encoding: sheet.encoding, delimiter: sheet.delimiter, sheetName: sheet.sheetName, sheetCount: sheet.sheetCount,
    columns: mapping.columns, rowCount: table.rows.length,
    add: planned.filter((p) => !p.existing).length, update: planned.filter((p) => p.existing).length, unchanged: unchanged.length,
    errorRows: errorRows.size, errors: errors.slice(0, SHEET_LIMITS.errorsShown), sample,
    unknownFields: [...unknownFields].sort((a, b) => a.localeCompare(b, 'de')), formulas: sheet.formulas, written: false,
  };
  return { preview, planned };
}

/** The stored measure through the same schema as an imported row, so equal values compare equal. */
const measureInputOf = (m: Measure) => measureInput.parse(inputOf(m));

export async function previewProjectImport(core: Core, input: Parsed<'previewProjectImport'>, lang: Lang): Promise<ProjectImport> {
  const progress = progressOf(core, 1);
  try {
    return (await plan(core, { ...input, skipInvalid: false }, lang, progress)).preview;
  } finally {
    progress.end();
  }
}

export async function importProjects(core: Core, input: ImportInput, lang: Lang): Promise<ProjectImport> {
  const progress = progressOf(core, 2);
  try {
    const { preview, planned } = await plan(core, input, lang, progress);
    if (preview.errorRows && !input.skipInvalid) throw new CoreError('invalid_input', 'import_has_errors', { count: preview.errorRows });
    if (planned.length === 0) return preview;
    inStep(core, { action: preview.add ? 'create' : 'update', entity: 'measure', title: input.fileName }, (step) => {
      for (const [n, p] of planned.entries()) {
        progress.at(preview.rowCount + n);
        writeMeasure(core, step, p.input, p.existing ? readRow(core, 'measure', p.existing.id) : null);
      }
    });
    return { ...preview, written: true };
  } finally {
    // Also on failure: the progress bar must not stay on screen.
    progress.end();
  }
}
