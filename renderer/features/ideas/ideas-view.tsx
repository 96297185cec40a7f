/**
 * Portfolio → Ideen: the intake list with filters and counts per status, and
 * the pages of one idea (#/portfolio/ideas/new, #/portfolio/ideas/<id>).
 * Imports only api/ and renderer code, like every feature.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { IDEA_SOURCES, IDEA_STATUSES, type IdeaSource, type IdeaStatus } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { FlashMessage, useFlash } from '../../app/flash.tsx';
import { rememberedListState } from '../../components/list-state.ts';
import { SelectBox } from '../../components/form-field.tsx';
import { ListResults } from '../../components/list-results.tsx';
import { PageHeader } from '../../components/page.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { PortfolioNav } from '../portfolio/portfolio-nav.tsx';
import { IdeaEditView } from './idea-edit-view.tsx';
import { IdeaTable, type IdeaSort, type IdeaSortKey } from './idea-table.tsx';
import './ideas.css';

interface Filters {
  text: string;
  status: '' | IdeaStatus;
  source: '' | IdeaSource;
  fieldId: string;
}

const NO_FILTERS: Filters = { text: '', status: '', source: '', fieldId: '' };

// Kept for the session, so coming back from an idea shows the same list.
const useListState = rememberedListState<Filters, IdeaSort>({ filters: NO_FILTERS, sort: { key: 'submittedOn', dir: 'desc' } });

export function IdeasView({ rest }: { rest: string[] }) {
  if (rest[0]) return <IdeaEditView key={rest[0]} id={rest[0] === 'new' ? null : rest[0]} />;
  return <IdeasList />;
}

function IdeasList() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const id = useId();
  const { filters, setFilters, sort, setSort, text } = useListState();
  const { flash, dismiss } = useFlash();

  const fields = useLoad((a) => a.listFields(), []);
  const list = useLoad(
    (a) =>
      a.listIdeas({
        ...(text ? { query: text } : {}),
        ...(filters.status ? { status: filters.status } : {}),
        ...(filters.source ? { source: filters.source } : {}),
        ...(filters.fieldId ? { fieldId: filters.fieldId } : {}),
        sort: sort.key,
        dir: sort.dir,
      }),
    [text, filters.status, filters.source, filters.fieldId, sort.key, sort.dir],
  );

  const onSort = (key: IdeaSortKey) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'submittedOn' ? 'desc' : 'asc' }));
  const set = <K extends keyof Filters>(key: K) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setFilters((f) => ({ ...f, [key]: e.target.value as Filters[K] }));
  const filtered = !!(filters.text.trim() || filters.status || filters.source || filters.fieldId);
  const counts = list.data?.counts;
  const allCount = counts ? IDEA_STATUSES.reduce((n, s) => n + counts[s], 0) : 0;

  return (
    <>
      <PortfolioNav current="ideas" />
      <PageHeader
        title={t('ideas.title')}
        lead={t('ideas.lead')}
        actions={
          <a className="kern-btn kern-btn--primary" href={hrefOf('portfolio', 'ideas', 'new')}>
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('ideas.new')}</span>
          </a>
        }
      />
      <FlashMessage flash={flash} onDismiss={dismiss} />

      {counts ? (
        <p className="kern-body cdo-idea-waiting">
          <span className={`cdo-idea-waiting__dot${counts.new ? ' cdo-idea-waiting__dot--on' : ''}`} aria-hidden="true" />
          {counts.new ? t('ideas.waiting', { count: counts.new }) : t('ideas.waitingNone')}
        </p>
      ) : null}

      <fieldset className="cdo-idea-tabs">
        <legend className="kern-sr-only">{t('ideas.statusTabs')}</legend>
        {(['', ...IDEA_STATUSES] as const).map((s) => (
          <button
            key={s || 'all'}
            type="button"
            className={`cdo-idea-tab${filters.status === s ? ' cdo-idea-tab--active' : ''}`}
            aria-pressed={filters.status === s}
            onClick={() => setFilters((f) => ({ ...f, status: s }))}
          >
            <span>{s ? t(`ideas.status.${s}`) : t('ideas.allStatuses')}</span>
            <span className="cdo-idea-tab__count">{counts ? formatNumber(s ? counts[s] : allCount, lang) : '–'}</span>
          </button>
        ))}
      </fieldset>

      <form className="cdo-filters" aria-label={t('ideas.filters')} onSubmit={(e) => e.preventDefault()}>
        <div className="kern-form-input cdo-filters__text">
          <label className="kern-label" htmlFor={`${id}-text`}>{t('ideas.filter.text')}</label>
          <input id={`${id}-text`} className="kern-form-input__input" type="search" value={filters.text} onChange={set('text')} placeholder={t('ideas.filter.textPlaceholder')} />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-source`}>{t('ideas.filter.source')}</label>
          <SelectBox id={`${id}-source`} value={filters.source} onChange={set('source')}>
            <option value="">{t('ideas.filter.all')}</option>
            {IDEA_SOURCES.map((s) => <option key={s} value={s}>{t(`ideas.source.${s}`)}</option>)}
          </SelectBox>
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`${id}-field`}>{t('ideas.filter.field')}</label>
          <SelectBox id={`${id}-field`} value={filters.fieldId} onChange={set('fieldId')}>
            <option value="">{t('ideas.filter.all')}</option>
            {fields.data?.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
          </SelectBox>
        </div>
        {filtered ? (
          <button type="button" className="kern-btn kern-btn--tertiary cdo-filters__reset" onClick={() => setFilters(NO_FILTERS)}>
            <span className="kern-label">{t('ideas.filter.reset')}</span>
          </button>
        ) : null}
      </form>

      <ListResults list={list} filtered={filtered} prefix="ideas">
        {(rows) => <IdeaTable rows={rows} sort={sort} onSort={onSort} />}
      </ListResults>
    </>
  );
}
