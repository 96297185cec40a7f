/**
 * The Peer-Austausch module (#/peers): library, "Wer hat die gleiche Idee?",
 * partners and imported packs as tabs; #/peers/import, #/peers/export and
 * #/peers/project/<id> as pages. A .cdopack dropped anywhere on the view opens
 * the import preview. Imports only api/ and renderer code, like every feature.
 */
import { useState, type DragEvent, type ReactNode } from 'react';
import { PACK_LIMITS } from '../../../api/index.ts';
import { useTranslation } from 'react-i18next';
import { hrefOf, navigate } from '../../app/routes.ts';
import { FlashMessage, useFlash } from '../../app/flash.tsx';
import { Alert } from '../../components/alert.tsx';
import { PageHeader } from '../../components/page.tsx';
import { handOverPack, isPackFile } from './dropped-pack.ts';
import { PackExportView } from './export-view.tsx';
import { PackImportView } from './import-view.tsx';
import { MatchesOverview } from './matches-overview.tsx';
import { PacksList } from './packs-list.tsx';
import { PartnersView } from './partners-view.tsx';
import { PeerTabs, PEER_TABS, type PeerTab } from './peer-tabs.tsx';
import { PeerLibrary } from './library.tsx';
import { PeerProjectView } from './project-view.tsx';
import './peers.css';

export function PeersView({ rest }: { rest: string[] }) {
  let page: ReactNode;
  if (rest[0] === 'import') page = <PackImportView key={rest.join('/')} />;
  else if (rest[0] === 'export') page = <PackExportView />;
  else if (rest[0] === 'project' && rest[1]) page = <PeerProjectView key={rest[1]} id={rest[1]} />;
  else page = <PeersHome tab={(PEER_TABS as readonly string[]).includes(rest[0] ?? '') ? (rest[0] as PeerTab) : 'library'} />;
  return <PackDropZone>{page}</PackDropZone>;
}

function PeersHome({ tab }: { tab: PeerTab }) {
  const { t } = useTranslation();
  const { flash, dismiss } = useFlash();
  return (
    <>
      <PageHeader
        title={t('peers.title')}
        lead={t('peers.lead')}
        actions={
          <>
            <a className="kern-btn kern-btn--secondary" href={hrefOf('peers', 'export')}>
              <span className="kern-icon kern-icon--download kern-icon--small" aria-hidden="true" />
              <span className="kern-label">{t('peers.export')}</span>
            </a>
            <a className="kern-btn kern-btn--primary" href={hrefOf('peers', 'import')}>
              <span className="kern-icon kern-icon--drive-folder-upload kern-icon--small" aria-hidden="true" />
              <span className="kern-label">{t('peers.import')}</span>
            </a>
          </>
        }
      />
      <FlashMessage flash={flash} onDismiss={dismiss} />
      <PeerTabs current={tab} />
      {tab === 'library' ? <PeerLibrary /> : null}
      {tab === 'matches' ? <MatchesOverview /> : null}
      {tab === 'partners' ? <PartnersView /> : null}
      {tab === 'packs' ? <PacksList /> : null}
      <p className="kern-body kern-body--muted cdo-peer-drop-hint">{t('peers.dropHint')}</p>
    </>
  );
}

/** Drag and drop of a .cdopack onto the view: a visible target while dragging, then the import preview. */
function PackDropZone({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const [wrong, setWrong] = useState<string | null>(null);
  const carriesFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  return (
    <div
      className={`cdo-peer-drop${over ? ' cdo-peer-drop--over' : ''}`}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (!file) return;
        if (!isPackFile(file.name) || file.size > PACK_LIMITS.packBytes) {
          setWrong(isPackFile(file.name) ? t('peers.importPage.tooLarge') : t('peers.dropWrong', { name: file.name }));
          return;
        }
        setWrong(null);
        handOverPack(file);
        // Already on the import page: remount it so it takes the file.
        if (window.location.hash === hrefOf('peers', 'import')) navigate('peers', 'import', 'dropped');
        else navigate('peers', 'import');
      }}
    >
      {over ? <div className="cdo-peer-drop__veil" aria-hidden="true"><span className="kern-heading-small">{t('peers.dropHere')}</span></div> : null}
      {wrong ? <Alert kind="warning" title={wrong} /> : null}
      {children}
    </div>
  );
}
