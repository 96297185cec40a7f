/**
 * Reading the catalogue table (CSV, XLSX or ODS through the shared reader in
 * core/spreadsheets): German or English headers, and each row turned into
 * programme values or row errors. Pure: nothing here touches the store.
 */
import type { Funder, ImportColumn, ProgrammeColumn } from '../../api/index.ts';
import { FUNDING_LIMITS, isWebUrl } from '../../api/index.ts';
import { CoreError } from '../errors.ts';
import type { MessageKey } from '../messages.ts';
import type { ProgrammeValues } from './programmes.ts';
import { cellText, sheetTable, type Cell, type Sheet } from '../spreadsheets/read-sheet.ts';
import { headerKey, isFormula } from '../spreadsheets/sheet.ts';


const HEADERS: Record<ProgrammeColumn, string[]> = {
  name: ['name', 'programm', 'programmname', 'foerderprogramm', 'programme', 'programmename'],
  funder: ['foerdergeber', 'funder', 'mittelgeber', 'zuwendungsgeber', 'fundingbody'],
  maxQuota: ['foerderquote', 'maxfoerderquote', 'maxquote', 'hoechstfoerderquote', 'maxquota', 'quota', 'fundingquota'],
  minOwnShare: ['eigenanteil', 'mindesteigenanteil', 'mineigenanteil', 'minownshare', 'ownshare'],
  eligible: ['antragsberechtigte', 'antragsberechtigt', 'eligible', 'eligibleapplicants', 'applicants'],
  fields: ['handlungsfelder', 'handlungsfeld', 'felder', 'fields', 'field', 'fieldsofaction'],
  keywords: ['stichworte', 'stichwort', 'schlagworte', 'keywords', 'keyword', 'tags'],
  deadline: ['frist', 'antragsfrist', 'einreichungsfrist', 'deadline', 'applicationdeadline'],
  url: ['url', 'link', 'internetadresse', 'webseite', 'website', 'web'],
  description: ['beschreibung', 'description', 'hinweise', 'notes'],
};
const BY_HEADER = new Map(Object.entries(HEADERS).flatMap(([col, keys]) => keys.map((k) => [k, col as ProgrammeColumn])));

const FUNDER_WORDS: Record<string, Funder> = {
  eu: 'eu', europa: 'eu', europaeischeunion: 'eu', europeanunion: 'eu',
  bund: 'bund', federal: 'bund', bundesregierung: 'bund', federalgovernment: 'bund',
  land: 'land', state: 'land', bundesland: 'land',
  stiftung: 'foundation', foundation: 'foundation',
  sonstige: 'other', sonstiges: 'other', andere: 'other', other: 'other',
};

export interface Table {
  columns: ImportColumn[];
  /** Column index per catalogue column (the first column that maps to it). */
  index: Partial<Record<ProgrammeColumn, number>>;
  /** Data rows with their spreadsheet row number (header = 1); empty rows left out. */
  rows: { row: number; cells: string[] }[];
}

const fileError = (key: MessageKey, params: Record<string, unknown> = {}) =>
  new CoreError('invalid_input', 'invalid_input', params, [{ path: 'bytes', key }]);

/** A cell as catalogue text: dates as JJJJ-MM-TT, a formula without stored result as its formula (kept as text, never computed). */
const textOf = (c: Cell): string => (isFormula(c) ? `=${c.formula.replace(/^(of:)?=?/, '')}` : cellText(c));

/** The sheet's rows (CSV, XLSX or ODS, already read by the shared reader) as the catalogue's table. */
export function readTable(sheet: Sheet): Table {
  // The shared reader finds the header and refuses merged header cells.
  const { headers: header, rows: sheetRows } = sheetTable(sheet);
  const data = sheetRows.map((r) => ({ row: r.row, cells: r.cells.map(textOf) }));
  const index: Table['index'] = {};
  const columns = header.map((h, i): ImportColumn => {
    const col = BY_HEADER.get(headerKey(h)) ?? null;
    // A second column for the same field is ignored rather than guessed at.
    if (!col || index[col] !== undefined) return { header: h, column: null };
    index[col] = i;
    return { header: h, column: col };
  });
  const missing = (['name', 'funder'] as const).filter((c) => index[c] === undefined);
  if (missing.length) throw fileError('import_missing_columns', { columns: missing.map((c) => (c === 'name' ? 'Name' : 'Fördergeber/Funder')).join(', ') });
  const rows = data;
  if (rows.length > FUNDING_LIMITS.importRows) throw fileError('import_too_many_rows', { rows: rows.length, max: FUNDING_LIMITS.importRows });
  return { columns, index, rows };
}

