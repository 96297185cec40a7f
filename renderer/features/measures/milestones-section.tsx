/**
 * "Meilensteine": the milestones of a measure with planned and actual date,
 * ticked off as reached, overdue ones marked. Each change is one undo step.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue, Milestone } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, inputClass } from '../../components/form-field.tsx';
import { Modal } from '../../components/modal.tsx';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatDate } from '../../i18n/index.ts';

type Issues = Partial<Record<'title' | 'plannedOn' | 'actualOn', string>>;

function issuesOf(list: FieldIssue[] | undefined): Issues {
  const out: Issues = {};
  for (const i of list ?? []) {
    const key = i.path.split('.')[0] as keyof Issues;
    if (key === 'title' || key === 'plannedOn' || key === 'actualOn') out[key] ??= i.message;
  }
  return out;
}

function StatusBadge({ m }: { m: Milestone }) {
  const { t } = useTranslation();
  const [kind, cls] = m.done ? ['done', 'kern-badge--success'] : m.overdue ? ['overdue', 'kern-badge--danger'] : ['open', 'cdo-badge--neutral'];
  return (
    <span className={`kern-badge kern-badge--small ${cls} cdo-badge`}>
      <span className="kern-label">{t(`factSheet.milestones.status.${kind}`)}</span>
    </span>
  );
}

function EditDialog({ m, onClose }: { m: Milestone; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const [title, setTitle] = useState(m.title);
  const [plannedOn, setPlannedOn] = useState(m.plannedOn ?? '');
  const [done, setDone] = useState(m.done);
  const [actualOn, setActualOn] = useState(m.actualOn ?? '');
  const [issues, setIssues] = useState<Issues>({});
  const [error, setError] = useState<string | null>(null);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const r = await api.saveMilestone({ id: m.id, measureId: m.measureId, title, plannedOn: plannedOn || null, done, actualOn: done ? actualOn || null : null });
    if (!r.ok) {
      const found = issuesOf(r.error.details?.issues);
      setIssues(found);
      setError(Object.keys(found).length ? null : r.error.message);
      return;
    }
    bump();
    onClose();
  }

  return (
    <Modal
      title={t('factSheet.milestones.editTitle')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">{t('common.cancel')}</span></button>
          <button type="submit" form="milestone-edit" className="kern-btn kern-btn--primary"><span className="kern-label">{t('factSheet.milestones.save')}</span></button>
        </>
      }
    >
      <form id="milestone-edit" className="cdo-form cdo-form--dialog" onSubmit={(e) => void save(e)} noValidate>
        {error ? <Alert kind="danger" title={t('measure.saveError')}><p className="kern-body">{error}</p></Alert> : null}
        <FormField label={t('factSheet.milestones.titleLabel')} error={issues.title}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />}
        </FormField>
        <FormField label={t('factSheet.milestones.planned')} error={issues.plannedOn} optional={t('common.optional')}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="date" value={plannedOn} onChange={(e) => setPlannedOn(e.target.value)} />}
        </FormField>
        <div className="kern-form-check">
          <input className="kern-form-check__checkbox" type="checkbox" id="milestone-edit-done" checked={done} onChange={(e) => setDone(e.target.checked)} />
          <label className="kern-label" htmlFor="milestone-edit-done">{t('factSheet.milestones.done')}</label>
        </div>
        {done ? (
          <FormField label={t('factSheet.milestones.actual')} error={issues.actualOn} optional={t('common.optional')}>
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="date" value={actualOn} onChange={(e) => setActualOn(e.target.value)} />}
          </FormField>
        ) : null}
      </form>
    </Modal>
  );
}

export function MilestonesSection({ measureId }: { measureId: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const { bump } = useDataVersion();
  const list = useLoad((a) => a.listMilestones({ measureId }), [measureId]);
  const [title, setTitle] = useState('');
  const [plannedOn, setPlannedOn] = useState('');
  const [issues, setIssues] = useState<Issues>({});
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [editing, setEditing] = useState<Milestone | null>(null);
  const titleRef = useRef<HTMLInputElement>(null);

  async function add(e: React.FormEvent) {
    e.preventDefault();
    const r = await api.saveMilestone({ measureId, title, plannedOn: plannedOn || null });
    if (!r.ok) {
      const found = issuesOf(r.error.details?.issues);
      setIssues(found);
      setError(Object.keys(found).length ? null : r.error.message);
      return;
    }
    setIssues({});
    setError(null);
    setTitle('');
    setPlannedOn('');
    setNotice(t('factSheet.milestones.added', { title: r.value.title }));
    bump();
    titleRef.current?.focus();
  }

  async function toggle(m: Milestone) {
    const r = await api.saveMilestone({ id: m.id, measureId, title: m.title, plannedOn: m.plannedOn, done: !m.done, actualOn: null });
    if (!r.ok) setError(r.error.message);
    else {
      setNotice(t('factSheet.milestones.saved', { title: m.title }));
      bump();
    }
  }

  async function remove(m: Milestone) {
    const r = await api.deleteMilestone({ id: m.id });
    if (!r.ok) setError(r.error.message);
    else {
      setNotice(t('factSheet.milestones.deleted', { title: m.title }));
      bump();
    }
  }

  const rows = list.data ?? [];
  const overdue = rows.filter((m) => m.overdue).length;

  return (
    <section className="cdo-section cdo-fact-section" aria-labelledby="milestones-title">
      <h2 className="kern-heading-small" id="milestones-title">{t('factSheet.milestones.title')}</h2>
      <output className="kern-body cdo-status cdo-fact-notice" aria-live="polite">{notice}</output>
      {error ? <Alert kind="danger" title={t('measure.saveError')}><p className="kern-body">{error}</p></Alert> : null}
      {list.error ? <p className="kern-body cdo-text-danger">{list.error.message}</p> : null}
      {!list.data && !list.error ? <Loading label={t('common.loading')} /> : null}
      {overdue ? <p className="kern-body cdo-text-danger">{t('factSheet.milestones.overdueCount', { count: overdue })}</p> : null}
      {list.data && rows.length === 0 ? <p className="kern-body kern-body--muted">{t('factSheet.milestones.none')}</p> : null}
      {rows.length ? (
        <div className="kern-table-responsive cdo-table-card">
          <table className="kern-table cdo-fact-table">
            <caption className="kern-sr-only">{t('factSheet.milestones.tableLabel')}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('factSheet.milestones.col.title')}</th>
                <th scope="col" className="kern-table__header">{t('factSheet.milestones.col.planned')}</th>
                <th scope="col" className="kern-table__header">{t('factSheet.milestones.col.actual')}</th>
                <th scope="col" className="kern-table__header">{t('factSheet.milestones.col.status')}</th>
                <th scope="col" className="kern-table__header kern-table__header--action">{t('factSheet.milestones.col.actions')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((m) => (
                <tr key={m.id} className={`kern-table__row${m.overdue ? ' cdo-row--overdue' : ''}`}>
                  <th scope="row" className="kern-table__cell">
                    <span className="kern-form-check cdo-inline-check">
                      <input className="kern-form-check__checkbox" type="checkbox" id={`ms-done-${m.id}`} checked={m.done} onChange={() => void toggle(m)} aria-label={t('factSheet.milestones.markDone', { title: m.title })} />
                      <label className="kern-label" htmlFor={`ms-done-${m.id}`}>
                        {m.title}
                      </label>
                    </span>
                  </th>
                  <td className="kern-table__cell cdo-nowrap">{formatDate(m.plannedOn, lang)}</td>
                  <td className="kern-table__cell cdo-nowrap">{formatDate(m.actualOn, lang)}</td>
                  <td className="kern-table__cell"><StatusBadge m={m} /></td>
                  <td className="kern-table__cell kern-table__cell--action cdo-nowrap">
                    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setEditing(m)} aria-label={t('factSheet.milestones.editOf', { title: m.title })}>
                      <span className="kern-label">{t('factSheet.milestones.edit')}</span>
                    </button>
                    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => void remove(m)} aria-label={t('factSheet.milestones.deleteOf', { title: m.title })}>
                      <span className="kern-label">{t('factSheet.milestones.delete')}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <form className="cdo-inline-form" onSubmit={(e) => void add(e)} noValidate aria-labelledby="milestone-add-title">
        <h3 className="cdo-fact-subhead" id="milestone-add-title">{t('factSheet.milestones.addTitle')}</h3>
        <div className="cdo-inline-form__row">
          <FormField label={t('factSheet.milestones.titleLabel')} error={issues.title} className="cdo-inline-form__grow">
            {({ invalid, ...p }) => <input {...p} ref={titleRef} className={inputClass(invalid)} type="text" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />}
          </FormField>
          <FormField label={t('factSheet.milestones.planned')} error={issues.plannedOn} optional={t('common.optional')}>
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="date" value={plannedOn} onChange={(e) => setPlannedOn(e.target.value)} />}
          </FormField>
          <button type="submit" className="kern-btn kern-btn--secondary cdo-inline-form__submit">
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('factSheet.milestones.add')}</span>
          </button>
        </div>
      </form>
      {editing ? <EditDialog m={editing} onClose={() => setEditing(null)} /> : null}
    </section>
  );
}
