/**
 * Ökosystem: for now the editable list of fields of action (with where each
 * came from); spheres, actors and roles follow in a later step.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { FieldDialog } from './field-dialog.tsx';

export function EcosystemView() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const { bump } = useDataVersion();
  const fields = useLoad((a) => a.listFields(), []);
  const [editing, setEditing] = useState<Field | 'new' | null>(null);
  const [deleting, setDeleting] = useState<Field | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'danger'; text: string } | null>(null);

  async function remove(f: Field) {
    const r = await api.deleteField({ id: f.id });
    setDeleting(null);
    if (r.ok) {
      bump();
      setMessage({ kind: 'success', text: t('fields.deleted', { name: f.name }) });
    } else setMessage({ kind: 'danger', text: r.error.message });
  }

  return (
    <>
      <PageHeader title={t('module.ecosystem.name')} lead={t('module.ecosystem.lead')} />
      {message ? (
        <Alert kind={message.kind} title={message.text} />
      ) : null}
      <section className="cdo-section" aria-labelledby="fields-title">
        <div className="cdo-section__head">
          <div>
            <h2 className="kern-heading-medium" id="fields-title">{t('fields.title')}</h2>
            <p className="kern-body kern-body--muted">{t('fields.lead')}</p>
          </div>
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => setEditing('new')}>
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('fields.add')}</span>
          </button>
        </div>
        {fields.error ? (
          <Alert kind="danger" title={t('fields.loadError')}>
            <p className="kern-body">{fields.error.message}</p>
          </Alert>
        ) : null}
        {!fields.data && !fields.error ? <Loading label={t('common.loading')} /> : null}
        {fields.data ? (
          <div className="cdo-table-card">
            <table className="kern-table kern-table--small">
              <caption className="kern-sr-only">{t('fields.title')}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('fields.col.name')}</th>
                  <th scope="col" className="kern-table__header">{t('fields.col.description')}</th>
                  <th scope="col" className="kern-table__header">{t('fields.col.source')}</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{t('fields.col.measures')}</th>
                  <th scope="col" className="kern-table__header kern-table__header--action"><span className="kern-sr-only">{t('common.actions')}</span></th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {fields.data.map((f) => (
                  <tr className="kern-table__row" key={f.id}>
                    <th scope="row" className="kern-table__cell cdo-cell-title">
                      <span className="cdo-swatch" style={{ background: f.color }} aria-hidden="true" />
                      {f.name}
                    </th>
                    <td className="kern-table__cell">{f.description ?? <span className="cdo-muted">–</span>}</td>
                    <td className="kern-table__cell cdo-cell-source">{f.source}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(f.measureCount, lang)}</td>
                    <td className="kern-table__cell kern-table__cell--action cdo-row-actions">
                      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" aria-label={`${t('common.edit')}: ${f.name}`} onClick={() => setEditing(f)}>
                        <span className="kern-label">{t('common.edit')}</span>
                      </button>
                      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" aria-label={`${t('common.delete')}: ${f.name}`} onClick={() => setDeleting(f)}>
                        <span className="kern-label">{t('common.delete')}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <section className="kern-card kern-card--hug cdo-section cdo-empty" aria-labelledby="eco-more">
        <div className="kern-card__container">
          <div className="kern-card__header">
            <span className="kern-badge kern-badge--small cdo-badge--neutral cdo-badge"><span className="kern-label">{t('module.soon')}</span></span>
            <h2 className="kern-heading-small cdo-empty__title" id="eco-more">{t('fields.moreTitle')}</h2>
          </div>
          <div className="kern-card__body">
            <p className="kern-body">{t('fields.moreText')}</p>
          </div>
        </div>
      </section>

      {editing ? (
        <FieldDialog
          field={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(f) => {
            setEditing(null);
            setMessage({ kind: 'success', text: t('fields.saved', { name: f.name }) });
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog title={t('fields.deleteTitle', { name: deleting.name })} confirmLabel={t('fields.deleteConfirm')} onCancel={() => setDeleting(null)} onConfirm={() => void remove(deleting)}>
          {deleting.measureCount > 0 ? (
            <Alert kind="warning" title={t('fields.inUse', { count: deleting.measureCount })}>
              <p className="kern-body">{t('fields.inUseText', { count: deleting.measureCount })}</p>
            </Alert>
          ) : (
            <p className="kern-body">{t('fields.deleteText')}</p>
          )}
          <p className="kern-body kern-body--muted">{t('measure.deleteUndoHint')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
