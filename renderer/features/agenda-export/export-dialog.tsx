/**
 * The agenda export dialog (mounted by the agenda's Versionen view): choose
 * the format, the sections and the edition (council or public), watch the
 * progress bar, and the file is saved (a download in the browser, the save
 * dialog on the desktop). The core decides the content and the file name.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_AUDIENCES, EXPORT_FORMATS, EXPORT_SECTIONS, type ExportAudience, type ExportFormat, type ExportSection, type ProgressEvent } from '../../../api/index.ts';
import { useApi, useCockpitEvent } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { Modal } from '../../components/modal.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { saveBytes } from '../../components/save-bytes.ts';
import './export-dialog.css';

export interface AgendaExportDialogProps {
  agendaId: string;
  /** The version to export; missing: the live draft. */
  versionNumber?: number;
  onClose(): void;
}

const TASK = 'agendaExport';

type Outcome = { kind: 'done'; fileName: string } | { kind: 'failed'; message: string; details: string[] } | null;

export function AgendaExportDialog({ agendaId, versionNumber, onClose }: AgendaExportDialogProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [sections, setSections] = useState<ExportSection[]>([...EXPORT_SECTIONS]);
  const [audience, setAudience] = useState<ExportAudience>('council');
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<ProgressEvent | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);

  useCockpitEvent((event) => {
    if (event.type === 'progress' && event.task === TASK && busy) setProgress(event);
  });

  const toggle = (s: ExportSection, on: boolean) =>
    setSections((all) => (on ? EXPORT_SECTIONS.filter((x) => x === s || all.includes(x)) : all.filter((x) => x !== s)));

  async function start() {
    setBusy(true);
    setOutcome(null);
    setProgress(null);
    try {
      const r = await api.exportAgenda({ agendaId, format, sections, audience, ...(versionNumber !== undefined ? { versionNumber } : {}) });
      if (r.ok) {
        saveBytes(r.value.bytes, r.value.fileName, r.value.mimeType);
        setOutcome({ kind: 'done', fileName: r.value.fileName });
      } else {
        setOutcome({ kind: 'failed', message: r.error.message, details: (r.error.details?.issues ?? []).map((i) => i.message) });
      }
    } finally {
      setBusy(false);
      setProgress(null);
    }
  }

  const title = versionNumber !== undefined ? t('agendaExport.titleVersion', { number: versionNumber }) : t('agendaExport.titleDraft');
  const footer = (
    <div className="kern-btn-wrapper">
      <button type="button" className="kern-btn kern-btn--primary" disabled={busy} onClick={() => void start()}>
        <span className="kern-label">{busy ? t('agendaExport.exporting') : t('agendaExport.export')}</span>
      </button>
      <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}>
        <span className="kern-label">{outcome?.kind === 'done' ? t('agendaExport.close') : t('agendaExport.cancel')}</span>
      </button>
    </div>
  );

  return (
    <Modal title={title} onClose={onClose} footer={footer} wide>
      <p className="kern-body">{t('agendaExport.lead')}</p>
      <div className="cdo-agenda-export">
        <div className="cdo-agenda-export__column">
          <fieldset className="kern-fieldset">
            <legend className="kern-label">{t('agendaExport.format')}</legend>
            <div className="kern-fieldset__body cdo-agenda-export__choices">
              {EXPORT_FORMATS.map((f) => (
                <div key={f} className="kern-form-check">
                  <input id={`${id}-format-${f}`} className="kern-form-check__radio" type="radio" name={`${id}-format`} value={f} checked={format === f}
                    onChange={() => setFormat(f)} aria-describedby={`${id}-format-${f}-hint`} disabled={busy} />
                  <label className="kern-label" htmlFor={`${id}-format-${f}`}>{t(`agendaExport.formats.${f}`)}</label>
                  <span className="cdo-agenda-export__hint" id={`${id}-format-${f}-hint`}>{t(`agendaExport.formatHints.${f}`)}</span>
                </div>
              ))}
            </div>
          </fieldset>
          <fieldset className="kern-fieldset">
            <legend className="kern-label">{t('agendaExport.audience')}</legend>
            <div className="kern-fieldset__body cdo-agenda-export__choices">
              {EXPORT_AUDIENCES.map((a) => (
                <div key={a} className="kern-form-check">
                  <input id={`${id}-audience-${a}`} className="kern-form-check__radio" type="radio" name={`${id}-audience`} value={a} checked={audience === a}
                    onChange={() => setAudience(a)} disabled={busy} />
                  <label className="kern-label" htmlFor={`${id}-audience-${a}`}>{t(`agendaExport.audiences.${a}`)}</label>
                </div>
              ))}
              {audience === 'public' && sections.includes('financing') ? <p className="kern-hint">{t('agendaExport.financingPublic')}</p> : null}
            </div>
          </fieldset>
        </div>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('agendaExport.sections')}</legend>
          <p className="kern-hint" id={`${id}-sections-hint`}>{t('agendaExport.alwaysIncluded')}</p>
          <div className="kern-fieldset__body cdo-agenda-export__choices">
            {EXPORT_SECTIONS.map((s) => (
              <div key={s} className="kern-form-check">
                <input id={`${id}-section-${s}`} className="kern-form-check__checkbox" type="checkbox" checked={sections.includes(s)}
                  onChange={(e) => toggle(s, e.target.checked)} disabled={busy} />
                <label className="kern-label" htmlFor={`${id}-section-${s}`}>{t(`agendaExport.section.${s}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
      {busy ? (
        <div className="kern-progress cdo-agenda-export__progress">
          <label className="kern-label" htmlFor={`${id}-progress`}>
            {t('agendaExport.progress')}
            {progress && progress.total > 0 ? ` – ${t('progress.of', { done: formatNumber(progress.done, lang), total: formatNumber(progress.total, lang) })}` : ' …'}
          </label>
          <progress id={`${id}-progress`} max={Math.max(1, progress?.total ?? 1)} value={progress ? Math.min(progress.done, progress.total) : 0} />
        </div>
      ) : null}
      {outcome?.kind === 'done' ? <Alert kind="success" title={t('agendaExport.done', { fileName: outcome.fileName })} /> : null}
      {outcome?.kind === 'failed' ? (
        <Alert kind="danger" title={t('agendaExport.failed')}>
          <p className="kern-body">{outcome.details.length ? outcome.details.join(' ') : outcome.message}</p>
        </Alert>
      ) : null}
    </Modal>
  );
}
