/**
 * The frame every portfolio chart shares: heading and description, optional
 * controls, the figure, a short visible summary and the table alternative
 * behind "Als Tabelle anzeigen" (like the Übersicht chart).
 */
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/alert.tsx';
import { Loading } from '../../components/page.tsx';

interface Props {
  title: string;
  description: string;
  controls?: ReactNode;
  /** The chart; null when there is nothing to draw (then `empty` is shown). */
  chart: ReactNode;
  empty?: ReactNode;
  summary?: ReactNode;
  table?: ReactNode;
  after?: ReactNode;
  loading?: boolean;
  error?: string | null;
  /**
   * Build the table only once "Als Tabelle anzeigen" is opened. A closed
   * <details> still holds its rows in the DOM: at 10,000 measures the
   * milestone table alone was ~42,000 elements built on every visit.
   */
  tableOnOpen?: boolean;
  /** Not asked for yet (the card is still far below the viewport): heading only, its place kept. */
  waiting?: boolean;
}

export function ChartCard({ title, description, controls, chart, empty, summary, table, after, loading, error, tableOnOpen = false, waiting = false }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [tableOpen, setTableOpen] = useState(false);
  return (
    // A card waiting or loading keeps a chart's height, so the cards below do not jump when it draws.
    <section className={`kern-card kern-card--hug cdo-section cdo-chart-card cdo-charts__card${waiting || loading ? ' cdo-charts__card--pending' : ''}`} aria-labelledby={`${id}-title`}>
      <div className="kern-card__container">
        <div className="kern-card__header">
          <h2 className="kern-heading-small" id={`${id}-title`}>{title}</h2>
          <p className="kern-body kern-body--small kern-body--muted" id={`${id}-desc`}>{description}</p>
        </div>
        {controls ? <div className="cdo-charts__controls">{controls}</div> : null}
        {error ? (
          <Alert kind="danger" title={t('charts.loadError')}>
            <p className="kern-body">{error}</p>
          </Alert>
        ) : null}
        {loading && !error ? <Loading label={t('common.loading')} /> : null}
        {!waiting && !loading && !error && chart === null ? <div className="kern-body">{empty}</div> : null}
        {!loading && !error && chart !== null ? (
          <>
            <figure className="cdo-chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
              {chart}
            </figure>
            {summary ? <div className="kern-body kern-body--small cdo-charts__summary">{summary}</div> : null}
            {after}
            {table ? (
              <details className="cdo-details" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
                <summary className="cdo-details__summary">{t('charts.showTable')}</summary>
                <div className="kern-table-responsive">{!tableOnOpen || tableOpen ? table : null}</div>
              </details>
            ) : null}
          </>
        ) : null}
      </div>
    </section>
  );
}
