/**
 * The texts of an agenda as a form: title, period, starting position with
 * figures, vision, guiding principles (one per line), fields in scope,
 * implementation. Also creates a new agenda. The starting figures are typed
 * today; DigiCheck results and the OZG maturity will fill them later.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaSnapshot, Input, StartingFigure } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { FormField, inputClass } from '../../components/form-field.tsx';
import { issueFor, useWrite, type WriteFailure } from '../../components/use-write.ts';
import { mergeFigures, ozgFigures, type FigureRow } from './ozg-figures.ts';
import { currentLang } from '../../i18n/index.ts';

const blankFigure = (): FigureRow => ({ label: '', value: '', unit: '', source: '' });

export function AgendaTextsForm({ agenda, onDone }: { agenda: AgendaSnapshot | null; onDone(id: string | null): void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const [ozgNote, setOzgNote] = useState<string | null>(null);

  async function takeOzgFigures() {
    const r = await api.getOzgMaturityChart({ model: '1.1' });
    if (!r.ok) return setOzgNote(r.error.message);
    const lang = currentLang(i18n);
    const added = ozgFigures(r.value, t, lang);
    if (added.length === 0) return setOzgNote(t('agenda.ozgFigures.none'));
    setFigures((all) => mergeFigures(all.filter((f) => f.label.trim() || f.value.trim()), added));
    setOzgNote(t('agenda.ozgFigures.taken', { count: added.length }));
  }
  const fields = useLoad((a) => a.listFields(), []);
  const [title, setTitle] = useState(agenda?.title ?? '');
  // A new agenda starts with the next five years.
  const [from, setFrom] = useState(() => String(agenda?.periodFrom ?? new Date().getFullYear()));
  const [to, setTo] = useState(() => String(agenda?.periodTo ?? new Date().getFullYear() + 4));
  const [vision, setVision] = useState(agenda?.vision ?? '');
  const [principles, setPrinciples] = useState((agenda?.principles ?? []).join('\n'));
  const [start, setStart] = useState(agenda?.startingPosition ?? '');
  const [impl, setImpl] = useState(agenda?.implementation ?? '');
  const [fieldIds, setFieldIds] = useState<string[]>(agenda?.fields.map((f) => f.id) ?? []);
  const [figures, setFigures] = useState<FigureRow[]>(agenda?.startingFigures.map((f: StartingFigure) => ({ label: f.label, value: f.value, unit: f.unit ?? '', source: f.source ?? '' })) ?? []);
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const input: Input<'saveAgenda'> = {
      ...(agenda ? { id: agenda.agendaId } : {}),
      title, periodFrom: Number(from), periodTo: Number(to), vision, startingPosition: start, implementation: impl, fieldIds,
      principles: principles.split('\n').map((p) => p.trim()).filter(Boolean),
      startingFigures: figures.filter((f) => f.label.trim() || f.value.trim()),
    };
    const r = await write(api.saveAgenda(input));
    setBusy(false);
    if (r.ok) onDone(r.value.id);
    else {
      setFailure(r);
      requestAnimationFrame(() => summaryRef.current?.focus());
    }
  }

  const issues = failure?.issues ?? [];
  const err = (path: string) => issueFor(issues, path);
  const labelled: [string, string][] = [['title', 'agenda-title'], ['periodFrom', 'agenda-from'], ['periodTo', 'agenda-to'], ['startingPosition', 'agenda-start'],
    ['startingFigures', 'agenda-figure-0-label'], ['vision', 'agenda-vision'], ['principles', 'agenda-principles-input'], ['fieldIds', 'agenda-fields'], ['implementation', 'agenda-impl']];
  const items = labelled.filter(([p]) => err(p)).map(([p, id]) => ({ controlId: id, label: t(`agenda.field.${p}`), message: err(p) ?? '' }));
  const optional = t('common.optional');

  return (
    <form className="cdo-form cdo-agenda-form" onSubmit={(e) => void submit(e)} noValidate>
      <h2 className="kern-heading-medium">{agenda ? t('agenda.texts.editTitle') : t('agenda.texts.newTitle')}</h2>
      {failure ? <ErrorSummary ref={summaryRef} id="agenda-summary" title={t('agenda.saveError')} general={items.length ? null : failure.message} items={items} /> : null}
      <div className="cdo-form__grid">
        <FormField id="agenda-title" label={t('agenda.field.title')} error={err('title')} className="cdo-span-2">
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />}
        </FormField>
        <FormField id="agenda-from" label={t('agenda.field.periodFrom')} error={err('periodFrom')}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} inputMode="numeric" value={from} onChange={(e) => setFrom(e.target.value)} maxLength={4} />}
        </FormField>
        <FormField id="agenda-to" label={t('agenda.field.periodTo')} error={err('periodTo')}>
          {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} inputMode="numeric" value={to} onChange={(e) => setTo(e.target.value)} maxLength={4} />}
        </FormField>
        <FormField id="agenda-start" label={t('agenda.field.startingPosition')} error={err('startingPosition')} optional={optional} className="cdo-span-2">
          {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={5} value={start} onChange={(e) => setStart(e.target.value)} />}
        </FormField>
        <fieldset className="kern-fieldset cdo-span-2 cdo-agenda-figures-edit">
          <legend className="kern-label">{t('agenda.field.startingFigures')} <span className="kern-label__optional">– {optional}</span></legend>
          <p className="kern-hint">{t('agenda.hint.figures')}</p>
          {figures.map((f, n) => (
            <div key={n} className="cdo-agenda-figure-row">
              {(['label', 'value', 'unit', 'source'] as const).map((k) => (
                <div key={k} className="kern-form-input">
                  <label className="kern-label" htmlFor={`agenda-figure-${n}-${k}`}>{t(`agenda.figure.${k}`)}</label>
                  <input id={`agenda-figure-${n}-${k}`} className={inputClass(!!err(`startingFigures.${n}.${k}`))} value={f[k]} maxLength={200}
                    onChange={(e) => setFigures((all) => all.map((x, i) => (i === n ? { ...x, [k]: e.target.value } : x)))} />
                </div>
              ))}
              <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => setFigures((all) => all.filter((_, i) => i !== n))}>
                <span className="kern-label">{t('agenda.figure.remove')}</span>
              </button>
            </div>
          ))}
          <div className="cdo-agenda-figure-actions">
            <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setFigures((all) => [...all, blankFigure()])}>
              <span className="kern-label">{t('agenda.figure.add')}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--tertiary" onClick={() => void takeOzgFigures()}>
              <span className="kern-label">{t('agenda.ozgFigures.take')}</span>
            </button>
          </div>
          {ozgNote ? <output className="kern-body kern-body--small cdo-block">{ozgNote}</output> : null}
        </fieldset>
        <FormField id="agenda-vision" label={t('agenda.field.vision')} error={err('vision')} optional={optional} className="cdo-span-2">
          {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={4} value={vision} onChange={(e) => setVision(e.target.value)} />}
        </FormField>
        <FormField id="agenda-principles-input" label={t('agenda.field.principles')} hint={t('agenda.hint.principles')} error={err('principles')} optional={optional} className="cdo-span-2">
          {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={5} value={principles} onChange={(e) => setPrinciples(e.target.value)} />}
        </FormField>
        <fieldset className="kern-fieldset cdo-span-2" id="agenda-fields" tabIndex={-1}>
          <legend className="kern-label">{t('agenda.field.fieldIds')}</legend>
          <div className="cdo-agenda-checks">
            {(fields.data ?? []).map((f) => (
              <div key={f.id} className="kern-form-check">
                <input id={`agenda-field-${f.id}`} className="kern-form-check__input" type="checkbox" checked={fieldIds.includes(f.id)}
                  onChange={(e) => setFieldIds((ids) => (e.target.checked ? [...ids, f.id] : ids.filter((x) => x !== f.id)))} />
                <label className="kern-label" htmlFor={`agenda-field-${f.id}`}>{f.name}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <FormField id="agenda-impl" label={t('agenda.field.implementation')} error={err('implementation')} optional={optional} className="cdo-span-2">
          {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={4} value={impl} onChange={(e) => setImpl(e.target.value)} />}
        </FormField>
      </div>
      <div className="kern-btn-wrapper cdo-form__actions">
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}><span className="kern-label">{agenda ? t('agenda.save') : t('agenda.create')}</span></button>
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => onDone(null)}><span className="kern-label">{t('common.cancel')}</span></button>
      </div>
    </form>
  );
}
