/** Portfolio → Maßnahmen: filters, the sortable table and "Neue Maßnahme". */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, PRIORITIES, type Phase, type Priority } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { useUndo } from '../../app/undo.tsx';
import { Alert } from '../../components/alert.tsx';
import { SelectBox } from '../../components/form-field.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { clearFlash, peekFlash, type Flash } from './flash.ts';
import { MeasureTable, type Sort, type SortKey } from './measure-table.tsx';

interface Filters {
  text: string;
  fieldId: string;
  phase: '' | Phase;
  priority: '' | Priority;
}

// Kept for the session, so coming back from a measure shows the same list.
const remembered: { filters: Filters; sort: Sort } = {
  filters: { text: '', fieldId: '', phase: '', priority: '' },
  sort: { key: 'updatedAt', dir: 'desc' },
};

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setV(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return v;
}

export function MeasuresView() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const { undo, generation } = useUndo();
  const id = useId();
  const [filters, setFilters] = useState<Filters>(remembered.filters);
  const [sort, setSort] = useState<Sort>(remembered.sort);
  const [flashState, setFlashState] = useState<{ flash: Flash; generation: number } | null>(() => {
    const f = peekFlash();
    return f ? { flash: f, generation } : null;
  });
  useEffect(clearFlash, []);
  // After an undo or redo the message about the last save no longer holds.
  const flash = flashState && flashState.generation === generation ? flashState.flash : null;
  const text = useDebounced(filters.text.trim(), 250);
  useEffect(() => {
    remembered.filters = filters;
    remembered.sort = sort;
  }, [filters, sort]);

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
      {flash ? (
        <div className="cdo-flash">
          <Alert
            kind="success"
            title={flash.text}
            actions={
              <>
                {flash.undoable ? (
                  <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" onClick={() => void undo()}>
                    <span className="kern-label">{t('undo.undo')}</span>
                  </button>
                ) : null}
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setFlashState(null)}>
                  <span className="kern-label">{t('common.dismiss')}</span>
                </button>
              </>
            }
          />
        </div>
      ) : null}

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

      <output className="kern-body kern-body--muted cdo-count cdo-status" aria-live="polite">
        {list.data ? t(filtered ? 'measures.countFiltered' : 'measures.count', { count: list.data.total, n: formatNumber(list.data.total, lang) }) : ''}
      </output>

      {list.error ? (
        <Alert kind="danger" title={t('measures.loadError')}>
          <p className="kern-body">{list.error.message}</p>
        </Alert>
      ) : null}
      {!list.data && !list.error ? <Loading label={t('common.loading')} /> : null}
      {list.data && list.data.rows.length === 0 ? (
        <div className="kern-card kern-card--hug cdo-empty">
          <div className="kern-card__container">
            <p className="kern-body">{filtered ? t('measures.noneFiltered') : t('measures.none')}</p>
          </div>
        </div>
      ) : null}
      {list.data && list.data.rows.length > 0 ? <MeasureTable rows={list.data.rows} sort={sort} onSort={onSort} /> : null}
    </>
  );
}
