/**
 * One recommendation in the timeline: title, priority, dimension, costs and
 * staff, and what it became (a link to the idea or measure) — or the one
 * click that makes it an idea or a measure.
 */
import { useTranslation } from 'react-i18next';
import type { Recommendation, RecommendationTarget } from '../../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { PriorityBadge } from '../../components/phase.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { rangeText } from './money.ts';

export interface CardActions {
  onEdit(r: Recommendation): void;
  onDelete(r: Recommendation): void;
  onConvert(r: Recommendation, to: RecommendationTarget): void;
  busy: boolean;
}

export function BecameLink({ r }: { r: Recommendation }) {
  const { t } = useTranslation();
  if (r.ideaId) return <>{t('digicheckStrategy.became.idea')} <a className="kern-link" href={hrefOf('portfolio', 'ideas', r.ideaId)}>{r.ideaTitle}</a></>;
  if (r.measureId) return <>{t('digicheckStrategy.became.measure')} <a className="kern-link" href={hrefOf('portfolio', r.measureId)}>{r.measureTitle}</a></>;
  return null;
}

/** An amount, or a dash that a screen reader reads as "not given". */
function Amount({ text }: { text: string }) {
  const { t } = useTranslation();
  if (text) return <>{text}</>;
  return <><span aria-hidden="true">–</span><span className="kern-sr-only">{t('digicheckStrategy.noCost')}</span></>;
}

export function RecommendationCard({ r, actions }: { r: Recommendation; actions: CardActions }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const converted = !!(r.ideaId || r.measureId);
  return (
    <article className="cdo-rec-card" aria-labelledby={`rec-${r.id}`}>
      <div className="cdo-rec-card__head">
        <h5 className="cdo-rec-card__title" id={`rec-${r.id}`}>{r.title}</h5>
        <PriorityBadge priority={r.priority} />
      </div>
      {r.dimensionName ? <p className="cdo-rec-card__dimension">{r.dimensionName}</p> : null}
      {r.description ? <p className="cdo-rec-card__text">{r.description}</p> : null}
      <dl className="cdo-rec-card__facts">
        <div><dt>{t('digicheckStrategy.oneOff')}</dt><dd><Amount text={rangeText({ min: r.oneOffMin, max: r.oneOffMax }, lang, '')} /></dd></div>
        <div><dt>{t('digicheckStrategy.yearly')}</dt><dd><Amount text={rangeText({ min: r.yearlyMin, max: r.yearlyMax }, lang, '')} /></dd></div>
        <div><dt>{t('digicheckStrategy.staff')}</dt><dd><Amount text={r.staffFte ? t('digicheckStrategy.fte', { fte: formatNumber(r.staffFte, lang) }) : ''} /></dd></div>
      </dl>
      {converted ? <p className="cdo-rec-card__became"><span className="kern-icon kern-icon--success kern-icon--small" aria-hidden="true" /><span><BecameLink r={r} /></span></p> : null}
      <div className="cdo-rec-card__actions">
        {!converted ? (
          <div className="cdo-rec-card__take">
            <span className="cdo-rec-card__take-label" aria-hidden="true">{t('digicheckStrategy.takeOver')}</span>
            <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" disabled={actions.busy}
              aria-label={t('digicheckStrategy.toIdeaLabel', { title: r.title })} onClick={() => actions.onConvert(r, 'idea')}>
              <span className="kern-label">{t('digicheckStrategy.toIdea')}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small" disabled={actions.busy}
              aria-label={t('digicheckStrategy.toMeasureLabel', { title: r.title })} onClick={() => actions.onConvert(r, 'measure')}>
              <span className="kern-label">{t('digicheckStrategy.toMeasure')}</span>
            </button>
          </div>
        ) : null}
        <div className="cdo-rec-card__tools">
          <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={t('digicheckStrategy.edit')} onClick={() => actions.onEdit(r)}>
            <span className="kern-icon kern-icon--edit kern-icon--small" aria-hidden="true" />
            <span className="kern-label kern-sr-only">{t('digicheckStrategy.editLabel', { title: r.title })}</span>
          </button>
          <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small cdo-btn--danger" title={t('digicheckStrategy.delete')} onClick={() => actions.onDelete(r)}>
            <span className="kern-icon kern-icon--delete kern-icon--small" aria-hidden="true" />
            <span className="kern-label kern-sr-only">{t('digicheckStrategy.deleteLabel', { title: r.title })}</span>
          </button>
        </div>
      </div>
    </article>
  );
}
