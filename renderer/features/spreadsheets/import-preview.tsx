/**
 * What an import would do, before anything is written: counts, the detected
 * format, the column mapping, the first rows and every row error with its
 * row number. Everything from the file is shown as text, never as HTML.
 */
import { useTranslation } from 'react-i18next';
import type { ProjectImport } from '../../../api/index.ts';
import { ImportMapping } from '../../components/import-mapping.tsx';
import { Alert } from '../../components/alert.tsx';
import { PhaseBadge } from '../../components/phase.tsx';
import { currentLang, formatDate, formatMoney, formatNumber } from '../../i18n/index.ts';
import { columnLabelKey } from './column-label.ts';
// The import preview looks like the funding catalogue's (counts, mapping, errors): one look for every import.
import '../funding/funding.css';

export function ImportPreview({ p }: { p: ProjectImport }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const rows = formatNumber(p.rowCount, lang);
  const date = (iso: string) => <span className="cdo-nowrap">{formatDate(iso, lang)}</span>;
  const period = (start: string | null, end: string | null) =>
    start && end ? <>{date(start)} – {date(end)}</> : start ? <>{t('sheets.import.from')} {date(start)}</> : end ? <>{t('sheets.import.until')} {date(end)}</> : '';
  return (
    <>
      <p className="kern-body">
        {p.format === 'csv'
          ? t('sheets.import.formatCsv', { encoding: p.encoding === 'windows-1252' ? 'Windows-1252' : 'UTF-8', delimiter: p.delimiter, rows })
          : t('sheets.import.formatSheet', { format: p.format.toUpperCase(), sheet: p.sheetName, rows })}
        {p.sheetCount > 1 ? ` ${t('sheets.import.moreSheets', { count: p.sheetCount })}` : null}
      </p>
      <ul className="cdo-import-counts" aria-label={t('sheets.import.counts')}>
        <li className="cdo-import-count cdo-import-count--add">{t('sheets.import.add', { count: p.add })}</li>
        {p.update ? <li className="cdo-import-count cdo-import-count--update">{t('sheets.import.update', { count: p.update })}</li> : null}
        {p.unchanged ? <li className="cdo-import-count">{t('sheets.import.unchanged', { count: p.unchanged })}</li> : null}
        <li className={`cdo-import-count${p.errorRows ? ' cdo-import-count--error' : ''}`}>{t('sheets.import.errorRows', { count: p.errorRows })}</li>
      </ul>
      {p.unknownFields.length ? (
        <Alert kind="info" title={t('sheets.import.unknownFieldsTitle')}><p className="kern-body">{t('sheets.import.unknownFields', { names: p.unknownFields.join(', ') })}</p></Alert>
      ) : null}
      {p.formulas ? <Alert kind="info" title={t('sheets.import.formulasTitle')}><p className="kern-body">{t('sheets.import.formulas', { count: p.formulas })}</p></Alert> : null}

      <ImportMapping
        title={t('sheets.import.mapping')}
        headerLabel={t('sheets.import.colHeader')}
        targetLabel={t('sheets.import.colTarget')}
        columns={p.columns.map((c) => ({ header: c.header, target: c.column ? t(columnLabelKey(c.column)) : null, ignored: t(`sheets.import.ignored.${c.ignored ?? 'unknown'}`) }))}
      />

      {p.sample.length ? (
        <>
          <h3 className="kern-heading-x-small cdo-import-subhead">{t('sheets.import.sample')}</h3>
          <div className="cdo-table-card">
            <table className="kern-table kern-table--small">
              <caption className="kern-sr-only">{t('sheets.import.sampleCaption', { count: p.sample.length })}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{t('sheets.import.colRow')}</th>
                  <th scope="col" className="kern-table__header">{t('measures.col.title')}</th>
                  <th scope="col" className="kern-table__header">{t('measures.col.field')}</th>
                  <th scope="col" className="kern-table__header">{t('measures.col.phase')}</th>
                  <th scope="col" className="kern-table__header">{t('sheets.import.colPeriod')}</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{t('measures.col.budget')}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {p.sample.map((s) => (
                  <tr key={s.row} className="kern-table__row">
                    <td className="kern-table__cell kern-table__cell--numeric">{s.row}</td>
                    <th scope="row" className="kern-table__cell">
                      {s.title}
                      <span className="cdo-sheets-preview__action">{t(`sheets.import.action.${s.action}`)}</span>
                    </th>
                    <td className="kern-table__cell">{s.fieldName ?? <span className="cdo-muted">{t('measure.noField')}</span>}</td>
                    <td className="kern-table__cell"><PhaseBadge phase={s.phase} /></td>
                    <td className="kern-table__cell">{period(s.start, s.end)}</td>
                    <td className="kern-table__cell kern-table__cell--numeric cdo-nowrap">{s.budget === null ? '' : formatMoney(s.budget, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}

      {p.errors.length ? (
        <>
          <h3 className="kern-heading-x-small cdo-import-subhead">{t('sheets.import.errorsTitle')}</h3>
          {p.errors.length < p.errorRows || p.errors.length >= 500 ? <p className="kern-body kern-body--small">{t('sheets.import.errorsMore', { shown: p.errors.length, count: p.errorRows })}</p> : null}
          <div className="cdo-table-card">
            <table className="kern-table kern-table--small cdo-import-errors">
              <caption className="kern-sr-only">{t('sheets.import.errorsTitle')}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{t('sheets.import.colRow')}</th>
                  <th scope="col" className="kern-table__header">{t('sheets.import.colColumn')}</th>
                  <th scope="col" className="kern-table__header">{t('sheets.import.colMessage')}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {p.errors.map((e, i) => (
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
