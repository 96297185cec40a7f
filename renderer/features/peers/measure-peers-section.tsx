/**
 * The "Peers & Kooperation" tab of a measure's fact sheet: which peer projects
 * resemble this measure (with reasons, adoptable as an idea) and the measure's
 * partnerships (add, edit, remove; each one undo step).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { useWrite } from '../../components/use-write.ts';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { MatchTable } from './match-table.tsx';
import { PartnershipDialog } from './partnership-dialog.tsx';
import { KindLabel, PartnershipStatusBadge } from './partnership-labels.tsx';
import './peers.css';

export function MeasurePeersSection({ measureId }: { measureId: string }) {
  return (
    <>
      <MeasureMatches measureId={measureId} />
      <MeasurePartnerships measureId={measureId} />
    </>
  );
}

function MeasureMatches({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const matches = useLoad((a) => a.findPeerMatches({ kind: 'measure', id: measureId, limit: 10 }), [measureId]);
  const facets = useLoad((a) => a.listPeerFacets(), []);
  const empty = facets.data?.total === 0;
  return (
    <section className="cdo-section cdo-fact-section" aria-labelledby="peer-matches-title">
      <div className="cdo-section__head">
        <div>
          <h2 className="kern-heading-small" id="peer-matches-title">{t('peers.measure.matches')}</h2>
          <p className="kern-body kern-body--muted">{t('peers.measure.matchesLead')}</p>
        </div>
      </div>
      {matches.error ? <p className="kern-body cdo-text-danger">{matches.error.message}</p> : null}
      {!matches.data && !matches.error ? <Loading label={t('common.loading')} /> : null}
      {matches.data && matches.data.length === 0 ? <p className="kern-body kern-body--muted">{empty ? t('peers.match.noLibrary') : t('peers.match.none')}</p> : null}
      {matches.data && matches.data.length > 0 ? <MatchTable matches={matches.data} caption={t('peers.match.caption')} /> : null}
    </section>
  );
}

function MeasurePartnerships({ measureId }: { measureId: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const { bump } = useDataVersion();
  const write = useWrite();
  const list = useLoad((a) => a.listPartnerships({ measureId }), [measureId]);
  const [editing, setEditing] = useState<{ partnership: Partnership | null } | null>(null);
  const [removing, setRemoving] = useState<Partnership | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function remove(p: Partnership) {
    setRemoving(null);
    const r = await write(api.deletePartnership({ id: p.id }));
    if (!r.ok) {
      setError(r.message);
      return;
    }
    setError(null);
    setNotice(t('peers.partnership.deleted', { name: p.partnerName }));
  }

  const rows = list.data ?? [];
  return (
    <section className="cdo-section cdo-fact-section" aria-labelledby="partnerships-title">
      <div className="cdo-section__head">
        <h2 className="kern-heading-small" id="partnerships-title">{t('peers.partnership.title')}</h2>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setEditing({ partnership: null })}>
          <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
          <span className="kern-label">{t('peers.partnership.add')}</span>
        </button>
      </div>
      <output className="kern-body cdo-status" aria-live="polite">{notice}</output>
      {error ? <Alert kind="danger" title={t('peers.partnership.saveError')}><p className="kern-body">{error}</p></Alert> : null}
      {list.error ? <p className="kern-body cdo-text-danger">{list.error.message}</p> : null}
      {!list.data && !list.error ? <Loading label={t('common.loading')} /> : null}
      {list.data && rows.length === 0 ? <p className="kern-body kern-body--muted">{t('peers.partnership.none')}</p> : null}
      {rows.length ? (
        <div className="cdo-table-card cdo-peer-scroll">
          <table className="kern-table kern-table--small cdo-partnerships">
            <caption className="kern-sr-only">{t('peers.partnership.caption')}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('peers.partners.col.partner')}</th>
                <th scope="col" className="kern-table__header">{t('peers.partners.col.kind')}</th>
                <th scope="col" className="kern-table__header">{t('peers.partners.col.agreement')}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t('peers.partners.col.share')}</th>
                <th scope="col" className="kern-table__header">{t('peers.partners.col.status')}</th>
                <th scope="col" className="kern-table__header kern-table__header--action">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((p) => (
                <tr key={p.id} className="kern-table__row">
                  <th scope="row" className="kern-table__cell cdo-cell-title">
                    {p.partnerName}
                    {p.contact || p.partnerLand ? <span className="cdo-cell-sub">{[p.partnerLand, p.contact].filter(Boolean).join(' · ')}</span> : null}
                  </th>
                  <td className="kern-table__cell"><KindLabel kind={p.kind} /></td>
                  <td className="kern-table__cell">{p.agreement ? t(`peers.agreement.${p.agreement}`) : <span className="cdo-muted">{t('peers.agreement.none')}</span>}</td>
                  <td className="kern-table__cell kern-table__cell--numeric">{p.costShare === null ? '' : `${formatNumber(p.costShare, lang)} %`}</td>
                  <td className="kern-table__cell"><PartnershipStatusBadge status={p.status} /></td>
                  <td className="kern-table__cell kern-table__cell--action cdo-nowrap">
                    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setEditing({ partnership: p })} aria-label={t('peers.partnership.editOf', { name: p.partnerName })}>
                      <span className="kern-label">{t('peers.partnership.edit')}</span>
                    </button>
                    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setRemoving(p)} aria-label={t('peers.partnership.deleteOf', { name: p.partnerName })}>
                      <span className="kern-label">{t('peers.partnership.delete')}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {editing ? (
        <PartnershipDialog
          measureId={measureId}
          partnership={editing.partnership}
          onClose={() => setEditing(null)}
          onSaved={(p) => {
            setEditing(null);
            setNotice(t('peers.partnership.saved', { name: p.partnerName }));
            bump();
          }}
        />
      ) : null}
      {removing ? (
        <ConfirmDialog title={t('peers.partnership.deleteTitle')} confirmLabel={t('peers.partnership.delete')} onConfirm={() => void remove(removing)} onCancel={() => setRemoving(null)}>
          <p className="kern-body">{t('peers.partnership.deleteText', { name: removing.partnerName })}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
