/** The reports of a measure, newest first, each read-only: lights, where the owner overrode the proposal, the texts. */
import { useTranslation } from 'react-i18next';
import { STATUS_DIMENSIONS, type StatusReport } from '../../../api/index.ts';
import { currentLang, formatDate, formatDateTime } from '../../i18n/index.ts';
import { LightBadge, useReasonText } from './status-light.tsx';

function Overrides({ r }: { r: StatusReport }) {
  const { t } = useTranslation();
  const dims = r.overridden.filter((d) => d !== 'overall');
  if (!r.overridden.length) return null;
  return (
    <div className="cdo-report__override">
      <strong>{t('status.overridden')}</strong>
      <ul>
        {dims.map((d) => (
          <li key={d}>
            {t('status.overriddenOf', {
              dimension: t(`status.dimension.${d}`), light: t(`status.light.${r.lights[d]}`), proposed: t(`status.light.${r.proposed!.lights[d].light}`),
            })}
          </li>
        ))}
        {r.overridden.includes('overall') ? <li>{t('status.overallOverridden')}</li> : null}
      </ul>
    </div>
  );
}

function Report({ r, headingRef }: { r: StatusReport; headingRef?: React.Ref<HTMLHeadingElement> }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const reason = useReasonText();
  const texts = (['achievements', 'nextSteps', 'risks', 'decisionsNeeded'] as const).filter((k) => r[k]);
  return (
    <article className={`cdo-report cdo-report--${r.overall}`} aria-labelledby={`report-${r.id}`}>
      <div className="cdo-report__head">
        <h3 id={`report-${r.id}`} ref={headingRef} tabIndex={-1}>{t('status.reportOf', { date: formatDate(r.reportedOn, lang) })}</h3>
        <LightBadge light={r.overall} dimension="overall" small={false} />
      </div>
      <ul className="cdo-lights" aria-label={t('status.lightsLabel')}>
        {STATUS_DIMENSIONS.map((d) => <li key={d}><LightBadge light={r.lights[d]} dimension={d} /></li>)}
      </ul>
      <Overrides r={r} />
      {texts.length ? (
        <dl className="cdo-report__texts">
          {texts.map((k) => (
            <div key={k}>
              <dt>{t(`status.${k}`)}</dt>
              <dd>{r[k]}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {r.proposed ? (
        <details className="cdo-details">
          <summary className="cdo-details__summary">{t('status.proposalShow')}</summary>
          <ul className="kern-list">
            {STATUS_DIMENSIONS.map((d) => (
              <li key={d} className="kern-body">
                {t('status.badge', { dimension: t(`status.dimension.${d}`), light: t(`status.light.${r.proposed!.lights[d].light}`) })} – {reason(r.proposed!.lights[d].reason)}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <p className="cdo-report__meta">{t('status.readOnly', { date: formatDateTime(r.createdAt, lang) })}</p>
    </article>
  );
}

export function StatusTimeline({ reports, newestRef }: { reports: StatusReport[]; newestRef?: React.Ref<HTMLHeadingElement> }) {
  const { t } = useTranslation();
  return (
    <ol className="cdo-reports" aria-label={t('status.timeline')}>
      {reports.map((r, i) => (
        <li key={r.id}><Report r={r} {...(i === 0 && newestRef ? { headingRef: newestRef } : {})} /></li>
      ))}
    </ol>
  );
}
