/**
 * "Spalten": which columns the measures table shows. The title is always
 * there; the others appear in a fixed, sensible order whatever order they
 * were ticked in.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VIEW_COLUMNS, type ViewColumn } from '../../../api/index.ts';

export function ColumnPicker({ columns, onChange }: { columns: readonly ViewColumn[]; onChange(next: ViewColumn[]): void }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  // Escape inside the picker closes it and returns to its button.
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !box.current?.contains(document.activeElement)) return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, box, button]);
  const toggle = (key: ViewColumn, on: boolean) => {
    const chosen = new Set(columns);
    if (on) chosen.add(key);
    else chosen.delete(key);
    onChange(VIEW_COLUMNS.filter((c) => chosen.has(c)));
  };

  return (
    <div ref={box} className="cdo-columns">
      <button ref={button} type="button" className="kern-btn kern-btn--secondary" aria-expanded={open} aria-controls={`${id}-panel`} onClick={() => setOpen((o) => !o)}>
        <span className="kern-label">{t('views.columns.button', { n: columns.length + 1 })}</span>
      </button>
      <div id={`${id}-panel`} className="cdo-columns__panel" hidden={!open}>
        <fieldset className="kern-fieldset">
          <legend className="kern-label">{t('views.columns.legend')}</legend>
          <p className="kern-hint">{t('views.columns.hint')}</p>
          <div className="kern-fieldset__body cdo-columns__grid">
            {VIEW_COLUMNS.map((key) => (
              <div className="kern-form-check" key={key}>
                <input
                  className="kern-form-check__checkbox"
                  type="checkbox"
                  id={`${id}-${key}`}
                  checked={columns.includes(key)}
                  onChange={(e) => toggle(key, e.target.checked)}
                />
                <label className="kern-label" htmlFor={`${id}-${key}`}>{t(`measures.col.${key}`)}</label>
              </div>
            ))}
          </div>
        </fieldset>
      </div>
    </div>
  );
}
