/**
 * The measures table: sortable by its column headers (the core sorts), rows
 * virtualised when there are many so 10,000 measures stay fluid.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { PhaseBadge, PriorityBadge } from '../../components/phase.tsx';
import { currentLang, formatDate, formatMoney, formatNumber } from '../../i18n/index.ts';

export type SortKey = 'title' | 'field' | 'phase' | 'priority' | 'start' | 'end' | 'budget' | 'updatedAt';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

/** Above this many rows only the visible ones are rendered. */
export const VIRTUAL_THRESHOLD = 150;
/** A first guess; rows are measured as they render (titles may wrap). */
const ROW_HEIGHT = 72;

const COLUMNS: { key: Exclude<SortKey, 'updatedAt'>; numeric?: boolean; width?: string }[] = [
  { key: 'title', width: '34%' },
  { key: 'field', width: '20%' },
  { key: 'phase' },
  { key: 'priority' },
  { key: 'start' },
  { key: 'end' },
  { key: 'budget', numeric: true },
];

function Row({ m, lang, index, measure }: { m: Measure; lang: 'de' | 'en'; index?: number; measure?: (el: HTMLTableRowElement | null) => void }) {
  const { t } = useTranslation();
  return (
    <tr className="kern-table__row" data-index={index} ref={measure}>
      <th scope="row" className="kern-table__cell cdo-cell-title">
        <a className="kern-link cdo-row-link" href={hrefOf('portfolio', m.id)}>{m.title}</a>
        {m.leadUnit ? <span className="cdo-cell-sub">{m.leadUnit}</span> : null}
      </th>
      <td className="kern-table__cell">{m.fieldName ?? <span className="cdo-muted">{t('measure.noField')}</span>}</td>
      <td className="kern-table__cell"><PhaseBadge phase={m.phase} /></td>
      <td className="kern-table__cell"><PriorityBadge priority={m.priority} /></td>
      <td className="kern-table__cell cdo-nowrap">{formatDate(m.start, lang)}</td>
      <td className="kern-table__cell cdo-nowrap">{formatDate(m.end, lang)}</td>
      <td className="kern-table__cell kern-table__cell--numeric">{m.budget == null ? '' : formatMoney(m.budget, lang)}</td>
    </tr>
  );
}

export function MeasureTable({ rows, sort, onSort }: { rows: Measure[]; sort: Sort; onSort(key: SortKey): void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = rows.length > VIRTUAL_THRESHOLD;
  // TanStack Virtual keeps its own mutable state; this component is simply not memoised by the compiler.
  // oxlint-disable-next-line react/incompatible-library
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const items = virtual ? virtualizer.getVirtualItems() : [];
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtual ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;

  return (
    <div ref={scrollRef} className={`cdo-table-card${virtual ? ' cdo-table-scroll' : ''}`}>
      <table className="kern-table kern-table--small cdo-measures" aria-rowcount={rows.length + 1}>
        <caption className="kern-sr-only">{t('measures.caption', { count: rows.length, n: formatNumber(rows.length, lang) })}</caption>
        <thead className="cdo-sticky-head">
          <tr className="kern-table__row">
            {COLUMNS.map((c) => {
              const active = sort.key === c.key;
              const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
              return (
                <th key={c.key} scope="col" aria-sort={ariaSort} className={`kern-table__header${c.numeric ? ' kern-table__header--numeric' : ''}`} style={c.width ? { width: c.width } : undefined}>
                  <button type="button" className={`cdo-sort${active ? ' cdo-sort--active' : ''}`} onClick={() => onSort(c.key)}>
                    {t(`measures.col.${c.key}`)}
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
                const m = rows[item.index]!;
                return <Row key={m.id} m={m} lang={lang} index={item.index} measure={virtualizer.measureElement} />;
              })}
              {padBottom > 0 ? <tr aria-hidden="true" style={{ height: padBottom }} /> : null}
            </>
          ) : (
            rows.map((m) => <Row key={m.id} m={m} lang={lang} />)
          )}
        </tbody>
      </table>
    </div>
  );
}
