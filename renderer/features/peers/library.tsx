/**
 * The peer library (#/peers): every imported peer project, read-only, with
 * publisher, licence and import date; filters by field, OZG service, status,
 * publisher, Land, year and budget; search with German folding (the core folds).
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PEER_STATUSES, type PeerProjectSummary, type PeerStatus } from '../../../api/index.ts';
import { useLoad, type Loaded } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { SelectBox } from '../../components/form-field.tsx';
import { ListResults } from '../../components/list-results.tsx';
import { rememberedListState, useDebounced } from '../../components/list-state.ts';
import { currentLang, formatMoney, formatNumber } from '../../i18n/index.ts';
import { PeerOrigin, PeerStatusBadge, periodText } from './peer-labels.tsx';

interface Filters {
  text: string;
  fieldId: string;
  ozgId: string;
  status: '' | PeerStatus;
  publisher: string;
  land: string;
  year: string;
  budgetMin: string;
  budgetMax: string;
}

const EMPTY: Filters = { text: '', fieldId: '', ozgId: '', status: '', publisher: '', land: '', year: '', budgetMin: '', budgetMax: '' };
const useListState = rememberedListState<Filters, null>({ filters: EMPTY, sort: null });
const PAGE = 100;

/** A typed number, or undefined while the box is empty or holds no number. */
const numberOf = (text: string) => (text.trim() && Number.isFinite(Number(text)) ? Number(text) : undefined);

export function PeerLibrary() {
  const { t } = useTranslation();
  const id = useId();
  const { filters, setFilters, text } = useListState();
  const [limit, setLimit] = useState(PAGE);
  const facets = useLoad((a) => a.listPeerFacets(), []);
  const numbers = useDebounced(`${filters.year}|${filters.budgetMin}|${filters.budgetMax}`, 300);
  const [year, budgetMin, budgetMax] = numbers.split('|').map(numberOf);
  const list = useLoad(
    (a) => a.listPeerProjects({
      ...(text ? { query: text } : {}),
      ...(filters.fieldId ? { fieldId: filters.fieldId } : {}),
      ...(filters.ozgId ? { ozgId: filters.ozgId } : {}),
      ...(filters.status ? { status: filters.status } : {}),
      ...(filters.publisher ? { publisher: filters.publisher } : {}),
      ...(filters.land ? { land: filters.land } : {}),
      ...(year !== undefined && year >= 1990 && year <= 2100 ? { year: Math.trunc(year) } : {}),
      ...(budgetMin !== undefined && budgetMin >= 0 ? { budgetMin } : {}),
      ...(budgetMax !== undefined && budgetMax >= 0 && (budgetMin === undefined || budgetMax >= budgetMin) ? { budgetMax } : {}),
      limit,
    }),
    [text, filters.fieldId, filters.ozgId, filters.status, filters.publisher, filters.land, numbers, limit],
  );
  const filtered = Object.entries(filters).some(([, v]) => v.trim() !== '');
  const set = (key: keyof Filters) => (e: { target: { value: string } }) => {
    setLimit(PAGE);
    setFilters((f) => ({ ...f, [key]: e.target.value }));
  };
  const f = facets.data;

  // An empty library has nothing to filter: say what to do instead.
  if (f && f.total === 0) {
    return (
      <div className="kern-card kern-card--hug cdo-empty">
        <div className="kern-card__container">
          <p className="kern-body">{t('peers.none')}</p>
          <a className="kern-btn kern-btn--secondary" href={hrefOf('peers', 'import')}>
            <span className="kern-icon kern-icon--drive-folder-upload kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('peers.import')}</span>
          </a>
        </div>
      </div>
    );
  }

  return (
    <>
      <form className="cdo-filters cdo-peer-filters" aria-label={t('peers.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="kern-form-input cdo-filters__text">
          <label className="kern-label" htmlFor={`${id}-text`}>{t('peers.filter.text')}</label>
          <input id={`${id}-text`} className="kern-form-input__input" type="search" value={filters.text} onChange={set('text')} placeholder={t('peers.filter.textPlaceholder')} />
        </div>
        <Facet id={`${id}-field`} label={t('peers.filter.field')} value={filters.fieldId} onChange={set('fieldId')}
          options={(f?.fields ?? []).map((x) => ({ value: x.fieldId ?? 'none', label: x.name ?? t('peers.filter.fieldNone'), count: x.count }))} />
        <Facet id={`${id}-status`} label={t('peers.filter.status')} value={filters.status} onChange={set('status')}
          options={PEER_STATUSES.flatMap((s) => { const c = f?.statuses.find((x) => x.status === s); return c ? [{ value: s, label: t(`peers.status.${s}`), count: c.count }] : []; })} />
        <Facet id={`${id}-publisher`} label={t('peers.filter.publisher')} value={filters.publisher} onChange={set('publisher')}
          options={(f?.publishers ?? []).map((x) => ({ value: x.name, label: x.name, count: x.count }))} />
        <Facet id={`${id}-land`} label={t('peers.filter.land')} value={filters.land} onChange={set('land')}
          options={(f?.lands ?? []).map((x) => ({ value: x.key, label: x.name, count: x.count }))} />
        <Facet id={`${id}-ozg`} label={t('peers.filter.ozg')} value={filters.ozgId} onChange={set('ozgId')}
          options={(f?.ozg ?? []).map((x) => ({ value: x.ozgId, label: x.name ? `${x.name} (${x.ozgId})` : x.ozgId, count: x.count }))} />
        <div className="kern-form-input cdo-peer-filters__number">
          <label className="kern-label" htmlFor={`${id}-year`}>{t('peers.filter.year')}</label>
          <input id={`${id}-year`} className="kern-form-input__input" inputMode="numeric" value={filters.year} onChange={set('year')}
            placeholder={f?.years ? `${f.years.min}–${f.years.max}` : ''} />
        </div>
        <div className="kern-form-input cdo-peer-filters__number">
          <label className="kern-label" htmlFor={`${id}-bmin`}>{t('peers.filter.budgetMin')}</label>
          <input id={`${id}-bmin`} className="kern-form-input__input" inputMode="numeric" value={filters.budgetMin} onChange={set('budgetMin')} />
        </div>
        <div className="kern-form-input cdo-peer-filters__number">
          <label className="kern-label" htmlFor={`${id}-bmax`}>{t('peers.filter.budgetMax')}</label>
          <input id={`${id}-bmax`} className="kern-form-input__input" inputMode="numeric" value={filters.budgetMax} onChange={set('budgetMax')} />
        </div>
        {filtered ? (
          <button type="button" className="kern-btn kern-btn--tertiary cdo-filters__reset" onClick={() => setFilters(EMPTY)}>
            <span className="kern-label">{t('peers.filter.reset')}</span>
          </button>
        ) : null}
      </form>
      <ListResults list={list} filtered={filtered} prefix="peers">
        {(rows) => <PeerTable rows={rows} list={list} onMore={() => setLimit((l) => l + PAGE)} />}
      </ListResults>
    </>
  );
}

function Facet({ id, label, value, onChange, options }: {
  id: string; label: string; value: string; onChange(e: { target: { value: string } }): void; options: { value: string; label: string; count: number }[];
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={id}>{label}</label>
      <SelectBox id={id} value={value} onChange={onChange}>
        <option value="">{t('peers.filter.all')}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{`${o.label} (${formatNumber(o.count, currentLang(i18n))})`}</option>)}
      </SelectBox>
    </div>
  );
}

