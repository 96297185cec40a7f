/**
 * renderer/features/scoring: the ranking page (#/portfolio/ranking) and the
 * "Bewertung" tab of a measure. Imports only api/ and renderer/ — never core/.
 * This file: small pieces both use (must-criteria badges, the total with its bar).
 */
import { useTranslation } from 'react-i18next';
import type { MustReason } from '../../../api/index.ts';
import { currentLang, formatDate, formatNumber } from '../../i18n/index.ts';
import './scoring.css';

export function MustBadges({ must, deadline }: { must: MustReason[]; deadline: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  if (must.length === 0) return <span className="cdo-muted"><span aria-hidden="true">–</span><span className="kern-sr-only">{t('scoring.must.none')}</span></span>;
  return (
    <span className="cdo-must">
      {must.map((m) => (
        <span key={m} className="kern-badge kern-badge--small kern-badge--warning cdo-badge">
          <span className="kern-label">{m === 'legal' && deadline ? t('scoring.must.legalUntil', { date: formatDate(deadline, lang) }) : t(`scoring.must.${m}`)}</span>
        </span>
      ))}
    </span>
  );
}

/** A 0..100 figure as a number and a small bar; the bar is decoration, the number is what is read. */
export function ScoreBar({ value }: { value: number }) {
  const { i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <span className="cdo-scorebar">
      <span className="cdo-scorebar__value">{formatNumber(Math.round(value * 10) / 10, lang)}</span>
      <span className="cdo-scorebar__track" aria-hidden="true">
        <span className="cdo-scorebar__fill" style={{ width: `${Math.max(0, Math.min(100, value))}%` }} />
      </span>
    </span>
  );
}

export function formatScore(value: number | null, lang: 'de' | 'en'): string {
  return value === null ? '' : formatNumber(Math.round(value * 10) / 10, lang);
}
