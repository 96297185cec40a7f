/**
 * The fit summary: how many problems, benefits and tasks the offer covers
 * (bars with the same figures as text), what is still open (most important
 * first), our items that answer nothing, and a table of every entry with
 * what covers it (the text alternative of the bars).
 */
import { useTranslation } from 'react-i18next';
import type { TheirKind, ValueFitSummary } from '../../../api/index.ts';

/** Pains weigh most: problems first, then benefits, then tasks. */
const ORDER: TheirKind[] = ['problem', 'benefit', 'task'];

export function FitSummary({ summary }: { summary: ValueFitSummary }) {
  const { t } = useTranslation();
  const gaps = summary.rows.filter((r) => r.coveredBy.length === 0);
  const table = [...summary.rows].sort((a, b) => ORDER.indexOf(a.item.kind as TheirKind) - ORDER.indexOf(b.item.kind as TheirKind) || a.item.rank - b.item.rank);
  return (
    <section className="cdo-section cdo-value-fit" aria-labelledby="value-fit">
      <h2 className="kern-heading-medium" id="value-fit">{t('value.fit.title')}</h2>
      <p className="kern-body kern-body--muted">{t('value.fit.lead')}</p>
      <ul className="cdo-value-fit__counts">
        {ORDER.map((kind) => {
          const c = summary.counts[kind];
          return (
            <li key={kind} className="cdo-value-fit__count" data-kind={kind}>
              <span className="kern-body cdo-value-fit__figure">{c.total ? t(`value.fit.count.${kind}`, { covered: c.covered, total: c.total }) : t(`value.fit.countNone.${kind}`)}</span>
              <span className="cdo-value-fit__bar" aria-hidden="true">
                <span className="cdo-value-fit__fill" style={{ width: `${c.total ? Math.round((c.covered / c.total) * 100) : 0}%` }} />
              </span>
            </li>
          );
        })}
      </ul>
      <div className="cdo-value-fit__lists">
        <div>
          <h3 className="kern-heading-small">{t('value.fit.gaps')}</h3>
          {gaps.length === 0 ? <p className="kern-body">{t('value.fit.gapsNone')}</p> : (
            <ul className="kern-list cdo-value-fit__gaps">
              {gaps.map((g) => <li key={g.item.id} className="kern-body">{t('value.fit.gapItem', { kind: t(`value.kind.${g.item.kind}`), rank: g.item.rank, text: g.item.text })}</li>)}
            </ul>
          )}
        </div>
        {summary.unused.length ? (
          <div>
            <h3 className="kern-heading-small">{t('value.fit.unused')}</h3>
            <p className="kern-body kern-body--small kern-body--muted">{t('value.fit.unusedLead')}</p>
            <ul className="kern-list cdo-value-fit__unused">
              {summary.unused.map((u) => <li key={u.id} className="kern-body">{t('value.fit.unusedItem', { kind: t(`value.kind.${u.kind}`), text: u.text })}</li>)}
            </ul>
          </div>
        ) : null}
      </div>
      {table.length ? (
        <>
          <h3 className="kern-heading-small" id="value-fit-table">{t('value.fit.table')}</h3>
          <div className="cdo-table-card">
            <table className="kern-table kern-table--small cdo-value-fit__table" aria-labelledby="value-fit-table">
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('value.fit.col.kind')}</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{t('value.fit.col.rank')}</th>
                  <th scope="col" className="kern-table__header">{t('value.fit.col.item')}</th>
                  <th scope="col" className="kern-table__header">{t('value.fit.col.coveredBy')}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {table.map((r) => (
                  <tr key={r.item.id} className="kern-table__row">
                    <td className="kern-table__cell">{t(`value.kind.${r.item.kind}`)}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{r.item.rank}</td>
                    <th scope="row" className="kern-table__cell cdo-cell-title">{r.item.text}</th>
                    <td className={`kern-table__cell${r.coveredBy.length ? '' : ' cdo-value-fit__open'}`}>
                      {r.coveredBy.length ? r.coveredBy.map((c) => c.text).join('; ') : t('value.item.open')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : null}
    </section>
  );
}
