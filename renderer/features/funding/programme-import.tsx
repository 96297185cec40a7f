/**
 * #/funding/import: choose a CSV file → the core's preview (column mapping,
 * new and updated programmes, row errors; nothing written) → "Importieren"
 * writes every valid row as one undo step → back to the catalogue.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDING_LIMITS, type ProgrammeImport } from '../../../api/index.ts';
import { useApi, useDataVersion } from '../../api/index.ts';
import { navigate } from '../../app/routes.ts';
import { setFlash } from '../../app/flash.tsx';
import { ImportMapping } from '../../components/import-mapping.tsx';
import { Alert } from '../../components/alert.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { BackToFunding } from './programme-edit-view.tsx';

interface Chosen {
  name: string;
  bytes: Uint8Array;
}

function Preview({ p }: { p: ProgrammeImport }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const label = (col: string | null) => (col ? t(`funding.field.${col}`) : null);
  return (
    <>
      <p className="kern-body">
        {p.format === 'csv'
          ? t('funding.importPage.format', { encoding: p.encoding === 'utf-8' ? 'UTF-8' : 'Windows-1252', delimiter: p.delimiter, rows: formatNumber(p.rowCount, lang) })
          : t('funding.importPage.formatSheet', { format: p.format.toUpperCase(), rows: formatNumber(p.rowCount, lang) })}
      </p>
      <ul className="cdo-import-counts" aria-label={t('funding.importPage.previewTitle')}>
        <li className="cdo-import-count cdo-import-count--add">{t('funding.importPage.add', { count: p.add.length })}</li>
        <li className="cdo-import-count cdo-import-count--update">{t('funding.importPage.update', { count: p.update.length })}</li>
        {p.unchanged.length ? <li className="cdo-import-count">{t('funding.importPage.unchanged', { count: p.unchanged.length })}</li> : null}
        <li className={`cdo-import-count${p.errors.length ? ' cdo-import-count--error' : ''}`}>{t('funding.importPage.errors', { count: p.errors.length })}</li>
      </ul>
      {p.formulaLike ? <Alert kind="info" title={t('funding.importPage.formulaTitle')}><p className="kern-body">{t('funding.importPage.formulaLike', { count: p.formulaLike })}</p></Alert> : null}

      <ImportMapping
        title={t('funding.importPage.mapping')}
        headerLabel={t('funding.importPage.colHeader')}
        targetLabel={t('funding.importPage.colTarget')}
        columns={p.columns.map((c) => ({ header: c.header, target: label(c.column), ignored: t('funding.importPage.ignored') }))}
      />

      {p.update.length ? (
        <>
          <h3 className="kern-heading-x-small cdo-import-subhead">{t('funding.importPage.updatedList')}</h3>
          <ul className="kern-list cdo-import-updates">
            {p.update.map((u) => (
              <li key={u.id} className="kern-body">
                <strong>{u.name}</strong> <span className="cdo-muted">– {t('funding.importPage.changes', { list: u.changes.map((c) => label(c)).join(', ') })}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {p.errors.length ? (
        <>
          <h3 className="kern-heading-x-small cdo-import-subhead">{t('funding.importPage.errorsTitle')}</h3>
          <div className="cdo-table-card">
            <table className="kern-table kern-table--small cdo-import-errors">
              <caption className="kern-sr-only">{t('funding.importPage.errorsTitle')}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('funding.importPage.colRow')}</th>
                  <th scope="col" className="kern-table__header">{t('funding.importPage.colColumn')}</th>
                  <th scope="col" className="kern-table__header">{t('funding.importPage.colMessage')}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {p.errors.slice(0, 200).map((e, i) => (
                  <tr key={i} className="kern-table__row">
                    <td className="kern-table__cell kern-table__cell--numeric">{e.row}</td>
                    <td className="kern-table__cell">{e.header ?? '–'}</td>
                    <td className="kern-table__cell">{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </>
  );
}

export function ProgrammeImportView() {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const id = useId();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<ProgrammeImport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [fileKey, setFileKey] = useState(0);

  async function choose(file: File | undefined) {
    setPreview(null);
    setError(null);
    setSkipInvalid(false);
    setChosen(null);
    if (!file) return;
    if (file.size > FUNDING_LIMITS.importBytes) {
      setError(t('funding.importPage.tooLarge'));
      return;
    }
    setBusy(true);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const r = await api.importFundingProgrammes({ bytes, confirm: false, fileName: file.name });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.details?.issues?.[0]?.message ?? r.error.message);
      return;
    }
    setChosen({ name: file.name, bytes });
    setPreview(r.value);
  }

  async function confirm() {
    if (!chosen) return;
    setBusy(true);
    const r = await api.importFundingProgrammes({ bytes: chosen.bytes, confirm: true, skipInvalid, fileName: chosen.name });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.details?.issues?.[0]?.message ?? r.error.message);
      return;
    }
    bump();
    setFlash({ text: t('funding.importPage.done', { added: r.value.add.length, updated: r.value.update.length }), undoable: r.value.written });
    navigate('funding');
  }

  function reset() {
    setChosen(null);
    setPreview(null);
    setError(null);
    setFileKey((k) => k + 1);
  }

  const writable = preview ? preview.add.length + preview.update.length : 0;
  const blocked = !!preview && preview.errors.length > 0 && !skipInvalid;

  return (
    <>
      <BackToFunding />
      <PageHeader title={t('funding.importPage.title')} lead={t('funding.importPage.lead')} />
      <div className="kern-card kern-card--hug cdo-form-card">
        <div className="kern-card__container cdo-import">
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${id}-file`}>{t('funding.importPage.file')}</label>
            <div className="kern-hint" id={`${id}-hint`}>{t('funding.importPage.fileHint')}</div>
            <input key={fileKey} id={`${id}-file`} className="cdo-file-input" type="file" accept=".csv,.xlsx,.ods,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.oasis.opendocument.spreadsheet" aria-describedby={`${id}-hint`}
              onChange={(e) => void choose(e.target.files?.[0])} />
          </div>
          {busy ? <Loading label={t('funding.importPage.reading')} /> : null}
          {error ? <Alert kind="danger" title={t('funding.importPage.failed')}><p className="kern-body">{error}</p></Alert> : null}
          {preview ? (
            <section aria-labelledby={`${id}-preview`} className="cdo-import-preview">
              <h2 className="kern-heading-small" id={`${id}-preview`}>{t('funding.importPage.previewTitle')}: {chosen?.name}</h2>
              <Preview p={preview} />
              {preview.errors.length ? (
                <>
                  <p className="kern-body">{t('funding.importPage.errorsBlock')}</p>
                  <div className="kern-form-check">
                    <input className="kern-form-check__checkbox" type="checkbox" id={`${id}-skip`} checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} />
                    <label className="kern-label" htmlFor={`${id}-skip`}>{t('funding.importPage.skipInvalid')}</label>
                  </div>
                </>
              ) : null}
              {writable === 0 ? <p className="kern-body kern-body--muted">{t('funding.importPage.nothing')}</p> : null}
              <div className="kern-btn-wrapper cdo-form__actions">
                <button type="button" className="kern-btn kern-btn--primary" disabled={busy || blocked || writable === 0} onClick={() => void confirm()}>
                  <span className="kern-label">{t('funding.importPage.confirm')}</span>
                </button>
                <button type="button" className="kern-btn kern-btn--secondary" onClick={reset}>
                  <span className="kern-label">{t('funding.importPage.cancel')}</span>
                </button>
              </div>
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}
