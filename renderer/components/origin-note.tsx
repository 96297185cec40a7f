import type { ReactNode } from 'react';

/** "Came from …" above a record: an info icon, what it came from as a link, and an optional remark after it. */
export function OriginNote({ label, href, linkText, children }: { label: string; href: string; linkText: string; children?: ReactNode }) {
  return (
    <p className="kern-body cdo-origin-note">
      <span className="kern-icon kern-icon--info kern-icon--small" aria-hidden="true" />
      <span>
        {label}:{' '}
        <a className="kern-link" href={href}>{linkText}</a>
        {children}
      </span>
    </p>
  );
}
