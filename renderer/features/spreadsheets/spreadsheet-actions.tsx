/**
 * "Exportieren" (XLSX, ODS, CSV of the table as shown) and "Importieren"
 * (the import dialog) for the portfolio's view bar. The export saves the file
 * as a download (Electron shows its save dialog for it); what happened is
 * said in a polite live region, an import's result with "Rückgängig".
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHEET_FORMATS, type SheetFileFormat, type ViewConfig } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { FlashMessage, type Flash } from '../../app/flash.tsx';
import { useUndo } from '../../app/undo.tsx';
import { saveBytes } from '../../components/save-bytes.ts';
import { ImportDialog } from './import-dialog.tsx';
import './spreadsheets.css';

export function SpreadsheetActions({ config }: { config: ViewConfig }) {
  const { t } = useTranslation();
  const id = useId();
  const api = useApi();
  const { generation } = useUndo();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  // An import's result, shown until dismissed or made stale by undo/redo.
  const [done, setDone] = useState<{ flash: Flash; generation: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !box.current?.contains(document.activeElement)) return;
      setOpen(false);
      button.current?.focus();
    };
    const onClick = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onClick);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onClick);
    };
  }, [open]);

  async function exportAs(format: SheetFileFormat) {
    setOpen(false);
    setBusy(true);
    setError(null);
    setNote(t('sheets.export.busy'));
    const r = await api.exportPortfolio({ format, config });
    setBusy(false);
    button.current?.focus();
    if (!r.ok) {
      setNote('');
      setError(t('sheets.export.failed', { message: r.error.message }));
      return;
    }
    saveBytes(r.value.bytes, r.value.fileName, r.value.mimeType);
    setNote(t('sheets.export.done', { file: r.value.fileName, count: r.value.rows }));
  }

  return (
    <div className="cdo-sheets">
      <div ref={box} className="cdo-sheets__export">
        <button ref={button} type="button" className="kern-btn kern-btn--secondary" aria-expanded={open} aria-controls={`${id}-formats`} disabled={busy} onClick={() => setOpen((o) => !o)}>
          <span className="kern-icon kern-icon--download kern-icon--small" aria-hidden="true" />
          <span className="kern-label">{t('sheets.export.button')}</span>
        </button>
        <fieldset id={`${id}-formats`} className="kern-fieldset cdo-sheets__panel" hidden={!open}>
          <legend className="kern-label">{t('sheets.export.legend')}</legend>
          <p className="kern-hint">{t('sheets.export.hint')}</p>
          <ul className="cdo-sheets__formats">
            {SHEET_FORMATS.map((f) => (
              <li key={f}>
                <button type="button" className="kern-btn kern-btn--tertiary cdo-sheets__format" onClick={() => void exportAs(f)}>
                  <span className="kern-label">{t(`sheets.export.${f}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
      </div>
      <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setImporting(true)}>
        <span className="kern-icon kern-icon--drive-folder-upload kern-icon--small" aria-hidden="true" />
        <span className="kern-label">{t('sheets.import.button')}</span>
      </button>
      <output className="kern-body kern-body--small cdo-muted cdo-sheets__note" aria-live="polite">{note}</output>
      {error ? <p className="kern-body kern-body--small cdo-error-text" role="alert">{error}</p> : null}
      {done && done.generation === generation ? (
        <div className="cdo-sheets__done">
          <FlashMessage flash={done.flash} onDismiss={() => setDone(null)} />
        </div>
      ) : null}
      {importing ? (
        <ImportDialog
          onClose={() => setImporting(false)}
          onImported={(text) => {
            setImporting(false);
            setDone({ flash: { text, undoable: true }, generation });
          }}
        />
      ) : null}
    </div>
  );
}
