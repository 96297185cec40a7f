/** The ideas table: sortable by title, date and status (the core sorts); an adopted idea links to its measure. */
import { useTranslation } from 'react-i18next';
import type { Idea } from '../../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { currentLang, formatDate, formatNumber } from '../../i18n/index.ts';
import { IdeaStatusBadge } from './idea-status.tsx';

export type IdeaSortKey = 'title' | 'submittedOn' | 'status';
export interface IdeaSort {
  key: IdeaSortKey;
  dir: 'asc' | 'desc';
}

const COLUMNS: { key: 'title' | 'source' | 'field' | 'submittedOn' | 'status'; sortable: boolean; width?: string }[] = [
  { key: 'title', sortable: true, width: '36%' },
  { key: 'source', sortable: false },
  { key: 'field', sortable: false },
  { key: 'submittedOn', sortable: true },
  { key: 'status', sortable: true, width: '22%' },
];

export function IdeaTable({ rows, sort, onSort }: { rows: Idea[]; sort: IdeaSort; onSort(key: IdeaSortKey): void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <div className="cdo-table-card">
      <table className="kern-table kern-table--small cdo-ideas">
        <caption className="kern-sr-only">{t('ideas.caption', { count: rows.length, n: formatNumber(rows.length, lang) })}</caption>
        <thead>
          <tr className="kern-table__row">
            {COLUMNS.map((c) => {
              if (!c.sortable) return <th key={c.key} scope="col" className="kern-table__header" style={c.width ? { width: c.width } : undefined}>{t(`ideas.col.${c.key}`)}</th>;
              const key = c.key as IdeaSortKey;
              const active = sort.key === key;
              return (
                <th key={c.key} scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'} className="kern-table__header" style={c.width ? { width: c.width } : undefined}>
                  <button type="button" className={`cdo-sort${active ? ' cdo-sort--active' : ''}`} onClick={() => onSort(key)}>
                    {t(`ideas.col.${c.key}`)}
                    <span className={`cdo-sort__icon cdo-sort__icon--${active ? sort.dir : 'none'}`} aria-hidden="true" />
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((i) => (
            <tr key={i.id} className="kern-table__row">
              <th scope="row" className="kern-table__cell cdo-cell-title">
                <a className="kern-link cdo-row-link" href={hrefOf('portfolio', 'ideas', i.id)}>{i.title}</a>
                {i.submitter ? <span className="cdo-cell-sub">{i.submitter}</span> : null}
              </th>
              <td className="kern-table__cell">{t(`ideas.source.${i.source}`)}</td>
              <td className="kern-table__cell">{i.fieldName ?? <span className="cdo-muted">{t('ideas.noField')}</span>}</td>
              <td className="kern-table__cell cdo-nowrap">{formatDate(i.submittedOn, lang)}</td>
              <td className="kern-table__cell">
                <IdeaStatusBadge status={i.status} />
                {i.status === 'adopted' && i.measureId ? (
                  <a className="kern-link cdo-idea-to-measure" href={hrefOf('portfolio', i.measureId)}>
                    <span className="kern-icon kern-icon--arrow-forward kern-icon--small" aria-hidden="true" />
                    <span className="kern-sr-only">{t('ideas.toMeasure')}: </span>
                    {i.measureTitle}
                  </a>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
