/**
 * The parts of the peer exchange as links (#/peers, #/peers/matches, …) with
 * aria-current, like the fact sheet's section tabs.
 */
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes.ts';
import '../measures/fact-sheet.css';

export const PEER_TABS = ['library', 'matches', 'partners', 'packs'] as const;
export type PeerTab = (typeof PEER_TABS)[number];

export const peerTabHref = (tab: PeerTab) => (tab === 'library' ? hrefOf('peers') : hrefOf('peers', tab));

export function PeerTabs({ current }: { current: PeerTab }) {
  const { t } = useTranslation();
  return (
    <nav className="cdo-tabs" aria-label={t('peers.tabs')}>
      <ul className="cdo-tabs__list">
        {PEER_TABS.map((tab) => (
          <li key={tab}>
            <a className={`cdo-tabs__link${tab === current ? ' cdo-tabs__link--active' : ''}`} href={peerTabHref(tab)} aria-current={tab === current ? 'page' : undefined}>
              {t(`peers.tab.${tab}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
