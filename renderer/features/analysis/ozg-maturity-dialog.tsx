/** The dialog that records one service's maturity; the core's messages (e.g. "highest level is 4") sit next to their fields. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { OZG_MODEL_MAX, OZG_MODELS, type FieldIssue, type OzgMaturityRow, type OzgModel } from '../../../api/index.ts';
import { useApi, useDataVersion } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { Modal } from '../../components/modal.tsx';

type Key = 'relevant' | 'model' | 'ist' | 'soll' | 'unit' | 'efaProvider' | 'assessedOn' | 'note';
const KEYS: Key[] = ['relevant', 'model', 'ist', 'soll', 'unit', 'efaProvider', 'assessedOn', 'note'];

function issuesOf(list: FieldIssue[] | undefined): Partial<Record<Key, string>> {
  const out: Partial<Record<Key, string>> = {};
  for (const i of list ?? []) {
    const key = i.path.split('.')[0] as Key;
    if (KEYS.includes(key)) out[key] ??= i.message;
  }
  return out;
}

const levelOrNull = (v: string): number | null => (v === '' ? null : Number(v));

export function OzgMaturityDialog({ row, onClose, onSaved }: { row: OzgMaturityRow; onClose(): void; onSaved(): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const m = row.maturity;
  const [v, setV] = useState({
    relevant: m?.relevant ?? true,
    model: m?.model ?? ('1.1' as OzgModel),
    ist: m?.ist === null || m?.ist === undefined ? '' : String(m.ist),
    soll: m?.soll === null || m?.soll === undefined ? '' : String(m.soll),
    unit: m?.unit ?? '',
    efaProvider: m?.efaProvider ?? '',
    assessedOn: m?.assessedOn ?? '',
    note: m?.note ?? '',
  });
  const [issues, setIssues] = useState<Partial<Record<Key, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (k: Exclude<Key, 'relevant'>) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) => setV((x) => ({ ...x, [k]: e.target.value }));

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const r = await api.saveOzgMaturity({
      ozgId: row.service.ozgId, relevant: v.relevant, model: v.model, ist: levelOrNull(v.ist), soll: levelOrNull(v.soll),
      unit: v.unit, efaProvider: v.efaProvider, assessedOn: v.assessedOn || null, note: v.note,
    });
    setBusy(false);
    if (!r.ok) {
      const found = issuesOf(r.error.details?.issues);
      setIssues(found);
      setError(Object.keys(found).length ? null : r.error.message);
      return;
    }
    bump();
    onSaved();
  }

  /** Removes the record (one undo step): the service counts as not assessed again. */
  async function remove() {
    setBusy(true);
    const r = await api.deleteOzgMaturity({ ozgId: row.service.ozgId });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    bump();
    onSaved();
  }

  // The model's levels; a value above them (after switching the model) stays visible so the core can name the maximum.
  const levelSelect = (k: 'ist' | 'soll') => {
    const max = OZG_MODEL_MAX[v.model];
    const values = Array.from({ length: max + 1 }, (_, i) => i);
    const current = levelOrNull(v[k]);
    if (current !== null && current > max) values.push(current);
    return (
      <FormField label={t(`ozgMaturity.field.${k}`)} error={issues[k]} optional={t('common.optional')}>
        {({ invalid, ...p }) => (
          <SelectBox {...p} invalid={invalid} value={v[k]} onChange={set(k)}>
            <option value="">{t('ozgMaturity.notAssessed')}</option>
            {values.map((l) => <option key={l} value={String(l)}>{levelLabel(t, v.model, l)}</option>)}
          </SelectBox>
        )}
      </FormField>
    );
  };

  return (
    <Modal
      title={t('ozgMaturity.dialogTitle', { name: row.service.name })}
      onClose={onClose}
      wide
      footer={
        <>
          {m ? <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void remove()} disabled={busy}><span className="kern-label">{t('ozgMaturity.remove')}</span></button> : null}
          <button type="button" className="kern-btn kern-btn--secondary" onClick={onClose}><span className="kern-label">{t('common.cancel')}</span></button>
          <button type="submit" form="ozg-maturity-form" className="kern-btn kern-btn--primary" disabled={busy}><span className="kern-label">{t('ozgMaturity.save')}</span></button>
        </>
      }
    >
      <form id="ozg-maturity-form" className="cdo-form cdo-form--dialog" onSubmit={(e) => void save(e)} noValidate>
        <p className="kern-body kern-body--muted">{row.service.themenfeld} · {row.service.lebenslage}</p>
        {error ? <Alert kind="danger" title={t('ozgMaturity.saveError')}><p className="kern-body">{error}</p></Alert> : null}
        <div className="cdo-form__grid">
          <div className="kern-form-check cdo-span-2">
            <input id="ozg-relevant" className="kern-form-check__checkbox" type="checkbox" checked={v.relevant} onChange={(e) => setV((x) => ({ ...x, relevant: e.target.checked }))} />
            <label className="kern-label" htmlFor="ozg-relevant">{t('ozgMaturity.field.relevant')}</label>
          </div>
          <FormField label={t('ozgMaturity.field.model')} error={issues.model} className="cdo-span-2">
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={v.model} onChange={set('model')}>
                {OZG_MODELS.map((x) => <option key={x} value={x}>{t('ozgMaturity.modelName', { model: x })}</option>)}
              </SelectBox>
            )}
          </FormField>
          {levelSelect('ist')}
          {levelSelect('soll')}
          <FormField label={t('ozgMaturity.field.unit')} error={issues.unit} optional={t('common.optional')}>
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" value={v.unit} onChange={set('unit')} maxLength={200} />}
          </FormField>
          <FormField label={t('ozgMaturity.field.efaProvider')} hint={t('ozgMaturity.efaHint')} error={issues.efaProvider} optional={t('common.optional')}>
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" value={v.efaProvider} onChange={set('efaProvider')} maxLength={200} />}
          </FormField>
          <FormField label={t('ozgMaturity.field.assessedOn')} error={issues.assessedOn} optional={t('common.optional')}>
            {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="date" value={v.assessedOn} onChange={set('assessedOn')} />}
          </FormField>
          <FormField label={t('ozgMaturity.field.note')} error={issues.note} optional={t('common.optional')} className="cdo-span-2">
            {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={3} value={v.note} onChange={set('note')} maxLength={4000} />}
          </FormField>
        </div>
      </form>
    </Modal>
  );
}

/** "3 – Antrag vollständig online" for model 1.1; model 2.0 levels are named by number only. */
export function levelLabel(t: TFunction, model: OzgModel, level: number): string {
  return model === '1.1' && level <= 4 ? t(`ozgMaturity.levelName.${level}`) : t('ozgMaturity.level', { level });
}
