/**
 * The fact sheet's "Statusberichte" tab: the timeline of filed reports and
 * "Neuer Statusbericht", which starts from the system's proposal.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StatusProposal } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatDate } from '../../i18n/index.ts';
import { StatusForm } from './status-form.tsx';
import { StatusTimeline } from './status-timeline.tsx';

export function MeasureStatusSection({ measureId }: { measureId: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const { bump } = useDataVersion();
  const reports = useLoad((a) => a.listStatusReports({ measureId }), [measureId]);
  const [proposal, setProposal] = useState<StatusProposal | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  /** After filing, focus moves to the new report once the list has reloaded. */
  const focusNewest = useRef(false);
  const newestRef = useRef<HTMLHeadingElement>(null);
  const openRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (focusNewest.current && reports.data?.length && !reports.loading) {
      newestRef.current?.focus();
      focusNewest.current = false;
    }
  }, [reports.data, reports.loading]);

  async function start() {
    const r = await api.proposeStatus({ measureId });
    if (!r.ok) setError(r.error.message);
    else {
      setError(null);
      setProposal(r.value);
    }
  }

  return (
    <section className="cdo-section cdo-fact-section" aria-labelledby="status-title">
      <div className="cdo-status-head">
        <div>
          <h2 className="kern-heading-small" id="status-title">{t('status.title')}</h2>
          <p className="kern-body kern-body--muted">{t('status.lead')}</p>
        </div>
        {proposal ? null : (
          <button ref={openRef} type="button" className="kern-btn kern-btn--primary" onClick={() => void start()}>
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('status.new')}</span>
          </button>
        )}
      </div>
      <output className="kern-body cdo-status cdo-fact-notice" aria-live="polite">{notice}</output>
      {error ? <Alert kind="danger" title={t('status.fileError')}><p className="kern-body">{error}</p></Alert> : null}
      {proposal ? (
        <StatusForm
          measureId={measureId}
          proposal={proposal}
          onCancel={() => {
            setProposal(null);
            requestAnimationFrame(() => openRef.current?.focus());
          }}
          onFiled={(r) => {
            setProposal(null);
            setNotice(t('status.filed', { date: formatDate(r.reportedOn, lang) }));
            focusNewest.current = true;
            bump();
          }}
        />
      ) : null}
      {reports.error ? <Alert kind="danger" title={t('status.loadError')}><p className="kern-body">{reports.error.message}</p></Alert> : null}
      {!reports.data && !reports.error ? <Loading label={t('common.loading')} /> : null}
      {reports.data && reports.data.length === 0 ? <p className="kern-body kern-body--muted">{t('status.none')}</p> : null}
      {reports.data?.length ? (
        <>
          <h3 className="cdo-fact-subhead">{t('status.timeline')}</h3>
          <StatusTimeline reports={reports.data} newestRef={newestRef} />
        </>
      ) : null}
    </section>
  );
}
