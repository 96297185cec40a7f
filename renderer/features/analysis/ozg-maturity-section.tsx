/**
 * The OZG-Reifegrad tab: the two charts, then the services of the shipped
 * catalogue (by default those municipalities carry out: LeiKa type 2/3 or 4)
 * with search, Themenfeld and scope filters, and a dialog to record maturity.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OZG_SCOPES, type OzgMaturityRow, type OzgScope } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { rememberedListState } from '../../components/list-state.ts';
import { SelectBox } from '../../components/form-field.tsx';
import { ListResults } from '../../components/list-results.tsx';
import { currentLang, formatDate } from '../../i18n/index.ts';
import { OzgMaturityCharts } from './ozg-maturity-charts.tsx';
import { OzgMaturityDialog, levelLabel } from './ozg-maturity-dialog.tsx';

interface Filters {
  text: string;
  themenfeld: string;
  scope: OzgScope;
}

const useListState = rememberedListState<Filters, null>({ filters: { text: '', themenfeld: '', scope: 'municipal' }, sort: null });

export function OzgMaturitySection({ chartWidth, initialText }: { chartWidth?: number; initialText?: string }) {
  const { t } = useTranslation();
  const id = useId();
  const { filters, setFilters, text } = useListState();
  const [editing, setEditing] = useState<OzgMaturityRow | null>(null);
  useEffect(() => {
    // Opened from a search hit: show that service wherever its scope and Themenfeld are.
    if (initialText) setFilters({ text: initialText, themenfeld: '', scope: 'all' });
  }, [initialText, setFilters]);
  const themenfelder = useLoad((a) => a.listOzgThemenfelder(), []);
  const list = useLoad(
    (a) => a.listOzgMaturity({ query: text, scope: filters.scope, limit: 100, ...(filters.themenfeld ? { themenfeld: filters.themenfeld } : {}) }),
    [text, filters.themenfeld, filters.scope],
  );
  const filtered = !!(filters.text.trim() || filters.themenfeld || filters.scope !== 'municipal');
  return (
    <>
      <OzgMaturityCharts width={chartWidth} />
      <h2 className="kern-heading-medium">{t('ozgMaturity.listTitle')}</h2>
      <form className="cdo-filters" aria-label={t('ozgMaturity.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="kern-form-input cdo-filters__text">
          <label className="kern-label" htmlFor={`${id}-text`}>{t('ozgMaturity.filter.text')}</label>
          <input id={`${id}-text`} className="kern-form-input__input" type="search" value={filters.text} maxLength={200}
            onChange={(e) => setFilters((f) => ({ ...f, text: e.target.value }))} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-field`}>{t('ozgMaturity.col.themenfeld')}</label>
          <SelectBox id={`${id}-field`} value={filters.themenfeld} onChange={(e) => setFilters((f) => ({ ...f, themenfeld: e.target.value }))}>
            <option value="">{t('ozgMaturity.filter.allFields')}</option>
            {(themenfelder.data ?? []).map((f) => <option key={f} value={f}>{f}</option>)}
          </SelectBox>
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-scope`}>{t('ozgMaturity.filter.scope')}</label>
          <SelectBox id={`${id}-scope`} value={filters.scope} onChange={(e) => setFilters((f) => ({ ...f, scope: e.target.value as OzgScope }))}>
            {OZG_SCOPES.map((s) => <option key={s} value={s}>{t(`ozgMaturity.scope.${s}`)}</option>)}
          </SelectBox>
        </div>
        {filtered ? (
          <button type="button" className="kern-btn kern-btn--tertiary cdo-filters__reset" onClick={() => setFilters({ text: '', themenfeld: '', scope: 'municipal' })}>
            <span className="kern-label">{t('ozgMaturity.filter.reset')}</span>
          </button>
        ) : null}
      </form>
      <ListResults list={list} filtered={filtered} prefix="ozgMaturity">
        {(rows) => (
          <>
            <ServiceTable rows={rows} onEdit={setEditing} />
            {list.data && list.data.total > rows.length ? (
              <p className="kern-body kern-body--muted cdo-ozg-more">{t('ozgMaturity.more', { shown: rows.length, total: list.data.total })}</p>
            ) : null}
          </>
        )}
      </ListResults>
      {editing ? <OzgMaturityDialog row={editing} onClose={() => setEditing(null)} onSaved={() => setEditing(null)} /> : null}
    </>
  );
}

function ServiceTable({ rows, onEdit }: { rows: OzgMaturityRow[]; onEdit(r: OzgMaturityRow): void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <div className="cdo-table-card">
      <table className="kern-table kern-table--small">
        <caption className="kern-sr-only">{t('ozgMaturity.caption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('ozgMaturity.col.service')}</th>
            <th scope="col" className="kern-table__header">{t('ozgMaturity.col.maturity')}</th>
            <th scope="col" className="kern-table__header">{t('ozgMaturity.col.unit')}</th>
            <th scope="col" className="kern-table__header">{t('ozgMaturity.col.measures')}</th>
            <th scope="col" className="kern-table__header"><span className="kern-sr-only">{t('ozgMaturity.col.actions')}</span></th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((r) => {
            const m = r.maturity;
            return (
              <tr key={r.service.ozgId} className="kern-table__row">
                <th scope="row" className="kern-table__cell cdo-cell-title">
                  {r.service.name}
                  <span className="cdo-cell-sub">{r.service.themenfeld} · {r.service.lebenslage}</span>
                </th>
                <td className="kern-table__cell">
                  {!m ? <span className="cdo-muted">{t('ozgMaturity.notAssessed')}</span> : !m.relevant ? <span className="cdo-muted">{t('ozgMaturity.notRelevant')}</span> : (
                    <>
                      <span className="cdo-ozg-level" title={m.ist !== null ? levelLabel(t, m.model, m.ist) : undefined}>{t('ozgMaturity.istSoll', { ist: m.ist ?? '–', soll: m.soll ?? '–' })}</span>
                      <span className="cdo-cell-sub cdo-nowrap">
                        {t('ozgMaturity.modelShort', { model: m.model })}
                        {m.assessedOn ? ` · ${formatDate(m.assessedOn, lang)}` : ''}
                      </span>
                    </>
                  )}
                </td>
                <td className="kern-table__cell">
                  {m?.unit}
                  {m?.efaProvider ? <span className="cdo-cell-sub">{t('ozgMaturity.efaFrom', { provider: m.efaProvider })}</span> : null}
                </td>
                <td className="kern-table__cell">
                  {r.measures.length ? (
                    <ul className="cdo-ozg-measures">
                      {r.measures.map((x) => <li key={x.id}><a className="kern-link" href={hrefOf('portfolio', x.id)}>{x.title}</a></li>)}
                    </ul>
                  ) : null}
                </td>
                <td className="kern-table__cell">
                  <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => onEdit(r)}
                    aria-label={t(m ? 'ozgMaturity.editLabel' : 'ozgMaturity.assessLabel', { name: r.service.name })}>
                    <span className="kern-label">{t(m ? 'ozgMaturity.edit' : 'ozgMaturity.assess')}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="kern-body kern-body--small kern-body--muted cdo-ozg-source">{t('ozgMaturity.source')}</p>
    </div>
  );
}
