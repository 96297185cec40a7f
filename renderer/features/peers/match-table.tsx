/**
 * Ranked similar peer projects: publisher, licence, how similar (in words,
 * not a score) and why, with "Als eigene Idee übernehmen" on each row.
 * The table is the view itself, so screen readers get everything.
 */
import { useTranslation } from 'react-i18next';
import type { PeerMatch } from '../../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { AdoptButton } from './adopt-button.tsx';
import { PeerOrigin, StrengthBadge, useReasonText } from './peer-labels.tsx';

export function MatchTable({ matches, caption }: { matches: PeerMatch[]; caption: string }) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  return (
    <div className="cdo-table-card cdo-peer-scroll">
      <table className="kern-table kern-table--small cdo-peer-matches">
        <caption className="kern-sr-only">{caption}</caption>
        <thead>
          <tr className="kern-table__row">
            <th scope="col" className="kern-table__header">{t('peers.col.title')}</th>
            <th scope="col" className="kern-table__header">{t('peers.match.why')}</th>
            <th scope="col" className="kern-table__header kern-table__header--action">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody className="kern-table__body">
          {matches.map((m) => (
            <tr key={m.project.id} className="kern-table__row">
              <th scope="row" className="kern-table__cell cdo-cell-title">
                <a className="kern-link" href={hrefOf('peers', 'project', m.project.id)}>{m.project.title}</a>
                <PeerOrigin p={m.project} />
              </th>
              <td className="kern-table__cell">
                <StrengthBadge strength={m.strength} />
                <ul className="cdo-peer-reasons">
                  {reasonText(m.reasons).map((r) => <li key={r} className="kern-body">{r}</li>)}
                </ul>
              </td>
              <td className="kern-table__cell kern-table__cell--action">
                <AdoptButton peerProjectId={m.project.id} title={m.project.title} compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
