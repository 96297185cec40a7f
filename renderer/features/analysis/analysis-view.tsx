/**
 * The Standortanalyse module (#/analysis[/<tab>]): where the municipality
 * stands. Its first tab is the OZG-Reifegrad of the services; the DigiCheck
 * (questionnaire per unit) follows and is said so honestly.
 */
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes.ts';
import { PageHeader } from '../../components/page.tsx';
import { OzgMaturitySection } from './ozg-maturity-section.tsx';
import './analysis.css';

/** `rest`: ['ozg', <service name>?] — a search hit opens the tab searched for its service. */
export function AnalysisView({ rest }: { rest: string[] }) {
  const { t } = useTranslation();
  return (
    <div className="cdo-analysis-page">
      <PageHeader title={t('module.analysis.name')} lead={t('analysis.lead')} />
      <nav className="cdo-subnav cdo-no-print" aria-label={t('analysis.sections')}>
        <ul className="cdo-subnav__list">
          <li>
            <a className="cdo-subnav__link cdo-subnav__link--active" href={hrefOf('analysis', 'ozg')} aria-current="page">{t('analysis.tab.ozg')}</a>
          </li>
          <li>
            <span className="cdo-subnav__link cdo-analysis__soon">{t('analysis.tab.digicheck')}</span>
          </li>
        </ul>
      </nav>
      <OzgMaturitySection key={rest[1] ?? ''} initialText={rest[1]} />
    </div>
  );
}
