/**
 * Import of the funding catalogue from CSV, XLSX or ODS: a preview first
 * (mapping, new and updated programmes, row errors — nothing written), then
 * on confirmation every valid row in one transaction and one undo step.
 */
import type { FundingProgramme, ImportRowError, ImportRowRef, ImportUpdateRef, Parsed, ProgrammeColumn, ProgrammeImport } from '../../api/index.ts';
import { FUNDING_LIMITS } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError } from '../errors.ts';
import { inStep } from '../changes/log.ts';
import { message } from '../messages.ts';
import { readTable, rowValues } from './csv-read.ts';
import { readSheet } from '../spreadsheets/read-sheet.ts';
import { sheetError } from '../spreadsheets/sheet.ts';
import { allProgrammes, nameKey, writeProgramme, type ProgrammeValues } from './programmes.ts';

const stored = (p: FundingProgramme): ProgrammeValues => ({
  name: p.name, funder: p.funder, maxQuota: p.maxQuota, minOwnShare: p.minOwnShare, eligible: p.eligible,
  fields: p.fields, keywords: p.keywords, deadline: p.deadline, url: p.url, description: p.description,
});

interface Planned {
  add: (ImportRowRef & { values: ProgrammeValues })[];
  update: (ImportUpdateRef & { values: ProgrammeValues })[];
}

export async function importFundingProgrammes(core: Core, input: Parsed<'importFundingProgrammes'>, lang = core.lang): Promise<ProgrammeImport> {
  if (input.bytes.length === 0) throw sheetError('import_empty');
  const sheet = await readSheet(input.bytes, input.fileName ?? '', FUNDING_LIMITS.importRows);
  const table = readTable(sheet);
  const existing = new Map(allProgrammes(core).map((p) => [nameKey(p.name), p]));
  const headerOf = (col: ProgrammeColumn) => table.columns[table.index[col] ?? -1]?.header ?? null;

  const plan: Planned = { add: [], update: [] };
  const unchanged: ImportRowRef[] = [];
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  let formulaLike = 0;

  for (const { row, cells } of table.rows) {
    const r = rowValues(table, cells);
    formulaLike += r.formulaLike;
    const key = nameKey(r.values.name);
    const first = key ? seen.get(key) : undefined;
    if (first !== undefined) r.errors.push({ column: 'name', key: 'import_name_duplicate', params: { row: first } });
    else if (key) seen.set(key, row);
    if (r.errors.length) {
      for (const e of r.errors) errors.push({ row, header: headerOf(e.column), message: message(lang, e.key, e.params) });
      continue;
    }
    const twin = existing.get(key);
    if (!twin) {
      plan.add.push({ row, name: r.values.name, values: r.values });
      continue;
    }
    // Columns the file does not have keep what the catalogue says.
    const before = stored(twin);
    const values = { ...before } as Record<ProgrammeColumn, unknown>;
    for (const col of Object.keys(table.index) as ProgrammeColumn[]) values[col] = r.values[col];
    const changes = (Object.keys(table.index) as ProgrammeColumn[]).filter((c) => c !== 'name' && values[c] !== before[c]);
    if (changes.length === 0) unchanged.push({ row, name: twin.name });
    else plan.update.push({ row, name: twin.name, id: twin.id, changes, values: { ...(values as ProgrammeValues), name: twin.name } });
  }

  let written = false;
  if (input.confirm) {
    if (errors.length && !input.skipInvalid) {
      throw new CoreError('invalid_input', 'import_has_errors', { count: new Set(errors.map((e) => e.row)).size });
    }
    const total = plan.add.length + plan.update.length;
    if (total > 0) {
      const title = input.fileName || 'CSV';
      inStep(core, { action: plan.add.length ? 'create' : 'update', entity: 'programme', title }, (step) => {
        for (const a of plan.add) writeProgramme(core, step, null, a.values);
        for (const u of plan.update) writeProgramme(core, step, u.id, u.values);
      });
      written = true;
    }
  }

  return {
    format: sheet.format, encoding: sheet.encoding, delimiter: sheet.delimiter, columns: table.columns, rowCount: table.rows.length,
    add: plan.add.map(({ row, name }) => ({ row, name })),
    update: plan.update.map(({ row, name, id, changes }) => ({ row, name, id, changes })),
    unchanged, errors, formulaLike, written,
  };
}
