/**
 * The Standortanalyse module (#/analysis[/<tab>]): where the municipality
 * stands. Tabs: the OZG-Reifegrad of the services, and the DigiCheck
 * (questionnaire per unit, #/analysis/digicheck[/<assessment id>]).
 */
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes.ts';
import { PageHeader } from '../../components/page.tsx';
import { OzgMaturitySection } from './ozg-maturity-section.tsx';
import { DigicheckTab } from '../digicheck/digicheck-tab.tsx';
import './analysis.css';

/** `rest`: ['ozg', <service name>?] — a search hit opens the tab searched for its service; ['digicheck', …] the DigiCheck. */
export function AnalysisView({ rest }: { rest: string[] }) {
  const { t } = useTranslation();
  const tab = rest[0] === 'digicheck' ? 'digicheck' : 'ozg';
  const link = (id: 'ozg' | 'digicheck') => (
    <a className={`cdo-subnav__link${tab === id ? ' cdo-subnav__link--active' : ''}`} href={hrefOf('analysis', id)} aria-current={tab === id ? 'page' : undefined}>
      {t(`analysis.tab.${id}`)}
    </a>
  );
  return (
    <div className="cdo-analysis-page">
      <PageHeader title={t('module.analysis.name')} lead={t('analysis.lead')} />
      <nav className="cdo-subnav cdo-no-print" aria-label={t('analysis.sections')}>
        <ul className="cdo-subnav__list">
          <li>{link('ozg')}</li>
          <li>{link('digicheck')}</li>
        </ul>
      </nav>
      {tab === 'digicheck' ? <DigicheckTab rest={rest.slice(1)} /> : <OzgMaturitySection key={rest[1] ?? ''} initialText={rest[1]} />}
    </div>
  );
}
