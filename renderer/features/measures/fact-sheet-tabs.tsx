/**
 * The sections of a measure's fact sheet as links (#/portfolio/<id>/<section>):
 * a plain list of links with aria-current, so each section has an address and
 * the browser's back button works.
 */
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes.ts';

export const SECTIONS = ['sheet', 'milestones', 'dependencies', 'ozg', 'scoring', 'finance', 'status', 'peers', 'history'] as const;
export type Section = (typeof SECTIONS)[number];

/** The section of a route part; the fact sheet itself has the bare address #/portfolio/<id>. */
export function sectionOf(part: string | undefined): Section | 'print' | null {
  if (!part) return 'sheet';
  if (part === 'print') return 'print';
  return (SECTIONS as readonly string[]).includes(part) ? (part as Section) : null;
}

export const sectionHref = (id: string, section: Section | 'print') => (section === 'sheet' ? hrefOf('portfolio', id) : hrefOf('portfolio', id, section));

export function FactSheetTabs({ id, current, counts }: { id: string; current: Section; counts: Partial<Record<Section, number>> }) {
  const { t } = useTranslation();
  return (
    <nav className="cdo-tabs" aria-label={t('factSheet.tabsLabel')}>
      <ul className="cdo-tabs__list">
        {SECTIONS.map((s) => (
          <li key={s}>
            <a className={`cdo-tabs__link${s === current ? ' cdo-tabs__link--active' : ''}`} href={sectionHref(id, s)} aria-current={s === current ? 'page' : undefined}>
              {t(`factSheet.tab.${s}`)}
              {counts[s] ? <>{' '}<span className="cdo-tabs__count">{counts[s]}</span></> : null}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
