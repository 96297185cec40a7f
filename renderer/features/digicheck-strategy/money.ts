/** Cost ranges the way people read them: "25.000–40.000 €" in German, "€25,000–40,000" in English, or a word for none. */
import type { CostRange } from '../../../api/index.ts';
import { formatMoney, type UiLang } from '../../i18n/index.ts';

export function rangeText(r: CostRange | { min: number | null; max: number | null }, lang: UiLang, none: string): string {
  if (r.min === null || r.max === null || (r.min === 0 && r.max === 0)) return none;
  if (r.min === r.max) return formatMoney(r.max, lang);
  // The currency sign once: after the range in German, before it in English.
  return lang === 'de'
    ? `${formatMoney(r.min, lang).replace(/\s€$/, '')}–${formatMoney(r.max, lang)}`
    : `${formatMoney(r.min, lang)}–${formatMoney(r.max, lang).replace(/^€/, '')}`;
}
