/**
 * #/peers/import: pick a .cdopack (or drop it onto the peer view) → the core
 * checks it and answers a preview (publisher, licence, signature with key
 * fingerprint, what is new, what updates an earlier import, what is unusual,
 * field mapping) — nothing written → "Importieren" writes it in one
 * transaction; the shell's progress bar follows the core's progress events
 * for big packs (one bar for the whole app, not one per view).
 */
import { useEffect, useEffectEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_LIMITS, type PackPreview } from '../../../api/index.ts';
import { useApi, useDataVersion, useLoad } from '../../api/index.ts';
import { navigate } from '../../app/routes.ts';
import { setFlash } from '../../app/flash.tsx';
import { Alert } from '../../components/alert.tsx';
import { SelectBox } from '../../components/form-field.tsx';
import { Loading, PageHeader } from '../../components/page.tsx';
import { currentLang, formatDate, formatNumber } from '../../i18n/index.ts';
import { clearDroppedPack, peekDroppedPack } from './dropped-pack.ts';
import { PeerStatusBadge } from './peer-labels.tsx';
import { BackToPeers } from './project-view.tsx';

interface Chosen {
  name: string;
  bytes: Uint8Array;
}

export function PackImportView() {
  const { t } = useTranslation();
  const api = useApi();
  const { bump } = useDataVersion();
  const id = useId();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<PackPreview | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'checking' | 'importing' | null>(null);
  const [fileKey, setFileKey] = useState(0);

  async function choose(file: File | null | undefined) {
    setPreview(null);
    setError(null);
    setChosen(null);
    if (!file) return;
    if (file.size > PACK_LIMITS.packBytes) {
      setError(t('peers.importPage.tooLarge'));
      return;
    }
    setBusy('checking');
    await check(file.name, new Uint8Array(await file.arrayBuffer()));
  }

  /** Asks the core for the preview; nothing is written. */
  async function check(name: string, bytes: Uint8Array) {
    setBusy('checking');
    const r = await api.previewPackImport({ bytes, fileName: name });
    setBusy(null);
    if (!r.ok) {
      setError(r.error.details?.issues?.[0]?.message ?? r.error.message);
      return;
    }
    setChosen({ name, bytes });
    setPreview(r.value);
    setMapping(Object.fromEntries(r.value.fields.map((f) => [f.packField, f.fieldId ?? ''])));
  }

  // A pack dropped onto the peer view arrives here once (its size was checked when dropped).
  const [dropped] = useState(peekDroppedPack);
  const onArrival = useEffectEvent((name: string, bytes: Uint8Array) => void check(name, bytes));
  useEffect(() => {
    clearDroppedPack();
    if (!dropped) return;
    let stale = false;
    void dropped.arrayBuffer().then((buffer) => {
      if (!stale) onArrival(dropped.name, new Uint8Array(buffer));
    });
    return () => {
      stale = true;
    };
  }, [dropped]);

  async function confirm() {
    if (!chosen || !preview) return;
    setBusy('importing');
    const fieldMappings = preview.fields.map((f) => ({ packField: f.packField, fieldId: mapping[f.packField] || null }));
    const r = await api.importPack({ bytes: chosen.bytes, fileName: chosen.name, fieldMappings });
    setBusy(null);
    if (!r.ok) {
      setError(r.error.details?.issues?.[0]?.message ?? r.error.message);
      return;
    }
    bump();
    setFlash({ text: t('peers.importPage.done', { title: r.value.title, added: r.value.added, updated: r.value.updated }), undoable: false });
    navigate('peers');
  }

  function reset() {
    setChosen(null);
    setPreview(null);
    setError(null);
    setFileKey((k) => k + 1);
  }

  return (
    <>
      <BackToPeers label={t('peers.importPage.back')} />
      <PageHeader title={t('peers.importPage.title')} lead={t('peers.importPage.lead')} />
      <div className="kern-card kern-card--hug cdo-form-card">
        <div className="kern-card__container cdo-import">
          <div className="kern-form-input">
            <label className="kern-label" htmlFor={`${id}-file`}>{t('peers.importPage.file')}</label>
            <div className="kern-hint" id={`${id}-hint`}>{t('peers.importPage.fileHint')}</div>
            <input key={fileKey} id={`${id}-file`} className="cdo-file-input" type="file" accept=".cdopack,application/zip" aria-describedby={`${id}-hint`}
              onChange={(e) => void choose(e.target.files?.[0])} />
          </div>
          <DemoPacks disabled={busy !== null} onChoose={(name, bytes) => {
            reset();
            void check(name, bytes);
          }} />
          {busy === 'checking' ? <Loading label={t('peers.importPage.checking')} /> : null}
          {error ? <Alert kind="danger" title={busy === null && preview ? t('peers.importPage.importError') : t('peers.importPage.readError')}><p className="kern-body">{error}</p></Alert> : null}
          {preview && chosen ? (
            <section aria-labelledby={`${id}-preview`} className="cdo-import-preview">
              <h2 className="kern-heading-small" id={`${id}-preview`}>{t('peers.importPage.previewTitle')}: {preview.title}</h2>
              <PreviewFacts p={preview} />
              <Mapping p={preview} mapping={mapping} onChange={(packField, fieldId) => setMapping((m) => ({ ...m, [packField]: fieldId }))} />
              <div className="kern-btn-wrapper cdo-form__actions">
                <button type="button" className="kern-btn kern-btn--primary" disabled={busy !== null} onClick={() => void confirm()}>
                  <span className="kern-label">{busy === 'importing' ? t('peers.importPage.importing') : t('peers.importPage.confirm')}</span>
                </button>
                <button type="button" className="kern-btn kern-btn--secondary" disabled={busy !== null} onClick={reset}>
                  <span className="kern-label">{t('common.cancel')}</span>
                </button>
              </div>
            </section>
          ) : null}
        </div>
      </div>
    </>
  );
}

