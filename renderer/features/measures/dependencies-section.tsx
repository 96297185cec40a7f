/**
 * "Abhängigkeiten": what this measure needs first, and which measures wait
 * for it. A new prerequisite that would close a cycle is refused by the core;
 * its message names the cycle and is shown here as it is.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DependencyLink } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { MeasureSearch } from '../../components/measure-search.tsx';
import { Loading } from '../../components/page.tsx';
import { PhaseBadge } from '../../components/phase.tsx';
import { currentLang, formatDate } from '../../i18n/index.ts';

function LinkList({ links, empty, onRemove }: { links: DependencyLink[]; empty: string; onRemove?(l: DependencyLink): void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  if (links.length === 0) return <p className="kern-body kern-body--muted">{empty}</p>;
  return (
    <ul className="cdo-link-list">
      {links.map((l) => (
        <li key={l.id} className="cdo-link-list__item">
          <a className="kern-link" href={hrefOf('portfolio', l.measureId)}>{l.title}</a>
          <PhaseBadge phase={l.phase} />
          {l.end ? <span className="kern-body kern-body--small kern-body--muted">{t('factSheet.dependencies.ends', { date: formatDate(l.end, lang) })}</span> : null}
          {onRemove ? (
            <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small cdo-link-list__action" onClick={() => onRemove(l)} aria-label={t('factSheet.dependencies.removeOf', { title: l.title })}>
              <span className="kern-label">{t('factSheet.dependencies.remove')}</span>
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

export function DependenciesSection({ measureId }: { measureId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const deps = useLoad((a) => a.listDependencies({ measureId }), [measureId]);
  const [refused, setRefused] = useState<string | null>(null);
  const [notice, setNotice] = useState('');

  const taken = new Set([measureId, ...(deps.data?.dependsOn.map((d) => d.measureId) ?? [])]);

  async function add(id: string, title: string) {
    const r = await api.addDependency({ measureId, dependsOnId: id });
    if (!r.ok) {
      setRefused(r.error.message);
      setNotice('');
      return;
    }
    setRefused(null);
    setNotice(t('factSheet.dependencies.added', { title }));
    bump();
  }

  async function remove(l: DependencyLink) {
    const r = await api.removeDependency({ id: l.id });
    if (!r.ok) {
      setRefused(r.error.message);
      return;
    }
    setNotice(t('factSheet.dependencies.removed', { title: l.title }));
    bump();
  }

  return (
    <section className="cdo-section cdo-fact-section" aria-labelledby="dependencies-title">
      <h2 className="kern-heading-small" id="dependencies-title">{t('factSheet.dependencies.title')}</h2>
      <output className="kern-body cdo-status cdo-fact-notice" aria-live="polite">{notice}</output>
      {deps.error ? <p className="kern-body cdo-text-danger">{deps.error.message}</p> : null}
      {!deps.data && !deps.error ? <Loading label={t('common.loading')} /> : null}
      {deps.data ? (
        <div className="cdo-fact-columns">
          <div>
            <h3 className="cdo-fact-subhead">{t('factSheet.dependencies.dependsOn')}</h3>
            <LinkList links={deps.data.dependsOn} empty={t('factSheet.dependencies.dependsOnNone')} onRemove={(l) => void remove(l)} />
          </div>
          <div>
            <h3 className="cdo-fact-subhead">{t('factSheet.dependencies.neededBy')}</h3>
            <LinkList links={deps.data.neededBy} empty={t('factSheet.dependencies.neededByNone')} />
          </div>
        </div>
      ) : null}

      <div className="cdo-inline-form">
        <h3 className="cdo-fact-subhead">{t('factSheet.dependencies.add')}</h3>
        {refused ? (
          <Alert kind="danger" title={t('factSheet.dependencies.refused')}>
            <p className="kern-body">{refused}</p>
          </Alert>
        ) : null}
        <MeasureSearch id={`dependency-search-${measureId}`} label={t('factSheet.dependencies.search')} hint={t('factSheet.dependencies.searchHint')} exclude={taken}
          action={t('factSheet.dependencies.addThis')} actionOf={(title) => t('factSheet.dependencies.addOf', { title })} onPick={(m) => void add(m.id, m.title)} />
      </div>
    </section>
  );
}
