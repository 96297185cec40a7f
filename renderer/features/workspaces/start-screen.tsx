/**
 * The start screen while no workspace is open: recent workspaces, a new
 * workspace for a municipality picked from the shipped list, the demo, and
 * the restore offer when a workspace file turns out damaged.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality, Session, WorkspaceEntry, WorkspaceInfo } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { Brand } from '../../app/header.tsx';
import { LanguageSwitch } from '../../app/language-switch.tsx';
import { SkipLink } from '../../app/skip-link.tsx';
import { Alert } from '../../components/alert.tsx';
import { currentLang } from '../../i18n/index.ts';
import { BackupList } from '../backups/backup-list.tsx';
import { MunicipalityCombobox, municipalityDetails } from './municipality-combobox.tsx';
import { RecentWorkspaces } from './recent-workspaces.tsx';

interface Problem {
  title: string;
  message: string;
}

/**
 * `damaged`: the workspace the core closed because its check after opening
 * failed (getSession); the restore offer shows at once, as after a failed open.
 */
export function StartScreen({ onOpened, focus, damaged: closedDamaged = null }: { onOpened(info: WorkspaceInfo): void; focus?: 'create' | null; damaged?: Session['damaged'] }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const [chosen, setChosen] = useState<Municipality | null>(null);
  const [agsError, setAgsError] = useState<string | null>(null);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [damaged, setDamaged] = useState<{ entry: WorkspaceEntry; message: string } | null>(closedDamaged && { entry: closedDamaged.workspace, message: closedDamaged.message });
  const [busy, setBusy] = useState<string | null>(null);
  const [refreshKey, setRefreshKey] = useState(0);
  const createRef = useRef<HTMLElement>(null);

  useEffect(() => {
    document.documentElement.scrollTop = 0;
    if (focus === 'create') createRef.current?.querySelector('input')?.focus();
  }, [focus]);

  async function create() {
    setProblem(null);
    if (!chosen) {
      setAgsError(t('start.create.pickFirst'));
      return;
    }
    setBusy('create');
    const r = await api.createWorkspace({ ags: chosen.ags });
    setBusy(null);
    if (r.ok) return onOpened(r.value);
    const issue = r.error.details?.issues?.find((i) => i.path === 'ags');
    if (issue) setAgsError(issue.message);
    else setProblem({ title: t('start.create.error'), message: r.error.message });
  }

  async function demo() {
    setProblem(null);
    setBusy('demo');
    const r = await api.createDemoWorkspace();
    setBusy(null);
    if (r.ok) onOpened(r.value);
    else setProblem({ title: t('start.demo.error'), message: r.error.message });
  }

  async function open(entry: WorkspaceEntry) {
    setProblem(null);
    setDamaged(null);
    setBusy(entry.id);
    const r = await api.openWorkspace({ id: entry.id });
    setBusy(null);
    if (r.ok) return onOpened(r.value);
    if (r.error.code === 'workspace_damaged') setDamaged({ entry, message: r.error.message });
    else setProblem({ title: t('start.recent.openError', { name: entry.name }), message: r.error.message });
  }

  async function forget(entry: WorkspaceEntry) {
    const r = await api.forgetWorkspace({ id: entry.id });
    if (!r.ok) setProblem({ title: t('start.recent.forgetError'), message: r.error.message });
    if (damaged?.entry.id === entry.id) setDamaged(null);
    setRefreshKey((k) => k + 1);
  }

  return (
    <div className="cdo-app cdo-app--start">
      <SkipLink />
      <header className="kern-kopfzeile cdo-header">
        <div className="cdo-header__inner">
          <Brand />
          <div className="cdo-header__actions">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" className="cdo-start" tabIndex={-1}>
        <div className="cdo-start__intro">
          <h1 className="kern-heading-large">{t('start.title')}</h1>
          <p className="kern-body kern-body--large kern-body--muted cdo-lead">{t('start.lead')}</p>
        </div>

        {problem ? (
          <Alert kind="danger" title={problem.title}>
            <p className="kern-body">{problem.message}</p>
          </Alert>
        ) : null}

        {damaged ? (
          <section className="kern-card kern-card--hug cdo-section" aria-labelledby="damaged-title">
            <div className="kern-card__container">
              <Alert kind="danger" title={t('start.damaged.title', { name: damaged.entry.name })}>
                <p className="kern-body">{damaged.message}</p>
              </Alert>
              <h2 className="kern-heading-small" id="damaged-title">{t('start.damaged.restoreTitle')}</h2>
              <p className="kern-body">{t('start.damaged.restoreText')}</p>
              <BackupList workspaceId={damaged.entry.id} onRestored={onOpened} />
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setDamaged(null)}>
                <span className="kern-label">{t('common.cancel')}</span>
              </button>
            </div>
          </section>
        ) : null}

        <div className="cdo-start__grid">
          <section className="kern-card kern-card--hug cdo-start__create" aria-labelledby="create-title" ref={createRef}>
            <div className="kern-card__container">
              <div className="kern-card__header">
                <h2 className="kern-heading-medium" id="create-title">{t('start.create.title')}</h2>
              </div>
              <div className="kern-card__body">
                <p className="kern-body">{t('start.create.text')}</p>
                <MunicipalityCombobox
                  label={t('start.create.label')}
                  hint={t('start.create.hint')}
                  error={agsError}
                  onSelect={(m) => {
                    setChosen(m);
                    if (m) setAgsError(null);
                  }}
                />
                {chosen ? (
                  <div className="cdo-chosen" aria-live="polite">
                    <p className="kern-body kern-body--bold">{chosen.name}</p>
                    <p className="kern-body kern-body--small kern-body--muted">
                      {municipalityDetails(chosen, lang, { people: (n) => t('start.create.people', { n }), ags: (ags) => t('start.create.ags', { ags }) }).join(' · ')}
                    </p>
                  </div>
                ) : null}
              </div>
              <div className="kern-card__footer cdo-card-actions">
                <button type="button" className="kern-btn kern-btn--primary" onClick={() => void create()} disabled={busy === 'create'}>
                  <span className="kern-label">{busy === 'create' ? t('start.create.busy') : t('start.create.submit')}</span>
                </button>
              </div>
            </div>
          </section>

          <section className="kern-card kern-card--hug cdo-start__demo" aria-labelledby="demo-title">
            <div className="kern-card__container">
              <div className="kern-card__header">
                <h2 className="kern-heading-small" id="demo-title">{t('start.demo.title')}</h2>
              </div>
              <div className="kern-card__body">
                <p className="kern-body">{t('start.demo.text')}</p>
              </div>
              <div className="kern-card__footer cdo-card-actions">
                <button type="button" className="kern-btn kern-btn--secondary" onClick={() => void demo()} disabled={busy === 'demo'}>
                  <span className="kern-label">{busy === 'demo' ? t('start.demo.busy') : t('start.demo.submit')}</span>
                </button>
              </div>
            </div>
          </section>
        </div>

        <section className="cdo-section cdo-start__recent" aria-labelledby="recent-title">
          <h2 className="kern-heading-small" id="recent-title">{t('start.recent.title')}</h2>
          <RecentWorkspaces onOpen={(e) => void open(e)} onForget={(e) => void forget(e)} refreshKey={refreshKey} busyId={busy} />
        </section>
      </main>
    </div>
  );
}
