/** Portfolio → Maßnahmen: filters, the sortable table and "Neue Maßnahme". */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, PRIORITIES, type Phase, type Priority } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { FlashMessage, useFlash } from '../../app/flash.tsx';
import { rememberedListState } from '../../components/list-state.ts';
import { SelectBox } from '../../components/form-field.tsx';
import { ListResults } from '../../components/list-results.tsx';
import { PageHeader } from '../../components/page.tsx';
import { PortfolioNav } from '../portfolio/portfolio-nav.tsx';
import { MeasureTable, type Sort, type SortKey } from './measure-table.tsx';

interface Filters {
  text: string;
  fieldId: string;
  phase: '' | Phase;
  priority: '' | Priority;
}

// Kept for the session, so coming back from a measure shows the same list.
const useListState = rememberedListState<Filters, Sort>({
  filters: { text: '', fieldId: '', phase: '', priority: '' },
  sort: { key: 'updatedAt', dir: 'desc' },
});


export function MeasuresView() {
  const { t } = useTranslation();
  const id = useId();
  const { filters, setFilters, sort, setSort, text } = useListState();
  const { flash, dismiss } = useFlash();

  const fields = useLoad((a) => a.listFields(), []);
  const list = useLoad(
    (a) =>
      a.listMeasures({
        ...(text ? { query: text } : {}),
        ...(filters.fieldId ? { fieldId: filters.fieldId } : {}),
        ...(filters.phase ? { phase: filters.phase } : {}),
        ...(filters.priority ? { priority: filters.priority } : {}),
        sort: sort.key,
        dir: sort.dir,
        limit: 20_000,
      }),
    [text, filters.fieldId, filters.phase, filters.priority, sort.key, sort.dir],
  );

  const onSort = (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' }));
  const set = <K extends keyof Filters>(key: K) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setFilters((f) => ({ ...f, [key]: e.target.value as Filters[K] }));
  const filtered = !!(filters.text.trim() || filters.fieldId || filters.phase || filters.priority);

  return (
    <>
      <PortfolioNav current="measures" />
      <PageHeader
        title={t('measures.title')}
        lead={t('measures.lead')}
        actions={
          <a className="kern-btn kern-btn--primary" href={hrefOf('portfolio', 'new')}>
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('measures.new')}</span>
          </a>
        }
      />
      <FlashMessage flash={flash} onDismiss={dismiss} />

      <form className="cdo-filters" aria-label={t('measures.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="kern-form-input cdo-filters__text">
          <label className="kern-label" htmlFor={`${id}-text`}>{t('measures.filter.text')}</label>
          <input id={`${id}-text`} className="kern-form-input__input" type="search" value={filters.text} onChange={set('text')} placeholder={t('measures.filter.textPlaceholder')} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-field`}>{t('measures.filter.field')}</label>
          <SelectBox id={`${id}-field`} value={filters.fieldId} onChange={set('fieldId')}>
            <option value="">{t('measures.filter.all')}</option>
            {fields.data?.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
          </SelectBox>
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-phase`}>{t('measures.filter.phase')}</label>
          <SelectBox id={`${id}-phase`} value={filters.phase} onChange={set('phase')}>
            <option value="">{t('measures.filter.all')}</option>
            {PHASES.map((p) => <option key={p} value={p}>{t(`phase.${p}`)}</option>)}
          </SelectBox>
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-priority`}>{t('measures.filter.priority')}</label>
          <SelectBox id={`${id}-priority`} value={filters.priority} onChange={set('priority')}>
            <option value="">{t('measures.filter.all')}</option>
            {PRIORITIES.map((p) => <option key={p} value={p}>{t(`priority.${p}`)}</option>)}
          </SelectBox>
        </div>
        {filtered ? (
          <button type="button" className="kern-btn kern-btn--tertiary cdo-filters__reset" onClick={() => setFilters({ text: '', fieldId: '', phase: '', priority: '' })}>
            <span className="kern-label">{t('measures.filter.reset')}</span>
          </button>
        ) : null}
      </form>

      <ListResults list={list} filtered={filtered} prefix="measures">
        {(rows) => <MeasureTable rows={rows} sort={sort} onSort={onSort} />}
      </ListResults>
    </>
  );
}
