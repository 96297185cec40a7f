/**
 * core/finance/: the money of the portfolio — cost items per measure and year
 * (costs.ts), the financing stack with its sum rule (financing.ts) and the
 * portfolio roll-ups (rollup.ts). Imports api/ and core/ only; every edit is
 * one undo step (inStep).
 */
import type { MoneySplit } from '../../api/index.ts';
import type { Core } from '../core.ts';

/** Sums of REAL columns carry float noise: money is kept to the cent. */
export const cents = (n: number): number => Math.round(n * 100) / 100;

const format = (lang: 'de' | 'en', digits: 0 | 2) =>
  new Intl.NumberFormat(lang === 'de' ? 'de-DE' : 'en-GB', { style: 'currency', currency: 'EUR', minimumFractionDigits: digits, maximumFractionDigits: digits });
/** Made on first use: four formatters cost about 15 ms, at every start of the core if made at load. */
let formats: Record<'de' | 'en', [Intl.NumberFormat, Intl.NumberFormat]> | null = null;

/** An amount for a message in both languages (the message table picks {xDe} or {xEn}): cents only when there are any. */
export function euroParams(name: string, n: number): Record<string, string> {
  const v = cents(n);
  const digits = Number.isInteger(v) ? 0 : 1;
  formats ??= { de: [format('de', 0), format('de', 2)], en: [format('en', 0), format('en', 2)] };
  return { [`${name}De`]: formats.de[digits].format(v), [`${name}En`]: formats.en[digits].format(v) };
}

export const emptySplit = (): MoneySplit => ({ planInvestive: 0, planConsumptive: 0, plan: 0, actualInvestive: 0, actualConsumptive: 0, actual: 0 });

/** What a measure's financing must add up to: the planned costs, else its budget, else nothing. */
export function plannedCostOf(core: Core, measureId: string): { plannedCost: number | null; plannedFrom: 'costs' | 'budget' | null } {
  const raw = core.raw();
  const costs = raw.prepare('SELECT count(*) AS n, coalesce(sum(plan), 0) AS s FROM cost_items WHERE measure_id = ?').get(measureId) as { n: number; s: number };
  if (costs.n > 0) return { plannedCost: cents(costs.s), plannedFrom: 'costs' };
  const m = raw.prepare('SELECT budget FROM measures WHERE id = ?').get(measureId) as { budget: number | null } | undefined;
  if (m?.budget !== null && m?.budget !== undefined) return { plannedCost: cents(m.budget), plannedFrom: 'budget' };
  return { plannedCost: null, plannedFrom: null };
}
