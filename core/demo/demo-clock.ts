/**
 * The demo's calendar. The demo content is written as of its base day,
 * 15 January 2026; a demo created later is moved forward by the whole months
 * between that day and the day it is created, so milestones, reports and
 * deadlines keep their distance to "today" and nothing looks overdue just
 * because the demo is old. The same creation day always gives the same demo.
 */
import type { Clock } from '../clock.ts';
import { seededClock } from './seeded-clock.ts';

/** The day the demo content is written for. */
export const DEMO_BASE_DAY = '2026-01-15';

export interface DemoClock extends Clock {
  random(): number;
  /** The day the demo is created for (YYYY-MM-DD). */
  readonly today: string;
  /** Whole months between the base day and `today`. */
  readonly months: number;
  /** A date of the demo content (YYYY-MM-DD, as of the base day) moved to the creation day; null stays null. */
  date<T extends string | null | undefined>(iso: T): T;
  /** A year of the demo content moved like the dates (a date in mid-year lands in this year). */
  year(year: number): number;
}

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

/** Adds whole months; a day past the end of the target month becomes its last day (31.08. + 1 → 30.09.). */
export function addMonths(iso: string, months: number): string {
  const index = monthIndex(iso) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(Number(iso.slice(8, 10)), last);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A reproducible clock for the demo created on `today` (YYYY-MM-DD or a full ISO time). */
export function demoClock(today: string, seed = 2026): DemoClock {
  const day = today.slice(0, 10);
  // Never backwards: a demo created before the base day keeps the written dates.
  const months = Math.max(0, monthIndex(day) - monthIndex(DEMO_BASE_DAY));
  const base = seededClock(`${addMonths(DEMO_BASE_DAY, months)}T08:00:00.000Z`, seed);
  return {
    ...base,
    today: day,
    months,
    date: <T extends string | null | undefined>(iso: T): T => (iso ? (addMonths(iso, months) + iso.slice(10)) as T : iso),
    year: (y: number) => Number(addMonths(`${y}-07-01`, months).slice(0, 4)),
  };
}
