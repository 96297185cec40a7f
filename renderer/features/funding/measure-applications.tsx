/**
 * The funding of one measure, shown inside its "Finanzen" tab: its funding
 * applications (list, add, edit, delete) and "Passende Förderprogramme" —
 * catalogue programmes that fit its field of action and words, each with why.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus, FundingApplication, ProgrammeSuggestion } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatDate, formatMoney, formatNumber } from '../../i18n/index.ts';
import { ApplicationDialog } from './application-dialog.tsx';
import './funding.css';

const STATUS_CLASS: Record<ApplicationStatus, string> = {
  planned: 'cdo-badge--neutral', submitted: 'kern-badge--info', approved: 'kern-badge--success', rejected: 'kern-badge--danger',
};

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`kern-badge kern-badge--small ${STATUS_CLASS[status]} cdo-badge`}>
      <span className="kern-label">{t(`fundingApplications.status.${status}`)}</span>
    </span>
  );
}

type Editing = { application: FundingApplication | null; presetProgrammeId?: string };

export function MeasureApplications({ measureId }: { measureId: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const { bump } = useDataVersion();
  const list = useLoad((a) => a.listApplications({ measureId }), [measureId]);
  const programmes = useLoad((a) => a.listFundingProgrammes({}), []);
  const suggestions = useLoad((a) => a.suggestProgrammes({ measureId }), [measureId]);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [removing, setRemoving] = useState<FundingApplication | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function remove(a: FundingApplication) {
    const r = await api.deleteApplication({ id: a.id });
    setRemoving(null);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setNotice(t('fundingApplications.deleted', { name: a.programmeName }));
    bump();
  }

  const rows = list.data ?? [];
  const money = (v: number | null) => (v === null ? '' : formatMoney(v, lang));
  const catalogue = programmes.data?.rows ?? [];

  return (
    <>
      <section className="cdo-section cdo-fact-section" aria-labelledby="applications-title">
        <div className="cdo-section__head">
          <h2 className="kern-heading-small" id="applications-title">{t('fundingApplications.title')}</h2>
          <button type="button" className="kern-btn kern-btn--secondary" disabled={catalogue.length === 0} onClick={() => setEditing({ application: null })}>
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('fundingApplications.add')}</span>
          </button>
        </div>
        <output className="kern-body cdo-status" aria-live="polite">{notice}</output>
        {error ? <Alert kind="danger" title={t('fundingApplications.saveError')}><p className="kern-body">{error}</p></Alert> : null}
        {list.error ? <p className="kern-body cdo-text-danger">{list.error.message}</p> : null}
        {!list.data && !list.error ? <Loading label={t('common.loading')} /> : null}
        {programmes.data && catalogue.length === 0 ? <p className="kern-body kern-body--muted">{t('fundingApplications.noProgrammes')}</p> : null}
        {list.data && rows.length === 0 && catalogue.length > 0 ? <p className="kern-body kern-body--muted">{t('fundingApplications.none')}</p> : null}
        {rows.length ? (
          <div className="cdo-table-card cdo-table-scroll">
            <table className="kern-table kern-table--small cdo-applications">
              <caption className="kern-sr-only">{t('fundingApplications.caption')}</caption>
              <thead>
                <tr className="kern-table__row">
                  <th scope="col" className="kern-table__header">{t('fundingApplications.col.programme')}</th>
                  <th scope="col" className="kern-table__header">{t('fundingApplications.col.status')}</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{t('fundingApplications.col.requested')}</th>
                  <th scope="col" className="kern-table__header kern-table__header--numeric">{t('fundingApplications.col.approved')}</th>
                  <th scope="col" className="kern-table__header">{t('fundingApplications.col.submitted')}</th>
                  <th scope="col" className="kern-table__header">{t('fundingApplications.col.decision')}</th>
                  <th scope="col" className="kern-table__header">{t('fundingApplications.col.reporting')}</th>
                  <th scope="col" className="kern-table__header kern-table__header--action">{t('fundingApplications.col.actions')}</th>
                </tr>
              </thead>
              <tbody className="kern-table__body">
                {rows.map((a) => (
                  <tr key={a.id} className="kern-table__row">
                    <th scope="row" className="kern-table__cell cdo-cell-title">
                      <a className="kern-link" href={hrefOf('funding', a.programmeId)}>{a.programmeName}</a>
                      {a.note ? <span className="cdo-cell-sub">{a.note}</span> : null}
                    </th>
                    <td className="kern-table__cell"><ApplicationStatusBadge status={a.status} /></td>
                    <td className="kern-table__cell kern-table__cell--numeric cdo-nowrap">{money(a.amountRequested)}</td>
                    <td className="kern-table__cell kern-table__cell--numeric cdo-nowrap">{money(a.amountApproved)}</td>
                    <td className="kern-table__cell cdo-nowrap">{formatDate(a.submittedOn, lang)}</td>
                    <td className="kern-table__cell cdo-nowrap">{formatDate(a.decisionOn, lang)}</td>
                    <td className="kern-table__cell cdo-nowrap">{formatDate(a.reportingDeadline, lang)}</td>
                    <td className="kern-table__cell kern-table__cell--action cdo-nowrap">
                      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setEditing({ application: a })} aria-label={t('fundingApplications.editOf', { name: a.programmeName })}>
                        <span className="kern-label">{t('fundingApplications.edit')}</span>
                      </button>
                      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setRemoving(a)} aria-label={t('fundingApplications.deleteOf', { name: a.programmeName })}>
                        <span className="kern-label">{t('fundingApplications.delete')}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>

      <Suggestions
        list={suggestions.data}
        applied={new Set(rows.map((a) => a.programmeId))}
        onPlan={(programmeId) => setEditing({ application: null, presetProgrammeId: programmeId })}
      />

      {editing ? (
        <ApplicationDialog
          measureId={measureId}
          application={editing.application}
          programmes={catalogue}
          {...(editing.presetProgrammeId ? { presetProgrammeId: editing.presetProgrammeId } : {})}
          onClose={() => setEditing(null)}
          onSaved={(a) => {
            setEditing(null);
            setError(null);
            setNotice(t('fundingApplications.saved', { name: a.programmeName }));
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog title={t('fundingApplications.deleteTitle')} confirmLabel={t('fundingApplications.delete')} onCancel={() => setRemoving(null)} onConfirm={() => void remove(removing)}>
          <p className="kern-body">{t('fundingApplications.deleteText', { name: removing.programmeName })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}

function Suggestions({ list, applied, onPlan }: { list: ProgrammeSuggestion[] | null; applied: Set<string>; onPlan(programmeId: string): void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  return (
    <section className="cdo-section cdo-fact-section" aria-labelledby="suggestions-title">
      <h2 className="kern-heading-small" id="suggestions-title">{t('fundingApplications.suggestions.title')}</h2>
      <p className="kern-body kern-body--muted">{t('fundingApplications.suggestions.lead')}</p>
      {!list ? <Loading label={t('common.loading')} /> : null}
      {list && list.length === 0 ? <p className="kern-body">{t('fundingApplications.suggestions.none')}</p> : null}
      {list?.length ? (
        <ul className="cdo-suggestions">
          {list.map((s) => (
            <li key={s.programme.id} className="cdo-suggestion">
              <div className="cdo-suggestion__head">
                <a className="kern-link cdo-suggestion__name" href={hrefOf('funding', s.programme.id)}>{s.programme.name}</a>
                <span className="cdo-suggestion__meta">
                  <span className={`cdo-funder cdo-funder--${s.programme.funder}`}>{t(`funding.funder.${s.programme.funder}`)}</span>
                  {s.programme.maxQuota !== null ? <span>{t('funding.upTo', { value: formatNumber(s.programme.maxQuota, lang) })}</span> : null}
                  {s.programme.deadline ? <span>{t('fundingApplications.suggestions.deadline', { date: formatDate(s.programme.deadline, lang) })}</span> : null}
                </span>
              </div>
              <p className="kern-body kern-body--small cdo-suggestion__why">
                <span className="kern-sr-only">{t('fundingApplications.suggestions.why')}: </span>
                {s.reasons.map((r, i) => (
                  <span key={i} className={`cdo-reason cdo-reason--${r.kind}`}>
                    {r.kind === 'field' ? t('fundingApplications.suggestions.field', { term: r.term }) : t('fundingApplications.suggestions.keyword', { term: r.term, matched: r.matched })}
                  </span>
                ))}
              </p>
              {applied.has(s.programme.id) ? (
                <span className="cdo-muted cdo-suggestion__action">{t('fundingApplications.suggestions.applied')}</span>
              ) : (
                <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small cdo-suggestion__action" onClick={() => onPlan(s.programme.id)}
                  aria-label={t('fundingApplications.suggestions.planFor', { name: s.programme.name })}>
                  <span className="kern-label">{t('fundingApplications.suggestions.plan')}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
