/**
 * The scoring model as an editable table: name, weight, direction, axis and
 * scale per criterion, a live sum that must make 100, and one save for all.
 * Removing a criterion that has scores asks first (its scores go with it).
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AXES, DIRECTIONS, type Axis, type Criterion, type Direction } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { SelectBox, inputClass } from '../../components/form-field.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { currentLang, formatNumber } from '../../i18n/index.ts';

interface Draft {
  key: string;
  id?: string;
  name: string;
  description: string | null;
  weight: string;
  direction: Direction;
  axis: Axis;
  scaleMax: string;
}

type RowErrors = Partial<Record<'name' | 'weight' | 'direction' | 'axis' | 'scaleMax' | 'id', string>>;

const toDraft = (c: Criterion, lang: 'de' | 'en'): Draft => ({
  key: c.id, id: c.id, name: c.name, description: c.description, weight: formatNumber(c.weight, lang),
  direction: c.direction, axis: c.axis, scaleMax: String(c.scaleMax),
});

/** "12,5" and "12.5" are both twelve and a half; anything else is sent as typed, so the core can name the problem. */
function parseNumber(text: string): number | string {
  const s = text.trim().replace(/\s/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : text;
}

export function CriteriaEditor({ criteria, onSaved }: { criteria: Criterion[]; onSaved(): void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const sumId = useId();
  const [rows, setRows] = useState<Draft[]>(() => criteria.map((c) => toDraft(c, lang)));
  const [errors, setErrors] = useState<Record<number, RowErrors>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [confirm, setConfirm] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const counter = useRef(0);

  const weights = rows.map((r) => parseNumber(r.weight));
  const sum = Math.round(weights.reduce<number>((a, w) => a + (typeof w === 'number' ? w : 0), 0) * 100) / 100;
  const diff = Math.round(Math.abs(100 - sum) * 100) / 100;
  const sumOk = diff < 0.01;

  const update = (i: number, patch: Partial<Draft>) => setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const add = () => {
    counter.current += 1;
    setRows((rs) => [...rs, { key: `new-${counter.current}`, name: '', description: null, weight: '0', direction: 'benefit', axis: 'value', scaleMax: '5' }]);
  };

  async function save(confirmed: boolean) {
    setBusy(true);
    const r = await api.saveScoringModel({
      criteria: rows.map((d) => ({
        ...(d.id ? { id: d.id } : {}),
        name: d.name, description: d.description, weight: parseNumber(d.weight) as number,
        direction: d.direction, axis: d.axis, scaleMax: parseNumber(d.scaleMax) as number,
      })),
      confirm: confirmed,
    });
    setBusy(false);
    setConfirm(null);
    if (r.ok) {
      setErrors({});
      setFailure(null);
      onSaved();
      return;
    }
    if (r.error.code === 'conflict' && !confirmed) {
      setConfirm(r.error.message);
      return;
    }
    const byRow: Record<number, RowErrors> = {};
    for (const issue of r.error.details?.issues ?? []) {
      const m = /^criteria\.(\d+)\.(\w+)$/.exec(issue.path);
      if (m) byRow[Number(m[1])] = { ...byRow[Number(m[1])], [m[2]!]: issue.message };
    }
    setErrors(byRow);
    setFailure(r.error.message);
  }

  const fieldError = (i: number, f: keyof RowErrors) => errors[i]?.[f];
  const errorId = (i: number, f: string) => `${sumId}-e-${i}-${f}`;
  const describe = (i: number, f: keyof RowErrors) => (fieldError(i, f) ? { 'aria-invalid': true as const, 'aria-describedby': errorId(i, f) } : {});
  const showError = (i: number, f: keyof RowErrors) =>
    fieldError(i, f) ? <p className="kern-error cdo-criteria__error" id={errorId(i, f)}><span className="kern-body kern-body--small">{fieldError(i, f)}</span></p> : null;

  return (
    <form className="cdo-criteria" onSubmit={(e) => { e.preventDefault(); void save(false); }} noValidate>
      {failure ? (
        <Alert kind="danger" title={t('scoring.criteria.errorTitle')}>
          <p className="kern-body">{failure}</p>
        </Alert>
      ) : null}
      <div className="cdo-table-card">
        <table className="kern-table kern-table--small cdo-criteria__table">
          <caption className="kern-sr-only">{t('scoring.criteria.caption')}</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t('scoring.criteria.name')}</th>
              <th scope="col" className="kern-table__header cdo-criteria__weight">{t('scoring.criteria.weightCol')}</th>
              <th scope="col" className="kern-table__header cdo-criteria__direction">{t('scoring.criteria.direction')}</th>
              <th scope="col" className="kern-table__header cdo-criteria__axis">{t('scoring.criteria.axis')}</th>
              <th scope="col" className="kern-table__header cdo-criteria__scale">{t('scoring.criteria.scaleCol')}</th>
              <th scope="col" className="kern-table__header cdo-criteria__actions-col"><span className="kern-sr-only">{t('scoring.criteria.actions')}</span></th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {rows.map((r, i) => {
              const label = r.name.trim() || t('scoring.criteria.newName');
              return (
                <tr key={r.key} className="kern-table__row">
                  <td className="kern-table__cell">
                    <input className={inputClass(!!fieldError(i, 'name'))} type="text" value={r.name} maxLength={120}
                      aria-label={`${t('scoring.criteria.name')} ${i + 1}`} {...describe(i, 'name')} onChange={(e) => update(i, { name: e.target.value })} />
                    {showError(i, 'name')}
                  </td>
                  <td className="kern-table__cell">
                    <input className={inputClass(!!fieldError(i, 'weight'))} type="text" inputMode="decimal" value={r.weight}
                      aria-label={`${t('scoring.criteria.weight')}: ${label}`} aria-describedby={fieldError(i, 'weight') ? `${errorId(i, 'weight')} ${sumId}` : sumId}
                      {...(fieldError(i, 'weight') ? { 'aria-invalid': true as const } : {})} onChange={(e) => update(i, { weight: e.target.value })} />
                    {showError(i, 'weight')}
                  </td>
                  <td className="kern-table__cell">
                    <SelectBox value={r.direction} aria-label={`${t('scoring.criteria.direction')}: ${label}`} onChange={(e) => update(i, { direction: e.target.value as Direction })}>
                      {DIRECTIONS.map((d) => <option key={d} value={d}>{t(`scoring.criteria.dir.${d}`)}</option>)}
                    </SelectBox>
                  </td>
                  <td className="kern-table__cell">
                    <SelectBox value={r.axis} aria-label={`${t('scoring.criteria.axis')}: ${label}`} onChange={(e) => update(i, { axis: e.target.value as Axis })}>
                      {AXES.map((a) => <option key={a} value={a}>{t(`scoring.criteria.ax.${a}`)}</option>)}
                    </SelectBox>
                  </td>
                  <td className="kern-table__cell">
                    <input className={inputClass(!!fieldError(i, 'scaleMax'))} type="text" inputMode="numeric" value={r.scaleMax}
                      aria-label={`${t('scoring.criteria.scale')}: ${label}`} {...describe(i, 'scaleMax')} onChange={(e) => update(i, { scaleMax: e.target.value })} />
                    {showError(i, 'scaleMax')}
                  </td>
                  <td className="kern-table__cell">
                    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" disabled={rows.length <= 1}
                      aria-label={t('scoring.criteria.removeNamed', { name: label })} onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}>
                      <span className="kern-icon kern-icon--delete kern-icon--small" aria-hidden="true" />
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <output id={sumId} aria-live="polite" className={`kern-body cdo-criteria__sum${sumOk ? '' : ' cdo-criteria__sum--off'}`}>
        <strong>{t('scoring.criteria.sum', { sum: formatNumber(sum, lang) })}</strong>{' '}
        {sumOk ? t('scoring.criteria.sumOk') : t(sum < 100 ? 'scoring.criteria.sumLow' : 'scoring.criteria.sumHigh', { diff: formatNumber(diff, lang) })}
      </output>
      <div className="kern-btn-wrapper cdo-criteria__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{t('scoring.criteria.save')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={add}>
          <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
          <span className="kern-label">{t('scoring.criteria.add')}</span>
        </button>
        <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => { setRows(criteria.map((c) => toDraft(c, lang))); setErrors({}); setFailure(null); }}>
          <span className="kern-label">{t('scoring.criteria.reset')}</span>
        </button>
      </div>
      {confirm ? (
        <ConfirmDialog title={t('scoring.criteria.confirmTitle')} confirmLabel={t('scoring.criteria.confirm')} onCancel={() => setConfirm(null)} onConfirm={() => void save(true)}>
          <p className="kern-body">{confirm}</p>
          <p className="kern-body kern-body--muted">{t('scoring.criteria.confirmHint')}</p>
        </ConfirmDialog>
      ) : null}
    </form>
  );
}
