/**
 * The Stakeholder module (#/stakeholders): the power/interest grid (drag or
 * arrow keys change the scores, Ctrl+Z undoes), the engagement gaps, the
 * register table (the grid's text alternative) and the relations.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EngagementGap, Stakeholder } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { navigate } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { currentLang, formatDate } from '../../i18n/index.ts';
import { useWrite } from '../../components/use-write.ts';
import { ATTITUDE_COLORS, quadrantOf } from './grid-model.ts';
import { PowerInterestGrid } from './power-interest-grid.tsx';
import { RelationsSection } from './relations-section.tsx';
import { StakeholderDialog } from './stakeholder-dialog.tsx';
import './stakeholders.css';

type Editing = { stakeholder: Stakeholder | null } | null;

export function StakeholdersView({ rest }: { rest: string[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const register = useLoad((a) => a.getStakeholderRegister(), []);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Stakeholder | null>(null);
  const [notice, setNotice] = useState<{ kind: 'warning' | 'danger'; text: string } | null>(null);

  async function move(id: string, influence: number, interest: number) {
    const r = await write(api.moveStakeholder({ id, influence, interest }));
    setNotice(r.ok ? null : { kind: 'danger', text: t('stakeholders.grid.moveFailed', { message: r.message }) });
  }

  const data = register.data;
  // A stakeholder named in the address (a search hit) is opened for editing; closing returns to the register.
  const routed = rest[0] ? data?.rows.find((r) => r.id === rest[0]) ?? null : null;
  const dialog: Editing = editing ?? (routed ? { stakeholder: routed } : null);
  const closeDialog = () => {
    setEditing(null);
    if (rest[0]) navigate('stakeholders');
  };
  return (
    <>
      <PageHeader
        title={t('stakeholders.title')}
        lead={t('stakeholders.lead')}
        actions={
          <button type="button" className="kern-btn kern-btn--primary" onClick={() => setEditing({ stakeholder: null })}>
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('stakeholders.new')}</span>
          </button>
        }
      />
      {notice ? <Alert kind={notice.kind} title={notice.text} /> : null}
      {register.error ? <Alert kind="danger" title={register.error.message} /> : null}
      {!data ? (register.error ? null : <Loading label={t('common.loading')} />) : data.rows.length === 0 ? (
        <p className="kern-body cdo-stakeholder-empty">{t('stakeholders.empty')}</p>
      ) : (
        <>
          <div className="cdo-stakeholder-top">
            <section className="cdo-stakeholder-section cdo-stakeholder-grid" aria-labelledby="stakeholder-grid">
              <h2 className="kern-heading-medium" id="stakeholder-grid">{t('stakeholders.grid.title')}</h2>
              <p className="kern-body kern-body--small kern-body--muted" id="stakeholder-grid-hint">{t('stakeholders.grid.hint')}</p>
              <PowerInterestGrid rows={data.rows} onMove={(id, influence, interest) => void move(id, influence, interest)} />
            </section>
            <GapList gaps={data.gaps} />
          </div>
          <RegisterTable rows={data.rows} onEdit={(s) => setEditing({ stakeholder: s })} onDelete={setDeleting} />
          <RelationsSection rows={data.rows} relations={data.relations} />
        </>
      )}
      {dialog ? (
        <StakeholderDialog
          key={dialog.stakeholder?.id ?? 'new'}
          stakeholder={dialog.stakeholder}
          onClose={closeDialog}
          onSaved={(saved) => {
            closeDialog();
            setNotice(saved.duplicateName ? { kind: 'warning', text: t('stakeholders.form.duplicateSaved', { name: saved.name }) } : null);
          }}
        />
      ) : null}
      {deleting ? (
        <ConfirmDialog title={t('stakeholders.delete.title')} confirmLabel={t('stakeholders.delete.confirm')} onCancel={() => setDeleting(null)}
          onConfirm={() => { const id = deleting.id; setDeleting(null); void write(api.deleteStakeholder({ id })); }}>
          <p className="kern-body">{t('stakeholders.delete.text', { name: deleting.name })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function GapList({ gaps }: { gaps: EngagementGap[] }) {
  const { t } = useTranslation();
  return (
    <section className="cdo-stakeholder-section cdo-stakeholder-gaps" aria-labelledby="stakeholder-gaps">
      <h2 className="kern-heading-medium" id="stakeholder-gaps">{t('stakeholders.gaps.title')}</h2>
      <p className="kern-body kern-body--small kern-body--muted">{t('stakeholders.gaps.lead')}</p>
      {gaps.length === 0 ? <p className="kern-body">{t('stakeholders.gaps.none')}</p> : (
        <div className="cdo-table-card">
          <table className="kern-table kern-table--small cdo-gaps" aria-labelledby="stakeholder-gaps">
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('stakeholders.gaps.col.name')}</th>
                <th scope="col" className="kern-table__header">{t('stakeholders.gaps.col.engagement')}</th>
                <th scope="col" className="kern-table__header">{t('stakeholders.gaps.col.gap')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {gaps.map((g) => (
                <tr key={g.id} className="kern-table__row">
                  <th scope="row" className="kern-table__cell cdo-gaps__name">{g.name}</th>
                  <td className="kern-table__cell">{t(`stakeholders.engagement.${g.now}`)} → {t(`stakeholders.engagement.${g.wanted}`)}</td>
                  <td className={`kern-table__cell cdo-gaps__size${g.gap > 0 ? ' cdo-gaps__size--up' : ''}`}>
                    {t(g.gap > 0 ? 'stakeholders.gaps.up' : 'stakeholders.gaps.down', { count: Math.abs(g.gap), n: Math.abs(g.gap) })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function RegisterTable({ rows, onEdit, onDelete }: { rows: Stakeholder[]; onEdit(s: Stakeholder): void; onDelete(s: Stakeholder): void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <section className="cdo-stakeholder-section" aria-labelledby="stakeholder-register">
      <h2 className="kern-heading-medium" id="stakeholder-register">{t('stakeholders.register.title')}</h2>
      <div className="cdo-table-card">
        <table className="kern-table kern-table--small cdo-stakeholder-table" aria-labelledby="stakeholder-register">
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t('stakeholders.register.col.name')}</th>
              <th scope="col" className="kern-table__header">{t('stakeholders.register.col.quadrant')}</th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">{t('stakeholders.register.col.influence')}</th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">{t('stakeholders.register.col.interest')}</th>
              <th scope="col" className="kern-table__header">{t('stakeholders.register.col.attitude')}</th>
              <th scope="col" className="kern-table__header">{t('stakeholders.register.col.engagement')}</th>
              <th scope="col" className="kern-table__header">{t('stakeholders.register.col.nextContact')}</th>
              <th scope="col" className="kern-table__header"><span className="kern-sr-only">{t('common.actions')}</span></th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {rows.map((s) => (
              <tr key={s.id} className="kern-table__row" data-id={s.id}>
                <th scope="row" className="kern-table__cell cdo-cell-title">
                  {s.name}
                  <span className="cdo-cell-sub">{[t(`stakeholders.kind.${s.kind}`), t(`stakeholders.scope.${s.scope}`), s.organisation ?? s.category].filter(Boolean).join(' · ')}</span>
                  {s.duplicateName ? <span className="cdo-cell-sub cdo-stakeholder-duplicate">{t('stakeholders.register.duplicate')}</span> : null}
                </th>
                <td className="kern-table__cell">{t(`stakeholders.quadrant.${quadrantOf(s.influence, s.interest)}`)}</td>
                <td className="kern-table__cell kern-table__cell--numeric cdo-score-influence">{s.influence}</td>
                <td className="kern-table__cell kern-table__cell--numeric cdo-score-interest">{s.interest}</td>
                <td className="kern-table__cell cdo-nowrap">
                  <span className="cdo-grid-legend__dot" style={{ background: ATTITUDE_COLORS[s.attitude] }} aria-hidden="true" />
                  {t(`stakeholders.attitude.${s.attitude}`)}
                </td>
                <td className="kern-table__cell">{t(`stakeholders.engagement.${s.engagementNow}`)} → {t(`stakeholders.engagement.${s.engagementWanted}`)}</td>
                <td className="kern-table__cell cdo-nowrap">{s.nextContact ? formatDate(s.nextContact, lang) : ''}</td>
                <td className="kern-table__cell">
                  <div className="cdo-stakeholder-actions">
                    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={t('stakeholders.register.editOf', { name: s.name })} aria-label={t('stakeholders.register.editOf', { name: s.name })} onClick={() => onEdit(s)}>
                      <span className="kern-icon kern-icon--edit kern-icon--small" aria-hidden="true" />
                    </button>
                    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={t('stakeholders.register.deleteOf', { name: s.name })} aria-label={t('stakeholders.register.deleteOf', { name: s.name })} onClick={() => onDelete(s)}>
                      <span className="kern-icon kern-icon--delete kern-icon--small" aria-hidden="true" />
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
