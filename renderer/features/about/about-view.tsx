/** Über / Datenquellen: version, schema, licence, and each shipped data source with its attribution exactly as given. */
import { useTranslation } from 'react-i18next';
import { useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';

export function AboutView() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const info = useLoad((a) => a.getAppInfo(), []);

  if (info.error) {
    return (
      <>
        <PageHeader title={t('module.about.name')} />
        <Alert kind="danger" title={t('about.loadError')}>
          <p className="kern-body">{info.error.message}</p>
        </Alert>
      </>
    );
  }
  if (!info.data) return <Loading label={t('common.loading')} />;
  const a = info.data;

  return (
    <>
      <PageHeader title={t('module.about.name')} lead={t('about.lead')} />
      <section className="kern-card kern-card--hug cdo-section" aria-labelledby="about-app">
        <div className="kern-card__container">
          <h2 className="kern-heading-small" id="about-app">{t('app.name')}</h2>
          <dl className="kern-description-list cdo-dl">
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('about.version')}</dt>
              <dd className="kern-description-list-item__value">{a.version}</dd>
            </div>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('about.schema')}</dt>
              <dd className="kern-description-list-item__value">{a.schemaVersion}</dd>
            </div>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('about.licence')}</dt>
              <dd className="kern-description-list-item__value">{t('about.licenceValue')}</dd>
            </div>
            <div className="kern-description-list-item">
              <dt className="kern-description-list-item__key">{t('about.design')}</dt>
              <dd className="kern-description-list-item__value">{t('about.designValue')}</dd>
            </div>
          </dl>
          <p className="kern-body kern-body--muted">{t('about.offline')}</p>
        </div>
      </section>

      <section className="cdo-section" aria-labelledby="about-sources">
        <h2 className="kern-heading-medium" id="about-sources">{t('about.sources')}</h2>
        <p className="kern-body kern-body--muted">{t('about.sourcesLead')}</p>
        <ul className="cdo-sources">
          {a.dataSources.map((s) => (
            <li key={s.id} className="kern-card kern-card--hug">
              <div className="kern-card__container">
                <h3 className="kern-heading-small">{s.title}</h3>
                <dl className="kern-description-list cdo-dl">
                  <div className="kern-description-list-item">
                    <dt className="kern-description-list-item__key">{t('about.attribution')}</dt>
                    <dd className="kern-description-list-item__value">{s.attribution}</dd>
                  </div>
                  <div className="kern-description-list-item">
                    <dt className="kern-description-list-item__key">{t('about.sourceLicence')}</dt>
                    <dd className="kern-description-list-item__value">{s.licence}</dd>
                  </div>
                  <div className="kern-description-list-item">
                    <dt className="kern-description-list-item__key">{t('about.rows')}</dt>
                    <dd className="kern-description-list-item__value">{formatNumber(s.rows, lang)}</dd>
                  </div>
                </dl>
              </div>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
