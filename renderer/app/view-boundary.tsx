/**
 * Around the current view: a view that fails to load (its chunk is gone after
 * an update, say) or to draw says so in the page, with a way to reload,
 * instead of leaving the whole window blank. Keyed by module, so opening
 * another module starts afresh.
 */
import { Component, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../components/alert.tsx';

function ViewFailed() {
  const { t } = useTranslation();
  const reload = (
    <button type="button" className="kern-btn kern-btn--secondary" onClick={() => window.location.reload()}>
      <span className="kern-label">{t('errors.reload')}</span>
    </button>
  );
  return (
    <Alert kind="danger" title={t('errors.viewTitle')} actions={reload}>
      <p className="kern-body">{t('errors.viewText')}</p>
    </Alert>
  );
}

export class ViewBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.error('[renderer] a view failed:', error);
  }

  override render(): ReactNode {
    return this.state.failed ? <ViewFailed /> : this.props.children;
  }
}
