/**
 * Finds measures by a word of their title or text as one types, and offers
 * the best matches, each with one button. Pickers that list every measure do
 * not scale: a large Kreis has 10,000 (a 7.6 MB answer, and a select or a
 * checklist nobody can read).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Measure } from '../../api/index.ts';
import { useLoad } from '../api/index.ts';
import { FormField, inputClass } from './form-field.tsx';
import { PhaseBadge } from './phase.tsx';

/** Asked for: a few more than shown, so measures left out (already linked) still leave a full list. */
const ASK = 12;
const SHOW = 8;

export function MeasureSearch({ id, label, hint, error, exclude, action, actionOf, onPick }: {
  id: string;
  label: string;
  hint?: string;
  error?: string | null;
  /** Measures not to offer: already linked, or the measure itself. */
  exclude?: ReadonlySet<string>;
  /** The button's word ("Verknüpfen") and its accessible name for one measure. */
  action: string;
  actionOf(title: string): string;
  /** A picked measure; the search field empties for the next one. */
  onPick(measure: Measure): void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const q = query.trim();
  const found = useLoad(
    (a) => (q ? a.listMeasures({ query: q, sort: 'title', dir: 'asc', limit: ASK }) : Promise.resolve({ ok: true as const, value: { total: 0, rows: [] } })),
    [q],
  );
  const candidates = (found.data?.rows ?? []).filter((m) => !exclude?.has(m.id)).slice(0, SHOW);
  return (
    <div className="cdo-measure-search">
      <FormField id={id} label={label} hint={hint} error={error}>
        {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="search" value={query} onChange={(e) => setQuery(e.target.value)} maxLength={200} autoComplete="off" />}
      </FormField>
      {q && candidates.length ? (
        <ul className="cdo-link-list" aria-label={t('measureSearch.results')}>
          {candidates.map((m) => (
            <li key={m.id} className="cdo-link-list__item">
              <span className="kern-body">{m.title}</span>
              <PhaseBadge phase={m.phase} />
              <button type="button" className="kern-btn kern-btn--secondary kern-btn--x-small cdo-link-list__action" aria-label={actionOf(m.title)}
                onClick={() => {
                  setQuery('');
                  onPick(m);
                }}>
                <span className="kern-label">{action}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {q && !candidates.length && found.data && !found.loading ? <p className="kern-body kern-body--muted">{t('measureSearch.none')}</p> : null}
    </div>
  );
}
