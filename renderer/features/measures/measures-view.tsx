/**
 * Portfolio → Maßnahmen: filters, the table with chosen columns (or the board
 * by phase), saved views and "Neue Maßnahme". Columns, filters, sort, the
 * mode and the applied view are remembered for the session.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FUNDING_FILTERS, LIGHT_FILTERS, MUST_FILTERS, PHASES, PRIORITIES, type ApiClient, type Phase, type SavedView, type ViewColumn, type ViewFilters } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { FlashMessage, useFlash } from '../../app/flash.tsx';
import { SelectBox } from '../../components/form-field.tsx';
import { ListResults } from '../../components/list-results.tsx';
import { PageHeader } from '../../components/page.tsx';
import { PortfolioNav } from '../portfolio/portfolio-nav.tsx';
import { MeasureBoard, type BoardQuery } from '../portfolio-views/measure-board.tsx';
import { usePagedMeasures } from '../portfolio-views/paged-measures.ts';
import { standardConfig, useRememberedView } from '../portfolio-views/remembered-view.ts';
import { ViewBar } from '../portfolio-views/view-bar.tsx';
import { MeasureTable, type RankingById, type Sort, type SortKey } from './measure-table.tsx';

type Filters = ViewFilters;
const NO_FILTERS: Filters = standardConfig().filters;

/** Keys whose interesting end is the top: the first click sorts them descending. */
const DESC_FIRST = new Set<SortKey>(['score', 'must', 'efa', 'progress', 'updatedAt']);

function listQuery(f: Filters, text: string): BoardQuery & { phase?: Phase } {
  return {
    ...(text ? { query: text } : {}),
    ...(f.fieldId ? { fieldId: f.fieldId } : {}),
    ...(f.phase ? { phase: f.phase } : {}),
    ...(f.priority ? { priority: f.priority } : {}),
    ...(f.leadUnit ? { leadUnit: f.leadUnit } : {}),
    ...(f.tag ? { tag: f.tag } : {}),
    ...(f.must ? { must: f.must === 'yes' } : {}),
    ...(f.light ? { light: f.light } : {}),
    ...(f.funding ? { funding: f.funding } : {}),
  };
}

function TableMode({ filters, text, sort, onSort, columns, filtered }: {
  filters: Filters; text: string; sort: Sort; onSort(key: SortKey): void; columns: ViewColumn[]; filtered: boolean;
}) {
  const paged = usePagedMeasures({ ...listQuery(filters, text), sort: sort.key, dir: sort.dir });
  // Score and rank are the ranking page's figures, fetched once and joined by id (never recomputed here).
  const wantsRanking = columns.includes('score') || columns.includes('rank');
  const ranking = useLoad(
    (a: ApiClient) => (wantsRanking ? a.getRanking({}) : Promise.resolve({ ok: true as const, value: null })),
    [wantsRanking],
  );
  const byId: RankingById | null = ranking.data ? new Map(ranking.data.rows.map((r) => [r.measureId, r])) : null;
  return (
    <ListResults list={paged.first} filtered={filtered} prefix="measures">
      {() => <MeasureTable total={paged.total} rowAt={paged.rowAt} need={paged.need} columns={columns} sort={sort} onSort={onSort} ranking={byId} />}
    </ListResults>
  );
}

