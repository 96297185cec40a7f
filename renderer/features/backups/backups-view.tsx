/** Sicherungen: the open workspace's backups, "Jetzt sichern" and restore. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useDataVersion } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { PageHeader } from '../../components/page.tsx';
import { currentLang, formatDateTime } from '../../i18n/index.ts';
import { BackupList } from './backup-list.tsx';

export function BackupsView() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; title: string; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [refreshKey, setRefreshKey] = useState(0);

  async function backupNow() {
    setBusy(true);
    const r = await api.createBackup();
    setBusy(false);
    setRefreshKey((k) => k + 1);
    setMessage(r.ok ? { kind: 'success', title: t('backups.createdTitle'), text: t('backups.created', { when: formatDateTime(r.value.createdAt, currentLang(i18n)) }) } : { kind: 'danger', title: t('backups.createError'), text: r.error.message });
  }

  return (
    <>
      <PageHeader
        title={t('module.backups.name')}
        lead={t('backups.lead')}
        actions={
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => void backupNow()} disabled={busy}>
            <span className="kern-label">{t('backups.now')}</span>
          </button>
        }
      />
      {message ? (
        <Alert kind={message.kind} title={message.title}>
          <p className="kern-body">{message.text}</p>
        </Alert>
      ) : null}
      <section className="cdo-section" aria-labelledby="backups-list">
        <h2 className="kern-heading-small" id="backups-list">{t('backups.listTitle')}</h2>
        <BackupList
          refreshKey={refreshKey}
          onRestored={(info) => {
            setMessage({ kind: 'success', title: t('backups.restoredTitle'), text: t('backups.restored', { name: info.name }) });
            setRefreshKey((k) => k + 1);
            bump();
          }}
        />
      </section>
    </>
  );
}
