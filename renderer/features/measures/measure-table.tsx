/**
 * The measures table: the title and the columns the CDO chose (in a fixed
 * order), sortable by every shown column header (the core sorts), rows
 * virtualised when there are many so 10,000 measures stay fluid. Rows come
 * from `rowAt` (a paged loader): a row not loaded yet shows as "loading" and
 * is asked for through `need`.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type ReactNode } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Measure, MeasureSortKey, MustReason, RankingRow, ViewColumn } from '../../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { PhaseBadge, PriorityBadge } from '../../components/phase.tsx';
import { currentLang, formatDate, formatMoney, formatNumber } from '../../i18n/index.ts';
import { MustBadges, formatScore } from '../scoring/scoring-parts.tsx';
import '../portfolio-views/portfolio-views.css';

export type SortKey = MeasureSortKey;
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** Above this many rows only the visible ones are rendered. */
export const VIRTUAL_THRESHOLD = 150;
/** A first guess; rows are measured as they render (titles may wrap). */
const ROW_HEIGHT = 72;

/** Ranking figures by measure id, loaded only when a score or rank column is shown. */
export type RankingById = ReadonlyMap<string, RankingRow>;

interface CellContext {
  t: TFunction;
  lang: 'de' | 'en';
  ranking: RankingById | null;
}

interface ColumnDef {
  sort: SortKey;
  numeric?: boolean;
  nowrap?: boolean;
  cell(m: Measure, c: CellContext): ReactNode;
}

const mustOf = (m: Measure): MustReason[] =>
  [m.mustLegal ? 'legal' : null, m.mustCritical ? 'critical' : null, m.mustPolitical ? 'political' : null].filter((r): r is MustReason => r !== null);

const dash = (c: CellContext, srKey: string) => (
  <span className="cdo-muted"><span aria-hidden="true">–</span><span className="kern-sr-only">{c.t(srKey)}</span></span>
);

/** Column key → how it sorts and what its cell shows. The order of VIEW_COLUMNS is the order on screen. */
const COLUMNS: Record<ViewColumn, ColumnDef> = {
  field: { sort: 'field', cell: (m, c) => m.fieldName ?? <span className="cdo-muted">{c.t('measure.noField')}</span> },
  phase: { sort: 'phase', cell: (m) => <PhaseBadge phase={m.phase} /> },
  priority: { sort: 'priority', cell: (m) => <PriorityBadge priority={m.priority} /> },
  start: { sort: 'start', nowrap: true, cell: (m, c) => formatDate(m.start, c.lang) },
  end: { sort: 'end', nowrap: true, cell: (m, c) => formatDate(m.end, c.lang) },
  leadUnit: { sort: 'leadUnit', cell: (m) => m.leadUnit ?? '' },
  projectLead: { sort: 'projectLead', cell: (m) => m.projectLead ?? '' },
  budget: { sort: 'budget', numeric: true, cell: (m, c) => (m.budget == null ? '' : formatMoney(m.budget, c.lang)) },
  progress: { sort: 'progress', numeric: true, nowrap: true, cell: (m, c) => `${formatNumber(m.progress, c.lang)} %` },
  must: { sort: 'must', cell: (m) => <MustBadges must={mustOf(m)} deadline={m.mustLegalDeadline} /> },
  tags: { sort: 'tags', cell: (m, c) => (m.tags.length ? <span className="cdo-cell-tags">{m.tags.join(', ')}</span> : dash(c, 'views.noTags')) },
  score: {
    sort: 'score', numeric: true,
    cell: (m, c) => {
      const total = c.ranking?.get(m.id)?.total ?? null;
      return total === null ? dash(c, 'views.notScored') : formatScore(total, c.lang);
    },
  },
  rank: {
    sort: 'rank', numeric: true,
    cell: (m, c) => {
      const rank = c.ranking?.get(m.id)?.rank ?? null;
      return rank === null ? dash(c, 'views.noRank') : formatNumber(rank, c.lang);
    },
  },
  efa: { sort: 'efa', cell: (m, c) => (m.efaReuse ? c.t('views.yes') : dash(c, 'views.no')) },
};

function PendingRow({ span, index, measure }: { span: number; index: number; measure: (el: HTMLTableRowElement | null) => void }) {
  const { t } = useTranslation();
  return (
    <tr className="kern-table__row cdo-row-pending" data-index={index} ref={measure}>
      <td className="kern-table__cell cdo-muted" colSpan={span}>{t('common.loading')}</td>
    </tr>
  );
}

