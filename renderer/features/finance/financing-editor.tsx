/**
 * "Finanzierung": the financing stack of a measure as editable rows (source,
 * name, optional funding programme, amount) with a live check against the
 * planned cost ("Finanzierung vollständig" / "Es fehlen 10.000 €"). The whole
 * stack is saved at once — one undo step; the core refuses a stack that does
 * not add up and its message is shown as it is.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FINANCE_LIMITS, FINANCING_SOURCES, type FieldIssue, type Financing, type FinancingSource } from '../../../api/index.ts';
import { useApi, useDataVersion } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { SelectBox, inputClass } from '../../components/form-field.tsx';
import { currentLang, formatMoney, formatNumber, parseMoney } from '../../i18n/index.ts';

export interface ProgrammeOption {
  id: string;
  name: string;
}

interface Row {
  key: string;
  id?: string;
  sourceType: FinancingSource;
  name: string;
  programmeId: string;
  amount: string;
}

let nextKey = 0;
const newKey = () => `row-${++nextKey}`;

function rowsOf(f: Financing, lang: 'de' | 'en'): Row[] {
  return f.items.map((i) => ({
    key: i.id, id: i.id, sourceType: i.sourceType, name: i.name ?? '', programmeId: i.programmeId ?? '', amount: formatNumber(i.amount, lang),
  }));
}

/** What the rows add up to; rows with an amount that is not a number are left out (and marked). */
function sumOf(rows: Row[], lang: 'de' | 'en'): number {
  return Math.round(rows.reduce((a, r) => {
    const v = parseMoney(r.amount, lang);
    return a + (v === null || Number.isNaN(v) ? 0 : v);
  }, 0) * 100) / 100;
}

function Check({ planned, sum }: { planned: number | null; sum: number }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  if (planned === null) return null;
  const gap = Math.round((planned - sum) * 100) / 100;
  const ok = Math.abs(gap) <= FINANCE_LIMITS.tolerance;
  const text = ok ? t('finance.financing.complete') : gap > 0 ? t('finance.financing.missing', { amount: formatMoney(gap, lang) }) : t('finance.financing.over', { amount: formatMoney(-gap, lang) });
  return (
    <span className={`kern-badge ${ok ? 'kern-badge--success' : 'kern-badge--warning'} cdo-badge cdo-finance-check`}>
      <span className={`kern-icon kern-icon--small ${ok ? 'kern-icon--success' : 'kern-icon--warning'}`} aria-hidden="true" />
      <span className="kern-label">{text}</span>
    </span>
  );
}

