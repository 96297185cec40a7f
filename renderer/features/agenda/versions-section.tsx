/**
 * Versionen: the agenda's versions (draft → in consultation → adopted by the
 * council), freezing, recording the council's decision, opening the next
 * draft, exporting a version, and comparing two versions side by side.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaSummary, AgendaVersion } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatDate, formatDateTime } from '../../i18n/index.ts';
import { AgendaExportDialog } from '../agenda-export/export-dialog.tsx';
import { AdoptDialog } from './adopt-dialog.tsx';
import { CompareView } from './compare-view.tsx';
import { useWrite } from '../../components/use-write.ts';
import { VersionMetaForm } from './version-meta-form.tsx';

type Dialog = { kind: 'freeze' | 'adopt'; version: AgendaVersion } | { kind: 'export'; version: AgendaVersion };

export function VersionsSection({ agenda }: { agenda: AgendaSummary }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const write = useWrite();
  const versions = useLoad((a) => a.listAgendaVersions({ agendaId: agenda.id }), [agenda.id]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (versions.error) return <Alert kind="danger" title={t('agenda.loadError')}>{versions.error.message}</Alert>;
  if (!versions.data) return <Loading label={t('agenda.loading')} />;
  const list = versions.data;
  const open = list.find((v) => !v.frozenAt) ?? null;

  const run = async (call: ReturnType<typeof write>) => {
    const r = await call;
    setError(r.ok ? null : r.message);
    setDialog(null);
  };

  return (
    <div className="cdo-agenda-versions">
      {error ? <Alert kind="danger" title={t('agenda.saveError')}>{error}</Alert> : null}
      <div className="cdo-agenda-toolbar cdo-no-print">
        {open ? (
          <>
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setDialog({ kind: 'freeze', version: open })}>
              <span className="kern-label">{t('agenda.version.freeze')}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--primary" onClick={() => setDialog({ kind: 'adopt', version: open })}>
              <span className="kern-label">{t('agenda.version.adopt')}</span>
            </button>
          </>
        ) : (
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => void run(write(api.createAgendaVersion({ agendaId: agenda.id })))}>
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('agenda.lock.newDraft')}</span>
          </button>
        )}
      </div>
      {open ? <VersionMetaForm key={open.id} version={open} /> : null}
      <div className="cdo-table-card">
        <table className="kern-table kern-table--small">
          <caption className="kern-sr-only">{t('agenda.version.caption')}</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t('agenda.version.number')}</th>
              <th scope="col" className="kern-table__header">{t('agenda.version.status')}</th>
              <th scope="col" className="kern-table__header">{t('agenda.version.label')}</th>
              <th scope="col" className="kern-table__header">{t('agenda.version.decision')}</th>
              <th scope="col" className="kern-table__header">{t('agenda.version.frozenAt')}</th>
              <th scope="col" className="kern-table__header"><span className="kern-sr-only">{t('agenda.indicator.actions')}</span></th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {[...list].reverse().map((v) => (
              <tr key={v.id} className="kern-table__row">
                <th scope="row" className="kern-table__header">{t('agenda.versionShort', { number: v.number })}</th>
                <td className="kern-table__cell"><StatusBadge version={v} /></td>
                <td className="kern-table__cell">{v.label ?? ''}{v.note ? <span className="kern-body kern-body--small kern-body--muted cdo-block">{v.note}</span> : null}</td>
                <td className="kern-table__cell">
                  {v.decisionNumber ? t('agenda.version.decisionText', { body: v.councilBody ?? '', number: v.decisionNumber, date: formatDate(v.decidedOn, lang) }) : '—'}
                </td>
                <td className="kern-table__cell">{v.frozenAt ? formatDateTime(v.frozenAt, lang) : t('agenda.version.live')}</td>
                <td className="kern-table__cell">
                  <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small cdo-no-print cdo-nowrap" onClick={() => setDialog({ kind: 'export', version: v })}
                    aria-label={`${t('agenda.version.export')} ${t('agenda.versionShort', { number: v.number })}`}>
                    <span className="kern-label">{t('agenda.version.export')}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {list.length > 1 ? <CompareView agenda={agenda} versions={list} /> : null}
      {dialog?.kind === 'freeze' ? (
        <ConfirmDialog title={t('agenda.version.freezeTitle', { number: dialog.version.number })} confirmLabel={t('agenda.version.freeze')}
          onCancel={() => setDialog(null)} onConfirm={() => void run(write(api.freezeAgendaVersion({ id: dialog.version.id })))}>
          <p className="kern-body">{t('agenda.version.freezeText')}</p>
        </ConfirmDialog>
      ) : null}
      {dialog?.kind === 'adopt' ? <AdoptDialog version={dialog.version} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'export' ? (
        <AgendaExportDialog agendaId={agenda.id} {...(dialog.version.frozenAt ? { versionNumber: dialog.version.number } : {})} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  );
}

function StatusBadge({ version: v }: { version: AgendaVersion }) {
  const { t } = useTranslation();
  return (
    <span className={`kern-badge kern-badge--small cdo-badge ${v.status === 'adopted' ? 'kern-badge--success' : v.frozenAt ? 'cdo-badge--neutral' : 'kern-badge--info'}`}>
      <span className="kern-label">{t(`agenda.status.${v.status}`)}</span>
    </span>
  );
}
