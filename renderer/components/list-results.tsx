/**
 * What a filterable list page shows below its filters: the (announced) count,
 * a load error, "loading", an empty state, or the rows. Texts come from
 * `<prefix>.count`, `.countFiltered`, `.loadError`, `.none`, `.noneFiltered`.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Loaded } from '../api/index.ts';
import { currentLang, formatNumber } from '../i18n/index.ts';
import { Alert } from './alert.tsx';
import { Loading } from './page.tsx';

export function ListResults<R>({ list, filtered, prefix, children }: {
  list: Loaded<{ total: number; rows: R[] }>;
  filtered: boolean;
  prefix: string;
  children(rows: R[]): ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const { data, error } = list;
  return (
    <>
      <output className="kern-body kern-body--muted cdo-count cdo-status" aria-live="polite">
        {data ? t(filtered ? `${prefix}.countFiltered` : `${prefix}.count`, { count: data.total, n: formatNumber(data.total, currentLang(i18n)) }) : ''}
      </output>
      {error ? (
        <Alert kind="danger" title={t(`${prefix}.loadError`)}>
          <p className="kern-body">{error.message}</p>
        </Alert>
      ) : null}
      {!data && !error ? <Loading label={t('common.loading')} /> : null}
      {data && data.rows.length === 0 ? (
        <div className="kern-card kern-card--hug cdo-empty">
          <div className="kern-card__container">
            <p className="kern-body">{filtered ? t(`${prefix}.noneFiltered`) : t(`${prefix}.none`)}</p>
          </div>
        </div>
      ) : null}
      {data && data.rows.length > 0 ? children(data.rows) : null}
    </>
  );
}