export function MeasuresView() {
  const { t } = useTranslation();
  const id = useId();
  // Kept for the session, so coming back from a measure shows the same list.
  const { config, setConfig, mode, setMode, viewId, setViewId, text } = useRememberedView();
  const { filters, sort, columns } = config;
  const setFilters = (next: (f: Filters) => Filters) => setConfig((c) => ({ ...c, filters: next(c.filters) }));
  const setSort = (next: (s: Sort) => Sort) => setConfig((c) => ({ ...c, sort: next(c.sort) }));
  const setColumns = (next: ViewColumn[]) => setConfig((c) => ({ ...c, columns: next }));
  const [note, setNote] = useState('');
  const { flash, dismiss } = useFlash();

  const fields = useLoad((a) => a.listFields(), []);
  const facets = useLoad((a) => a.listMeasureFacets(), []);
  const views = useLoad((a) => a.listViews(), []);
  const selected = views.data?.find((v) => v.id === viewId) ?? null;
  const current = { ...config, filters: { ...filters, text: filters.text.trim() } };

  const apply = (view: SavedView | null) => {
    setConfig(view?.config ?? standardConfig());
    setViewId(view?.id ?? null);
    setNote(view ? t('views.saved.applied', { name: view.name }) : t('views.saved.standardApplied'));
  };

  const onSort = (key: SortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: DESC_FIRST.has(key) ? 'desc' : 'asc' }));
  const set = <K extends keyof Filters>(key: K) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setFilters((f) => ({ ...f, [key]: e.target.value as Filters[K] }));
  const filtered = !!(filters.text.trim() || filters.fieldId || filters.phase || filters.priority || filters.leadUnit || filters.tag || filters.must || filters.light || filters.funding);
  const { phase: _phase, ...boardFilters } = filters;

  const select = (key: 'fieldId' | 'phase' | 'priority' | 'leadUnit' | 'tag' | 'must' | 'light' | 'funding', label: string, options: { value: string; label: string }[]) => (
    <div className="kern-form-input">
      <label className="kern-label" htmlFor={`${id}-${key}`}>{label}</label>
      <SelectBox id={`${id}-${key}`} value={filters[key]} onChange={set(key)}>
        <option value="">{t('measures.filter.all')}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        {/* A saved view may name a value no measure carries any more: keep it visible rather than silently dropping it. */}
        {filters[key] && !options.some((o) => o.value === filters[key]) ? <option value={filters[key]}>{filters[key]}</option> : null}
      </SelectBox>
    </div>
  );

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
        {select('fieldId', t('measures.filter.field'), (fields.data ?? []).map((f) => ({ value: f.id, label: f.name })))}
        {mode === 'table' ? select('phase', t('measures.filter.phase'), PHASES.map((p) => ({ value: p, label: t(`phase.${p}`) }))) : null}
        {select('priority', t('measures.filter.priority'), PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) })))}
        {select('leadUnit', t('measures.filter.leadUnit'), (facets.data?.leadUnits ?? []).map((u) => ({ value: u, label: u })))}
        {select('tag', t('measures.filter.tag'), (facets.data?.tags ?? []).map((u) => ({ value: u, label: u })))}
        {select('must', t('measures.filter.must'), MUST_FILTERS.map((m) => ({ value: m, label: t(`measures.filter.must_${m}`) })))}
        {select('light', t('measures.filter.light'), LIGHT_FILTERS.map((l) => ({ value: l, label: t(`measures.filter.light_${l}`) })))}
        {select('funding', t('measures.filter.funding'), FUNDING_FILTERS.map((f) => ({ value: f, label: t(`measures.filter.funding_${f}`) })))}
        {filtered ? (
          <button type="button" className="kern-btn kern-btn--tertiary cdo-filters__reset" onClick={() => setFilters(() => NO_FILTERS)}>
            <span className="kern-label">{t('measures.filter.reset')}</span>
          </button>
        ) : null}
      </form>

      <ViewBar
        mode={mode}
        onMode={setMode}
        views={views.data ?? []}
        selected={selected}
        config={current}
        onApply={apply}
        onSaved={(v) => {
          setViewId(v.id);
          setNote(t('views.saved.saved', { name: v.name }));
        }}
        onDeleted={(v) => {
          setViewId(null);
          setNote(t('views.saved.deleted', { name: v.name }));
        }}
        onColumns={setColumns}
      />
      <output className="kern-body kern-body--small cdo-muted cdo-viewbar__note cdo-status" aria-live="polite">{note}</output>

      {mode === 'table' ? (
        <TableMode filters={filters} text={text} sort={sort} onSort={onSort} columns={columns} filtered={filtered} />
      ) : (
        <MeasureBoard
          query={listQuery({ ...boardFilters, phase: '' }, text)}
          onShowPhase={(phase) => {
            setFilters((f) => ({ ...f, phase }));
            setMode('table');
          }}
        />
      )}
    </>
  );
}
