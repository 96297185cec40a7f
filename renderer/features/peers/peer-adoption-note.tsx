/**
 * On an idea adopted from a peer project: where it came from (publisher, pack,
 * project) and under which licence — kept even after the pack is removed.
 * Renders nothing for other ideas.
 */
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/index.ts';
import { currentLang, formatDate } from '../../i18n/index.ts';
import './peers.css';

export function PeerAdoptionNote({ ideaId }: { ideaId: string }) {
  const { t, i18n } = useTranslation();
  const found = useLoad((a) => a.listPeerAdoptions({ ideaId }), [ideaId]);
  const a = found.data?.[0];
  if (!a) return null;
  return (
    <p className="kern-body cdo-peer-adoption-note">
      <span className="kern-icon kern-icon--info kern-icon--small" aria-hidden="true" />{' '}
      {t('peers.adoption.note', { project: a.projectTitle, publisher: a.publisherName, pack: a.packTitle, license: a.license, date: formatDate(a.createdAt, currentLang(i18n)) })}
    </p>
  );
}
