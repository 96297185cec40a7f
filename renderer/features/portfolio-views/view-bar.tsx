/**
 * The bar between the filters and the measures: "Tabelle | Tafel", the saved
 * view to apply, "Ansicht speichern", deleting the applied view (undoable)
 * and, in the table, the column picker.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView, ViewColumn, ViewConfig } from '../../../api/index.ts';
import { useApi, useDataVersion } from '../../api/index.ts';
import { SelectBox } from '../../components/form-field.tsx';
import { ColumnPicker } from './column-picker.tsx';
import type { ViewMode } from './remembered-view.ts';
import { SaveViewDialog } from './save-view-dialog.tsx';
import { SpreadsheetActions } from '../spreadsheets/spreadsheet-actions.tsx';
import './portfolio-views.css';

/** Same columns, filters and sort: the applied view is unchanged. */
const sameConfig = (a: ViewConfig, b: ViewConfig) => JSON.stringify(a) === JSON.stringify(b);

export function ViewBar({ mode, onMode, views, selected, config, onApply, onSaved, onDeleted, onColumns }: {
  mode: ViewMode;
  onMode(mode: ViewMode): void;
  views: SavedView[];
  selected: SavedView | null;
  config: ViewConfig;
  /** null: back to the standard view. */
  onApply(view: SavedView | null): void;
  onSaved(view: SavedView): void;
  onDeleted(view: SavedView): void;
  onColumns(columns: ViewColumn[]): void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const api = useApi();
  const { bump } = useDataVersion();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const changed = selected ? !sameConfig(selected.config, config) : false;

  async function remove(view: SavedView) {
    const r = await api.deleteView({ id: view.id });
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setError(null);
    bump();
    onDeleted(view);
  }

  return (
    <div className="cdo-viewbar">
      <fieldset className="cdo-toggle">
        <legend className="kern-sr-only">{t('views.mode.label')}</legend>
        {(['table', 'board'] as const).map((m) => (
          <button key={m} type="button" className={`cdo-toggle__button${mode === m ? ' cdo-toggle__button--active' : ''}`} aria-pressed={mode === m} onClick={() => onMode(m)}>
            {t(`views.mode.${m}`)}
          </button>
        ))}
      </fieldset>
      <div className="cdo-viewbar__views">
        <div className="kern-form-input cdo-viewbar__select">
          <label className="kern-label" htmlFor={`${id}-view`}>{t('views.saved.label')}</label>
          <SelectBox
            id={`${id}-view`}
            value={selected?.id ?? ''}
            aria-describedby={changed ? `${id}-changed` : undefined}
            onChange={(e) => onApply(views.find((v) => v.id === e.target.value) ?? null)}
          >
            <option value="">{t('views.saved.standard')}</option>
            {views.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
          </SelectBox>
        </div>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setSaving(true)}>
          <span className="kern-label">{t('views.save.open')}</span>
        </button>
        {selected ? (
          <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void remove(selected)}>
            <span className="kern-icon kern-icon--delete kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('views.saved.delete')}</span>
          </button>
        ) : null}
        {mode === 'table' ? <ColumnPicker columns={config.columns} onChange={onColumns} /> : null}
        {mode === 'table' ? <SpreadsheetActions config={config} /> : null}
      </div>
      {changed ? <p className="kern-body kern-body--small cdo-muted cdo-viewbar__changed" id={`${id}-changed`}>{t('views.saved.changed')}</p> : null}
      {error ? <p className="kern-body kern-body--small cdo-error-text" role="alert">{error}</p> : null}
      {saving ? (
        <SaveViewDialog
          config={config}
          selected={selected}
          onClose={() => setSaving(false)}
          onSaved={(v) => {
            setSaving(false);
            onSaved(v);
          }}
        />
      ) : null}
    </div>
  );
}
