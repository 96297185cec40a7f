/** #/value: every value proposition with how well its offer covers the target group, and the way to a new one. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueCount } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf, navigate } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { PropositionDialog } from './proposition-dialog.tsx';

export function PropositionList() {
  const { t } = useTranslation();
  const list = useLoad((a) => a.listValuePropositions({}), []);
  const [creating, setCreating] = useState(false);
  const share = (c: ValueCount) => (c.total ? t('value.fit.share', { covered: c.covered, total: c.total }) : '–');
  return (
    <>
      <PageHeader title={t('value.title')} lead={t('value.lead')}
        actions={
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => setCreating(true)}>
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('value.new')}</span>
          </button>
        } />
      {list.error ? <Alert kind="danger" title={list.error.message} /> : null}
      {!list.data ? (list.error ? null : <Loading label={t('common.loading')} />) : list.data.length === 0 ? (
        <p className="kern-body">{t('value.empty')}</p>
      ) : (
        <div className="cdo-table-card">
          <table className="kern-table kern-table--small cdo-value-table">
            <caption className="kern-sr-only">{t('value.table.caption')}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('value.table.col.title')}</th>
                <th scope="col" className="kern-table__header">{t('value.table.col.problems')}</th>
                <th scope="col" className="kern-table__header">{t('value.table.col.benefits')}</th>
                <th scope="col" className="kern-table__header">{t('value.table.col.tasks')}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t('value.table.col.measures')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {list.data.map((p) => (
                <tr key={p.id} className="kern-table__row">
                  <th scope="row" className="kern-table__cell cdo-cell-title">
                    <a className="kern-link" href={hrefOf('value', p.id)}>{p.title}</a>
                    <span className="cdo-cell-sub">{[p.targetGroup, p.stakeholderName ? t('value.meta.stakeholder', { name: p.stakeholderName }) : null].filter(Boolean).join(' · ')}</span>
                  </th>
                  <td className="kern-table__cell">{share(p.counts.problem)}</td>
                  <td className="kern-table__cell">{share(p.counts.benefit)}</td>
                  <td className="kern-table__cell">{share(p.counts.task)}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{p.measureCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <details className="cdo-value-method">
        <summary className="kern-body">{t('value.method.summary')}</summary>
        <p className="kern-body kern-body--small">{t('value.method.text')}</p>
      </details>
      {creating ? <PropositionDialog proposition={null} onClose={() => setCreating(false)} onSaved={(saved) => { setCreating(false); navigate('value', saved.id); }} /> : null}
    </>
  );
}