function PeerTable({ rows, list, onMore }: { rows: PeerProjectSummary[]; list: Loaded<{ total: number }>; onMore(): void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const rest = (list.data?.total ?? 0) - rows.length;
  return (
    <>
      <div className="cdo-table-card cdo-peer-scroll">
        <table className="kern-table kern-table--small cdo-peer-table">
          <caption className="kern-sr-only">{t('peers.caption')}</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t('peers.col.title')}</th>
              <th scope="col" className="kern-table__header">{t('peers.col.field')}</th>
              <th scope="col" className="kern-table__header">{t('peers.col.status')}</th>
              <th scope="col" className="kern-table__header">{t('peers.col.period')}</th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">{t('peers.col.budget')}</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {rows.map((p) => (
              <tr key={p.id} className="kern-table__row">
                <th scope="row" className="kern-table__cell cdo-cell-title">
                  <a className="kern-link cdo-row-link" href={hrefOf('peers', 'project', p.id)}>{p.title}</a>
                  <PeerOrigin p={p} />
                </th>
                <td className="kern-table__cell">{p.fieldName ?? p.field ?? ''}</td>
                <td className="kern-table__cell"><PeerStatusBadge status={p.status} /></td>
                <td className="kern-table__cell cdo-nowrap">{periodText(p.start, p.end, lang)}</td>
                <td className="kern-table__cell kern-table__cell--numeric cdo-nowrap">{p.budget === null ? '' : formatMoney(p.budget, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rest > 0 ? (
        <button type="button" className="kern-btn kern-btn--secondary cdo-peer-more" onClick={onMore}>
          <span className="kern-label">{t('peers.more', { n: formatNumber(Math.min(rest, PAGE), lang) })}</span>
        </button>
      ) : null}
    </>
  );
}
