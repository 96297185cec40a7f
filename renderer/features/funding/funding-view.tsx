/**
 * The Förderung module (#/funding): the catalogue of funding programmes with
 * search and funder filter, the deadlines of the next 90 days, and the pages
 * #/funding/new, #/funding/import and #/funding/<id>. Imports only api/ and
 * renderer code, like every feature.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDERS, type Funder, type FundingProgramme } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { FlashMessage, useFlash } from '../../app/flash.tsx';
import { rememberedListState } from '../../components/list-state.ts';
import { SelectBox } from '../../components/form-field.tsx';
import { ListResults } from '../../components/list-results.tsx';
import { PageHeader } from '../../components/page.tsx';
import { currentLang, formatDate, formatNumber } from '../../i18n/index.ts';
import { DeadlinesPanel } from './deadlines-panel.tsx';
import { ProgrammeEditView } from './programme-edit-view.tsx';
import { ProgrammeImportView } from './programme-import.tsx';
import './funding.css';

interface Filters {
  text: string;
  funder: '' | Funder;
}

/** Today in the user's time zone, as YYYY-MM-DD. */
const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

const useListState = rememberedListState<Filters, null>({ filters: { text: '', funder: '' }, sort: null });

export function FundingView({ rest }: { rest: string[] }) {
  if (rest[0] === 'import') return <ProgrammeImportView />;
  if (rest[0]) return <ProgrammeEditView key={rest[0]} id={rest[0] === 'new' ? null : rest[0]} />;
  return <Catalogue />;
}

function Catalogue() {
  const { t } = useTranslation();
  const id = useId();
  const { filters, setFilters, text } = useListState();
  const { flash, dismiss } = useFlash();
  const list = useLoad(
    (a) => a.listFundingProgrammes({ ...(text ? { query: text } : {}), ...(filters.funder ? { funder: filters.funder } : {}) }),
    [text, filters.funder],
  );
  const filtered = !!(filters.text.trim() || filters.funder);

  return (
    <>
      <PageHeader
        title={t('funding.title')}
        lead={t('funding.lead')}
        actions={
          <>
            <a className="kern-btn kern-btn--secondary" href={hrefOf('funding', 'import')}>
              <span className="kern-icon kern-icon--drive-folder-upload kern-icon--small" aria-hidden="true" />
              <span className="kern-label">{t('funding.import')}</span>
            </a>
            <a className="kern-btn kern-btn--primary" href={hrefOf('funding', 'new')}>
              <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
              <span className="kern-label">{t('funding.new')}</span>
            </a>
          </>
        }
      />
      <FlashMessage flash={flash} onDismiss={dismiss} />
      <DeadlinesPanel />
      <form className="cdo-filters" aria-label={t('funding.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="kern-form-input cdo-filters__text">
          <label className="kern-label" htmlFor={`${id}-text`}>{t('funding.filter.text')}</label>
          <input id={`${id}-text`} className="kern-form-input__input" type="search" value={filters.text}
            onChange={(e) => setFilters((f) => ({ ...f, text: e.target.value }))} placeholder={t('funding.filter.textPlaceholder')} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-funder`}>{t('funding.filter.funder')}</label>
          <SelectBox id={`${id}-funder`} value={filters.funder} onChange={(e) => setFilters((f) => ({ ...f, funder: e.target.value as Filters['funder'] }))}>
            <option value="">{t('funding.filter.all')}</option>
            {FUNDERS.map((f) => <option key={f} value={f}>{t(`funding.funder.${f}`)}</option>)}
          </SelectBox>
        </div>
        {filtered ? (
          <button type="button" className="kern-btn kern-btn--tertiary cdo-filters__reset" onClick={() => setFilters({ text: '', funder: '' })}>
            <span className="kern-label">{t('funding.filter.reset')}</span>
          </button>
        ) : null}
      </form>
      <ListResults list={list} filtered={filtered} prefix="funding">
        {(rows) => <ProgrammeTable rows={rows} />}
      </ListResults>
    </>
  );
}

function ProgrammeTable({ rows }: { rows: FundingProgramme[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const pct = (v: number | null) => (v === null ? '' : formatNumber(v, lang));
  const today = localToday();
  return (
    <div className="cdo-table-card">
      <table className="kern-table kern-table--small cdo-programmes">
        <caption className="kern-sr-only">{t('funding.caption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('funding.col.name')}</th>
            <th scope="col" className="kern-table__header">{t('funding.col.funder')}</th>
            <th scope="col" className="kern-table__header">{t('funding.col.quota')}</th>
            <th scope="col" className="kern-table__header">{t('funding.col.deadline')}</th>
            <th scope="col" className="kern-table__header">{t('funding.col.fields')}</th>
            <th scope="col" className="kern-table__header kern-table__header--numeric">{t('funding.col.applications')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((p) => (
            <tr key={p.id} className="kern-table__row">
              <th scope="row" className="kern-table__cell cdo-cell-title">
                <a className="kern-link cdo-row-link" href={hrefOf('funding', p.id)}>{p.name}</a>
                {p.eligible ? <span className="cdo-cell-sub">{p.eligible}</span> : null}
              </th>
              <td className="kern-table__cell"><span className={`cdo-funder cdo-funder--${p.funder}`}>{t(`funding.funder.${p.funder}`)}</span></td>
              <td className="kern-table__cell cdo-nowrap">
                {p.maxQuota !== null ? t('funding.upTo', { value: pct(p.maxQuota) }) : null}
                {p.minOwnShare !== null ? <span className="cdo-cell-sub">{t('funding.col.ownShare')} {t('funding.atLeast', { value: pct(p.minOwnShare) })}</span> : null}
              </td>
              <td className="kern-table__cell cdo-nowrap">
                {p.deadline ? formatDate(p.deadline, lang) : <span className="cdo-muted">{t('funding.noDeadline')}</span>}
                {p.deadline && p.deadline < today ? <span className="cdo-cell-sub">{t('funding.expired')}</span> : null}
              </td>
              <td className="kern-table__cell">{p.fields}</td>
              <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(p.applicationCount, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
