/** How an idea's status reads: a calm KERN badge per step of the assessment. */
import { useTranslation } from 'react-i18next';
import type { IdeaStatus } from '../../../api/index.ts';

const BADGE: Record<IdeaStatus, string> = {
  new: 'kern-badge--info',
  in_assessment: 'kern-badge--warning',
  adopted: 'kern-badge--success',
  rejected: 'cdo-badge--neutral',
  deferred: 'cdo-badge--neutral',
};

export function IdeaStatusBadge({ status }: { status: IdeaStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`kern-badge kern-badge--small ${BADGE[status]} cdo-badge`}>
      <span className="kern-label">{t(`ideas.status.${status}`)}</span>
    </span>
  );
}
