/** The recently opened workspaces: open, remove from the list; missing files are marked. */
import { useTranslation } from 'react-i18next';
import type { WorkspaceEntry } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatDateTime } from '../../i18n/index.ts';

export function RecentWorkspaces({ onOpen, onForget, refreshKey, busyId }: {
  onOpen(entry: WorkspaceEntry): void;
  onForget(entry: WorkspaceEntry): void;
  refreshKey: number;
  busyId: string | null;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const list = useLoad((a) => a.listWorkspaces(), [refreshKey]);

  if (list.error) {
    return (
      <Alert kind="danger" title={t('start.recent.loadError')}>
        <p className="kern-body">{list.error.message}</p>
      </Alert>
    );
  }
  if (!list.data) return <Loading label={t('common.loading')} />;
  if (list.data.length === 0) return <p className="kern-body kern-body--muted">{t('start.recent.none')}</p>;

  return (
    <ul className="cdo-recent">
      {list.data.map((w) => (
        <li key={w.id} className={`cdo-recent__item${w.exists ? '' : ' cdo-recent__item--missing'}`}>
          <div className="cdo-recent__text">
            <span className="cdo-recent__name">{w.name}</span>
            <span className="cdo-recent__meta">
              {t('start.recent.meta', { ags: w.ags, when: formatDateTime(w.lastOpenedAt, lang) })}
            </span>
            <span className="cdo-recent__file" title={w.file}>{w.file}</span>
            {w.exists ? null : (
              <span className="kern-badge kern-badge--small kern-badge--warning cdo-badge">
                <span className="kern-label">{t('start.recent.missing')}</span>
              </span>
            )}
          </div>
          <div className="kern-btn-wrapper cdo-recent__actions">
            <button
              type="button"
              className="kern-btn kern-btn--primary kern-btn--x-small"
              aria-label={`${t('start.recent.open')}: ${w.name}`}
              onClick={() => onOpen(w)}
              disabled={!w.exists || busyId === w.id}
            >
              <span className="kern-label">{t('start.recent.open')}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" aria-label={`${t('start.recent.forget')}: ${w.name}`} onClick={() => onForget(w)}>
              <span className="kern-label">{t('start.recent.forget')}</span>
            </button>
          </div>
        </li>
      ))}
    </ul>
  );
}
