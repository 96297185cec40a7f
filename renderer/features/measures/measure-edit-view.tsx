/**
 * One measure: create (#/portfolio/new) or edit (#/portfolio/<id>), delete
 * with a confirmation, and its history.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field, Measure } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';
import { hrefOf, navigate } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { Modal } from '../../components/modal.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { setFlash } from './flash.ts';
import { MeasureForm, type MeasureInput } from './measure-form.tsx';
import { MeasureHistory } from './measure-history.tsx';

function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="kern-link cdo-back" href={hrefOf('portfolio')}>
      <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
      {t('measure.back')}
    </a>
  );
}

export function MeasureEditView({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const fields = useLoad((a) => a.listFields(), []);
  const measure = useLoad<Measure | null>((a) => (id ? a.getMeasure({ id }) : Promise.resolve({ ok: true as const, value: null })), [id]);
  const [confirm, setConfirm] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);

  async function save(input: MeasureInput) {
    const r = await api.saveMeasure(input);
    if (!r.ok) return { issues: r.error.details?.issues ?? [], message: r.error.message };
    bump();
    setFlash({ text: t(id ? 'measure.updated' : 'measure.created', { title: r.value.title }), undoable: true });
    navigate('portfolio');
    return null;
  }

  async function remove(m: Measure) {
    const r = await api.deleteMeasure({ id: m.id });
    setConfirm(false);
    if (!r.ok) {
      setDeleteError(r.error.message);
      return;
    }
    bump();
    setFlash({ text: t('measure.deleted', { title: m.title }), undoable: true });
    navigate('portfolio');
  }

  if (measure.error || fields.error) {
    return (
      <>
        <BackLink />
        <PageHeader title={t('measure.editTitle')} />
        <Alert kind="warning" title={t('measure.notFoundTitle')}>
          <p className="kern-body">{(measure.error ?? fields.error)?.message}</p>
        </Alert>
      </>
    );
  }
  if (!fields.data || (id && !measure.data)) return <Loading label={t('common.loading')} />;

  const m = measure.data;
  return (
    <>
      <BackLink />
      <PageHeader
        title={m ? t('measure.editTitle') : t('measure.newTitle')}
        lead={m ? m.title : t('measure.newLead')}
        actions={
          m ? (
            <button type="button" className="kern-btn kern-btn--secondary cdo-btn--danger" onClick={() => setConfirm(true)}>
              <span className="kern-icon kern-icon--delete kern-icon--small" aria-hidden="true" />
              <span className="kern-label">{t('measure.delete')}</span>
            </button>
          ) : null
        }
      />
      {deleteError ? (
        <Alert kind="danger" title={t('measure.deleteError')}>
          <p className="kern-body">{deleteError}</p>
        </Alert>
      ) : null}
      <section className="kern-card kern-card--hug cdo-form-card" aria-label={t('measure.formLabel')}>
        <div className="kern-card__container">
          {/* Remount when the stored record changes (undo, another window), so the form shows the truth. */}
          <MeasureForm key={m?.updatedAt ?? 'new'} measure={m} fields={fields.data as Field[]} onSubmit={save} onCancel={() => navigate('portfolio')} />
        </div>
      </section>
      {m ? <MeasureHistory id={m.id} fields={fields.data} /> : null}
      {confirm && m ? (
        <Modal
          title={t('measure.deleteTitle')}
          role="alertdialog"
          onClose={() => setConfirm(false)}
          initialFocus={cancelRef}
          footer={
            <>
              <button type="button" ref={cancelRef} className="kern-btn kern-btn--secondary" onClick={() => setConfirm(false)}>
                <span className="kern-label">{t('common.cancel')}</span>
              </button>
              <button type="button" className="kern-btn kern-btn--primary cdo-btn--danger-solid" onClick={() => void remove(m)}>
                <span className="kern-label">{t('measure.deleteConfirm')}</span>
              </button>
            </>
          }
        >
          <p className="kern-body">{t('measure.deleteText', { title: m.title })}</p>
          <p className="kern-body kern-body--muted">{t('measure.deleteUndoHint')}</p>
        </Modal>
      ) : null}
    </>
  );
}