/** The demo packs of two fictional municipalities, to try the import without a file at hand. */
function DemoPacks({ disabled, onChoose }: { disabled: boolean; onChoose(name: string, bytes: Uint8Array): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const packs = useLoad((a) => a.listDemoPacks(), []);
  const [error, setError] = useState<string | null>(null);
  if (!packs.data?.length) return null;
  async function take(id: string) {
    const r = await api.getDemoPack({ id });
    if (!r.ok) {
      setError(r.error.message);
      return;
    }
    setError(null);
    onChoose(r.value.fileName, r.value.bytes);
  }
  return (
    <div className="cdo-peer-demo">
      <p className="kern-body">{t('peers.importPage.demo')}</p>
      <div className="kern-btn-wrapper">
        {packs.data.map((d) => (
          <button key={d.id} type="button" className="kern-btn kern-btn--tertiary" disabled={disabled} onClick={() => void take(d.id)}>
            <span className="kern-label">{t('peers.importPage.demoPack', { publisher: d.publisher })}</span>
          </button>
        ))}
      </div>
      {error ? <p className="kern-body cdo-text-danger">{error}</p> : null}
    </div>
  );
}

function PreviewFacts({ p }: { p: PackPreview }) {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const counts = (['new', 'updated', 'unchanged', 'removed'] as const).filter((k) => p.counts[k] > 0 || k === 'new');
  return (
    <>
      <dl className="cdo-peer-facts cdo-peer-facts--preview">
        <div className="cdo-peer-fact"><dt className="kern-label">{t('peers.importPage.publisher')}</dt><dd className="kern-body">{p.publisher.name}{p.publisher.ags ? ` (${p.publisher.ags})` : ''}</dd></div>
        {p.publisher.contactName || p.publisher.contactEmail ? (
          <div className="cdo-peer-fact"><dt className="kern-label">{t('peers.importPage.contact')}</dt><dd className="kern-body">{[p.publisher.contactName, p.publisher.contactEmail].filter(Boolean).join(', ')}</dd></div>
        ) : null}
        <div className="cdo-peer-fact"><dt className="kern-label">{t('peers.importPage.license')}</dt><dd className="kern-body">{p.license}</dd></div>
        <div className="cdo-peer-fact">
          <dt className="kern-label">{t('peers.importPage.signature')}</dt>
          <dd className="kern-body">
            {p.signed ? <>{t('peers.importPage.signedBy', { fingerprint: p.fingerprint })}{p.ownKey ? ` ${t('peers.importPage.ownKey')}` : ''}</> : <strong>{t('peers.importPage.unsignedText')}</strong>}
          </dd>
        </div>
        <div className="cdo-peer-fact"><dt className="kern-label">{t('peers.importPage.created')}</dt><dd className="kern-body">{formatDate(p.createdAt, lang)}</dd></div>
        <div className="cdo-peer-fact"><dt className="kern-label">{t('peers.importPage.projects')}</dt><dd className="kern-body">{formatNumber(p.projectCount, lang)}</dd></div>
      </dl>
      <p className="kern-body">{t(`peers.importPage.state.${p.state}`, { date: formatDate(p.previous?.importedAt ?? '', lang) })}</p>
      <ul className="cdo-import-counts" aria-label={t('peers.importPage.previewTitle')}>
        {counts.map((k) => <li key={k} className={`cdo-import-count${k === 'new' ? ' cdo-import-count--add' : k === 'updated' ? ' cdo-import-count--update' : ''}`}>{t(`peers.importPage.counts.${k}`, { count: p.counts[k] })}</li>)}
      </ul>
      {p.notes.length ? (
        <Alert kind="info" title={t('peers.importPage.unusual')}>
          <ul className="kern-list">{p.notes.map((n) => <li key={n.kind} className="kern-body">{n.message}</li>)}</ul>
        </Alert>
      ) : null}
      {p.sample.length ? (
        <>
          <h3 className="kern-heading-x-small cdo-import-subhead">{t('peers.importPage.sample')}</h3>
          <ul className="kern-list cdo-peer-sample">
            {p.sample.map((s) => <li key={s.id} className="kern-body">{s.title} {s.field ? <span className="cdo-muted">– {s.field}</span> : null} <PeerStatusBadge status={s.status} /></li>)}
          </ul>
        </>
      ) : null}
    </>
  );
}

function Mapping({ p, mapping, onChange }: { p: PackPreview; mapping: Record<string, string>; onChange(packField: string, fieldId: string): void }) {
  const { t, i18n } = useTranslation();
  const fields = useLoad((a) => a.listFields(), []);
  const id = useId();
  if (p.fields.length === 0) return null;
  return (
    <>
      <h3 className="kern-heading-x-small cdo-import-subhead">{t('peers.importPage.mapping')}</h3>
      <p className="kern-body">{t('peers.importPage.mappingLead')}</p>
      <div className="cdo-table-card">
        <table className="kern-table kern-table--small cdo-peer-mapping">
          <caption className="kern-sr-only">{t('peers.importPage.mapping')}</caption>
          <thead>
            <tr className="kern-table__row">
              <th scope="col" className="kern-table__header">{t('peers.importPage.colPackField')}</th>
              <th scope="col" className="kern-table__header kern-table__header--numeric">{t('peers.importPage.colCount')}</th>
              <th scope="col" className="kern-table__header">{t('peers.importPage.colLocal')}</th>
            </tr>
          </thead>
          <tbody className="kern-table__body">
            {p.fields.map((f, i) => (
              <tr key={f.packField} className="kern-table__row">
                <th scope="row" className="kern-table__cell">
                  <label htmlFor={`${id}-${i}`}>{f.packField}</label>
                  <span className="cdo-cell-sub">{t(`peers.importPage.match.${f.match}`)}</span>
                </th>
                <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(f.projectCount, currentLang(i18n))}</td>
                <td className="kern-table__cell">
                  <SelectBox id={`${id}-${i}`} value={mapping[f.packField] ?? ''} onChange={(e) => onChange(f.packField, e.target.value)}>
                    <option value="">{t('peers.importPage.unassigned')}</option>
                    {(fields.data ?? []).map((x) => <option key={x.id} value={x.id}>{x.name}</option>)}
                  </SelectBox>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
