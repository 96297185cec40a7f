import type { ReactNode } from 'react';

export type AlertKind = 'info' | 'success' | 'warning' | 'danger';

/** A KERN alert. Danger and warning are announced at once (role=alert), the others politely. */
export function Alert({ kind, title, children, id, actions }: { kind: AlertKind; title: string; children?: ReactNode; id?: string; actions?: ReactNode }) {
  const urgent = kind === 'danger' || kind === 'warning';
  return (
    <div className={`kern-alert kern-alert--${kind} cdo-alert${actions ? ' cdo-alert--compact' : ''}`} role={urgent ? 'alert' : 'status'} id={id}>
      <div className="kern-alert__header">
        <span className={`kern-icon kern-icon--${kind}`} aria-hidden="true" />
        <span className="kern-title">{title}</span>
        {actions ? <span className="cdo-alert__actions">{actions}</span> : null}
      </div>
      {children ? <div className="kern-alert__body">{children}</div> : null}
    </div>
  );
}