export function FinancingEditor({ financing, programmes, onNotice }: { financing: Financing; programmes: ProgrammeOption[] | null; onNotice(text: string): void }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const { bump } = useDataVersion();
  const base = useId();
  // The rows being edited; null while nothing is edited, so the stored stack (undo, another window) shows as it is.
  const [draft, setDraft] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<Record<string, string>>({});
  const rows = draft ?? rowsOf(financing, lang);
  const dirty = draft !== null;

  const change = (fn: (rs: Row[]) => Row[]) => setDraft((d) => fn(d ?? rowsOf(financing, lang)));
  const edit = (key: string, patch: Partial<Row>) => change((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const add = () => change((rs) => [...rs, { key: newKey(), sourceType: rs.length === 0 ? 'own' : 'funding', name: '', programmeId: '', amount: '' }]);
  const removeRow = (key: string) => change((rs) => rs.filter((r) => r.key !== key));
  const reset = () => {
    setDraft(null);
    setError(null);
    setRowErrors({});
  };

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const local: Record<string, string> = {};
    const items = rows.map((r, n) => {
      const amount = parseMoney(r.amount, lang);
      if (amount === null || Number.isNaN(amount)) local[`items.${n}.amount`] = t('finance.amountFormat');
      return {
        ...(r.id ? { id: r.id } : {}),
        sourceType: r.sourceType,
        name: r.name,
        amount: amount ?? 0,
        programmeId: r.sourceType === 'funding' && r.programmeId ? r.programmeId : null,
      };
    });
    if (Object.keys(local).length) {
      setRowErrors(local);
      setError(null);
      return;
    }
    const r = await api.saveFinancing({ measureId: financing.measureId, items });
    if (!r.ok) {
      const issues: FieldIssue[] = r.error.details?.issues ?? [];
      const perRow = Object.fromEntries(issues.filter((i) => i.path.startsWith('items.')).map((i) => [i.path, i.message]));
      setRowErrors(perRow);
      // The sum rule speaks about the whole stack (path "items"): it is the message at the top.
      setError(Object.keys(perRow).length && !issues.some((i) => i.path === 'items') ? null : r.error.message);
      return;
    }
    reset();
    onNotice(t('finance.financing.saved'));
    bump();
  }

  const sum = sumOf(rows, lang);
  const planned = financing.plannedCost;
  const share = (amount: string) => {
    const v = parseMoney(amount, lang);
    if (!planned || v === null || Number.isNaN(v)) return null;
    return new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'de-DE', { style: 'percent', maximumFractionDigits: 1 }).format(v / planned);
  };
  const errorOf = (n: number, field: string) => rowErrors[`items.${n}.${field}`];

  return (
    <section className="cdo-section cdo-fact-section" aria-labelledby="finance-stack-title">
      <h2 className="kern-heading-small" id="finance-stack-title">{t('finance.financing.title')}</h2>
      <p className="kern-body kern-body--muted cdo-finance-lead">{t('finance.financing.lead')}</p>
      {planned === null ? (
        <p className="kern-body">{t('finance.financing.noTarget')}</p>
      ) : (
        <p className="kern-body cdo-finance-target">
          <strong>{t('finance.financing.target', { amount: formatMoney(planned, lang) })}</strong>{' '}
          <span className="kern-body--muted">({t(`finance.financing.targetFrom.${financing.plannedFrom ?? 'costs'}`)})</span>
        </p>
      )}
      {error ? <Alert kind="danger" title={t('finance.saveError')}><p className="kern-body">{error}</p></Alert> : null}

      <form onSubmit={(e) => void save(e)} noValidate aria-labelledby="finance-stack-title">
        {rows.length === 0 ? <p className="kern-body kern-body--muted">{t('finance.financing.none')}</p> : (
          <ol className="cdo-finance-stack" aria-label={t('finance.financing.rowsLabel')}>
            {rows.map((r, n) => {
              const id = (f: string) => `${base}-${n}-${f}`;
              const amountError = errorOf(n, 'amount');
              const programmeError = errorOf(n, 'programmeId');
              const pct = share(r.amount);
              return (
                <li key={r.key} className="cdo-finance-stack__row">
                  <fieldset className="cdo-finance-stack__fields">
                    <legend className="kern-sr-only">{t('finance.financing.row', { n: n + 1 })}</legend>
                    <div className="kern-form-input cdo-finance-stack__source">
                      <label className="kern-label" htmlFor={id('source')}>{t('finance.financing.sourceType')}</label>
                      <SelectBox id={id('source')} value={r.sourceType} onChange={(e) => edit(r.key, { sourceType: e.target.value as FinancingSource })}>
                        {FINANCING_SOURCES.map((s) => <option key={s} value={s}>{t(`finance.source.${s}`)}</option>)}
                      </SelectBox>
                    </div>
                    <div className={`kern-form-input cdo-finance-stack__name${r.sourceType === 'funding' && programmes?.length ? '' : ' cdo-finance-stack__name--wide'}`}>
                      <label className="kern-label" htmlFor={id('name')}>{t('finance.financing.name')}<span className="kern-label__optional"> – {t('common.optional')}</span></label>
                      <input id={id('name')} className={inputClass(false)} type="text" value={r.name} maxLength={200} onChange={(e) => edit(r.key, { name: e.target.value })} />
                    </div>
                    {r.sourceType === 'funding' && programmes && programmes.length ? (
                      <div className={`kern-form-input cdo-finance-stack__programme${programmeError ? ' kern-form-input--error' : ''}`}>
                        <label className="kern-label" htmlFor={id('programme')}>{t('finance.financing.programme')}<span className="kern-label__optional"> – {t('common.optional')}</span></label>
                        <SelectBox id={id('programme')} value={r.programmeId} invalid={!!programmeError} aria-invalid={programmeError ? true : undefined}
                          aria-describedby={programmeError ? id('programme-error') : undefined}
                          onChange={(e) => {
                            const programme = programmes.find((p) => p.id === e.target.value);
                            // A share named after nothing takes the programme's name.
                            edit(r.key, { programmeId: e.target.value, ...(programme && !r.name ? { name: programme.name } : {}) });
                          }}>
                          <option value="">{t('finance.financing.noProgramme')}</option>
                          {programmes.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
                        </SelectBox>
                        {programmeError ? <p className="kern-error" id={id('programme-error')}><span className="kern-icon kern-icon--danger" aria-hidden="true" /><span className="kern-body">{programmeError}</span></p> : null}
                      </div>
                    ) : null}
                    <div className={`kern-form-input cdo-finance-stack__amount${amountError ? ' kern-form-input--error' : ''}`}>
                      <label className="kern-label" htmlFor={id('amount')}>{t('finance.financing.amount')}</label>
                      <input id={id('amount')} className={`${inputClass(!!amountError)} cdo-finance-input--money`} type="text" inputMode="decimal" value={r.amount} maxLength={20}
                        aria-invalid={amountError ? true : undefined} aria-describedby={[pct ? id('share') : null, amountError ? id('amount-error') : null].filter(Boolean).join(' ') || undefined}
                        onChange={(e) => edit(r.key, { amount: e.target.value })} />
                      {pct ? <div className="kern-hint" id={id('share')}>{t('finance.financing.share', { share: pct })}</div> : null}
                      {amountError ? <p className="kern-error" id={id('amount-error')}><span className="kern-icon kern-icon--danger" aria-hidden="true" /><span className="kern-body">{amountError}</span></p> : null}
                    </div>
                    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small cdo-finance-stack__remove" onClick={() => removeRow(r.key)} aria-label={t('finance.financing.removeRow', { n: n + 1 })}>
                      <span className="kern-icon kern-icon--delete kern-icon--small" aria-hidden="true" />
                    </button>
                  </fieldset>
                </li>
              );
            })}
          </ol>
        )}
        <div className="cdo-finance-stack__foot">
          <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" onClick={add}>
            <span className="kern-icon kern-icon--add kern-icon--small" aria-hidden="true" />
            <span className="kern-label">{t('finance.financing.addRow')}</span>
          </button>
          <p className="kern-body cdo-finance-sum">
            {t('finance.financing.sum')}: <strong>{formatMoney(sum, lang)}</strong>
          </p>
          <output className="cdo-finance-live" aria-live="polite">
            {rows.length ? <Check planned={planned} sum={sum} /> : null}
          </output>
        </div>
        <div className="cdo-finance-actions">
          <button type="submit" className="kern-btn kern-btn--primary">
            <span className="kern-label">{t('finance.financing.save')}</span>
          </button>
          {dirty ? (
            <>
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={reset}><span className="kern-label">{t('finance.financing.reset')}</span></button>
              <span className="kern-body kern-body--muted">{t('finance.financing.unsaved')}</span>
            </>
          ) : null}
        </div>
      </form>
    </section>
  );
}
