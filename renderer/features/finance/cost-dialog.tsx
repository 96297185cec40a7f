/**
 * The small dialog that adds or edits one cost item: year, kind, recurrence,
 * category (free text with suggestions), plan and actual. Amounts are typed
 * the German way (25.000 or 1.250,50) and read with parseMoney.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COST_CATEGORIES, COST_KINDS, COST_RECURRENCES, type CostItem, type CostKind, type CostRecurrence, type FieldIssue } from '../../../api/index.ts';
import { useApi, useDataVersion } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { Modal } from '../../components/modal.tsx';
import { currentLang, formatNumber, parseMoney } from '../../i18n/index.ts';

type Key = 'year' | 'kind' | 'recurrence' | 'category' | 'plan' | 'actual';
type Issues = Partial<Record<Key, string>>;
const KEYS: readonly string[] = ['year', 'kind', 'recurrence', 'category', 'plan', 'actual'];

function issuesOf(list: FieldIssue[] | undefined): Issues {
  const out: Issues = {};
  for (const i of list ?? []) {
    const key = i.path.split('.')[0]!;
    if (KEYS.includes(key)) out[key as Key] ??= i.message;
  }
  return out;
}

/** How a cost item is named in notices and button labels: "Lizenzen 2026". */
export function costName(item: Pick<CostItem, 'category' | 'year'>, noCategory: string): string {
  return `„${item.category ?? noCategory}“ ${item.year}`;
}

export function CostDialog({ measureId, item, defaultYear, onClose, onSaved }: {
  measureId: string;
  item: CostItem | null;
  /** The year a new item starts with; this year when there is none. */
  defaultYear: number | undefined;
  onClose(): void;
  onSaved(item: CostItem, created: boolean): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const { bump } = useDataVersion();
  const money = (n: number | null | undefined) => (n === null || n === undefined ? '' : formatNumber(n, lang));
  const [year, setYear] = useState(() => String(item?.year ?? defaultYear ?? new Date().getFullYear()));
  const [kind, setKind] = useState<CostKind>(item?.kind ?? 'investive');
  const [recurrence, setRecurrence] = useState<CostRecurrence>(item?.recurrence ?? 'one_off');
  const [category, setCategory] = useState(item?.category ?? '');
  const [plan, setPlan] = useState(money(item?.plan));
  const [actual, setActual] = useState(money(item?.actual));
  const [issues, setIssues] = useState<Issues>({});
  const [error, setError] = useState<string | null>(null);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    const planValue = parseMoney(plan, lang);
    const actualValue = parseMoney(actual, lang);
    const local: Issues = {};
    if (Number.isNaN(planValue)) local.plan = t('finance.amountFormat');
    if (Number.isNaN(actualValue)) local.actual = t('finance.amountFormat');
    const yearValue = /^\d{1,4}$/.test(year.trim()) ? Number(year.trim()) : Number.NaN;
    if (Number.isNaN(yearValue)) local.year = t('finance.yearFormat');
    if (Object.keys(local).length) {
      setIssues(local);
      return;
    }
    const r = await api.saveCostItem({
      ...(item ? { id: item.id } : {}),
      measureId,
      year: yearValue,
      kind,
      recurrence,
      category,
      plan: planValue ?? 0,
      actual: actualValue,
    });
    if (!r.ok) {
      const found = issuesOf(r.error.details?.issues);
      setIssues(found);
      setError(Object.keys(found).length ? null : r.error.message);
      return;
    }
    bump();
    onSaved(r.value, !item);
  }

  return (
    <Modal
      title={t(item ? 'finance.costs.editTitle' : 'finance.costs.addTitle')}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">{t('common.cancel')}</span></button>
          <button type="submit" form="cost-item-form" className="kern-btn kern-btn--primary"><span className="kern-label">{t('finance.costs.save')}</span></button>
        </>
      }
    >
      <form id="cost-item-form" className="cdo-form cdo-form--dialog" onSubmit={(e) => void save(e)} noValidate>
        {error ? <Alert kind="danger" title={t('finance.saveError')}><p className="kern-body">{error}</p></Alert> : null}
        <div className="cdo-finance-dialog__row">
          <FormField label={t('finance.costs.field.year')} error={issues.year}>
            {({ invalid, ...p }) => <input {...p} className={`${inputClass(invalid)} cdo-finance-input--year`} type="text" inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} maxLength={4} />}
          </FormField>
          <FormField label={t('finance.costs.field.kind')} error={issues.kind}>
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={kind} onChange={(e) => setKind(e.target.value as CostKind)}>
                {COST_KINDS.map((k) => <option key={k} value={k}>{t(`finance.kind.${k}`)}</option>)}
              </SelectBox>
            )}
          </FormField>
          <FormField label={t('finance.costs.field.recurrence')} error={issues.recurrence}>
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={recurrence} onChange={(e) => setRecurrence(e.target.value as CostRecurrence)}>
                {COST_RECURRENCES.map((k) => <option key={k} value={k}>{t(`finance.recurrence.${k}`)}</option>)}
              </SelectBox>
            )}
          </FormField>
        </div>
        <FormField label={t('finance.costs.field.category')} hint={t('finance.costs.field.categoryHint')} error={issues.category} optional={t('common.optional')}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" list="cost-categories" value={category} onChange={(e) => setCategory(e.target.value)} maxLength={100} />}
        </FormField>
        <datalist id="cost-categories">
          {COST_CATEGORIES.map((c) => <option key={c} value={c}>{c}</option>)}
        </datalist>
        <div className="cdo-finance-dialog__row">
          <FormField label={t('finance.costs.field.plan')} error={issues.plan}>
            {({ invalid, ...p }) => <input {...p} className={`${inputClass(invalid)} cdo-finance-input--money`} type="text" inputMode="decimal" value={plan} onChange={(e) => setPlan(e.target.value)} maxLength={20} />}
          </FormField>
          <FormField label={t('finance.costs.field.actual')} error={issues.actual} optional={t('common.optional')}>
            {({ invalid, ...p }) => <input {...p} className={`${inputClass(invalid)} cdo-finance-input--money`} type="text" inputMode="decimal" value={actual} onChange={(e) => setActual(e.target.value)} maxLength={20} />}
          </FormField>
        </div>
      </form>
    </Modal>
  );
}
