/**
 * "Als eigene Idee übernehmen": one click creates an own idea from a peer
 * project (origin and licence kept) and says so, with a link to the new idea.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi, useDataVersion } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';

/** `adopted`: adopted earlier (not in this click), so there is nothing to offer. */
export function AdoptButton({ peerProjectId, title, compact, adopted }: { peerProjectId: string; title: string; compact?: boolean; adopted?: boolean }) {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ ideaId: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function adopt() {
    setBusy(true);
    setError(null);
    const r = await api.adoptPeerProject({ peerProjectId });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setDone({ ideaId: r.value.idea.id });
    bump();
  }

  if (adopted && !done) return null;
  return (
    <span className="cdo-adopt">
      {done ? null : (
        <button type="button" className={`kern-btn kern-btn--secondary${compact ? ' kern-btn--x-small' : ''}`} disabled={busy} onClick={() => void adopt()}
          aria-label={compact ? `${t('peers.project.adopt')}: ${title}` : undefined}>
          <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
          <span className="kern-label">{t('peers.project.adopt')}</span>
        </button>
      )}
      <output className="kern-body cdo-status" aria-live="polite">
        {done ? (
          <>
            {t('peers.project.adoptedFlash', { title })}{' '}
            <a className="kern-link" href={hrefOf('portfolio', 'ideas', done.ideaId)}>{t('peers.project.adopted')}</a>
          </>
        ) : null}
      </output>
      {error ? <span className="kern-body cdo-text-danger" role="alert">{error}</span> : null}
    </span>
  );
}
