/**
 * One measure: create it (#/portfolio/new), or its fact sheet (Steckbrief)
 * with sections at #/portfolio/<id>/<section>: the form, milestones,
 * dependencies, OZG services, scoring and history, plus a print view
 * (#/portfolio/<id>/print). Deleting asks for confirmation.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field, Measure } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';
import { hrefOf, navigate, useRoute } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { IdeaOriginLink } from '../ideas/idea-origin-link.tsx';
import { RecommendationOriginLink } from '../digicheck-strategy/recommendation-origin-link.tsx';
import { PortfolioNav } from '../portfolio/portfolio-nav.tsx';
import { MeasureScoringSection } from '../scoring/measure-scoring-section.tsx';
import { MeasureFinanceSection } from '../finance/measure-finance-section.tsx';
import { MeasureStatusSection } from '../status/measure-status-section.tsx';
import { MeasurePeersSection } from '../peers/measure-peers-section.tsx';
import { DependenciesSection } from './dependencies-section.tsx';
import { FactSheetPrint } from './fact-sheet-print.tsx';
import { FactSheetTabs, sectionHref, sectionOf, type Section } from './fact-sheet-tabs.tsx';
import { setFlash } from '../../app/flash.tsx';
import { MeasureForm, type MeasureInput } from './measure-form.tsx';
import { MeasureHistory } from './measure-history.tsx';
import { MilestonesSection } from './milestones-section.tsx';
import { OzgSection } from './ozg-section.tsx';
import './fact-sheet.css';

function BackLink() {
  const { t } = useTranslation();
  return (
    <a className="kern-link cdo-back" href={hrefOf('portfolio')}>
      <span className="kern-icon kern-icon--arrow-back kern-icon--small" aria-hidden="true" />
      {t('measure.back')}
    </a>
  );
}

/** Entries per section, shown in the tabs so the CDO sees at a glance what the sheet holds. */
function useCounts(id: string | null): Partial<Record<Section, number>> {
  const milestones = useLoad((a) => (id ? a.listMilestones({ measureId: id }) : Promise.resolve({ ok: true as const, value: [] })), [id]);
  const deps = useLoad((a) => (id ? a.listDependencies({ measureId: id }) : Promise.resolve({ ok: true as const, value: { dependsOn: [], neededBy: [] } })), [id]);
  const ozg = useLoad((a) => (id ? a.listMeasureOzgServices({ measureId: id }) : Promise.resolve({ ok: true as const, value: [] })), [id]);
  return {
    milestones: milestones.data?.length ?? 0,
    dependencies: (deps.data?.dependsOn.length ?? 0) + (deps.data?.neededBy.length ?? 0),
    ozg: ozg.data?.length ?? 0,
  };
}

export function MeasureEditView({ id }: { id: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const route = useRoute();
  const section = (id ? sectionOf(route[2]) : 'sheet') ?? 'sheet';
  const fields = useLoad((a) => a.listFields(), []);
  const measure = useLoad<Measure | null>((a) => (id ? a.getMeasure({ id }) : Promise.resolve({ ok: true as const, value: null })), [id]);
  const counts = useCounts(id);
  const [confirm, setConfirm] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

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
        <PortfolioNav current="measures" />
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
  if (m && section === 'print') return <FactSheetPrint measure={m} />;

  const form = (
    <section className="kern-card kern-card--hug cdo-form-card" aria-label={t('measure.formLabel')}>
      <div className="kern-card__container">
        {/* Remount when the stored record changes (undo, another window), so the form shows the truth. */}
        <MeasureForm key={m?.updatedAt ?? 'new'} measure={m} fields={fields.data as Field[]} onSubmit={save} onCancel={() => navigate('portfolio')} />
      </div>
    </section>
  );

  if (!m) {
    return (
      <>
        <PortfolioNav current="measures" />
        <BackLink />
        <PageHeader title={t('measure.newTitle')} lead={t('measure.newLead')} />
        {form}
      </>
    );
  }

  return (
    <>
      <PortfolioNav current="measures" />
      <BackLink />
      <PageHeader
        title={t('measure.editTitle')}
        lead={m.title}
        actions={
          <>
            <a className="kern-btn kern-btn--secondary" href={sectionHref(m.id, 'print')}>
              <span className="kern-label">{t('factSheet.print')}</span>
            </a>
            <button type="button" className="kern-btn kern-btn--secondary cdo-btn--danger" onClick={() => setConfirm(true)}>
              <span className="kern-icon kern-icon--delete kern-icon--small" aria-hidden="true" />
              <span className="kern-label">{t('measure.delete')}</span>
            </button>
          </>
        }
      />
      <div className="cdo-fact-origin">
        <IdeaOriginLink measureId={m.id} />
        <RecommendationOriginLink measureId={m.id} />
      </div>
      {deleteError ? (
        <Alert kind="danger" title={t('measure.deleteError')}>
          <p className="kern-body">{deleteError}</p>
        </Alert>
      ) : null}
      <FactSheetTabs id={m.id} current={section === 'print' ? 'sheet' : section} counts={counts} />
      {section === 'sheet' ? form : null}
      {section === 'milestones' ? <MilestonesSection measureId={m.id} /> : null}
      {section === 'dependencies' ? <DependenciesSection measureId={m.id} /> : null}
      {section === 'ozg' ? <OzgSection measureId={m.id} /> : null}
      {section === 'scoring' ? <MeasureScoringSection measureId={m.id} /> : null}
      {section === 'finance' ? <MeasureFinanceSection measureId={m.id} /> : null}
      {section === 'status' ? <MeasureStatusSection measureId={m.id} /> : null}
      {section === 'peers' ? <MeasurePeersSection measureId={m.id} /> : null}
      {section === 'history' ? <MeasureHistory id={m.id} fields={fields.data} /> : null}
      {confirm ? (
        <ConfirmDialog title={t('measure.deleteTitle')} confirmLabel={t('measure.deleteConfirm')} onCancel={() => setConfirm(false)} onConfirm={() => void remove(m)}>
          <p className="kern-body">{t('measure.deleteText', { title: m.title })}</p>
          <p className="kern-body kern-body--muted">{t('measure.deleteUndoHint')}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
