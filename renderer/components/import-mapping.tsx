/**
 * "Which column of the file becomes what": the mapping table every import
 * preview shows (funding programmes, project lists). A column that is not
 * taken over says so in muted text.
 */
import type { ReactNode } from 'react';

export interface MappedColumn {
  /** The header as it stands in the file. */
  header: string;
  /** What it becomes; null when it is not taken over. */
  target: string | null;
  /** Shown instead of a target: why the column is not taken over. */
  ignored: ReactNode;
}

export function ImportMapping({ title, headerLabel, targetLabel, columns }: { title: string; headerLabel: string; targetLabel: string; columns: MappedColumn[] }) {
  return (
    <>
      <h3 className="kern-heading-x-small cdo-import-subhead">{title}</h3>
      <div className="cdo-table-card">
        <table className="kern-table kern-table--small">
          <caption className="kern-sr-only">{title}</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{headerLabel}</th>
              <th scope="col" className="kern-table__header">{targetLabel}</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {columns.map((c, i) => (
              <tr key={i} className="kern-table__row">
                <th scope="row" className="kern-table__cell">{c.header || '–'}</th>
                <td className="kern-table__cell">{c.target ?? <span className="cdo-muted">{c.ignored}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
