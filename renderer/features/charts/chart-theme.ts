/** The calm KERN-based chart colours (the same as the Übersicht chart) and shared formatting. */
import { formatMoney, localeOf, type UiLang } from '../../i18n/index.ts';

export const TEXT = '#1d2034';
export const MUTED = '#454b6b';
export const GRID = '#dfe1ea';
export const ACTION = '#2044aa';
export const TICK = { fill: MUTED, fontSize: 13 } as const;

/** Plan in blues, actual in turquoise; the darker shade is investive. */
export const BUDGET_COLORS = {
  planInvestive: '#1537a1',
  planConsumptive: '#a2b8e4',
  actualInvestive: '#006b52',
  actualConsumptive: '#6cd6b5',
} as const;

/** Who pays: funding in KERN's action blue, own funds grey-blue, partners turquoise, other sand, the uncovered rest hatched-light red. */
export const FINANCING_COLORS = {
  funding: '#1537a1',
  own: '#7d86a8',
  partner: '#008767',
  other: '#b7791f',
  open: '#f2b8b5',
} as const;
/** The funding share line (percent of the plan) on its own axis. */
export const SHARE_COLOR = '#c31c13';

/** Done in turquoise, open in blue, overdue in KERN's danger red; each also has its own shape. */
export const STATE_COLORS = { done: '#008767', open: '#1537a1', overdue: '#c31c13' } as const;

/** Axis ticks: "1,2 Mio. €" rather than seven digits. */
export function formatMoneyShort(value: number, lang: UiLang): string {
  if (Math.abs(value) < 10_000) return formatMoney(value, lang);
  return new Intl.NumberFormat(localeOf(lang), { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** Fixed width in tests (jsdom has no layout), otherwise the chart follows its container. */
export const sized = (width: number | undefined, height: number) => (width ? { width, height } : {});
