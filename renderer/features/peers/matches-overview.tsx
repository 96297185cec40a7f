/**
 * "Wer hat die gleiche Idee?" (#/peers/matches): one table, a row per open own
 * idea or running measure, with its most similar peer projects, how similar,
 * why, and "Als eigene Idee übernehmen". Loose similarities are hidden until
 * the CDO asks for them, so the list stays readable.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeerMatchOverviewItem } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { AdoptButton } from './adopt-button.tsx';
import { StrengthBadge, useReasonText } from './peer-labels.tsx';

export function MatchesOverview() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [loose, setLoose] = useState(false);
  const overview = useLoad((a) => a.listPeerMatchOverview({ perItem: 3 }), []);
  const o = overview.data;
  const items = (o?.items ?? [])
    .map((item) => ({ ...item, matches: loose ? item.matches : item.matches.filter((m) => m.strength !== 'low') }))
    .filter((item) => item.matches.length > 0);
  const hidden = (o?.items.length ?? 0) - items.length;
  return (
    <>
      <p className="kern-body cdo-lead">{t('peers.overview.lead')}</p>
      {overview.error ? <Alert kind="danger" title={t('peers.overview.loadError')}><p className="kern-body">{overview.error.message}</p></Alert> : null}
      {!o && !overview.error ? <Loading label={t('common.loading')} /> : null}
      {o && o.peerCount > 0 ? (
        <div className="kern-form-check cdo-peer-loose">
          <input className="kern-form-check__checkbox" type="checkbox" id={`${id}-loose`} checked={loose} onChange={(e) => setLoose(e.target.checked)} />
          <label className="kern-label" htmlFor={`${id}-loose`}>{t('peers.overview.loose')}</label>
        </div>
      ) : null}
      {o ? (
        <output className="kern-body kern-body--muted cdo-count cdo-status">
          {o.peerCount === 0
            ? t('peers.match.noLibrary')
            : [
                t('peers.overview.searched', { count: o.peerCount, n: formatNumber(o.peerCount, currentLang(i18n)) }),
                t('peers.overview.shown', { count: items.length }),
                hidden > 0 ? t('peers.overview.hidden', { count: hidden }) : '',
              ].filter(Boolean).join(' ')}
        </output>
      ) : null}
      {o && o.peerCount > 0 && items.length === 0 ? <p className="kern-body">{t('peers.overview.none')}</p> : null}
      {items.length ? <OverviewTable items={items} /> : null}
    </>
  );
}

function OverviewTable({ items }: { items: PeerMatchOverviewItem[] }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  return (
    <div className="cdo-table-card cdo-peer-scroll">
      <table className="kern-table kern-table--small cdo-peer-overview">
        <caption className="kern-sr-only">{t('peers.overview.caption')}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('peers.overview.colOwn')}</th>
            <th scope="col" className="kern-table__header">{t('peers.overview.colPeers')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {items.map((item) => (
            <tr key={`${item.kind}-${item.id}`} className="kern-table__row">
              <th scope="row" className="kern-table__cell cdo-cell-title">
                <span className="cdo-cell-sub cdo-peer-own-kind">{item.kind === 'idea' ? t('peers.overview.ownIdea') : t('peers.overview.ownMeasure')}</span>
                <a className="kern-link" href={item.kind === 'idea' ? hrefOf('portfolio', 'ideas', item.id) : hrefOf('portfolio', item.id, 'peers')}>{item.title}</a>
              </th>
              <td className="kern-table__cell">
                <ul className="cdo-peer-hits">
                  {item.matches.map((m) => (
                    <li key={m.project.id} className="cdo-peer-hit">
                      <div className="cdo-peer-hit__text">
                        <a className="kern-link" href={hrefOf('peers', 'project', m.project.id)}>{m.project.title}</a>{' '}
                        <StrengthBadge strength={m.strength} />
                        <span className="cdo-cell-sub">{m.project.publisherName} · {t('peers.license')} {m.project.license}</span>
                        <span className="cdo-cell-sub">{reasonText(m.reasons).join('; ')}</span>
                      </div>
                      <AdoptButton peerProjectId={m.project.id} title={m.project.title} compact />
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
