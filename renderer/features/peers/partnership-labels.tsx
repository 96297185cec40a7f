/** The status badge and kind label of a partnership, shared by the partner view and the fact sheet. */
import { useTranslation } from 'react-i18next';
import type { PartnershipKind, PartnershipStatus } from '../../../api/index.ts';

const CLASS: Record<PartnershipStatus, string> = { planned: 'cdo-badge--neutral', negotiating: 'kern-badge--info', active: 'kern-badge--success', ended: 'cdo-badge--neutral' };

export function PartnershipStatusBadge({ status }: { status: PartnershipStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`kern-badge kern-badge--small ${CLASS[status]} cdo-badge cdo-nowrap`}>
      <span className="kern-label">{t(`peers.pstatus.${status}`)}</span>
    </span>
  );
}

/** Short in tables ("IKZ"), with the full name for screen readers and on hover. */
export function KindLabel({ kind }: { kind: PartnershipKind }) {
  const { t } = useTranslation();
  const full = t(`peers.kind.${kind}`);
  const short = t(`peers.kindShort.${kind}`);
  return short === full ? <>{full}</> : <abbr title={full}>{short}</abbr>;
}
