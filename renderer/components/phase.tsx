/**
 * Phases and priorities as people read them: German/English labels, KERN
 * badges, and the calm phase colours shared by the table and the chart.
 */
import { useTranslation } from 'react-i18next';
import type { Phase, Priority } from '../../api/index.ts';

/** From KERN's palette: blues for the way in, turquoise for running, grey for stopped. */
export const PHASE_COLORS: Record<Phase, string> = {
  idea: '#a2b8e4',
  concept: '#5174c5',
  implementation: '#1537a1',
  operation: '#008767',
  completed: '#6cd6b5',
  stopped: '#9a9fbb',
};

const PHASE_BADGE: Record<Phase, string> = {
  idea: 'cdo-badge--neutral',
  concept: 'cdo-badge--neutral',
  implementation: 'kern-badge--info',
  operation: 'kern-badge--success',
  completed: 'kern-badge--success',
  stopped: 'cdo-badge--neutral',
};

const PRIORITY_BADGE: Record<Priority, string> = {
  high: 'kern-badge--warning',
  medium: 'kern-badge--info',
  low: 'cdo-badge--neutral',
};

export function PhaseBadge({ phase }: { phase: Phase }) {
  const { t } = useTranslation();
  return (
    <span className={`kern-badge kern-badge--small ${PHASE_BADGE[phase]} cdo-badge`}>
      <span className="cdo-dot" style={{ background: PHASE_COLORS[phase] }} aria-hidden="true" />
      <span className="kern-label">{t(`phase.${phase}`)}</span>
    </span>
  );
}

export function PriorityBadge({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  return (
    <span className={`kern-badge kern-badge--small ${PRIORITY_BADGE[priority]} cdo-badge`}>
      <span className="kern-label">{t(`priority.${priority}`)}</span>
    </span>
  );
}
