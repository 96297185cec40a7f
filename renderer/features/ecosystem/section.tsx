/** The frame every ecosystem tab shares: heading, lead, one action, load error and loading state; and what its editable rows share. */
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Result } from '../../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading } from '../../components/page.tsx';
import { useWrite } from '../../components/use-write.ts';

export function EcoSection({ id, title, lead, action, error, loading, children }: {
  id: string; title: string; lead?: ReactNode; action?: { label: string; onClick(): void }; error?: ApiError | null; loading?: boolean; children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="cdo-section" aria-labelledby={id}>
      <div className="cdo-section__head">
        <div>
          <h2 className="kern-heading-medium" id={id}>{title}</h2>
          {lead ? <p className="kern-body kern-body--muted">{lead}</p> : null}
        </div>
        {action ? (
          <button type="button" className="kern-btn kern-btn--primary" onClick={action.onClick}>
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{action.label}</span>
          </button>
        ) : null}
      </div>
      {error ? (
        <Alert kind="danger" title={t('ecosystem.loadError')}>
          <p className="kern-body">{error.message}</p>
        </Alert>
      ) : null}
      {loading && !error ? <Loading label={t('common.loading')} /> : null}
      {children}
    </section>
  );
}

/** The success or failure note after an edit, shown above the tab's content. */
export type Note = { kind: 'success' | 'danger'; text: string } | null;

export function NoteAlert({ note }: { note: Note }) {
  return note ? <Alert kind={note.kind} title={note.text} /> : null;
}

/**
 * The dialogs of a tab's rows: the row being edited ('new' for one being
 * added), the row asked about deleting, and the note after either closes.
 */
export function useRowDialogs<T>() {
  const write = useWrite();
  const [editing, setEditing] = useState<T | 'new' | null>(null);
  const [deleting, setDeleting] = useState<T | null>(null);
  const [note, setNote] = useState<Note>(null);

  /** Closes whichever dialog is open and says what happened. */
  function done(text: string, kind: 'success' | 'danger' = 'success') {
    setEditing(null);
    setDeleting(null);
    setNote({ kind, text });
  }

  /** Deletes through the API (every view reloads); the note names the row or the reason it stays. */
  async function remove(call: Promise<Result<unknown>>, deletedText: string) {
    const r = await write(call);
    if (r.ok) done(deletedText);
    else done(r.message, 'danger');
  }

  return { editing, setEditing, deleting, setDeleting, note, done, remove };
}

/** "Really delete?" with what deleting means, and that undo brings it back. */
export function DeleteConfirm({ title, confirmLabel, onCancel, onConfirm, children }: { title: string; confirmLabel: string; onCancel(): void; onConfirm(): void; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog title={title} confirmLabel={confirmLabel} onCancel={onCancel} onConfirm={onConfirm}>
      {children}
      <p className="kern-body kern-body--muted">{t('measure.deleteUndoHint')}</p>
    </ConfirmDialog>
  );
}

/** A table of a tab's rows: named by a hidden caption (or a visible heading), the column heads, and an unnamed head over the row actions. */
export function RowsTable({ caption, labelledBy, className, columns, children }: {
  caption?: string; labelledBy?: string; className?: string; columns: (string | { label: string; numeric: true })[]; children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="cdo-table-card">
      <table className={`kern-table kern-table--small${className ? ` ${className}` : ''}`} aria-labelledby={labelledBy}>
        {caption ? <caption className="kern-sr-only">{caption}</caption> : null}
        <thead>
          <tr className="kern-table__row">
            {columns.map((c) => typeof c === 'string'
              ? <th key={c} scope="col" className="kern-table__header">{c}</th>
              : <th key={c.label} scope="col" className="kern-table__header kern-table__header--numeric">{c.label}</th>)}
            <th scope="col" className="kern-table__header kern-table__header--action"><span className="kern-sr-only">{t('common.actions')}</span></th>
          </tr>
        </thead>
        <tbody className="kern-table__body">{children}</tbody>
      </table>
    </div>
  );
}

/** The last cell of a table row: edit and delete buttons, named after the row for screen readers. */
export function RowActions({ name, onEdit, onDelete }: { name: string; onEdit(): void; onDelete(): void }) {
  const { t } = useTranslation();
  return (
    <td className="kern-table__cell kern-table__cell--action cdo-row-actions">
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" aria-label={`${t('common.edit')}: ${name}`} onClick={onEdit}>
        <span className="kern-label">{t('common.edit')}</span>
      </button>
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" aria-label={`${t('common.delete')}: ${name}`} onClick={onDelete}>
        <span className="kern-label">{t('common.delete')}</span>
      </button>
    </td>
  );
}
