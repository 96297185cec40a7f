/**
 * Exports the partial strategy as a report: pick the format, watch the
 * progress, and the file is saved (a download in the browser, the save
 * dialog on the desktop). The core writes it with the agenda's renderers.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type ExportFormat } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { Modal } from '../../components/modal.tsx';
import { saveBytes } from '../../components/save-bytes.ts';

type Outcome = { kind: 'done'; fileName: string } | { kind: 'failed'; message: string } | null;

export function StrategyExportDialog({ assessmentId, onClose }: { assessmentId: string; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const w = (k: string, o?: Record<string, string>) => t(`digicheckStrategy.exportDialog.${k}`, o ?? {});

  async function start() {
    setBusy(true);
    setOutcome(null);
    try {
      const r = await api.exportPartialStrategy({ assessmentId, format });
      if (r.ok) {
        saveBytes(r.value.bytes, r.value.fileName, r.value.mimeType);
        setOutcome({ kind: 'done', fileName: r.value.fileName });
      } else {
        setOutcome({ kind: 'failed', message: r.error.message });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title={w('title')} onClose={onClose}
      footer={
        <div className="kern-btn-wrapper">
          <button type="button" className="kern-btn kern-btn--primary" disabled={busy} onClick={() => void start()}>
            <span className="kern-label">{busy ? w('exporting') : w('export')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}>
            <span className="kern-label">{outcome?.kind === 'done' ? w('close') : w('cancel')}</span>
          </button>
        </div>
      }>
      <p className="kern-body">{w('lead')}</p>
      <fieldset className="kern-fieldset">
        <legend className="kern-label">{w('format')}</legend>
        <div className="kern-fieldset__body">
          {EXPORT_FORMATS.map((f) => (
            <div key={f} className="kern-form-check">
              <input id={`${id}-${f}`} className="kern-form-check__radio" type="radio" name={`${id}-format`} value={f} checked={format === f}
                onChange={() => setFormat(f)} disabled={busy} />
              <label className="kern-label" htmlFor={`${id}-${f}`}>{w(`formats.${f}`)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <output aria-live="polite">
        {outcome?.kind === 'done' ? <Alert kind="success" title={w('done', { fileName: outcome.fileName })} /> : null}
      </output>
      {outcome?.kind === 'failed' ? (
        <Alert kind="danger" title={w('failed')}><p className="kern-body">{outcome.message}</p></Alert>
      ) : null}
    </Modal>
  );
}
