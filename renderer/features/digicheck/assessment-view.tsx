/**
 * One DigiCheck: its result (radar Ist vs Soll and the comparison with the
 * earlier check of the same unit), the particulars and narratives, the score
 * form per dimension, and the recommendations of the partial strategy.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useLoad } from '../../api/index.ts';
import { hrefOf, navigate } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading } from '../../components/page.tsx';
import { useWrite } from '../../components/use-write.ts';
import { currentLang, formatDate } from '../../i18n/index.ts';
import { RecommendationsSection } from '../digicheck-strategy/recommendations-section.tsx';
import { AssessmentMetaForm, draftOf } from './assessment-meta-form.tsx';
import { ComparisonCard } from './comparison-card.tsx';
import { RadarCard } from './radar-card.tsx';
import { ScoreForm } from './score-form.tsx';

export function AssessmentView({ id, chartWidth }: { id: string; chartWidth?: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const write = useWrite();
  const assessment = useLoad((a) => a.getDigicheckAssessment({ id }), [id]);
  const catalogueId = assessment.data?.catalogueId;
  const catalogue = useLoad((a) => (catalogueId ? a.getDigicheckCatalogue({ id: catalogueId }) : Promise.resolve({ ok: true as const, value: null })), [catalogueId]);
  const [confirm, setConfirm] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const back = <a className="kern-link cdo-digicheck-back" href={hrefOf('analysis', 'digicheck')}>{t('digicheck.back')}</a>;

  if (assessment.error) {
    return (
      <>
        {back}
        <Alert kind="danger" title={t('digicheck.loadOneError')}><p className="kern-body">{assessment.error.message}</p></Alert>
      </>
    );
  }
  const a = assessment.data;
  if (!a || !catalogue.data) return <Loading label={t('common.loading')} />;

  async function remove() {
    setConfirm(false);
    const r = await write(api.deleteDigicheckAssessment({ id }));
    if (r.ok) navigate('analysis', 'digicheck');
    else setDeleteError(r.message);
  }

  return (
    <article className="cdo-digicheck" aria-labelledby="digicheck-title">
      {back}
      <div className="cdo-digicheck-head">
        <div>
          <h2 className="kern-heading-medium" id="digicheck-title">{a.title}</h2>
          <p className="kern-body kern-body--muted">
            {[a.unit.name, formatDate(a.heldOn, lang), t('digicheck.catalogueVersion', { name: a.catalogueName, version: a.catalogueVersion })].join(' · ')}
          </p>
        </div>
        <div className="kern-btn-wrapper">
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setConfirm(true)}><span className="kern-label">{t('digicheck.delete')}</span></button>
        </div>
      </div>
      {deleteError ? <Alert kind="danger" title={t('digicheck.deleteError')}><p className="kern-body">{deleteError}</p></Alert> : null}

      <h3 className="kern-heading-small cdo-digicheck-section">{t('digicheck.result')}</h3>
      <div className="cdo-digicheck-charts">
        <RadarCard assessment={a} width={chartWidth} />
        <ComparisonCard assessment={a} width={chartWidth} />
      </div>

      <section className="kern-card kern-card--hug cdo-section" aria-labelledby="digicheck-meta-title">
        <div className="kern-card__container">
          <h3 className="kern-heading-small" id="digicheck-meta-title">{t('digicheck.meta')}</h3>
          <AssessmentMetaForm initial={draftOf(a)} assessmentId={a.id} />
        </div>
      </section>

      <h3 className="kern-heading-small cdo-digicheck-section" id="digicheck-scores-title">{t('digicheck.scores')}</h3>
      <p className="kern-body kern-body--muted">{t('digicheck.scoresLead')}</p>
      <ScoreForm assessment={a} catalogue={catalogue.data} />

      <RecommendationsSection assessmentId={a.id} />

      {confirm ? (
        <ConfirmDialog title={t('digicheck.deleteTitle')} confirmLabel={t('digicheck.delete')} onConfirm={() => void remove()} onCancel={() => setConfirm(false)}>
          <p className="kern-body">{t('digicheck.deleteText', { title: a.title })}</p>
        </ConfirmDialog>
      ) : null}
    </article>
  );
}
