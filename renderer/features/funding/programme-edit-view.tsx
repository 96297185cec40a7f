/** #/funding/new and #/funding/<id>: one funding programme, its form, and deleting it after a confirmation. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FundingProgramme } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';
import { hrefOf, navigate } from '../../app/routes.ts';
import { setFlash } from '../../app/flash.tsx';
import { Alert } from '../../components/alert.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { ProgrammeForm, type ProgrammeInput } from './programme-form.tsx';

export function BackToFunding() {
  const { t } = useTranslation();
  return (
    <a className="kern-link cdo-back" href={hrefOf('funding')}>
      <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
      {t('funding.back')}
    </a>
  );
}

export function ProgrammeEditView({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const loaded = useLoad<FundingProgramme | null>((a) => (id ? a.getFundingProgramme({ id }) : Promise.resolve({ ok: true as const, value: null })), [id]);
  const [confirm, setConfirm] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  async function save(input: ProgrammeInput) {
    const r = await api.saveFundingProgramme(input);
    if (!r.ok) return { issues: r.error.details?.issues ?? [], message: r.error.message };
    bump();
    setFlash({ text: t(id ? 'funding.updated' : 'funding.created', { name: r.value.name }), undoable: true });
    navigate('funding');
    return null;
  }

  async function remove(p: FundingProgramme) {
    const r = await api.deleteFundingProgramme({ id: p.id, confirm: true });
    setConfirm(false);
    if (!r.ok) {
      setDeleteError(r.error.message);
      return;
    }
    bump();
    setFlash({ text: t('funding.deleted', { name: p.name }), undoable: true });
    navigate('funding');
  }

  if (loaded.error) {
    return (
      <>
        <BackToFunding />
        <PageHeader title={t('funding.editTitle')} />
        <Alert kind="warning" title={t('funding.notFoundTitle')}><p className="kern-body">{loaded.error.message}</p></Alert>
      </>
    );
  }
  if (id && !loaded.data) return <Loading label={t('common.loading')} />;
  const p = loaded.data;

  return (
    <>
      <BackToFunding />
      <PageHeader
        title={p ? t('funding.editTitle') : t('funding.newTitle')}
        lead={p?.name}
        actions={p ? (
          <>
            {p.url ? (
              <a className="kern-btn kern-btn--secondary" href={p.url} target="_blank" rel="noopener noreferrer">
                <span className="kern-icon kern-icon--open-in-new kern-icon--small" aria-hidden="true" />
                <span className="kern-label">{t('funding.external')}</span>
              </a>
            ) : null}
            <button type="button" className="kern-btn kern-btn--secondary cdo-btn--danger" onClick={() => setConfirm(true)}>
              <span className="kern-icon kern-icon--delete kern-icon--small" aria-hidden="true" />
              <span className="kern-label">{t('funding.delete')}</span>
            </button>
          </>
        ) : undefined}
      />
      {deleteError ? <Alert kind="danger" title={t('funding.deleteError')}><p className="kern-body">{deleteError}</p></Alert> : null}
      <section className="kern-card kern-card--hug cdo-form-card" aria-label={t('funding.formLabel')}>
        <div className="kern-card__container">
          <ProgrammeForm key={p?.updatedAt ?? 'new'} programme={p} onSubmit={save} onCancel={() => navigate('funding')} />
        </div>
      </section>
      {confirm && p ? (
        <ConfirmDialog title={t('funding.deleteTitle')} confirmLabel={t('funding.deleteConfirm')} onCancel={() => setConfirm(false)} onConfirm={() => void remove(p)}>
          <p className="kern-body">{t('funding.deleteText', { name: p.name })}</p>
          {p.applicationCount ? <p className="kern-body"><strong>{t('funding.deleteApplications', { count: p.applicationCount })}</strong></p> : null}
          <p className="kern-body kern-body--muted">{t('funding.deleteUndoHint')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
