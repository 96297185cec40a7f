import { useTranslation } from 'react-i18next';
import { MODULES, hrefOf, type ModuleDef, type ModuleId } from './routes.ts';

function Item({ m, active }: { m: ModuleDef; active: boolean }) {
  const { t } = useTranslation();
  return (
    <li>
      <a className={`cdo-nav__link${active ? ' cdo-nav__link--active' : ''}`} href={hrefOf(m.id)} aria-current={active ? 'page' : undefined}>
        <span className="cdo-nav__label">{t(`module.${m.id}.name`)}</span>
        {m.built ? null : (
          <>
            <span className="cdo-nav__soon" aria-hidden="true">{t('module.soonShort')}</span>
            <span className="kern-sr-only">{`, ${t('module.soon')}`}</span>
          </>
        )}
      </a>
    </li>
  );
}

/** Every module of the mission, then the workspace's own housekeeping. */
export function Sidebar({ active }: { active: ModuleId }) {
  const { t } = useTranslation();
  return (
    <nav className="cdo-sidebar" aria-label={t('nav.label')}>
      <p className="cdo-nav__group" id="nav-modules">{t('nav.modules')}</p>
      <ul className="cdo-nav" aria-labelledby="nav-modules">
        {MODULES.filter((m) => m.group === 'modules').map((m) => <Item key={m.id} m={m} active={m.id === active} />)}
      </ul>
      <p className="cdo-nav__group" id="nav-admin">{t('nav.admin')}</p>
      <ul className="cdo-nav" aria-labelledby="nav-admin">
        {MODULES.filter((m) => m.group === 'admin').map((m) => <Item key={m.id} m={m} active={m.id === active} />)}
      </ul>
    </nav>
  );
}
