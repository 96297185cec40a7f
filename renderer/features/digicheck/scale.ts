/** The DigiCheck score scale and how averages read: "2,3" in German, "–" when nothing is answered. */
import { DIGICHECK_SCALE } from '../../../api/index.ts';
import { formatNumber, type UiLang } from '../../i18n/index.ts';

export const SCALE = DIGICHECK_SCALE;

export const average = (value: number | null, lang: UiLang): string => (value === null ? '–' : formatNumber(value, lang));

/** A difference with its sign: "+0,8", "−0,5", "±0". */
export function signed(value: number | null, lang: UiLang): string {
  if (value === null) return '–';
  if (value === 0) return '±0';
  return `${value > 0 ? '+' : '−'}${formatNumber(Math.abs(value), lang)}`;
}
