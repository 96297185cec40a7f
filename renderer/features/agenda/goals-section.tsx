/**
 * Ziele & Maßnahmen: the goal tree — strategic goals, their operational
 * goals, and the measures of the portfolio linked to them (each opens its
 * fact sheet). While the newest version is frozen, the tree is read-only.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaGoal, AgendaSummary } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading } from '../../components/page.tsx';
import { PhaseBadge } from '../../components/phase.tsx';
import { currentLang, formatDate } from '../../i18n/index.ts';
import { GoalDialog, LinkMeasureDialog } from './goal-dialogs.tsx';
import { useWrite } from '../../components/use-write.ts';

type Dialog =
  | { kind: 'goal'; goal: AgendaGoal | null; parentId: string | null }
  | { kind: 'link'; goal: AgendaGoal }
  | { kind: 'delete'; goal: AgendaGoal };

export function GoalsSection({ agenda }: { agenda: AgendaSummary }) {
  const { t } = useTranslation();
  const snap = useLoad((a) => a.getAgendaSnapshot({ agendaId: agenda.id }), [agenda.id]);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [error, setError] = useState<string | null>(null);
  const api = useApi();
  const write = useWrite();
  if (snap.error) return <Alert kind="danger" title={t('agenda.loadError')}>{snap.error.message}</Alert>;
  if (!snap.data) return <Loading label={t('agenda.loading')} />;
  const s = snap.data;
  const edit = !agenda.locked;

  async function remove(goal: AgendaGoal) {
    const r = await write(api.deleteAgendaGoal({ id: goal.id }));
    setDialog(null);
    setError(r.ok ? null : r.message);
  }
  async function unlink(goal: AgendaGoal, measureId: string) {
    const r = await write(api.unlinkAgendaMeasure({ goalId: goal.id, measureId }));
    setError(r.ok ? null : r.message);
  }
  const actions = { edit, open: setDialog, unlink };

  return (
    <div className="cdo-agenda-goals">
      {edit ? (
        <div className="cdo-agenda-toolbar cdo-no-print">
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => setDialog({ kind: 'goal', goal: null, parentId: null })}>
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('agenda.goal.addStrategic')}</span>
          </button>
        </div>
      ) : null}
      {error ? <Alert kind="danger" title={t('agenda.saveError')}>{error}</Alert> : null}
      {s.goals.length === 0 ? <p className="kern-body kern-body--muted">{t('agenda.goal.empty')}</p> : null}
      <ol className="cdo-agenda-tree">
        {s.goals.map((g, n) => (
          <li key={g.id} className="kern-card cdo-agenda-goal">
            <div className="kern-card__container">
              <GoalHead goal={g} number={`${n + 1}`} actions={actions} />
              {g.children.length ? (
                <ol className="cdo-agenda-subtree">
                  {g.children.map((c, m) => (
                    <li key={c.id} className="cdo-agenda-goal cdo-agenda-goal--operational">
                      <GoalHead goal={c} number={`${n + 1}.${m + 1}`} actions={actions} />
                      <MeasureList goal={c} actions={actions} />
                    </li>
                  ))}
                </ol>
              ) : null}
              {g.measures.length ? <MeasureList goal={g} actions={actions} /> : null}
              {edit ? (
                <div className="cdo-no-print cdo-agenda-goal__add">
                  <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setDialog({ kind: 'goal', goal: null, parentId: g.id })}>
                    <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
                    <span className="kern-label">{t('agenda.goal.addOperational', { goal: g.title })}</span>
                  </button>
                </div>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      {dialog?.kind === 'goal' ? <GoalDialog agenda={s} goal={dialog.goal} parentId={dialog.parentId} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'link' ? <LinkMeasureDialog goal={dialog.goal} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'delete' ? (
        <ConfirmDialog title={t('agenda.goal.deleteTitle')} confirmLabel={t('agenda.goal.delete')} onCancel={() => setDialog(null)} onConfirm={() => void remove(dialog.goal)}>
          <p className="kern-body">{t(dialog.goal.children.length ? 'agenda.goal.deleteWithChildren' : 'agenda.goal.deleteText', { title: dialog.goal.title, count: dialog.goal.children.length })}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

interface Actions {
  edit: boolean;
  open(d: Dialog): void;
  unlink(goal: AgendaGoal, measureId: string): Promise<void>;
}

function GoalHead({ goal, number, actions }: { goal: AgendaGoal; number: string; actions: Actions }) {
  const { t } = useTranslation();
  const Heading = goal.kind === 'strategic' ? 'h2' : 'h3';
  return (
    <div className="cdo-agenda-goal__head">
      <div>
        <Heading className={goal.kind === 'strategic' ? 'kern-heading-small' : 'kern-body kern-body--bold'}>
          <span className="cdo-agenda-goal__number">{number}</span> {goal.title}
        </Heading>
        <p className="kern-body kern-body--small kern-body--muted">
          {t(`agenda.goal.kind.${goal.kind}`)}{goal.fieldName ? ` · ${goal.fieldName}` : ''}
          {goal.indicators.length ? ` · ${t('agenda.goal.indicators', { count: goal.indicators.length })}` : ''}
        </p>
        {goal.description ? <p className="kern-body cdo-agenda-prose">{goal.description}</p> : null}
      </div>
      {actions.edit ? (
        <div className="kern-btn-wrapper cdo-no-print cdo-agenda-goal__actions">
          {goal.kind === 'operational' ? (
            <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" onClick={() => actions.open({ kind: 'link', goal })}
                aria-label={`${t('agenda.link.open')}: ${goal.title}`}>
              <span className="kern-label">{t('agenda.link.open')}</span>
            </button>
          ) : null}
          <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => actions.open({ kind: 'goal', goal, parentId: goal.parentId })}
              aria-label={`${t('agenda.goal.edit')}: ${goal.title}`}>
            <span className="kern-label">{t('agenda.goal.edit')}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" onClick={() => actions.open({ kind: 'delete', goal })}
              aria-label={`${t('agenda.goal.delete')}: ${goal.title}`}>
            <span className="kern-label">{t('agenda.goal.delete')}</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}

function MeasureList({ goal, actions }: { goal: AgendaGoal; actions: Actions }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  if (!goal.measures.length) return <p className="kern-body kern-body--small kern-body--muted cdo-agenda-measures-empty">{t('agenda.link.none')}</p>;
  return (
    <ul className="cdo-agenda-measures" aria-label={t('agenda.link.listLabel', { goal: goal.title })}>
      {goal.measures.map((m) => (
        <li key={m.id} className="cdo-agenda-measure">
          <a className="kern-link" href={hrefOf('portfolio', m.id)}>{m.title}</a>
          <PhaseBadge phase={m.phase} />
          <span className="kern-body kern-body--small kern-body--muted">
            {m.start || m.end ? `${formatDate(m.start, lang) || '…'} – ${formatDate(m.end, lang) || '…'}` : t('agenda.roadmap.noDates')}
            {m.leadUnit ? ` · ${m.leadUnit}` : ''}
          </span>
          {actions.edit ? (
            <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small cdo-no-print" onClick={() => void actions.unlink(goal, m.id)}
                aria-label={`${t('agenda.link.remove')}: ${m.title}`}>
              <span className="kern-label">{t('agenda.link.remove')}</span>
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
