/**
 * Numbers, money and dates the way people read them: German (1.234.567 €,
 * 31.12.2026) or English. Pure functions of the value and the language.
 */
export type FormatLang = 'de' | 'en';

export const localeOf = (lang: FormatLang): string => (lang === 'en' ? 'en-GB' : 'de-DE');

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function nf(lang: FormatLang, key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `n:${lang}:${key}`;
  let f = cache.get(k) as Intl.NumberFormat | undefined;
  if (!f) cache.set(k, (f = new Intl.NumberFormat(localeOf(lang), options)));
  return f;
}
function df(lang: FormatLang, key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `d:${lang}:${key}`;
  let f = cache.get(k) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(k, (f = new Intl.DateTimeFormat(localeOf(lang), options)));
  return f;
}

export function formatNumber(value: number, lang: FormatLang): string {
  return nf(lang, 'plain', { maximumFractionDigits: 2 }).format(value);
}

/** `1.234.567 €`; cents only when there are any. */
export function formatMoney(value: number, lang: FormatLang): string {
  const whole = Number.isInteger(value);
  return nf(lang, whole ? 'eur0' : 'eur2', {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(value);
}

/**
 * An amount for a headline figure, short from ten million on (`7,99 Mrd. €`,
 * `12,5 Mio. €`; `€7.99bn` in English), so a Kreis's billions fit a tile;
 * below that whole euros as formatMoney. The exact amount belongs next to it
 * (a title, a table).
 */
export function formatMoneyShort(value: number, lang: FormatLang): string {
  if (Math.abs(value) < 10_000_000) return formatMoney(Math.round(value), lang);
  return nf(lang, 'eurShort', { style: 'currency', currency: 'EUR', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 }).format(value);
}

/** A calendar date `YYYY-MM-DD` (or the date part of an ISO timestamp) as TT.MM.JJJJ / DD/MM/YYYY. */
export function formatDate(iso: string | null | undefined, lang: FormatLang): string {
  if (!iso) return '';
  const day = iso.slice(0, 10);
  const d = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return df(lang, 'date', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(d);
}

/** An ISO timestamp in local time: `22.11.2026, 11:23`. */
export function formatDateTime(iso: string | null | undefined, lang: FormatLang): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return df(lang, 'datetime', { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(d);
}

/**
 * Reads an amount typed by a person: "1.234.567", "1234567,50", "25 000 €"
 * in German; "1,234.50" in English. Returns null for empty input and NaN for
 * text that is not an amount.
 */
export function parseMoney(text: string, lang: FormatLang): number | null {
  const s = text.replace(/[\s\u00a0\u202f€]/g, '').replace(/eur$/i, '');
  if (!s) return null;
  let normal: string;
  const [thousands, decimal] = lang === 'en' ? [',', '.'] : ['.', ','];
  if (s.includes(decimal)) {
    normal = s.split(thousands).join('').replace(decimal, '.');
  } else if (new RegExp(`^\\d{1,3}(\\${thousands}\\d{3})+$`).test(s)) {
    normal = s.split(thousands).join('');
  } else {
    // "1234.5" typed in German: a lone point with not three digits after it is a decimal point
    normal = s.replace(',', '.');
  }
  if (!/^\d+(\.\d+)?$/.test(normal)) return Number.NaN;
  return Number(normal);
}
