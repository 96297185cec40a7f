/**
 * Picks a municipality from the shipped list: type a name, AGS or PLZ; each
 * option shows type, Kreis, Land, population and AGS, so the thirteen
 * "Neuenkirchen" can be told apart. ARIA 1.2 combobox pattern.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Municipality } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { OptionList, optionId } from '../../components/option-list.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';

/** Type, Kreis, Land, population and AGS: enough to tell namesakes apart. `words` supplies the labels. */
export function municipalityDetails(m: Municipality, lang: 'de' | 'en', words: { people(n: string): string; ags(ags: string): string }): string[] {
  return [m.type, m.kreis, m.land, words.people(formatNumber(m.population, lang)), words.ags(m.ags)].filter((x): x is string => !!x);
}

export interface ComboboxProps {
  label: string;
  hint: string;
  error?: string | null;
  onSelect(m: Municipality | null): void;
}

interface Results {
  query: string;
  options: Municipality[];
  status: string;
}

export function MunicipalityCombobox({ label, hint, error, onSelect }: ComboboxProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const id = useId();
  const listId = `${id}-list`;
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Results | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<string | null>(null);
  const q = query.trim();
  // Nothing to look up for one letter, or for the name just taken from the list.
  const searchFor = q.length >= 2 && q !== chosen ? q : '';

  useEffect(() => {
    if (!searchFor) return;
    let stale = false;
    const timer = setTimeout(() => {
      void api.searchMunicipalities({ query: searchFor, limit: 20 }).then((r) => {
        if (stale) return;
        const found = r.ok ? r.value : [];
        const status = r.ok ? (found.length ? t('start.create.found', { count: found.length }) : t('start.create.noneFound', { query: searchFor })) : r.error.message;
        setResults({ query: searchFor, options: found, status });
        setOpen(true);
        setActive(found.length ? 0 : -1);
      });
    }, 150);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [api, searchFor, t]);

  const options = searchFor && results ? results.options : [];

  function choose(m: Municipality) {
    setChosen(m.name);
    setQuery(m.name);
    setOpen(false);
    onSelect(m);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (!open && options.length) setOpen(true);
      setActive((a) => Math.min(a + 1, options.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const m = options[active];
      if (open && m) {
        e.preventDefault();
        choose(m);
      }
    } else if (e.key === 'Escape') {
      if (open) {
        e.preventDefault();
        setOpen(false);
      } else setQuery('');
    }
  }

  const expanded = open && options.length > 0;
  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  let status = '';
  if (chosen && q === chosen) status = t('start.create.chosen', { name: chosen });
  else if (searchFor && results) status = results.status;

  return (
    <div className={`kern-form-input cdo-combobox${error ? ' kern-form-input--error' : ''}`}>
      <label className="kern-label" htmlFor={`${id}-input`}>{label}</label>
      <div className="kern-hint" id={`${id}-hint`}>{hint}</div>
      <div className="cdo-combobox__field">
        <input
          id={`${id}-input`}
          className={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
          type="text"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(listId, active) : undefined}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          autoComplete="off"
          spellCheck={false}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setChosen(null);
            onSelect(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
          onFocus={() => options.length && setOpen(true)}
        />
        <OptionList
          id={listId}
          label={t('start.create.options')}
          className="cdo-combobox__list"
          hidden={!expanded}
          items={options.map((m) => ({ key: m.ags, title: m.name, meta: municipalityDetails(m, lang, { people: (n) => t('start.create.people', { n }), ags: (ags) => t('start.create.ags', { ags }) }).join(' · ') }))}
          active={active}
          onChoose={(i) => options[i] && choose(options[i])}
          onHover={setActive}
        />
      </div>
      {error ? (
        <p className="kern-error" id={`${id}-error`}>
          <span className="kern-icon kern-icon--danger" aria-hidden="true" />
          <span className="kern-body">{error}</span>
        </p>
      ) : null}
      <output className="kern-sr-only" aria-live="polite">{status}</output>
    </div>
  );
}
