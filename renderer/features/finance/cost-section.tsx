/**
 * "Kosten": the cost items of a measure by year with plan, actual and the
 * difference, totals per year (investive/consumptive) and overall. Items are
 * added and edited in a small dialog; each change is one undo step.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CostItem, CostItemList, MoneySplit } from '../../../api/index.ts';
import { useApi, useDataVersion } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { currentLang, formatMoney } from '../../i18n/index.ts';
import { CostDialog, costName } from './cost-dialog.tsx';

/** Actual − plan, shown only where there is an actual; "+" marks an overrun. */
function Diff({ plan, actual }: { plan: number; actual: number | null }) {
  const { i18n } = useTranslation();
  const lang = currentLang(i18n);
  if (actual === null) return <span className="cdo-finance-muted">–</span>;
  const d = Math.round((actual - plan) * 100) / 100;
  if (d === 0) return <>{formatMoney(0, lang)}</>;
  return <span className={d > 0 ? 'cdo-finance-over' : undefined}>{`${d > 0 ? '+' : '−'}${formatMoney(Math.abs(d), lang)}`}</span>;
}

function Figures({ total, items }: { total: MoneySplit; items: CostItem[] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const m = (n: number) => formatMoney(n, lang);
  // The difference is fair only where actuals exist: compare them with the plans of the same items.
  const withActual = items.filter((i) => i.actual !== null);
  const planOfActual = withActual.reduce((a, i) => a + i.plan, 0);
  return (
    <dl className="cdo-finance-figures">
      <div className="cdo-finance-figure">
        <dt>{t('finance.costs.figure.plan')}</dt>
        <dd className="cdo-finance-figure__value">{m(total.plan)}</dd>
        <dd className="cdo-finance-figure__note">{t('finance.costs.figure.planSplit', { inv: m(total.planInvestive), con: m(total.planConsumptive) })}</dd>
      </div>
      <div className="cdo-finance-figure">
        <dt>{t('finance.costs.figure.actual')}</dt>
        <dd className="cdo-finance-figure__value">{m(total.actual)}</dd>
        <dd className="cdo-finance-figure__note">{t('finance.costs.figure.actualSplit', { inv: m(total.actualInvestive), con: m(total.actualConsumptive) })}</dd>
      </div>
      <div className="cdo-finance-figure">
        <dt>{t('finance.costs.figure.diff')}</dt>
        <dd className="cdo-finance-figure__value">{withActual.length ? <Diff plan={planOfActual} actual={total.actual} /> : '–'}</dd>
        <dd className="cdo-finance-figure__note">{t('finance.costs.figure.diffHint')}</dd>
      </div>
    </dl>
  );
}

function YearTotals({ list }: { list: CostItemList }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const m = (n: number) => formatMoney(n, lang);
  // The difference compares actuals with the plans of the same items: a year still running is not "under budget".
  const withActual = (year: number | null) => list.items.filter((i) => (year === null || i.year === year) && i.actual !== null);
  const row = (key: string, label: string, s: MoneySplit, year: number | null) => {
    const done = withActual(year);
    return { key, label, s, actual: done.length > 0, planOfActual: done.reduce((a, i) => a + i.plan, 0) };
  };
  const rows = [...list.years.map((y) => row(String(y.year), String(y.year), y, y.year)), row('total', t('finance.costs.total'), list.total, null)];
  return (
    <div className="kern-table-responsive cdo-table-card">
      <table className="kern-table cdo-fact-table cdo-finance-table">
        <caption className="kern-sr-only">{t('finance.costs.yearsLabel')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('finance.costs.col.year')}</th>
            <th scope="col" className="kern-table__header cdo-finance-num">{t('finance.costs.col.planInvestive')}</th>
            <th scope="col" className="kern-table__header cdo-finance-num">{t('finance.costs.col.planConsumptive')}</th>
            <th scope="col" className="kern-table__header cdo-finance-num">{t('finance.costs.col.plan')}</th>
            <th scope="col" className="kern-table__header cdo-finance-num">{t('finance.costs.col.actualInvestive')}</th>
            <th scope="col" className="kern-table__header cdo-finance-num">{t('finance.costs.col.actualConsumptive')}</th>
            <th scope="col" className="kern-table__header cdo-finance-num">{t('finance.costs.col.actual')}</th>
            <th scope="col" className="kern-table__header cdo-finance-num">{t('finance.costs.col.diff')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {rows.map((r) => (
            <tr key={r.key} className={`kern-table__row${r.key === 'total' ? ' cdo-finance-total' : ''}`}>
              <th scope="row" className="kern-table__cell">{r.label}</th>
              <td className="kern-table__cell cdo-finance-num">{m(r.s.planInvestive)}</td>
              <td className="kern-table__cell cdo-finance-num">{m(r.s.planConsumptive)}</td>
              <td className="kern-table__cell cdo-finance-num">{m(r.s.plan)}</td>
              <td className="kern-table__cell cdo-finance-num">{r.actual ? m(r.s.actualInvestive) : '–'}</td>
              <td className="kern-table__cell cdo-finance-num">{r.actual ? m(r.s.actualConsumptive) : '–'}</td>
              <td className="kern-table__cell cdo-finance-num">{r.actual ? m(r.s.actual) : '–'}</td>
              <td className="kern-table__cell cdo-finance-num"><Diff plan={r.planOfActual} actual={r.actual ? r.s.actual : null} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CostSection({ measureId, list, onNotice }: { measureId: string; list: CostItemList; onNotice(text: string): void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const { bump } = useDataVersion();
  const [editing, setEditing] = useState<CostItem | 'new' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const noCat = t('finance.costs.noCategory');
  const defaultYear = list.items.at(-1)?.year;

  async function remove(item: CostItem) {
    const r = await api.deleteCostItem({ id: item.id });
    if (!r.ok) setError(r.error.message);
    else {
      setError(null);
      onNotice(t('finance.costs.deleted', { what: costName(item, noCat) }));
      bump();
    }
  }

  return (
    <section className="cdo-section cdo-fact-section" aria-labelledby="finance-costs-title">
      <div className="cdo-finance-head">
        <h2 className="kern-heading-small" id="finance-costs-title">{t('finance.costs.title')}</h2>
        <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" onClick={() => setEditing('new')}>
          <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
          <span className="kern-label">{t('finance.costs.add')}</span>
        </button>
      </div>
      <p className="kern-body kern-body--muted cdo-finance-lead">{t('finance.costs.lead')}</p>
      {error ? <Alert kind="danger" title={t('finance.saveError')}><p className="kern-body">{error}</p></Alert> : null}
      {list.items.length === 0 ? <p className="kern-body kern-body--muted">{t('finance.costs.none')}</p> : (
        <>
          <Figures total={list.total} items={list.items} />
          <div className="kern-table-responsive cdo-table-card">
            <table className="kern-table cdo-fact-table cdo-finance-table">
              <caption className="kern-sr-only">{t('finance.costs.tableLabel')}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('finance.costs.col.year')}</th>
                  <th scope="col" className="kern-table__header">{t('finance.costs.col.category')}</th>
                  <th scope="col" className="kern-table__header">{t('finance.costs.col.kind')}</th>
                  <th scope="col" className="kern-table__header">{t('finance.costs.col.recurrence')}</th>
                  <th scope="col" className="kern-table__header cdo-finance-num">{t('finance.costs.col.plan')}</th>
                  <th scope="col" className="kern-table__header cdo-finance-num">{t('finance.costs.col.actual')}</th>
                  <th scope="col" className="kern-table__header cdo-finance-num">{t('finance.costs.col.diff')}</th>
                  <th scope="col" className="kern-table__header kern-table__header--action">{t('finance.costs.col.actions')}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {list.items.map((item, i) => {
                  const firstOfYear = i === 0 || list.items[i - 1]!.year !== item.year;
                  const what = costName(item, noCat);
                  return (
                    <tr key={item.id} className={`kern-table__row${firstOfYear && i > 0 ? ' cdo-finance-year-start' : ''}`}>
                      <td className="kern-table__cell">{item.year}</td>
                      <th scope="row" className="kern-table__cell">{item.category ?? <span className="cdo-finance-muted">{noCat}</span>}</th>
                      <td className="kern-table__cell">{t(`finance.kind.${item.kind}`)}</td>
                      <td className="kern-table__cell">{t(`finance.recurrence.${item.recurrence}`)}</td>
                      <td className="kern-table__cell cdo-finance-num">{formatMoney(item.plan, lang)}</td>
                      <td className="kern-table__cell cdo-finance-num">{item.actual === null ? <span className="cdo-finance-muted">–</span> : formatMoney(item.actual, lang)}</td>
                      <td className="kern-table__cell cdo-finance-num"><Diff plan={item.plan} actual={item.actual} /></td>
                      <td className="kern-table__cell kern-table__cell--action cdo-nowrap">
                        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setEditing(item)} aria-label={t('finance.costs.editOf', { what })}>
                          <span className="kern-label">{t('finance.costs.edit')}</span>
                        </button>
                        <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => void remove(item)} aria-label={t('finance.costs.deleteOf', { what })}>
                          <span className="kern-label">{t('finance.costs.delete')}</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <h3 className="cdo-fact-subhead">{t('finance.costs.yearsTitle')}</h3>
          <YearTotals list={list} />
        </>
      )}
      {editing ? (
        <CostDialog
          measureId={measureId}
          item={editing === 'new' ? null : editing}
          defaultYear={defaultYear}
          onClose={() => setEditing(null)}
          onSaved={(item, created) => {
            setEditing(null);
            onNotice(t(created ? 'finance.costs.added' : 'finance.costs.saved', { what: costName(item, noCat) }));
          }}
        />
      ) : null}
    </section>
  );
}
