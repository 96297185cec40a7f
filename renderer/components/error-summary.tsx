/**
 * The error summary at the top of a form (BITV): a headline, a general
 * message, and one link per invalid field that moves focus to it.
 */
import type { Ref } from 'react';
import { Alert } from './alert.tsx';

export interface SummaryItem {
  controlId: string;
  label: string;
  message: string;
}

export function ErrorSummary({ id, title, general, items, ref }: { id: string; title: string; general: string | null; items: SummaryItem[]; ref?: Ref<HTMLDivElement> }) {
  return (
    <div ref={ref} tabIndex={-1} id={id} className="cdo-summary">
      <Alert kind="danger" title={title}>
        {general ? <p className="kern-body">{general}</p> : null}
        {items.length ? (
          <ul className="kern-list">
            {items.map((item) => (
              <li key={item.controlId} className="kern-body">
                <a
                  className="kern-link"
                  href={`#${item.controlId}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(item.controlId)?.focus();
                  }}
                >
                  {item.label}: {item.message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </Alert>
    </div>
  );
}
