/**
 * The Portfolio module's own tabs: measures, ideas, scoring & ranking.
 * Each page of the module renders it first, so the CDO can move between them.
 */
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes.ts';

export type PortfolioPage = 'measures' | 'ideas' | 'ranking' | 'charts';

const PAGES: { id: PortfolioPage; href: string }[] = [
  { id: 'measures', href: hrefOf('portfolio') },
  { id: 'ideas', href: hrefOf('portfolio', 'ideas') },
  { id: 'ranking', href: hrefOf('portfolio', 'ranking') },
  { id: 'charts', href: hrefOf('portfolio', 'charts') },
];

export function PortfolioNav({ current }: { current: PortfolioPage }) {
  const { t } = useTranslation();
  return (
    <nav className="cdo-subnav" aria-label={t('portfolioNav.label')}>
      <ul className="cdo-subnav__list">
        {PAGES.map((p) => (
          <li key={p.id}>
            <a className={`cdo-subnav__link${p.id === current ? ' cdo-subnav__link--active' : ''}`} href={p.href} aria-current={p.id === current ? 'page' : undefined}>
              {t(`portfolioNav.${p.id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