export interface CellError {
  column: ProgrammeColumn;
  key: MessageKey;
  params: Record<string, unknown>;
}

function percentOf(text: string): number | null | undefined {
  if (!text) return null;
  const m = /^(\d{1,3}(?:[.,]\d+)?)\s*%?$/.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]!.replace(',', '.'));
  return n >= 0 && n <= 100 ? n : undefined;
}

/** TT.MM.JJJJ (also T.M.JJJJ) or JJJJ-MM-TT, and the day must exist. */
export function dateOf(text: string): string | null | undefined {
  if (!text) return null;
  let iso: string | null = null;
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (de) iso = `${de[3]}-${de[2]!.padStart(2, '0')}-${de[1]!.padStart(2, '0')}`;
  else if (/^\d{4}-\d{2}-\d{2}$/.test(text)) iso = text;
  if (!iso) return undefined;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
}

const FORMULA_START = /^[=+\-@]/;

/** One data row as programme values, or what is wrong with it (every problem, each at its column). */
export function rowValues(table: Table, cells: string[]): { values: ProgrammeValues; errors: CellError[]; formulaLike: number } {
  const errors: CellError[] = [];
  let formulaLike = 0;
  const cell = (col: ProgrammeColumn): string => {
    const i = table.index[col];
    return i === undefined ? '' : (cells[i] ?? '');
  };
  for (const col of Object.keys(table.index) as ProgrammeColumn[]) {
    const v = cell(col);
    if (v.length > FUNDING_LIMITS.importCell) errors.push({ column: col, key: 'import_cell_too_long', params: { max: FUNDING_LIMITS.importCell } });
  }
  const text = (col: ProgrammeColumn): string | null => {
    const v = cell(col);
    // Kept as written: a cell like "=SUMME(A1)" is text here, never a formula.
    if (FORMULA_START.test(v)) formulaLike++;
    return v ? v.slice(0, FUNDING_LIMITS.importCell) : null;
  };
  const short = (v: string) => (v.length > 60 ? `${v.slice(0, 57)}…` : v);

  const name = text('name') ?? '';
  if (!name) errors.push({ column: 'name', key: 'import_name_missing', params: {} });
  else if (name.length > FUNDING_LIMITS.name) errors.push({ column: 'name', key: 'import_cell_too_long', params: { max: FUNDING_LIMITS.name } });

  const funderText = cell('funder');
  const funder = FUNDER_WORDS[headerKey(funderText)];
  if (!funder) errors.push({ column: 'funder', key: 'import_funder_unknown', params: { value: short(funderText) } });

  const percent = (col: 'maxQuota' | 'minOwnShare') => {
    const v = percentOf(cell(col));
    if (v === undefined) errors.push({ column: col, key: 'import_percent', params: { value: short(cell(col)) } });
    return v ?? null;
  };
  const maxQuota = percent('maxQuota');
  const minOwnShare = percent('minOwnShare');

  const deadline = dateOf(cell('deadline'));
  if (deadline === undefined) errors.push({ column: 'deadline', key: 'import_date', params: { value: short(cell('deadline')) } });

  const url = cell('url');
  if (url && !isWebUrl(url)) errors.push({ column: 'url', key: 'import_url', params: { value: short(url) } });

  return {
    values: {
      name, funder: funder ?? 'other', maxQuota, minOwnShare,
      eligible: text('eligible'), fields: text('fields'), keywords: text('keywords'),
      deadline: deadline ?? null, url: url || null, description: text('description'),
    },
    errors,
    formulaLike,
  };
}
