/**
 * Global search (Ctrl+K): an input with a list of hits from the core's
 * search (German folding is done there: "Buerger" finds "Bürger"). Arrow keys
 * move through the hits, Enter opens one.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../api/index.ts';
import { useApi } from '../api/index.ts';
import { Modal } from '../components/modal.tsx';
import { OptionList, optionId } from '../components/option-list.tsx';
import { navigate } from './routes.ts';

interface Results {
  query: string;
  hits: SearchHit[];
  error: string | null;
}

export function SearchDialog({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [active, setActive] = useState(0);
  const q = query.trim();

  useEffect(() => {
    if (!q) return;
    let stale = false;
    const timer = setTimeout(() => {
      void api.search({ query: q, limit: 20 }).then((r) => {
        if (stale) return;
        setResults(r.ok ? { query: q, hits: r.value, error: null } : { query: q, hits: [], error: r.error.message });
        setActive(0);
      });
    }, 120);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [api, q]);

  // Without a query there is nothing to show, whatever arrived before.
  const hits = q && results ? results.hits : null;

  function open(hit: SearchHit) {
    onClose();
    if (hit.entity === 'measure') navigate('portfolio', hit.id);
    else if (hit.entity === 'idea') navigate('portfolio', 'ideas', hit.id);
    else if (hit.entity === 'agendaGoal') navigate('agenda', 'goals');
    else if (hit.entity === 'indicator') navigate('agenda', 'indicators');
    else if (hit.entity === 'programme') navigate('funding', hit.id);
    else if (hit.entity === 'peerProject') navigate('peers', 'project', hit.id);
    else if (hit.entity === 'ozgMaturity') navigate('analysis', 'ozg', hit.title);
    else if (hit.entity === 'stakeholder') navigate('stakeholders', hit.id);
    else if (hit.entity === 'digicheckAssessment') navigate('analysis', 'digicheck', hit.id);
    // A recommendation lives on its DigiCheck's page: look up which one.
    else if (hit.entity === 'recommendation') void api.getRecommendation({ id: hit.id }).then((r) => navigate('analysis', 'digicheck', ...(r.ok ? [r.value.assessmentId] : [])));
    else if (hit.entity === 'valueProposition') navigate('value', hit.id);
    else if (hit.entity === 'actor' || hit.entity === 'orgUnit') navigate('ecosystem', hit.entity === 'actor' ? 'actors' : 'organisation', hit.id);
    else navigate('ecosystem');
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (!hits?.length) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (a + 1) % hits.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a - 1 + hits.length) % hits.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const hit = hits[active];
      if (hit) open(hit);
    }
  }

  const expanded = !!hits && hits.length > 0;
  let status = '';
  if (hits && results) status = results.error ?? (hits.length === 0 ? t('search.none', { query: results.query }) : t('search.count', { count: hits.length }));

  return (
    <Modal title={t('search.title')} onClose={onClose} initialFocus={inputRef} wide>
      <div className="kern-form-input cdo-search">
        <label className="kern-label" htmlFor={`${listId}-input`}>{t('search.label')}</label>
        <div className="kern-hint" id={`${listId}-hint`}>{t('search.hint')}</div>
        <input
          ref={inputRef}
          id={`${listId}-input`}
          className="kern-form-input__input"
          type="search"
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-describedby={`${listId}-hint`}
          aria-activedescendant={expanded ? optionId(listId, active) : undefined}
          autoComplete="off"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </div>
      <OptionList
        id={listId}
        label={t('search.results')}
        items={(hits ?? []).map((h) => ({ key: `${h.entity}-${h.id}`, title: h.title, meta: [t(`entity.${h.entity}`), h.snippet].filter(Boolean).join(' · ') }))}
        active={active}
        onChoose={(i) => hits?.[i] && open(hits[i])}
        onHover={setActive}
      />
      <output className="kern-body kern-body--small kern-body--muted cdo-status" aria-live="polite">{status}</output>
    </Modal>
  );
}
