/** Number words for charts and tables in the document's language (German: 1.234.567 €). */
const locales = { de: 'de-DE', en: 'en-GB' } as const;

export function formatNumber(value: number, lang: 'de' | 'en'): string {
  return new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 1 }).format(value);
}

/** Short axis labels: "1,2 Mio." rather than "1.200.000". */
export function formatCompact(value: number, lang: 'de' | 'en'): string {
  return new Intl.NumberFormat(locales[lang], { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

export function formatEuro(value: number, lang: 'de' | 'en'): string {
  return `${new Intl.NumberFormat(locales[lang], { maximumFractionDigits: 0 }).format(Math.round(value))} €`;
}
