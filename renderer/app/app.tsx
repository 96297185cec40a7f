/**
 * The app: the start screen while no workspace is open, the shell around an
 * open one. Follows workspace changes made elsewhere (desktop menu, restore).
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session, WorkspaceInfo } from '../../api/index.ts';
import { useApi, useCockpitEvent } from '../api/index.ts';
import { Alert } from '../components/alert.tsx';
import { Loading } from '../components/page.tsx';
import { StartScreen } from '../features/workspaces/start-screen.tsx';
import { currentLang, formatDate, formatMoney, formatNumber, setLang, type UiLang } from '../i18n/index.ts';
import { Shell } from './shell.tsx';

/**
 * The first number or date in a language loads its locale data (about 30 ms in
 * Chromium). Done while the core still opens the workspace, so the Übersicht's
 * figures do not pay it when they paint.
 */
function warmFormats(lang: UiLang): void {
  formatNumber(1, lang);
  formatMoney(1, lang);
  formatDate('2026-01-01', lang);
}

type SessionState =
  | { status: 'loading' }
  | { status: 'error'; message: string; code: string }
  | { status: 'ready'; workspace: WorkspaceInfo | null; damaged?: Session['damaged'] };

export function App() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [session, setSession] = useState<SessionState>({ status: 'loading' });
  const [startFocus, setStartFocus] = useState<'create' | null>(null);

  const loadSession = useCallback(
    () =>
      api.getSession().then((r) => {
        setSession(r.ok ? { status: 'ready', workspace: r.value.workspace, damaged: r.value.damaged } : { status: 'error', message: r.error.message, code: r.error.code });
      }),
    [api],
  );

  useEffect(() => {
    void loadSession();
    const warm = setTimeout(() => warmFormats(currentLang(i18n)), 0);
    return () => clearTimeout(warm);
  }, [loadSession, i18n]);

  const close = useCallback(async () => {
    await api.closeWorkspace();
    setSession({ status: 'ready', workspace: null });
  }, [api]);

  useCockpitEvent((event) => {
    if (event.type === 'changed' && event.entities.includes('workspace')) void loadSession();
    if (event.type !== 'command') return;
    if (event.command === 'language-de' || event.command === 'language-en') setLang(i18n, event.command === 'language-en' ? 'en' : 'de');
    if (event.command === 'new-workspace' || event.command === 'open-workspace') {
      setStartFocus(event.command === 'new-workspace' ? 'create' : null);
      void close();
    }
  });

  if (session.status === 'loading') return <Loading label={t('common.loading')} />;
  if (session.status === 'error') {
    return (
      <main className="cdo-start" id="main">
        <h1 className="kern-heading-large cdo-start__intro">{t('app.name')}</h1>
        <Alert kind="danger" title={t('errors.title')}>
          <p className="kern-body">{session.message}</p>
          {session.code === 'unauthorized' ? <p className="kern-body">{t('errors.unauthorizedHint')}</p> : null}
        </Alert>
      </main>
    );
  }
  if (!session.workspace) {
    return (
      <StartScreen
        focus={startFocus}
        damaged={session.damaged ?? null}
        onOpened={(workspace) => {
          window.history.replaceState(null, '', '#/overview');
          setSession({ status: 'ready', workspace });
        }}
      />
    );
  }
  return <Shell workspace={session.workspace} onClose={() => void close()} />;
}
