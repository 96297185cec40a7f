import { useTranslation } from 'react-i18next';
import type { WorkspaceInfo } from '../../api/index.ts';
import { LanguageSwitch } from './language-switch.tsx';

export function Brand() {
  const { t } = useTranslation();
  return (
    <span className="cdo-brand">
      <span className="cdo-brand__mark" aria-hidden="true" />
      <span className="cdo-brand__name">{t('app.name')}</span>
    </span>
  );
}

/** The slim Kopfzeile: app, the open municipality, search, language, close. */
export function AppHeader({ workspace, onSearch, onClose }: { workspace: WorkspaceInfo; onSearch(): void; onClose(): void }) {
  const { t } = useTranslation();
  return (
    <header className="kern-kopfzeile cdo-header">
      <div className="cdo-header__inner">
        <Brand />
        <span className="cdo-header__sep" aria-hidden="true" />
        <p className="cdo-header__ws" aria-label={t('header.workspace')}>
          <span className="cdo-header__ws-name">{workspace.name}</span>
          <span className="cdo-header__ws-land">{workspace.land}</span>
          {workspace.isDemo ? (
            <span className="kern-badge kern-badge--small kern-badge--info cdo-badge">
              <span className="kern-label">{t('header.demo')}</span>
            </span>
          ) : null}
        </p>
        <div className="cdo-header__actions">
          <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small cdo-header__btn" onClick={onSearch} aria-keyshortcuts="Control+K">
            <span className="kern-icon kern-icon--search kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('header.search')}</span>
            <kbd className="cdo-kbd" aria-hidden="true">{t('header.searchKey')}</kbd>
          </button>
          <LanguageSwitch />
          <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small cdo-header__btn" onClick={onClose}>
            <span className="kern-icon kern-icon--logout kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('header.close')}</span>
          </button>
        </div>
      </div>
    </header>
  );
}
