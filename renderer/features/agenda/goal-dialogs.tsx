/** Dialogs of the goal tree: add or change a goal, link a measure of the portfolio to a goal. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaGoal, AgendaSnapshot } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { Modal } from '../../components/modal.tsx';
import { MeasureSearch } from '../../components/measure-search.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { issueFor, useWrite, type WriteFailure } from '../../components/use-write.ts';

export function GoalDialog({ agenda, goal, parentId, onClose }: {
  agenda: AgendaSnapshot;
  /** null: a new goal. */
  goal: AgendaGoal | null;
  /** For a new goal: the strategic goal it belongs to (null: a new strategic goal). */
  parentId: string | null;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const fields = useLoad((a) => a.listFields(), []);
  const [title, setTitle] = useState(goal?.title ?? '');
  const [description, setDescription] = useState(goal?.description ?? '');
  const [fieldId, setFieldId] = useState(goal?.fieldId ?? '');
  const [parent, setParent] = useState(goal ? goal.parentId ?? '' : parentId ?? '');
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const strategic = agenda.goals.filter((g) => g.id !== goal?.id);
  const canMove = !goal || goal.children.length === 0;

  async function save() {
    const r = await write(api.saveAgendaGoal({
      ...(goal ? { id: goal.id } : {}), agendaId: agenda.agendaId, title, description, fieldId: fieldId || null, parentId: parent || null,
    }));
    if (r.ok) onClose();
    else setFailure(r);
  }
  const err = (p: string) => issueFor(failure?.issues ?? [], p);
  const general = failure && !failure.issues.length ? failure.message : null;
  return (
    <Modal title={goal ? t('agenda.goal.editTitle') : parent ? t('agenda.goal.newOperational') : t('agenda.goal.newStrategic')} onClose={onClose}
      footer={<>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">{t('common.cancel')}</span></button>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => void save()}><span className="kern-label">{t('agenda.save')}</span></button>
      </>}>
      <form className="cdo-form" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        {general ? <p className="kern-body cdo-agenda-error" role="alert">{general}</p> : null}
        <FormField id="goal-title" label={t('agenda.goal.title')} error={err('title')}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />}
        </FormField>
        <FormField id="goal-description" label={t('agenda.goal.description')} error={err('description')} optional={t('common.optional')}>
          {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={4} value={description} onChange={(e) => setDescription(e.target.value)} />}
        </FormField>
        {canMove ? (
          <FormField id="goal-parent" label={t('agenda.goal.parent')} error={err('parentId')} hint={t('agenda.goal.parentHint')}>
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={parent} onChange={(e) => setParent(e.target.value)}>
                <option value="">{t('agenda.goal.noParent')}</option>
                {strategic.map((g) => <option key={g.id} value={g.id}>{g.title}</option>)}
              </SelectBox>
            )}
          </FormField>
        ) : null}
        <FormField id="goal-field" label={t('agenda.goal.field')} error={err('fieldId')} optional={t('common.optional')}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={fieldId} onChange={(e) => setFieldId(e.target.value)}>
              <option value="">{t('agenda.goal.noField')}</option>
              {(fields.data ?? []).map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
            </SelectBox>
          )}
        </FormField>
      </form>
    </Modal>
  );
}

export function LinkMeasureDialog({ goal, onClose }: { goal: AgendaGoal; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const [error, setError] = useState<string | null>(null);
  const linked = new Set(goal.measures.map((m) => m.id));

  async function link(measureId: string) {
    const r = await write(api.linkAgendaMeasure({ goalId: goal.id, measureId }));
    if (r.ok) onClose();
    else setError(r.issues[0]?.message ?? r.message);
  }
  return (
    <Modal title={t('agenda.link.title', { goal: goal.title })} onClose={onClose}
      footer={<button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">{t('common.cancel')}</span></button>}>
      <MeasureSearch id="link-measure" label={t('agenda.link.measure')} hint={t('agenda.link.hint')} error={error} exclude={linked}
        action={t('agenda.link.submit')} actionOf={(title) => t('agenda.link.submitOf', { title })} onPick={(m) => void link(m.id)} />
    </Modal>
  );
}
