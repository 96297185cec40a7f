/**
 * "In Maßnahme übernehmen": names the idea, says what the measure receives,
 * lets the CDO set its phase and priority, then opens the new measure.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PHASES, PRIORITIES, type Idea, type Phase, type Priority } from '../../../api/index.ts';
import { useApi, useDataVersion } from '../../api/index.ts';
import { navigate } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, SelectBox } from '../../components/form-field.tsx';
import { Modal } from '../../components/modal.tsx';

export function IdeaAdoptDialog({ idea, onClose }: { idea: Idea; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const formId = useId();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [phase, setPhase] = useState<Phase>('concept');
  const [priority, setPriority] = useState<Priority>('medium');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function adopt(e: React.FormEvent) {
    e.preventDefault();
    // Not disabled while busy: a disabled button would drop the focus out of the dialog.
    if (busy) return;
    setBusy(true);
    const r = await api.adoptIdea({ id: idea.id, phase, priority });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    bump();
    onClose();
    navigate('portfolio', r.value.measure.id);
  }

  return (
    <Modal
      title={t('ideas.adoptTitle')}
      onClose={onClose}
      initialFocus={cancelRef}
      footer={
        <>
          <button type="button" ref={cancelRef} className="kern-btn kern-btn--secondary" onClick={onClose}>
            <span className="kern-label">{t('common.cancel')}</span>
          </button>
          <button type="submit" form={formId} className="kern-btn kern-btn--primary">
            <span className="kern-label">{t('ideas.adoptConfirm')}</span>
          </button>
        </>
      }
    >
      <form id={formId} className="cdo-form cdo-form--dialog" onSubmit={(e) => void adopt(e)} noValidate>
        <p className="kern-body">{t('ideas.adoptText', { title: idea.title })}</p>
        {error ? (
          <Alert kind="danger" title={t('ideas.adoptError')}>
            <p className="kern-body">{error}</p>
          </Alert>
        ) : null}
        <FormField label={t('ideas.adoptPhase')}>
          {(p) => (
            <SelectBox id={p.id} value={phase} onChange={(e) => setPhase(e.target.value as Phase)}>
              {PHASES.map((ph) => <option key={ph} value={ph}>{t(`phase.${ph}`)}</option>)}
            </SelectBox>
          )}
        </FormField>
        <FormField label={t('ideas.adoptPriority')}>
          {(p) => (
            <SelectBox id={p.id} value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
              {PRIORITIES.map((pr) => <option key={pr} value={pr}>{t(`priority.long.${pr}`)}</option>)}
            </SelectBox>
          )}
        </FormField>
        <p className="kern-body kern-body--muted">{t('ideas.adoptUndoHint')}</p>
      </form>
    </Modal>
  );
}
