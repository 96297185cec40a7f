/**
 * "OZG-Leistungen": the services of the OZG catalogue this measure digitises.
 * Search the shipped catalogue (by name, life situation, LeiKa service or OZG
 * id; filter by Themenfeld and municipal services) and link or unlink.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureOzgService, OzgService } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { Loading } from '../../components/page.tsx';

interface TableProps {
  rows: OzgService[];
  caption: string;
  /** Links of this measure: a result already linked says so instead of offering the button. */
  linkedIds: Set<string>;
  onLink?(s: OzgService): void;
  onUnlink?(s: MeasureOzgService): void;
}

function ServiceAction({ s, linkedIds, onLink, onUnlink }: Omit<TableProps, 'rows' | 'caption'> & { s: OzgService }) {
  const { t } = useTranslation();
  if (onUnlink) {
    return (
      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => onUnlink(s as MeasureOzgService)} aria-label={t('factSheet.ozg.unlinkOf', { name: s.name })}>
        <span className="kern-label">{t('factSheet.ozg.unlink')}</span>
      </button>
    );
  }
  if (linkedIds.has(s.ozgId) || !onLink) return <span className="kern-body kern-body--small kern-body--muted">{t('factSheet.ozg.isLinked')}</span>;
  return (
    <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={() => onLink(s)} aria-label={t('factSheet.ozg.linkOf', { name: s.name })}>
      <span className="kern-label">{t('factSheet.ozg.link')}</span>
    </button>
  );
}

function ServiceTable({ rows, caption, ...actions }: TableProps) {
  const { t } = useTranslation();
  return (
    <div className="kern-table-responsive cdo-table-card">
      <table className="kern-table cdo-fact-table">
        <caption className="kern-sr-only">{caption}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('factSheet.ozg.col.name')}</th>
            <th scope="col" className="kern-table__header cdo-nowrap">{t('factSheet.ozg.col.id')}</th>
            <th scope="col" className="kern-table__header">{t('factSheet.ozg.col.lebenslage')}</th>
            <th scope="col" className="kern-table__header">{t('factSheet.ozg.col.themenfeld')}</th>
            <th scope="col" className="kern-table__header kern-table__header--action">{t('factSheet.ozg.col.actions')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((s) => (
            <tr key={s.ozgId} className="kern-table__row">
              <th scope="row" className="kern-table__cell">
                {s.name}
                {s.municipal ? <> <span className="kern-badge kern-badge--small kern-badge--info cdo-badge"><span className="kern-label">{t('factSheet.ozg.municipal')}</span></span></> : null}
              </th>
              <td className="kern-table__cell cdo-nowrap">{s.ozgId}</td>
              <td className="kern-table__cell">{s.lebenslage}</td>
              <td className="kern-table__cell">{s.themenfeld}</td>
              <td className="kern-table__cell kern-table__cell--action cdo-nowrap"><ServiceAction s={s} {...actions} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OzgSection({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const linked = useLoad((a) => a.listMeasureOzgServices({ measureId }), [measureId]);
  const themenfelder = useLoad((a) => a.listOzgThemenfelder(), []);
  const [query, setQuery] = useState('');
  const [themenfeld, setThemenfeld] = useState('');
  const [municipalOnly, setMunicipalOnly] = useState(false);
  const q = query.trim();
  const searching = q !== '' || themenfeld !== '';
  const hits = useLoad(
    (a) => (searching ? a.listOzgServices({ query: q, ...(themenfeld ? { themenfeld } : {}), municipalOnly, limit: 25 }) : Promise.resolve({ ok: true as const, value: [] })),
    [q, themenfeld, municipalOnly],
  );
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const linkedIds = new Set((linked.data ?? []).map((l) => l.ozgId));

  async function link(s: OzgService) {
    const r = await api.linkOzgService({ measureId, ozgId: s.ozgId });
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setError(null);
    setNotice(t('factSheet.ozg.linkedMsg', { name: s.name }));
    bump();
  }

  async function unlink(l: MeasureOzgService) {
    const r = await api.unlinkOzgService({ id: l.id });
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setNotice(t('factSheet.ozg.unlinkedMsg', { name: l.name }));
    bump();
  }

  return (
    <section className="cdo-section cdo-fact-section" aria-labelledby="ozg-title">
      <h2 className="kern-heading-small" id="ozg-title">{t('factSheet.ozg.title')}</h2>
      <p className="kern-body kern-body--muted">{t('factSheet.ozg.intro')}</p>
      <output className="kern-body cdo-status cdo-fact-notice" aria-live="polite">{notice}</output>
      {error ? <Alert kind="danger" title={t('measure.saveError')}><p className="kern-body">{error}</p></Alert> : null}

      <h3 className="cdo-fact-subhead">{t('factSheet.ozg.linked')}</h3>
      {linked.error ? <p className="kern-body cdo-text-danger">{linked.error.message}</p> : null}
      {!linked.data && !linked.error ? <Loading label={t('common.loading')} /> : null}
      {linked.data?.length === 0 ? <p className="kern-body kern-body--muted">{t('factSheet.ozg.none')}</p> : null}
      {linked.data?.length ? (
        <ServiceTable rows={linked.data} caption={t('factSheet.ozg.linked')} linkedIds={linkedIds} onUnlink={(l) => void unlink(l)} />
      ) : null}

      <div className="cdo-inline-form">
        <h3 className="cdo-fact-subhead" id="ozg-search-title">{t('factSheet.ozg.search')}</h3>
        <div className="cdo-inline-form__row">
          <FormField label={t('factSheet.ozg.query')} hint={t('factSheet.ozg.queryHint')} className="cdo-inline-form__grow">
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="search" value={query} onChange={(e) => setQuery(e.target.value)} maxLength={200} autoComplete="off" />}
          </FormField>
          <FormField label={t('factSheet.ozg.themenfeld')}>
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={themenfeld} onChange={(e) => setThemenfeld(e.target.value)}>
                <option value="">{t('factSheet.ozg.allThemenfelder')}</option>
                {(themenfelder.data ?? []).map((f) => <option key={f} value={f}>{f}</option>)}
              </SelectBox>
            )}
          </FormField>
        </div>
        <div className="kern-form-check cdo-fact-check">
          <input className="kern-form-check__checkbox" type="checkbox" id="ozg-municipal" checked={municipalOnly} onChange={(e) => setMunicipalOnly(e.target.checked)} />
          <label className="kern-label" htmlFor="ozg-municipal">{t('factSheet.ozg.municipalOnly')}</label>
        </div>
        {searching && hits.data?.length === 0 ? <p className="kern-body kern-body--muted">{t('factSheet.ozg.noResults')}</p> : null}
        {searching && hits.data?.length ? (
          <ServiceTable rows={hits.data} caption={t('factSheet.ozg.results')} linkedIds={linkedIds} onLink={(x) => void link(x)} />
        ) : null}
      </div>
    </section>
  );
}
