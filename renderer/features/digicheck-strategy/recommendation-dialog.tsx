/**
 * Adding or changing one recommendation of a DigiCheck: title, dimension,
 * priority, year of the strategy (with its calendar year), cost ranges in
 * euros, staff need. Amounts are read the German way (25.000); the core's
 * messages sit next to their fields.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, STRATEGY_YEARS, type Priority, type Recommendation, type StrategyYear } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { Modal } from '../../components/modal.tsx';
import { useFormIssues } from '../../components/use-form-issues.ts';
import { useWrite } from '../../components/use-write.ts';
import { currentLang, formatNumber, parseMoney } from '../../i18n/index.ts';

const FIELDS = ['title', 'description', 'dimensionKey', 'priority', 'year', 'oneOffMin', 'oneOffMax', 'yearlyMin', 'yearlyMax', 'staffFte', 'staffNote'] as const;
type FieldKey = (typeof FIELDS)[number];
const AMOUNTS = ['oneOffMin', 'oneOffMax', 'yearlyMin', 'yearlyMax'] as const;
type AmountKey = (typeof AMOUNTS)[number];

interface Draft {
  title: string; description: string; dimensionKey: string; priority: Priority; year: StrategyYear;
  oneOffMin: string; oneOffMax: string; yearlyMin: string; yearlyMax: string; staffFte: string; staffNote: string;
}

export function RecommendationDialog({ assessmentId, firstYear, recommendation, onClose, onSaved }: {
  assessmentId: string;
  /** The calendar year of year 1. */
  firstYear: number;
  recommendation: Recommendation | null;
  onClose(): void;
  onSaved(saved: Recommendation): void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const api = useApi();
  const write = useWrite();
  const assessment = useLoad((a) => a.getDigicheckAssessment({ id: assessmentId }), [assessmentId]);
  const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : formatNumber(v, lang));
  const r = recommendation;
  const [draft, setDraft] = useState<Draft>({
    title: r?.title ?? '', description: r?.description ?? '', dimensionKey: r?.dimensionKey ?? '', priority: r?.priority ?? 'medium', year: r?.year ?? 1,
    oneOffMin: num(r?.oneOffMin), oneOffMax: num(r?.oneOffMax), yearlyMin: num(r?.yearlyMin), yearlyMax: num(r?.yearlyMax),
    staffFte: num(r?.staffFte), staffNote: r?.staffNote ?? '',
  });
  const { issues, general, issueKeys, failed, summaryRef, show } = useFormIssues<FieldKey>(FIELDS);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const idOf = (k: FieldKey) => `recommendation-${k}`;
  const w = (k: string) => t(`digicheckStrategy.dialog.${k}`);

  async function save() {
    // Amounts and staff are read here; what cannot be read is named at its field before anything is sent.
    const local: Partial<Record<FieldKey, string>> = {};
    const amounts = Object.fromEntries(AMOUNTS.map((k) => {
      const v = parseMoney(draft[k], lang);
      if (Number.isNaN(v)) local[k] = w('amountInvalid');
      return [k, Number.isNaN(v) ? null : v];
    })) as Record<AmountKey, number | null>;
    const staff = parseMoney(draft.staffFte, lang);
    if (Number.isNaN(staff)) local.staffFte = w('fteInvalid');
    if (Object.keys(local).length) {
      show({}, local);
      return;
    }
    setBusy(true);
    const res = await write(api.saveRecommendation({
      ...(r ? { id: r.id } : {}), assessmentId, title: draft.title, description: draft.description, dimensionKey: draft.dimensionKey || null,
      priority: draft.priority, year: draft.year, ...amounts, staffFte: staff, staffNote: draft.staffNote,
    }));
    setBusy(false);
    if (res.ok) onSaved(res.value);
    else show(res);
  }

  const amount = (k: AmountKey) => (
    <FormField id={idOf(k)} label={w(`field.${k}`)} error={issues[k]} optional={w('optional')}>
      {({ invalid, ...p }) => (
        <div className="kern-input-group cdo-input-unit">
          <input {...p} className={inputClass(invalid)} type="text" inputMode="decimal" value={draft[k]} onChange={(e) => set(k, e.target.value)} maxLength={20} />
          <span className="kern-input-group-text" aria-hidden="true">€</span>
        </div>
      )}
    </FormField>
  );

  return (
    <Modal wide title={r ? w('editTitle') : w('addTitle')} onClose={onClose}
      footer={<>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">{w('cancel')}</span></button>
        <button type="submit" form="recommendation-form" className="kern-btn kern-btn--primary" disabled={busy}><span className="kern-label">{w('save')}</span></button>
      </>}>
      <form id="recommendation-form" className="cdo-form cdo-form--dialog" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        {failed ? (
          <ErrorSummary ref={summaryRef} id="recommendation-errors" title={w('errorTitle')} general={general}
            items={issueKeys.map((k) => ({ controlId: idOf(k), label: w(`field.${k === 'dimensionKey' ? 'dimension' : k}`), message: issues[k]! }))} />
        ) : null}
        <div className="cdo-form__grid">
          <FormField id={idOf('title')} label={w('field.title')} error={issues.title} className="cdo-span-2">
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={draft.title} onChange={(e) => set('title', e.target.value)} maxLength={200} />}
          </FormField>
          <FormField id={idOf('description')} label={w('field.description')} error={issues.description} optional={w('optional')} className="cdo-span-2">
            {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={3} value={draft.description} onChange={(e) => set('description', e.target.value)} />}
          </FormField>
          <FormField id={idOf('year')} label={w('field.year')} error={issues.year}>
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={String(draft.year)} onChange={(e) => set('year', Number(e.target.value) as StrategyYear)}>
                {STRATEGY_YEARS.map((y) => <option key={y} value={y}>{t('digicheckStrategy.dialog.yearOption', { year: y, calendarYear: firstYear + y - 1 })}</option>)}
              </SelectBox>
            )}
          </FormField>
          <FormField id={idOf('priority')} label={w('field.priority')} error={issues.priority}>
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={draft.priority} onChange={(e) => set('priority', e.target.value as Priority)}>
                {PRIORITIES.map((x) => <option key={x} value={x}>{t(`priority.${x}`)}</option>)}
              </SelectBox>
            )}
          </FormField>
          <FormField id={idOf('dimensionKey')} label={w('field.dimension')} error={issues.dimensionKey} optional={w('optional')} className="cdo-span-2">
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={draft.dimensionKey} onChange={(e) => set('dimensionKey', e.target.value)}>
                <option value="">{w('noDimension')}</option>
                {(assessment.data?.dimensions ?? []).map((d) => <option key={d.key} value={d.key}>{d.name}</option>)}
              </SelectBox>
            )}
          </FormField>
          <p className="kern-hint cdo-span-2">{w('costHint')}</p>
          {amount('oneOffMin')}
          {amount('oneOffMax')}
          {amount('yearlyMin')}
          {amount('yearlyMax')}
          <FormField id={idOf('staffFte')} label={w('field.staffFte')} error={issues.staffFte} optional={w('optional')}>
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" inputMode="decimal" value={draft.staffFte} onChange={(e) => set('staffFte', e.target.value)} maxLength={10} />}
          </FormField>
          <FormField id={idOf('staffNote')} label={w('field.staffNote')} error={issues.staffNote} optional={w('optional')}>
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={draft.staffNote} onChange={(e) => set('staffNote', e.target.value)} maxLength={2000} />}
          </FormField>
        </div>
      </form>
    </Modal>
  );
}
