/**
 * Small shared pieces of the peer views: the status badge of a peer project,
 * its period, its origin line (publisher · pack · licence) and the reasons a
 * match gives, in words.
 */
import { useTranslation } from 'react-i18next';
import type { PeerMatchReason, PeerMatchStrength, PeerProjectSummary, PeerStatus } from '../../../api/index.ts';
import { currentLang, formatDate, type UiLang } from '../../i18n/index.ts';

const STATUS_CLASS: Record<PeerStatus, string> = {
  idea: 'cdo-badge--neutral', planned: 'cdo-badge--neutral', in_progress: 'kern-badge--info', operating: 'kern-badge--success',
  completed: 'kern-badge--success', stopped: 'kern-badge--warning',
};

export function PeerStatusBadge({ status }: { status: PeerStatus | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <span className={`kern-badge kern-badge--small ${STATUS_CLASS[status]} cdo-badge`}>
      <span className="kern-label">{t(`peers.status.${status}`)}</span>
    </span>
  );
}

/** Pack dates are YYYY, YYYY-MM or YYYY-MM-DD; each shown as precisely as given. */
function packDate(value: string | null, lang: UiLang): string {
  if (!value) return '';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, lang);
  if (/^\d{4}-\d{2}$/.test(value)) return `${value.slice(5, 7)}/${value.slice(0, 4)}`;
  return value;
}

export function periodText(start: string | null, end: string | null, lang: UiLang): string {
  if (!start && !end) return '';
  return [packDate(start, lang), packDate(end, lang)].filter(Boolean).join(' – ') || '';
}

export function PeerOrigin({ p }: { p: PeerProjectSummary }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="cdo-cell-sub cdo-peer-origin">
      {p.publisherName} · {t('peers.license')} {p.license} · {t('peers.importedAt')} {formatDate(p.importedAt, currentLang(i18n))}
    </span>
  );
}

const STRENGTH_CLASS: Record<PeerMatchStrength, string> = { high: 'kern-badge--success', medium: 'kern-badge--info', low: 'cdo-badge--neutral' };

export function StrengthBadge({ strength }: { strength: PeerMatchStrength }) {
  const { t } = useTranslation();
  return (
    <span className={`kern-badge kern-badge--small ${STRENGTH_CLASS[strength]} cdo-badge`}>
      <span className="kern-label">{t(`peers.match.strength.${strength}`)}</span>
    </span>
  );
}

/** "gleiche Begriffe: Wohngeld, Antrag; gleiche OZG-Leistung: Wohngeld (10412)". */
export function useReasonText(): (reasons: PeerMatchReason[]) => string[] {
  const { t, i18n } = useTranslation();
  const list = (items: string[]) => new Intl.ListFormat(i18n.language === 'en' ? 'en-GB' : 'de-DE', { type: 'conjunction' }).format(items);
  return (reasons) => reasons.map((r) => {
    switch (r.kind) {
      case 'words': return t('peers.match.words', { list: list(r.words) });
      case 'ozg': return t('peers.match.ozg', { list: list(r.services.map((s) => s.name ?? s.ozgId)) });
      case 'field': return t('peers.match.field', { name: r.name });
      case 'tags': return t('peers.match.tags', { list: list(r.tags) });
    }
  });
}
