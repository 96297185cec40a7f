/**
 * Ökosystem (#/ecosystem[/<tab>[/<id>]]): fields of action, the org units as a
 * tree, actors in the four spheres, roles of the digital governance, the map
 * fields × spheres and the actor network. Imports only api/ and renderer code.
 */
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../app/routes.ts';
import { PageHeader } from '../../components/page.tsx';
import { FieldsSection } from './fields-section.tsx';
import { OrgUnitsSection } from './org-units-section.tsx';
import { ActorsSection } from './actors-section.tsx';
import { RolesSection } from './roles-section.tsx';
import { MapSection } from './map-section.tsx';
import { NetworkSection } from './network-section.tsx';
import './ecosystem.css';

export const TABS = ['fields', 'organisation', 'actors', 'roles', 'map', 'network'] as const;
export type Tab = (typeof TABS)[number];

export function EcosystemView({ rest = [] }: { rest?: string[] }) {
  const { t } = useTranslation();
  const tab: Tab = (TABS as readonly string[]).includes(rest[0] ?? '') ? (rest[0] as Tab) : 'fields';
  return (
    <>
      <PageHeader title={t('module.ecosystem.name')} lead={t('module.ecosystem.lead')} />
      <nav className="cdo-subnav" aria-label={t('ecosystem.tabs')}>
        <ul className="cdo-subnav__list">
          {TABS.map((s) => (
            <li key={s}>
              <a className={`cdo-subnav__link${s === tab ? ' cdo-subnav__link--active' : ''}`} href={hrefOf('ecosystem', s)} aria-current={s === tab ? 'page' : undefined}>
                {t(`ecosystem.tab.${s}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <TabView tab={tab} id={rest[1] ?? null} />
    </>
  );
}

function TabView({ tab, id }: { tab: Tab; id: string | null }) {
  switch (tab) {
    case 'organisation':
      return <OrgUnitsSection />;
    case 'actors':
      return <ActorsSection openId={id} />;
    case 'roles':
      return <RolesSection />;
    case 'map':
      return <MapSection />;
    case 'network':
      return <NetworkSection />;
    default:
      return <FieldsSection />;
  }
}
