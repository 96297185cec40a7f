/**
 * #/peers/export: choose measures (all, a saved view, or single ones) →
 * licence (default CC-BY-4.0), personal data only when ticked, optional
 * signature (the key's fingerprint is shown) → the pack is saved as a file.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_LICENSES, type PackLicense } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { PageHeader } from '../../components/page.tsx';
import { saveBytes } from '../../components/save-bytes.ts';
import { BackToPeers } from './project-view.tsx';

type Mode = 'all' | 'view' | 'pick';

export function PackExportView() {
  const { t } = useTranslation();
  const api = useApi();
  const id = useId();
  const [mode, setMode] = useState<Mode>('all');
  const [viewId, setViewId] = useState('');
  const [picked, setPicked] = useState<Set<string>>(new Set());
  const [title, setTitle] = useState('');
  const [license, setLicense] = useState<PackLicense>('CC-BY-4.0');
  const [personal, setPersonal] = useState(false);
  const [sign, setSign] = useState(true);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const views = useLoad((a) => a.listViews(), []);
  const measures = useLoad((a) => a.listMeasures({ sort: 'title', dir: 'asc', limit: 2000 }), []);
  const key = useLoad((a) => a.getPackSigningKey(), []);

  const invalid = (mode === 'pick' && picked.size === 0) || (mode === 'view' && !viewId);

  async function create() {
    if (invalid) {
      setError(t('peers.exportPage.noMeasures'));
      return;
    }
    setBusy(true);
    setError(null);
    setDone(null);
    const r = await api.exportPack({
      ...(mode === 'view' ? { viewId } : {}),
      ...(mode === 'pick' ? { measureIds: [...picked] } : {}),
      ...(title.trim() ? { title: title.trim() } : {}),
      license,
      includePersonalData: personal,
      sign,
    });
    setBusy(false);
    if (!r.ok) {
      setError(r.error.details?.issues?.[0]?.message ?? r.error.message);
      return;
    }
    saveBytes(r.value.bytes, r.value.fileName);
    setDone([
      t('peers.exportPage.done', { name: r.value.fileName, count: r.value.projectCount }),
      r.value.signed && r.value.fingerprint ? t('peers.exportPage.doneSigned', { fingerprint: r.value.fingerprint }) : '',
    ].filter(Boolean).join(' '));
  }

  const toggle = (measureId: string) => setPicked((s) => {
    const next = new Set(s);
    if (next.has(measureId)) next.delete(measureId);
    else next.add(measureId);
    return next;
  });

  return (
    <>
      <BackToPeers label={t('peers.exportPage.back')} />
      <PageHeader title={t('peers.exportPage.title')} lead={t('peers.exportPage.lead')} />
      <form className="kern-card kern-card--hug cdo-form-card" onSubmit={(e) => { e.preventDefault(); void create(); }}>
        <div className="kern-card__container cdo-peer-export">
          <fieldset className="kern-fieldset">
            <legend className="kern-label">{t('peers.exportPage.choose')}</legend>
            <div className="kern-fieldset__body">
              {(['all', 'view', 'pick'] as const).map((m) => (
                <div key={m} className="kern-form-check">
                  <input className="kern-form-check__radio" type="radio" name={`${id}-mode`} id={`${id}-mode-${m}`} checked={mode === m} onChange={() => setMode(m)} />
                  <label className="kern-label" htmlFor={`${id}-mode-${m}`}>{t(`peers.exportPage.${m}`)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          {mode === 'view' ? (
            <FormField label={t('peers.exportPage.viewLabel')}>
              {(p) => (
                <SelectBox {...p} value={viewId} onChange={(e) => setViewId(e.target.value)}>
                  <option value="">–</option>
                  {(views.data ?? []).map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
                </SelectBox>
              )}
            </FormField>
          ) : null}
          {mode === 'pick' ? (
            <fieldset className="kern-fieldset cdo-peer-pick">
              <legend className="kern-label">{t('peers.exportPage.measures')} – {t('peers.exportPage.measuresCount', { count: picked.size })}</legend>
              <div className="kern-fieldset__body cdo-peer-pick__list">
                {(measures.data?.rows ?? []).map((m) => (
                  <div key={m.id} className="kern-form-check">
                    <input className="kern-form-check__checkbox" type="checkbox" id={`${id}-m-${m.id}`} checked={picked.has(m.id)} onChange={() => toggle(m.id)} />
                    <label className="kern-label" htmlFor={`${id}-m-${m.id}`}>{m.title}</label>
                  </div>
                ))}
              </div>
            </fieldset>
          ) : null}
          <FormField label={t('peers.exportPage.packTitle')} optional={t('common.optional')}>
            {(p) => <input {...p} className={inputClass(false)} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />}
          </FormField>
          <FormField label={t('peers.exportPage.license')} hint={t('peers.exportPage.licenseHint')}>
            {(p) => (
              <SelectBox {...p} value={license} onChange={(e) => setLicense(e.target.value as PackLicense)}>
                {PACK_LICENSES.map((l) => <option key={l} value={l}>{l}</option>)}
              </SelectBox>
            )}
          </FormField>
          <div className="kern-form-check">
            <input className="kern-form-check__checkbox" type="checkbox" id={`${id}-personal`} checked={personal} onChange={(e) => setPersonal(e.target.checked)} aria-describedby={`${id}-personal-hint`} />
            <label className="kern-label" htmlFor={`${id}-personal`}>{t('peers.exportPage.personal')}</label>
          </div>
          <p className="kern-hint" id={`${id}-personal-hint`}>{t('peers.exportPage.personalHint')}</p>
          <div className="kern-form-check">
            <input className="kern-form-check__checkbox" type="checkbox" id={`${id}-sign`} checked={sign} onChange={(e) => setSign(e.target.checked)} aria-describedby={`${id}-sign-hint`} />
            <label className="kern-label" htmlFor={`${id}-sign`}>{t('peers.exportPage.sign')}</label>
          </div>
          <p className="kern-hint" id={`${id}-sign-hint`}>
            {t('peers.exportPage.signHint')}{key.data ? <> {t('peers.exportPage.fingerprint', { fingerprint: key.data.fingerprint })}</> : null}
          </p>
          {error ? <Alert kind="danger" title={t('peers.exportPage.error')}><p className="kern-body">{error}</p></Alert> : null}
          {done ? <Alert kind="success" title={t('peers.exportPage.doneTitle')}><p className="kern-body">{done}</p></Alert> : null}
          <div className="kern-btn-wrapper cdo-form__actions">
            <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
              <span className="kern-icon kern-icon--download kern-icon--small" aria-hidden="true" />
              <span className="kern-label">{busy ? t('peers.exportPage.creating') : t('peers.exportPage.create')}</span>
            </button>
          </div>
        </div>
      </form>
    </>
  );
}
