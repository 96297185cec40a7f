/**
 * Reading typed values out of cells the way German spreadsheets write them:
 * "1.234.567,89 €", "31.12.2026", Excel date serial numbers, "ja"/"nein".
 * `undefined` means "there is a value, but it is not one of these".
 */
import { isDate, isFormula, type Cell } from './sheet.ts';

/** Day 0 of Excel's (and LibreOffice's default) serial dates: 1899-12-30, which absorbs Excel's 1900 leap-year bug. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

const validIso = (iso: string): string | undefined => {
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : undefined;
};

const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * A calendar date: a date cell, a serial number (1 = 1900-01-01 … 2958465 = 9999-12-31),
 * TT.MM.JJJJ, JJJJ-MM-TT, or (as the peer pack format allows) JJJJ-MM / JJJJ / MM.JJJJ,
 * which mean the first day (`edge` start) or the last day (`edge` end) of that month or year.
 */
export function dateOf(c: Cell, edge: 'start' | 'end' = 'start'): string | null | undefined {
  if (c === null || c === '') return null;
  if (isDate(c)) return validIso(c.date);
  if (typeof c === 'number') {
    if (!Number.isInteger(Math.floor(c)) || c < 1 || c > 2_958_465) return undefined;
    return new Date(SERIAL_EPOCH + Math.floor(c) * DAY).toISOString().slice(0, 10);
  }
  if (typeof c !== 'string') return undefined;
  const t = c.trim();
  if (t === '') return null;
  const de = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (de) return validIso(`${de[3]}-${de[2]!.padStart(2, '0')}-${de[1]!.padStart(2, '0')}`);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+Z?)?$/.exec(t);
  if (iso) return validIso(`${iso[1]}-${iso[2]}-${iso[3]}`);
  const isoMonth = /^(\d{4})-(\d{1,2})$/.exec(t);
  const deMonth = /^(\d{1,2})[./](\d{4})$/.exec(t);
  if (isoMonth || deMonth) {
    const [y, m] = isoMonth ? [Number(isoMonth[1]), Number(isoMonth[2])] : [Number(deMonth![2]), Number(deMonth![1])];
    if (m < 1 || m > 12) return undefined;
    return `${y}-${String(m).padStart(2, '0')}-${edge === 'start' ? '01' : String(lastDayOf(y, m)).padStart(2, '0')}`;
  }
  if (/^\d{4}$/.test(t)) return edge === 'start' ? `${t}-01-01` : `${t}-12-31`;
  return undefined;
}

/**
 * A number written the German way or the English way: "180.000", "180.000,50 €",
 * "1,5", "180000.5", "EUR 2.500". With both separators, the last one is the decimal mark;
 * a lone "." followed by groups of three digits is a thousands separator.
 */
export function numberOf(c: Cell): number | null | undefined {
  if (c === null || c === '') return null;
  if (typeof c === 'number') return Number.isFinite(c) ? c : undefined;
  if (typeof c !== 'string') return undefined;
  let t = c.replace(/\s|\u00a0|\u202f|€|EUR|Euro|%/gi, '');
  if (t === '') return null;
  if (!/^-?[\d.,]+$/.test(t)) return undefined;
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    t = lastComma > lastDot ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else if (lastComma >= 0) {
    if ((t.match(/,/g) ?? []).length > 1) {
      if (!/^-?\d{1,3}(,\d{3})+$/.test(t)) return undefined;
      t = t.replace(/,/g, '');
    } else t = t.replace(',', '.');
  } else if (lastDot >= 0 && /^-?\d{1,3}(\.\d{3})+$/.test(t)) {
    t = t.replace(/\./g, '');
  }
  if ((t.match(/\./g) ?? []).length > 1) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

const YES = new Set(['ja', 'j', 'yes', 'y', 'x', 'wahr', 'true', '1']);
const NO = new Set(['nein', 'n', 'no', 'falsch', 'false', '0', '-', '–']);

export function yesNoOf(c: Cell): boolean | null | undefined {
  if (c === null || c === '') return null;
  if (typeof c === 'boolean') return c;
  if (typeof c === 'number') return c === 1 ? true : c === 0 ? false : undefined;
  if (typeof c !== 'string') return undefined;
  const t = c.trim().toLowerCase();
  if (t === '') return null;
  return YES.has(t) ? true : NO.has(t) ? false : undefined;
}

/** A cell whose formula has no stored result: the value is unknown and the row cannot be taken. */
export const unknownFormula = (c: Cell): boolean => isFormula(c);
