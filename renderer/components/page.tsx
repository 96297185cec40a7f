import { useLayoutEffect, useRef, type ReactNode } from 'react';

/** The head of a view: its one h1, an optional lead text and actions. */
export function PageHeader({ title, lead, actions, focusOnMount = true }: { title: string; lead?: ReactNode; actions?: ReactNode; focusOnMount?: boolean }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    // After navigating, put keyboard and screen-reader users at the new view's heading.
    if (focusOnMount && document.activeElement?.closest('nav, [role="dialog"], .cdo-skip')) ref.current?.focus();
  }, [focusOnMount]);
  return (
    <div className="cdo-page-header">
      <div className="cdo-page-header__text">
        <h1 className="kern-heading-large" ref={ref} tabIndex={-1}>{title}</h1>
        {lead ? <p className="kern-body kern-body--muted cdo-lead">{lead}</p> : null}
      </div>
      {actions ? <div className="kern-btn-wrapper cdo-page-header__actions">{actions}</div> : null}
    </div>
  );
}

export function Loading({ label }: { label: string }) {
  return (
    <output className="kern-body kern-body--muted cdo-loading cdo-status">{label}</output>
  );
}
