/**
 * The list of a workspace's backups with "Wiederherstellen". Used by the
 * Sicherungen view and by the start screen's offer for a damaged workspace.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Backup, WorkspaceInfo } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { Modal } from '../../components/modal.tsx';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatDateTime, formatNumber } from '../../i18n/index.ts';

const REASONS = new Set(['open', 'auto', 'manual', 'before-migrate', 'before-restore', 'before-import']);

export function reasonKey(reason: string): string {
  return REASONS.has(reason) ? `backups.reason.${reason}` : 'backups.reason.other';
}

function size(bytes: number, lang: 'de' | 'en'): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lang)} KB`;
  return `${formatNumber(Math.round((bytes / (1024 * 1024)) * 10) / 10, lang)} MB`;
}

export function BackupList({ workspaceId, onRestored, refreshKey = 0 }: { workspaceId?: string; onRestored(info: WorkspaceInfo): void; refreshKey?: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const backups = useLoad((a) => a.listBackups(workspaceId ? { workspaceId } : {}), [workspaceId, refreshKey]);
  const [confirm, setConfirm] = useState<Backup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);

  async function restore(b: Backup) {
    setBusy(true);
    const r = await api.restoreBackup({ backupId: b.id, ...(workspaceId ? { workspaceId } : {}) });
    setBusy(false);
    setConfirm(null);
    if (r.ok) onRestored(r.value);
    else setError(r.error.message);
  }

  if (backups.error) {
    return (
      <Alert kind="danger" title={t('backups.loadError')}>
        <p className="kern-body">{backups.error.message}</p>
      </Alert>
    );
  }
  if (!backups.data) return <Loading label={t('common.loading')} />;

  return (
    <>
      {error ? (
        <Alert kind="danger" title={t('backups.restoreError')}>
          <p className="kern-body">{error}</p>
        </Alert>
      ) : null}
      {backups.data.length === 0 ? (
        <p className="kern-body kern-body--muted">{t('backups.none')}</p>
      ) : (
        <div className="kern-table-responsive cdo-table-card">
          <table className="kern-table kern-table--small">
            <caption className="kern-sr-only">{t('backups.caption')}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('backups.col.when')}</th>
                <th scope="col" className="kern-table__header">{t('backups.col.reason')}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t('backups.col.size')}</th>
                <th scope="col" className="kern-table__header kern-table__header--action"><span className="kern-sr-only">{t('common.actions')}</span></th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {backups.data.map((b) => (
                <tr className="kern-table__row" key={b.id}>
                  <td className="kern-table__cell">{formatDateTime(b.createdAt, lang)}</td>
                  <td className="kern-table__cell">{t(reasonKey(b.reason))}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{size(b.sizeBytes, lang)}</td>
                  <td className="kern-table__cell kern-table__cell--action">
                    <button
                      type="button"
                      className="kern-btn kern-btn--secondary kern-btn--x-small"
                      aria-label={`${t('backups.restore')}: ${formatDateTime(b.createdAt, lang)}`}
                      onClick={() => setConfirm(b)}
                    >
                      <span className="kern-label">{t('backups.restore')}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirm ? (
        <Modal
          title={t('backups.confirmTitle')}
          role="alertdialog"
          onClose={() => setConfirm(null)}
          initialFocus={cancelRef}
          footer={
            <>
              <button type="button" ref={cancelRef} className="kern-btn kern-btn--secondary" onClick={() => setConfirm(null)}>
                <span className="kern-label">{t('common.cancel')}</span>
              </button>
              <button type="button" className="kern-btn kern-btn--primary" disabled={busy} onClick={() => void restore(confirm)}>
                <span className="kern-label">{t('backups.restoreConfirm')}</span>
              </button>
            </>
          }
        >
          <p className="kern-body">{t('backups.confirmText', { when: formatDateTime(confirm.createdAt, lang), reason: t(reasonKey(confirm.reason)) })}</p>
          <p className="kern-body">{t('backups.confirmSafe')}</p>
        </Modal>
      ) : null}
    </>
  );
}
