/**
 * One idea: record a new one (#/portfolio/ideas/new) or look at and edit one
 * (#/portfolio/ideas/<id>): its assessment (status, reason, the measure it
 * became), "In Maßnahme übernehmen", the intake form, and delete.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Idea } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';
import { hrefOf, navigate } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { PeerAdoptionNote } from '../peers/peer-adoption-note.tsx';
import { useUndo } from '../../app/undo.tsx';
import { currentLang, formatDate } from '../../i18n/index.ts';
import { PortfolioNav } from '../portfolio/portfolio-nav.tsx';
import { setFlash } from '../../app/flash.tsx';
import { IdeaAdoptDialog } from './idea-adopt-dialog.tsx';
import { RecommendationOriginLink } from '../digicheck-strategy/recommendation-origin-link.tsx';
import { IdeaForm, type IdeaInput } from './idea-form.tsx';
import { IdeaStatusBadge } from './idea-status.tsx';
import { IdeaStatusDialog } from './idea-status-dialog.tsx';

function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="kern-link cdo-back" href={hrefOf('portfolio', 'ideas')}>
      <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
      {t('ideas.back')}
    </a>
  );
}

/** Today in the user's time zone, as the date input wants it. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function Assessment({ idea, onChangeStatus, onAdopt, notice }: { idea: Idea; onChangeStatus(): void; onAdopt(): void; notice: string | null }) {
  const { t } = useTranslation();
  const linked = idea.status === 'adopted' && idea.measureId;
  return (
    <section className="kern-card kern-card--hug cdo-idea-assessment" aria-labelledby="idea-assessment-title">
      <div className="kern-card__container">
        <h2 className="kern-heading-small" id="idea-assessment-title">{t('ideas.assessment')}</h2>
        {notice ? <Alert kind="success" title={notice} /> : null}
        <dl className="cdo-idea-facts">
          <div>
            <dt>{t('ideas.currentStatus')}</dt>
            <dd><IdeaStatusBadge status={idea.status} /></dd>
          </div>
          {idea.statusReason || idea.status === 'rejected' || idea.status === 'deferred' ? (
            <div>
              <dt>{t('ideas.reason')}</dt>
              <dd className="cdo-idea-reason">{idea.statusReason ?? t('ideas.noReason')}</dd>
            </div>
          ) : null}
          {linked ? (
            <div>
              <dt>{t('ideas.becameMeasure')}</dt>
              <dd>
                <a className="kern-link cdo-idea-measure-link" href={hrefOf('portfolio', idea.measureId!)}>
                  <span className="kern-icon kern-icon--arrow-forward kern-icon--small" aria-hidden="true" />
                  {idea.measureTitle}
                </a>
              </dd>
            </div>
          ) : null}
        </dl>
        {idea.status === 'adopted' && !idea.measureId ? <p className="kern-body kern-body--muted">{t('ideas.measureDeleted')}</p> : null}
        {linked ? null : (
          <div className="kern-btn-wrapper cdo-idea-actions">
            <button type="button" className="kern-btn kern-btn--primary" onClick={onAdopt}>
              <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
              <span className="kern-label">{t('ideas.adopt')}</span>
            </button>
            {idea.status === 'adopted' ? null : (
              <button type="button" className="kern-btn kern-btn--secondary" onClick={onChangeStatus}>
                <span className="kern-label">{t('ideas.changeStatus')}</span>
              </button>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

/** Where the idea came from, in one line: "Fachbereich – Steueramt · eingegangen am 12.01.2026". */
function useOriginLine(): (idea: Idea) => string {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (idea) => {
    const who = [t(`ideas.source.${idea.source}`), idea.submitter].filter(Boolean).join(' – ');
    return idea.submittedOn ? `${who} · ${t('ideas.receivedOn', { date: formatDate(idea.submittedOn, lang) })}` : who;
  };
}

