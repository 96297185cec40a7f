/** Add or change an indicator: what it measures, for which goal or measure, unit, level, baseline and target with dates, source and owner. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INDICATOR_LEVELS, type AgendaIndicator, type AgendaSnapshot, type IndicatorLevel } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { Modal } from '../../components/modal.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { issueFor, useWrite, type WriteFailure } from '../../components/use-write.ts';

/** "1.234,5" or "1234.5" → a number; "" → null. */
export function parseDecimal(text: string): number | null {
  const s = text.trim().replace(/\s/g, '');
  if (!s) return null;
  const normal = s.includes(',') ? s.replace(/\./g, '').replace(',', '.') : s;
  return /^-?\d+(\.\d+)?$/.test(normal) ? Number(normal) : Number.NaN;
}

export function IndicatorDialog({ agenda, indicator, onClose }: { agenda: AgendaSnapshot; indicator: AgendaIndicator | null; onClose(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const goals = agenda.goals.flatMap((g) => [g, ...g.children]);
  const measures = [...new Map(goals.flatMap((g) => g.measures).map((m) => [m.id, m])).values()];
  const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v).replace('.', ','));
  const [v, setV] = useState({
    name: indicator?.name ?? '', description: indicator?.description ?? '', unit: indicator?.unit ?? '', level: (indicator?.level ?? 'outcome') as IndicatorLevel,
    target: indicator ? (indicator.goalId ? `goal:${indicator.goalId}` : `measure:${indicator.measureId}`) : goals[0] ? `goal:${goals[0].id}` : '',
    baseline: num(indicator?.baseline), baselineOn: indicator?.baselineOn ?? '', goal: num(indicator?.target), targetOn: indicator?.targetOn ?? '',
    source: indicator?.source ?? '', owner: indicator?.owner ?? '',
  });
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const set = (k: keyof typeof v) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setV((x) => ({ ...x, [k]: e.target.value }));

  async function save() {
    const [kind, id] = v.target.split(':');
    const baseline = parseDecimal(v.baseline);
    const target = parseDecimal(v.goal);
    const local = [
      ...(Number.isNaN(baseline) ? [{ path: 'baseline', message: t('agenda.indicator.numberInvalid') }] : []),
      ...(Number.isNaN(target) ? [{ path: 'target', message: t('agenda.indicator.numberInvalid') }] : []),
    ];
    if (local.length) {
      setFailure({ message: '', issues: local });
      return;
    }
    const r = await write(api.saveAgendaIndicator({
      ...(indicator ? { id: indicator.id } : {}), agendaId: agenda.agendaId,
      goalId: kind === 'goal' ? id : null, measureId: kind === 'measure' ? id : null,
      name: v.name, description: v.description, unit: v.unit, level: v.level, baseline, baselineOn: v.baselineOn || null, target, targetOn: v.targetOn || null,
      source: v.source, owner: v.owner,
    }));
    if (r.ok) onClose();
    else setFailure(r);
  }
  const err = (p: string) => issueFor(failure?.issues ?? [], p);
  const general = failure && !failure.issues.length ? failure.message : null;
  const optional = t('common.optional');
  const text = (k: 'name' | 'unit' | 'source' | 'owner', path: string = k) => (
    <FormField id={`indicator-${k}`} label={t(`agenda.indicator.${k}`)} error={err(path)} optional={k === 'source' || k === 'owner' ? optional : undefined}>
      {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={v[k]} onChange={set(k)} maxLength={200} />}
    </FormField>
  );
  return (
    <Modal wide title={indicator ? t('agenda.indicator.editTitle') : t('agenda.indicator.newTitle')} onClose={onClose}
      footer={<>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">{t('common.cancel')}</span></button>
        <button type="button" className="kern-btn kern-btn--primary" onClick={() => void save()}><span className="kern-label">{t('agenda.save')}</span></button>
      </>}>
      <form className="cdo-form" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
        {general ? <p className="kern-body cdo-agenda-error" role="alert">{general}</p> : null}
        <div className="cdo-form__grid">
          {text('name')}
          <FormField id="indicator-for" label={t('agenda.indicator.for')} error={err('goalId') ?? err('measureId')}>
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={v.target} onChange={set('target')}>
                <optgroup label={t('agenda.indicator.goals')}>
                  {goals.map((g) => <option key={g.id} value={`goal:${g.id}`}>{g.title}</option>)}
                </optgroup>
                {measures.length ? (
                  <optgroup label={t('agenda.indicator.measures')}>
                    {measures.map((m) => <option key={m.id} value={`measure:${m.id}`}>{m.title}</option>)}
                  </optgroup>
                ) : null}
              </SelectBox>
            )}
          </FormField>
          {text('unit')}
          <FormField id="indicator-level" label={t('agenda.indicator.level')} error={err('level')} hint={t('agenda.indicator.levelHint')}>
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={v.level} onChange={set('level')}>
                {INDICATOR_LEVELS.map((l) => <option key={l} value={l}>{t(`agenda.level.${l}`)}</option>)}
              </SelectBox>
            )}
          </FormField>
          <FormField id="indicator-baseline" label={t('agenda.indicator.baseline')} error={err('baseline')} optional={optional}>
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} inputMode="decimal" value={v.baseline} onChange={set('baseline')} maxLength={20} />}
          </FormField>
          <FormField id="indicator-baselineOn" label={t('agenda.indicator.baselineOn')} error={err('baselineOn')} optional={optional}>
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="date" value={v.baselineOn} onChange={set('baselineOn')} />}
          </FormField>
          <FormField id="indicator-target" label={t('agenda.indicator.target')} error={err('target')} optional={optional}>
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} inputMode="decimal" value={v.goal} onChange={set('goal')} maxLength={20} />}
          </FormField>
          <FormField id="indicator-targetOn" label={t('agenda.indicator.targetOn')} error={err('targetOn')} optional={optional}>
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="date" value={v.targetOn} onChange={set('targetOn')} />}
          </FormField>
          {text('source')}
          {text('owner')}
          <FormField id="indicator-description" label={t('agenda.indicator.description')} error={err('description')} optional={optional} className="cdo-span-2">
            {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={3} value={v.description} onChange={set('description')} />}
          </FormField>
        </div>
      </form>
    </Modal>
  );
}
