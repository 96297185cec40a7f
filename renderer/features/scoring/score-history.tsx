/** "Verlauf der Bewertung": every change of a measure's scores, from the change log. */
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/index.ts';
import { Loading } from '../../components/page.tsx';
import { currentLang, formatDateTime } from '../../i18n/index.ts';

export function ScoreHistory({ measureId }: { measureId: string }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const history = useLoad((a) => a.listScoreHistory({ measureId }), [measureId]);
  const empty = t('scoring.history.empty');
  return (
    <section className="cdo-section cdo-history" aria-labelledby={`score-history-${measureId}`}>
      <h3 className="kern-heading-small" id={`score-history-${measureId}`}>{t('scoring.history.title')}</h3>
      {history.error ? <p className="kern-body cdo-text-danger">{history.error.message}</p> : null}
      {!history.data && !history.error ? <Loading label={t('common.loading')} /> : null}
      {history.data?.length === 0 ? <p className="kern-body kern-body--muted">{t('scoring.history.none')}</p> : null}
      {history.data?.length ? (
        <ol className="cdo-history__list">
          {history.data.map((e) => (
            <li key={e.seq} className={`cdo-history__item${e.undone ? ' cdo-history__item--undone' : ''}`}>
              <p className="kern-body">
                <time dateTime={e.at} className="cdo-history__when">{formatDateTime(e.at, lang)}</time>
                <span className="cdo-history__action">{e.criterionName ?? t('scoring.history.deletedCriterion')}</span>
                {e.to === null ? t('scoring.history.removed') : <span className="cdo-score-change">{`${e.from ?? empty} → ${e.to}`}</span>}
                {e.undone ? <span className="kern-badge kern-badge--small cdo-badge--neutral cdo-badge"><span className="kern-label">{t('scoring.history.undone')}</span></span> : null}
              </p>
              {e.justification && e.to !== null ? <p className="kern-body kern-body--small kern-body--muted cdo-history__why">{e.justification}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
