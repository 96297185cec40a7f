/**
 * Imported packs (#/peers/packs): publisher, licence, signature, projects,
 * import date; "Entfernen" removes a pack's projects and nothing of the CDO's own data.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerPack } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { useWrite } from '../../components/use-write.ts';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatDate, formatNumber } from '../../i18n/index.ts';

export function PacksList() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const write = useWrite();
  const packs = useLoad((a) => a.listPeerPacks(), []);
  const [removing, setRemoving] = useState<PeerPack | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function remove(p: PeerPack) {
    setRemoving(null);
    const r = await write(api.removePeerPack({ id: p.id }));
    if (!r.ok) {
      setError(r.message);
      return;
    }
    setError(null);
    setNotice(t('peers.packs.removed', { title: p.title }));
  }

  const rows = packs.data ?? [];
  return (
    <>
      <p className="kern-body cdo-lead">{t('peers.packs.lead')}</p>
      <output className="kern-body cdo-status" aria-live="polite">{notice}</output>
      {error ? <Alert kind="danger" title={t('peers.packs.removeError')}><p className="kern-body">{error}</p></Alert> : null}
      {packs.error ? <Alert kind="danger" title={t('peers.packs.loadError')}><p className="kern-body">{packs.error.message}</p></Alert> : null}
      {!packs.data && !packs.error ? <Loading label={t('common.loading')} /> : null}
      {packs.data && rows.length === 0 ? <p className="kern-body">{t('peers.packs.none')}</p> : null}
      {rows.length ? (
        <div className="cdo-table-card cdo-peer-scroll">
          <table className="kern-table kern-table--small cdo-packs">
            <caption className="kern-sr-only">{t('peers.packs.caption')}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('peers.packs.col.title')}</th>
                <th scope="col" className="kern-table__header">{t('peers.packs.col.publisher')}</th>
                <th scope="col" className="kern-table__header">{t('peers.packs.col.license')}</th>
                <th scope="col" className="kern-table__header">{t('peers.packs.col.signature')}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t('peers.packs.col.projects')}</th>
                <th scope="col" className="kern-table__header">{t('peers.packs.col.importedAt')}</th>
                <th scope="col" className="kern-table__header kern-table__header--action">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody className="kern-table__body">
              {rows.map((p) => (
                <tr key={p.id} className="kern-table__row">
                  <th scope="row" className="kern-table__cell cdo-cell-title">
                    {p.title}
                    {p.notes.length ? <span className="cdo-cell-sub">{p.notes.join(' ')}</span> : null}
                  </th>
                  <td className="kern-table__cell">{p.publisher.name}</td>
                  <td className="kern-table__cell cdo-nowrap">{p.license}</td>
                  <td className="kern-table__cell">
                    {p.signed ? <>{t('peers.signed')}<span className="cdo-cell-sub cdo-fingerprint">{p.fingerprint}</span></> : <span className="cdo-muted">{t('peers.unsigned')}</span>}
                  </td>
                  <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(p.projectCount, lang)}</td>
                  <td className="kern-table__cell cdo-nowrap">{formatDate(p.importedAt, lang)}</td>
                  <td className="kern-table__cell kern-table__cell--action">
                    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" onClick={() => setRemoving(p)} aria-label={t('peers.packs.removeOf', { title: p.title })}>
                      <span className="kern-label">{t('peers.packs.remove')}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {removing ? (
        <ConfirmDialog title={t('peers.packs.removeTitle')} confirmLabel={t('peers.packs.remove')} onConfirm={() => void remove(removing)} onCancel={() => setRemoving(null)}>
          <p className="kern-body">{t('peers.packs.removeText', { count: removing.projectCount, title: removing.title })}</p>
        </ConfirmDialog>
      ) : null}
    </>
  );
}
