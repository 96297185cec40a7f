/** "Fristen der nächsten 90 Tage": application deadlines of programmes and reporting deadlines of applications, soonest first. */
import { useTranslation } from 'react-i18next';
import type { FundingDeadline } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatDate } from '../../i18n/index.ts';

function Item({ d }: { d: FundingDeadline }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const soon = d.daysLeft <= 14;
  return (
    <li className={`cdo-deadline${soon ? ' cdo-deadline--soon' : ''}`}>
      <span className="cdo-deadline__date">
        <time dateTime={d.date}>{formatDate(d.date, lang)}</time>
        <span className="cdo-deadline__days">{d.daysLeft === 0 ? t('funding.deadlines.today') : t('funding.deadlines.inDays', { count: d.daysLeft })}</span>
      </span>
      <span className="cdo-deadline__what">
        <span className="cdo-deadline__kind">{t(`funding.deadlines.${d.kind}`)}</span>
        {d.kind === 'reporting' && d.measureId ? (
          <>
            <a className="kern-link" href={hrefOf('portfolio', d.measureId, 'finance')}>{d.measureTitle}</a>
            <span className="cdo-cell-sub">{d.programmeName}</span>
          </>
        ) : (
          <a className="kern-link" href={hrefOf('funding', d.programmeId)}>{d.programmeName}</a>
        )}
      </span>
    </li>
  );
}

export function DeadlinesPanel() {
  const { t } = useTranslation();
  const list = useLoad((a) => a.listFundingDeadlines({ days: 90 }), []);
  return (
    <aside className="kern-card kern-card--hug cdo-deadlines" aria-labelledby="funding-deadlines-title">
      <div className="kern-card__container">
        <h2 className="kern-heading-small" id="funding-deadlines-title">{t('funding.deadlines.title')}</h2>
        {list.error ? <p className="kern-body cdo-text-danger">{list.error.message}</p> : null}
        {!list.data && !list.error ? <Loading label={t('common.loading')} /> : null}
        {list.data && list.data.length === 0 ? <p className="kern-body kern-body--muted">{t('funding.deadlines.none')}</p> : null}
        {list.data?.length ? (
          <ul className="cdo-deadline-list">
            {list.data.map((d) => <Item key={`${d.kind}-${d.applicationId ?? d.programmeId}`} d={d} />)}
          </ul>
        ) : null}
      </div>
    </aside>
  );
}
