/**
 * renderer/features/status/: status reports of a measure (the "Statusberichte"
 * tab) and the light badges Übersicht reuses. Imports only api/ and renderer/.
 *
 * This file: a light as an accessible badge — a coloured dot and always the
 * word (never colour alone) — and the wording of the system's reasons.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Light, StatusDimension, StatusReason } from '../../../api/index.ts';
import { currentLang, formatDate, formatMoney, formatNumber } from '../../i18n/index.ts';
import './status.css';

export function LightBadge({ light, dimension, small = true }: { light: Light; dimension?: StatusDimension | 'overall'; small?: boolean }) {
  const { t } = useTranslation();
  const word = t(`status.light.${light}`);
  return (
    <span className={`cdo-light cdo-light--${light}${small ? '' : ' cdo-light--large'}`} title={t(`status.lightHint.${light}`)}>
      <span className="cdo-light__dot" aria-hidden="true" />
      {dimension ? <><span className="cdo-light__dim">{t(`status.dimension.${dimension}`)}:</span>{' '}</> : null}
      <span className="cdo-light__word">{word}</span>
    </span>
  );
}

/** The system's reason in words, with amounts and dates formatted for the language. */
export function reasonText(t: TFunction, lang: 'de' | 'en', reason: StatusReason): string {
  const p = reason.params;
  const values: Record<string, string | number> = { ...p };
  if (typeof p.plan === 'number') values.plan = formatMoney(p.plan, lang);
  if (typeof p.actual === 'number') values.actual = formatMoney(p.actual, lang);
  if (typeof p.percent === 'number') values.percent = formatNumber(p.percent, lang);
  if (typeof p.end === 'string') values.end = formatDate(p.end, lang);
  return t(`status.reason.${reason.key}`, { ...values, count: typeof p.count === 'number' ? p.count : 1 });
}

export function useReasonText(): (reason: StatusReason) => string {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (reason) => reasonText(t, lang, reason);
}
