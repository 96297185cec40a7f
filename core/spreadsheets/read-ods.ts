/**
 * ODS (OpenDocument spreadsheet): content.xml from a bounded unzip, parsed
 * with fast-xml-parser. Repeated rows and columns are expanded only where
 * they carry values (LibreOffice pads every table with a million empty ones),
 * and never past the caps. Formulas are read as their stored value.
 */
import { XMLParser } from 'fast-xml-parser';
import { safeUnzip } from './safe-unzip.ts';
import { SHEET_READ_LIMITS, columnName, isBlank, sheetError, type Cell, type Sheet, type SheetRow } from './sheet.ts';

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', parseTagValue: false, parseAttributeValue: false,
  trimValues: false, processEntities: true, htmlEntities: false,
});

const tagOf = (n: Node): string => Object.keys(n).find((k) => k !== ':@') ?? '';
const kids = (n: Node): Node[] => (n[tagOf(n)] as Node[] | undefined) ?? [];
const attr = (n: Node, name: string): string | undefined => n[':@']?.[name];

/** The text of a cell as LibreOffice shows it: paragraphs joined by line breaks, <text:s text:c="3"/> as spaces. */
function textOf(nodes: Node[]): string {
  let s = '';
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === '#text') s += String(n['#text']);
    else if (tag === 'text:s') s += ' '.repeat(Math.min(Number(attr(n, 'text:c') ?? 1) || 1, 1000));
    else if (tag === 'text:tab') s += '\t';
    else if (tag === 'text:line-break') s += '\n';
    else if (tag !== 'office:annotation') s += textOf(kids(n));
  }
  return s;
}

function cellOf(n: Node): Cell {
  const type = attr(n, 'office:value-type');
  switch (type) {
    case 'float': case 'percentage': case 'currency': {
      const v = Number(attr(n, 'office:value'));
      return Number.isFinite(v) ? v : null;
    }
    case 'date': {
      const v = attr(n, 'office:date-value') ?? '';
      return /^\d{4}-\d{2}-\d{2}/.test(v) ? { date: v.slice(0, 10) } : v || null;
    }
    case 'boolean':
      return attr(n, 'office:boolean-value') === 'true';
    default: {
      const text = kids(n).filter((k) => tagOf(k) === 'text:p').map((p) => textOf(kids(p))).join('\n');
      const value = attr(n, 'office:string-value') ?? text;
      // A formula cell without any stored value: LibreOffice saved it uncalculated.
      if (attr(n, 'table:formula') && !type && value === '') return { formula: attr(n, 'table:formula')! };
      return value.trim().slice(0, SHEET_READ_LIMITS.cell) || null;
    }
  }
}

/** Table rows anywhere below a table (header rows, row groups). */
function* tableRows(nodes: Node[]): Generator<Node> {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === 'table:table-row') yield n;
    else if (tag === 'table:table-header-rows' || tag === 'table:table-row-group' || tag === 'table:table-rows') yield* tableRows(kids(n));
  }
}

interface Table { name: string; rows: SheetRow[]; merges: Sheet['merges']; formulas: number }

function readTable(table: Node, maxRows: number): Table {
  const rows: SheetRow[] = [];
  const merges: Sheet['merges'] = [];
  let formulas = 0;
  let rowNumber = 0;
  let counted = 0;
  for (const r of tableRows(kids(table))) {
    const cells: Cell[] = [];
    let col = 0;
    for (const c of kids(r)) {
      const tag = tagOf(c);
      if (tag !== 'table:table-cell' && tag !== 'table:covered-table-cell') continue;
      const repeat = Math.max(1, Number(attr(c, 'table:number-columns-repeated') ?? 1) || 1);
      const cell = tag === 'table:table-cell' ? cellOf(c) : null;
      if (attr(c, 'table:formula')) formulas++;
      const spanCols = Number(attr(c, 'table:number-columns-spanned') ?? 1) || 1;
      const spanRows = Number(attr(c, 'table:number-rows-spanned') ?? 1) || 1;
      if (spanCols > 1 || spanRows > 1) merges.push({ row: rowNumber + 1, range: `${columnName(col)}${rowNumber + 1}:${columnName(col + spanCols - 1)}${rowNumber + spanRows}` });
      if (isBlank(cell)) {
        col += repeat;
        continue;
      }
      for (let k = 0; k < repeat && col < SHEET_READ_LIMITS.columns; k++) cells[col++] = cell;
    }
    const width = Math.min(cells.length, SHEET_READ_LIMITS.columns);
    const filled = Array.from({ length: width }, (_, i) => cells[i] ?? null);
    const repeat = Math.max(1, Number(attr(r, 'table:number-rows-repeated') ?? 1) || 1);
    if (filled.length === 0) {
      rowNumber += repeat;
      continue;
    }
    // Counted, not expanded, once over the cap: the message can say how many rows the file has.
    const room = Math.max(0, maxRows + 1 - counted);
    counted += repeat;
    for (let k = 0; k < Math.min(repeat, room); k++) rows.push({ row: rowNumber + k + 1, cells: filled });
    rowNumber += repeat;
  }
  if (counted > maxRows + 1) throw sheetError('sheet_too_many_rows', { rows: counted - 1, max: maxRows });
  return { name: attr(table, 'table:name') ?? '', rows, merges, formulas };
}

export function readOds(bytes: Uint8Array, maxRows: number): Sheet {
  const entries = safeUnzip(bytes, (name) => name === 'content.xml' || name === 'mimetype');
  const mimetype = entries.mimetype ? new TextDecoder().decode(entries.mimetype).trim() : '';
  if (!entries['content.xml'] || (mimetype && mimetype !== 'application/vnd.oasis.opendocument.spreadsheet')) {
    throw sheetError('sheet_unknown_format');
  }
  const xml = new TextDecoder().decode(entries['content.xml']);
  // ODS never needs a DTD; one here can only be an entity-expansion trap.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw sheetError('sheet_zip_unsafe', { reason: 'DOCTYPE' });
  // Every row tag is at least one row: far more tags than the cap are refused before the XML is parsed
  // (the slack allows for the empty padding rows LibreOffice writes).
  const rowTags = (xml.match(/<table:table-row\b/g) ?? []).length;
  if (rowTags > maxRows + 100) throw sheetError('sheet_too_many_rows', { rows: rowTags - 1, max: maxRows });
  let doc: Node[];
  try {
    doc = parser.parse(xml) as Node[];
  } catch {
    throw sheetError('sheet_damaged');
  }
  const find = (nodes: Node[], tag: string): Node | undefined => nodes.find((n) => tagOf(n) === tag);
  const body = find(kids(find(doc, 'office:document-content') ?? {}), 'office:body');
  const spreadsheet = find(kids(body ?? {}), 'office:spreadsheet');
  const tables = kids(spreadsheet ?? {}).filter((n) => tagOf(n) === 'table:table');
  for (const t of tables) {
    const table = readTable(t, maxRows);
    if (table.rows.length) {
      return { format: 'ods', encoding: null, delimiter: null, sheetName: table.name, sheetCount: tables.length, rows: table.rows, merges: table.merges, formulas: table.formulas };
    }
  }
  throw sheetError('sheet_no_data');
}
