/**
 * "Maßnahmen aus einer Tabelle übernehmen": choose a file → the core's
 * preview (nothing written) → confirm → all rows in one undo step. While
 * rows have errors, confirming needs the explicit "only the rows without
 * errors" choice.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHEET_LIMITS, type ProjectImport } from '../../../api/index.ts';
import { useApi, useDataVersion } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { Modal } from '../../components/modal.tsx';
import { Loading } from '../../components/page.tsx';
import { ImportPreview } from './import-preview.tsx';

interface Chosen {
  name: string;
  bytes: Uint8Array;
}

/** A file problem comes at "bytes"; its message says more than the general headline. */
const messageOf = (e: { message: string; details?: { issues?: { message: string }[] } }) => e.details?.issues?.[0]?.message ?? e.message;

export function ImportDialog({ onClose, onImported }: { onClose(): void; onImported(text: string): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const id = useId();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<ProjectImport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'reading' | 'writing' | null>(null);
  const [skipInvalid, setSkipInvalid] = useState(false);

  async function choose(file: File | undefined) {
    setPreview(null);
    setError(null);
    setSkipInvalid(false);
    setChosen(null);
    if (!file) return;
    if (file.size > SHEET_LIMITS.importBytes) {
      setError(t('sheets.import.tooLarge'));
      return;
    }
    setBusy('reading');
    const bytes = new Uint8Array(await file.arrayBuffer());
    const r = await api.previewProjectImport({ bytes, fileName: file.name });
    setBusy(null);
    if (!r.ok) {
      setError(messageOf(r.error));
      return;
    }
    setChosen({ name: file.name, bytes });
    setPreview(r.value);
  }

  async function confirm() {
    if (!chosen) return;
    setBusy('writing');
    const r = await api.importProjects({ bytes: chosen.bytes, fileName: chosen.name, skipInvalid });
    setBusy(null);
    if (!r.ok) {
      setError(messageOf(r.error));
      return;
    }
    bump();
    onImported(t('sheets.import.done', { file: chosen.name, added: r.value.add, updated: r.value.update }));
  }

  const writable = preview ? preview.add + preview.update : 0;
  const blocked = !!preview && preview.errorRows > 0 && !skipInvalid;

  return (
    <Modal
      title={t('sheets.import.title')}
      onClose={onClose}
      wide
      footer={
        <div className="kern-btn-wrapper cdo-form__actions">
          {preview ? (
            <button type="button" className="kern-btn kern-btn--primary" disabled={busy !== null || blocked || writable === 0} onClick={() => void confirm()}>
              <span className="kern-label">{t('sheets.import.confirm', { count: writable })}</span>
            </button>
          ) : null}
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}>
            <span className="kern-label">{t('sheets.import.cancel')}</span>
          </button>
        </div>
      }
    >
      <p className="kern-body">{t('sheets.import.lead')}</p>
      <div className="kern-form-input">
        <label className="kern-label" htmlFor={`${id}-file`}>{t('sheets.import.file')}</label>
        <div className="kern-hint" id={`${id}-hint`}>{t('sheets.import.fileHint')}</div>
        <input id={`${id}-file`} className="cdo-file-input" type="file" aria-describedby={`${id}-hint`}
          accept=".csv,.xlsx,.ods,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet"
          onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      {busy ? <Loading label={t(busy === 'reading' ? 'sheets.import.reading' : 'sheets.import.writing')} /> : null}
      {error ? <Alert kind="danger" title={t('sheets.import.failed')}><p className="kern-body">{error}</p></Alert> : null}
      {preview ? (
        <section aria-label={chosen?.name} className="cdo-import-preview cdo-sheets-preview">
          <ImportPreview p={preview} />
          {preview.errorRows ? (
            <>
              <p className="kern-body">{t('sheets.import.errorsBlock')}</p>
              <div className="kern-form-check">
                <input className="kern-form-check__checkbox" type="checkbox" id={`${id}-skip`} checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
                <label className="kern-label" htmlFor={`${id}-skip`}>{t('sheets.import.skipInvalid')}</label>
              </div>
            </>
          ) : null}
          {writable === 0 ? <p className="kern-body">{t('sheets.import.nothing')}</p> : null}
        </section>
      ) : null}
    </Modal>
  );
}