export function IdeaEditView({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const originLine = useOriginLine();
  const { generation } = useUndo();
  const api = useApi();
  const { bump } = useDataVersion();
  const fields = useLoad((a) => a.listFields(), []);
  const loaded = useLoad<Idea | null>((a) => (id ? a.getIdea({ id }) : Promise.resolve({ ok: true as const, value: null })), [id]);
  const [dialog, setDialog] = useState<'status' | 'adopt' | 'delete' | null>(null);
  const [noticeState, setNoticeState] = useState<{ text: string; generation: number } | null>(null);
  // After an undo or redo the message about the status change no longer holds.
  const notice = noticeState && noticeState.generation === generation ? noticeState.text : null;
  const [deleteError, setDeleteError] = useState<string | null>(null);

  async function save(input: IdeaInput) {
    const r = await api.saveIdea(input);
    if (!r.ok) return { issues: r.error.details?.issues ?? [], message: r.error.message };
    bump();
    setFlash({ text: t(id ? 'ideas.updated' : 'ideas.created', { title: r.value.title }), undoable: true });
    navigate('portfolio', 'ideas');
    return null;
  }

  async function remove(idea: Idea) {
    const r = await api.deleteIdea({ id: idea.id });
    setDialog(null);
    if (!r.ok) {
      setDeleteError(r.error.message);
      return;
    }
    bump();
    setFlash({ text: t('ideas.deleted', { title: idea.title }), undoable: true });
    navigate('portfolio', 'ideas');
  }

  if (loaded.error || fields.error) {
    return (
      <>
        <PortfolioNav current="ideas" />
        <BackLink />
        <PageHeader title={t('ideas.editTitle')} />
        <Alert kind="warning" title={t('ideas.notFoundTitle')}>
          <p className="kern-body">{(loaded.error ?? fields.error)?.message}</p>
        </Alert>
      </>
    );
  }
  if (!fields.data || (id && !loaded.data)) return <Loading label={t('common.loading')} />;

  const idea = loaded.data;
  return (
    <>
      <PortfolioNav current="ideas" />
      <BackLink />
      <PageHeader
        title={idea ? idea.title : t('ideas.newTitle')}
        lead={idea ? originLine(idea) : t('ideas.newLead')}
        actions={
          idea ? (
            <button type="button" className="kern-btn kern-btn--secondary cdo-btn--danger" onClick={() => setDialog('delete')}>
              <span className="kern-icon kern-icon--delete kern-icon--small" aria-hidden="true" />
              <span className="kern-label">{t('ideas.delete')}</span>
            </button>
          ) : null
        }
      />
      {deleteError ? (
        <Alert kind="danger" title={t('ideas.deleteError')}>
          <p className="kern-body">{deleteError}</p>
        </Alert>
      ) : null}
      {idea?.source === 'peer' ? <PeerAdoptionNote ideaId={idea.id} /> : null}
      {idea?.source === 'digicheck' ? <RecommendationOriginLink ideaId={idea.id} /> : null}
      {idea ? <Assessment idea={idea} notice={notice} onChangeStatus={() => setDialog('status')} onAdopt={() => setDialog('adopt')} /> : null}
      <section className="kern-card kern-card--hug cdo-form-card" aria-label={t('ideas.formLabel')}>
        <div className="kern-card__container">
          {/* Remount when the stored record changes (undo, status change), so the form shows the truth. */}
          <IdeaForm key={idea?.updatedAt ?? 'new'} idea={idea} fields={fields.data} today={today()} onSubmit={save} onCancel={() => navigate('portfolio', 'ideas')} />
        </div>
      </section>
      {dialog === 'status' && idea ? (
        <IdeaStatusDialog
          idea={idea}
          onClose={() => setDialog(null)}
          onSaved={(saved) => {
            setDialog(null);
            setNoticeState({ text: t('ideas.statusSaved', { title: saved.title, status: t(`ideas.status.${saved.status}`) }), generation });
          }}
        />
      ) : null}
      {dialog === 'adopt' && idea ? <IdeaAdoptDialog idea={idea} onClose={() => setDialog(null)} /> : null}
      {dialog === 'delete' && idea ? (
        <ConfirmDialog title={t('ideas.deleteTitle')} confirmLabel={t('ideas.deleteConfirm')} onCancel={() => setDialog(null)} onConfirm={() => void remove(idea)}>
          <p className="kern-body">{t('ideas.deleteText', { title: idea.title })}</p>
          {idea.measureTitle ? <p className="kern-body">{t('ideas.deleteKeepsMeasure', { measure: idea.measureTitle })}</p> : null}
          <p className="kern-body kern-body--muted">{t('ideas.deleteUndoHint')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
