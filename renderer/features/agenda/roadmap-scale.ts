/**
 * The roadmap's calendar arithmetic: dates ↔ pixels at a zoom level, the
 * ticks of the header, and moving dates by whole months (the unit a bar is
 * dragged or moved by with the keyboard). Pure functions, no React.
 */
export const ZOOMS = ['year', 'quarter', 'month'] as const;
export type Zoom = (typeof ZOOMS)[number];

/** Pixels per day: a year about 130 px, a quarter about 90 px, a month about 90 px. */
export const PX_PER_DAY: Record<Zoom, number> = { year: 0.36, quarter: 1, month: 3 };
/** Months a keyboard step moves a bar. */
export const STEP_MONTHS: Record<Zoom, number> = { year: 12, quarter: 3, month: 1 };

const DAY = 86_400_000;
const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
export const daysBetween = (a: string, b: string) => Math.round((utc(b) - utc(a)) / DAY);
export const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
export const addDays = (iso: string, days: number) => isoOf(utc(iso) + days * DAY);

const lastDayOf = (y: number, m0: number) => new Date(Date.UTC(y, m0 + 1, 0)).getUTCDate();

/** Moves a date by whole months; the last day of a month stays the last day (30.06. + 1 → 31.07.). */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m0 = Number(iso.slice(5, 7)) - 1;
  const d = Number(iso.slice(8, 10));
  const index = y * 12 + m0 + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12;
  const day = d === lastDayOf(y, m0) ? lastDayOf(ny, nm) : Math.min(d, lastDayOf(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The drawn range: from the first of January of the first year to the 31st of December of the last. */
export function frame(from: string, to: string): { start: string; end: string; days: number } {
  const start = `${from.slice(0, 4)}-01-01`;
  const end = `${to.slice(0, 4)}-12-31`;
  return { start, end, days: daysBetween(start, end) + 1 };
}

export interface Tick {
  /** Day offset from the frame start. */
  at: number;
  /** Width in days. */
  days: number;
  label: string;
}

/** Header ticks: years on top, and below them quarters or months (none at year zoom). */
export function ticks(start: string, end: string, zoom: Zoom, monthName: (m: number) => string): { years: Tick[]; units: Tick[] } {
  const years: Tick[] = [];
  const units: Tick[] = [];
  for (let y = Number(start.slice(0, 4)); y <= Number(end.slice(0, 4)); y++) {
    const ys = `${y}-01-01`;
    years.push({ at: daysBetween(start, ys), days: daysBetween(ys, `${y + 1}-01-01`), label: String(y) });
    if (zoom === 'year') continue;
    const step = zoom === 'quarter' ? 3 : 1;
    for (let m = 0; m < 12; m += step) {
      const s = `${y}-${String(m + 1).padStart(2, '0')}-01`;
      const e = addMonths(s, step);
      units.push({ at: daysBetween(start, s), days: daysBetween(s, e), label: zoom === 'quarter' ? `Q${m / 3 + 1}` : monthName(m) });
    }
  }
  return { years, units };
}

/** Whole months between two dates by calendar (for snapping a drag). */
export function monthsFromDays(days: number): number {
  return Math.round(days / 30.44);
}
