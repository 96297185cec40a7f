/** Small builders shared by the assembly files: dates, money, tables in the document's language. */
import type { DocTable } from '../../api/index.ts';
import { formatEuro, formatNumber } from './format.ts';
import type { Words } from './words.ts';

export interface Ctx {
  lang: 'de' | 'en';
  w: Words;
  /** Public edition: no costs, no personal names. */
  isPublic: boolean;
}

/** YYYY-MM-DD → 22.11.2026 (de) or 22/11/2026 (en); anything else unchanged. */
export function dateText(iso: string | null, lang: 'de' | 'en'): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  return lang === 'de' ? `${m[3]}.${m[2]}.${m[1]}` : `${m[3]}/${m[2]}/${m[1]}`;
}

export function periodText(start: string | null, end: string | null, lang: 'de' | 'en'): string {
  if (!start && !end) return '–';
  return `${dateText(start, lang) || '…'} – ${dateText(end, lang) || '…'}`;
}

export const euro = (value: number, ctx: Ctx) => formatEuro(value, ctx.lang);
export const num = (value: number, ctx: Ctx) => formatNumber(value, ctx.lang);

type Column = string | { label: string; right: true };

export function makeTable(columns: Column[], rows: string[][], opts: { caption?: string; footer?: string[] } = {}): DocTable {
  return {
    caption: opts.caption ?? null,
    columns: columns.map((c) => (typeof c === 'string' ? { label: c, align: 'left' } : { label: c.label, align: 'right' })),
    rows,
    footer: opts.footer ?? null,
  };
}

export const right = (label: string) => ({ label, right: true as const });