function Row({ m, columns, c, index, measure }: { m: Measure; columns: readonly ViewColumn[]; c: CellContext; index?: number; measure?: (el: HTMLTableRowElement | null) => void }) {
  return (
    <tr className="kern-table__row" data-index={index} ref={measure}>
      <th scope="row" className="kern-table__cell cdo-cell-title">
        <a className="kern-link cdo-row-link" href={hrefOf('portfolio', m.id)}>{m.title}</a>
        {/* The lead unit reads as a subtitle unless it has a column of its own. */}
        {m.leadUnit && !columns.includes('leadUnit') ? <span className="cdo-cell-sub">{m.leadUnit}</span> : null}
      </th>
      {columns.map((key) => {
        const col = COLUMNS[key];
        return (
          <td key={key} className={`kern-table__cell${col.numeric ? ' kern-table__cell--numeric' : ''}${col.nowrap ? ' cdo-nowrap' : ''}`}>
            {col.cell(m, c)}
          </td>
        );
      })}
    </tr>
  );
}

export function MeasureTable({ total, rowAt, need, columns, sort, onSort, ranking }: {
  total: number;
  rowAt(index: number): Measure | undefined;
  need(from: number, to: number): void;
  columns: readonly ViewColumn[];
  sort: Sort;
  onSort(key: SortKey): void;
  ranking: RankingById | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = total > VIRTUAL_THRESHOLD;
  // TanStack Virtual keeps its own mutable state; this component is simply not memoised by the compiler.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? total : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const items = virtual ? virtualizer.getVirtualItems() : [];
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const from = items[0]?.index ?? 0;
  const to = items[items.length - 1]?.index ?? Math.min(total, VIRTUAL_THRESHOLD) - 1;
  useEffect(() => {
    if (to >= from) need(from, to);
  }, [from, to, need]);
  const c: CellContext = { t, lang, ranking };
  const headers: { key: SortKey; label: string; numeric?: boolean }[] = [
    { key: 'title', label: t('measures.col.title') },
    ...columns.map((key) => ({ key: COLUMNS[key].sort, label: t(`measures.col.${key}`), numeric: COLUMNS[key].numeric })),
  ];
  // With few columns the title takes a third of the width; with many it keeps a readable minimum.
  const wide = columns.length > 6;

  return (
    <div ref={scrollRef} className={`cdo-table-card${virtual ? ' cdo-table-scroll' : ''}`}>
      <table className={`kern-table kern-table--small cdo-measures${wide ? ' cdo-measures--wide' : ''}`} aria-rowcount={total + 1}>
        <caption className="kern-sr-only">{t('measures.caption', { count: total, n: formatNumber(total, lang) })}</caption>
        <thead className="cdo-sticky-head">
          <tr className="kern-table__row">
            {headers.map((h, i) => {
              const active = sort.key === h.key;
              const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
              return (
                <th key={h.key} scope="col" aria-sort={ariaSort} className={`kern-table__header${h.numeric ? ' kern-table__header--numeric' : ''}${i === 0 ? ' cdo-measures__title-col' : ''}`}>
                  <button type="button" className={`cdo-sort${active ? ' cdo-sort--active' : ''}`} onClick={() => onSort(h.key)}>
                    {h.label}
                    <span className={`cdo-sort__icon cdo-sort__icon--${active ? sort.dir : 'none'}`} aria-hidden="true" />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {virtual ? (
            <>
              {padTop > 0 ? <tr aria-hidden="true" style={{ height: padTop }} /> : null}
              {items.map((item) => {
                const m = rowAt(item.index);
                return m ? (
                  <Row key={m.id} m={m} columns={columns} c={c} index={item.index} measure={virtualizer.measureElement} />
                ) : (
                  <PendingRow key={`pending-${item.index}`} span={columns.length + 1} index={item.index} measure={virtualizer.measureElement} />
                );
              })}
              {padBottom > 0 ? <tr aria-hidden="true" style={{ height: padBottom }} /> : null}
            </>
          ) : (
            Array.from({ length: total }, (_, i) => rowAt(i)).map((m) => (m ? <Row key={m.id} m={m} columns={columns} c={c} /> : null))
          )}
        </tbody>
      </table>
    </div>
  );
}
