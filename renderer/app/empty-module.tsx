import { useTranslation } from 'react-i18next';
import type { ModuleId } from './routes.ts';
import { PageHeader } from '../components/page.tsx';

/** An honest empty state for a module that is not built yet: what it will do, no fake data. */
export function EmptyModule({ id }: { id: ModuleId }) {
  const { t } = useTranslation();
  const points = t(`module.${id}.points`, { returnObjects: true, defaultValue: [] }) as unknown;
  return (
    <>
      <PageHeader title={t(`module.${id}.name`)} lead={t(`module.${id}.lead`)} />
      <section className="kern-card kern-card--hug cdo-empty" aria-labelledby="empty-title">
        <div className="kern-card__container">
          <div className="kern-card__header">
            <span className="kern-badge kern-badge--small cdo-badge--neutral cdo-badge">
              <span className="kern-label">{t('module.soon')}</span>
            </span>
            <h2 className="kern-heading-small cdo-empty__title" id="empty-title">{t('module.willDo')}</h2>
          </div>
          <div className="kern-card__body">
            {Array.isArray(points) ? (
              <ul className="kern-list kern-list--bullet">
                {points.map((p) => <li key={String(p)} className="kern-body">{String(p)}</li>)}
              </ul>
            ) : null}
            <p className="kern-body kern-body--muted">{t('module.soonText')}</p>
          </div>
        </div>
      </section>
    </>
  );
}
