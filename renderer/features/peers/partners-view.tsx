/**
 * The partner view (#/peers/partners): which municipalities and organisations
 * we work with, on which measures, how (IKZ, EfA reuse …) and on what terms.
 */
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { KindLabel, PartnershipStatusBadge } from './partnership-labels.tsx';

export function PartnersView() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const partners = useLoad((a) => a.listPartners(), []);
  const rows = partners.data ?? [];
  return (
    <>
      <p className="kern-body cdo-lead">{t('peers.partners.lead')}</p>
      {partners.error ? <Alert kind="danger" title={t('peers.partners.loadError')}><p className="kern-body">{partners.error.message}</p></Alert> : null}
      {!partners.data && !partners.error ? <Loading label={t('common.loading')} /> : null}
      {partners.data ? <output className="kern-body kern-body--muted cdo-count cdo-status">{t('peers.partners.count', { count: rows.length })}</output> : null}
      {partners.data && rows.length === 0 ? <p className="kern-body">{t('peers.partners.none')}</p> : null}
      {rows.length ? (
        <div className="cdo-table-card cdo-peer-scroll">
          <table className="kern-table kern-table--small cdo-partners">
            <caption className="kern-sr-only">{t('peers.partners.caption')}</caption>
            <thead>
              <tr className="kern-table__row">
                <th scope="col" className="kern-table__header">{t('peers.partners.col.partner')}</th>
                <th scope="col" className="kern-table__header">{t('peers.partners.col.measure')}</th>
                <th scope="col" className="kern-table__header">{t('peers.partners.col.kind')}</th>
                <th scope="col" className="kern-table__header">{t('peers.partners.col.agreement')}</th>
                <th scope="col" className="kern-table__header kern-table__header--numeric">{t('peers.partners.col.share')}</th>
                <th scope="col" className="kern-table__header">{t('peers.partners.col.status')}</th>
              </tr>
            </thead>
            {rows.map((partner) => (
              <tbody key={partner.partnerAgs ?? partner.partnerName} className="kern-table__body cdo-partner-group">
                {partner.partnerships.map((p, i) => (
                  <tr key={p.id} className="kern-table__row">
                    {i === 0 ? (
                      <th scope="rowgroup" rowSpan={partner.partnerships.length} className="kern-table__cell cdo-cell-title">
                        {partner.partnerName}
                        {partner.partnerType || partner.partnerLand ? <span className="cdo-cell-sub">{[partner.partnerType, partner.partnerLand].filter(Boolean).join(', ')}</span> : null}
                      </th>
                    ) : null}
                    <td className="kern-table__cell cdo-partner-measure"><a className="kern-link" href={hrefOf('portfolio', p.measureId, 'peers')}>{p.measureTitle}</a></td>
                    <td className="kern-table__cell"><KindLabel kind={p.kind} /></td>
                    <td className="kern-table__cell">{p.agreement ? t(`peers.agreement.${p.agreement}`) : <span className="cdo-muted">{t('peers.agreement.none')}</span>}</td>
                    <td className="kern-table__cell kern-table__cell--numeric">{p.costShare === null ? '' : `${formatNumber(p.costShare, lang)} %`}</td>
                    <td className="kern-table__cell"><PartnershipStatusBadge status={p.status} /></td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      ) : null}
    </>
  );
}
