/**
 * The question catalogue editor: rename, dimensions and questions with help
 * texts and weights. It always edits the newest version and says so; when
 * DigiChecks use that version, saving creates the next one and the earlier
 * checks keep theirs.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DigicheckCatalogue, FieldIssue } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, inputClass } from '../../components/form-field.tsx';
import { Loading } from '../../components/page.tsx';
import { issueFor, useWrite } from '../../components/use-write.ts';

interface QuestionDraft { key?: string; text: string; help: string; weight: string }
interface DimensionDraft { key?: string; name: string; description: string; weight: string; questions: QuestionDraft[] }
interface Draft { name: string; dimensions: DimensionDraft[] }

const weightText = (n: number) => String(n).replace('.', ',');
const weightValue = (s: string): number | string => {
  const n = Number(s.trim().replace(',', '.'));
  // Sent as typed when it is no number: the core then names the field.
  return s.trim() !== '' && Number.isFinite(n) ? n : s;
};

const draftOf = (c: DigicheckCatalogue): Draft => ({
  name: c.name,
  dimensions: c.dimensions.map((d) => ({
    key: d.key, name: d.name, description: d.description ?? '', weight: weightText(d.weight),
    questions: d.questions.map((q) => ({ key: q.key, text: q.text, help: q.help ?? '', weight: weightText(q.weight) })),
  })),
});

export function CatalogueEditor() {
  const { t } = useTranslation();
  const catalogue = useLoad((a) => a.getDigicheckCatalogue({}), []);
  // Kept here: saving a version in use loads the new version into a fresh editor.
  const [done, setDone] = useState<string | null>(null);
  return (
    <section aria-labelledby="digicheck-catalogue-title">
      <a className="kern-link cdo-digicheck-back" href={hrefOf('analysis', 'digicheck')}>{t('digicheck.back')}</a>
      <h2 className="kern-heading-medium" id="digicheck-catalogue-title">{t('digicheck.catalogue.title')}</h2>
      {catalogue.error ? <Alert kind="danger" title={t('digicheck.catalogue.loadError')}><p className="kern-body">{catalogue.error.message}</p></Alert> : null}
      {done ? <Alert kind="success" title={done} /> : null}
      {catalogue.data ? <Editor key={catalogue.data.id} catalogue={catalogue.data} onSaved={setDone} /> : catalogue.error ? null : <Loading label={t('common.loading')} />}
    </section>
  );
}

function Editor({ catalogue, onSaved }: { catalogue: DigicheckCatalogue; onSaved(message: string | null): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const [draft, setDraft] = useState(() => draftOf(catalogue));
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inUse = catalogue.assessments > 0;
  // Only open dimensions hold their fields (some 120 at once make the page slow); new ones and those with a problem open.
  const [open, setOpen] = useState<ReadonlySet<number>>(new Set());
  const isOpen = (i: number) => open.has(i) || !draft.dimensions[i]!.key || issues.some((x) => x.path.startsWith(`dimensions.${i}.`));
  const toggle = (i: number, value: boolean) => setOpen((o) => {
    if (o.has(i) === value) return o;
    const next = new Set(o);
    if (value) next.add(i);
    else next.delete(i);
    return next;
  });

  const dim = (i: number, change: Partial<DimensionDraft>) => setDraft((d) => ({ ...d, dimensions: d.dimensions.map((x, j) => (j === i ? { ...x, ...change } : x)) }));
  const question = (i: number, k: number, change: Partial<QuestionDraft>) =>
    dim(i, { questions: draft.dimensions[i]!.questions.map((q, j) => (j === k ? { ...q, ...change } : q)) });

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    onSaved(null);
    const r = await write(api.saveDigicheckCatalogue({
      id: catalogue.id, name: draft.name,
      dimensions: draft.dimensions.map((d) => ({
        ...(d.key ? { key: d.key } : {}), name: d.name, description: d.description, weight: weightValue(d.weight) as number,
        questions: d.questions.map((q) => ({ ...(q.key ? { key: q.key } : {}), text: q.text, help: q.help, weight: weightValue(q.weight) as number })),
      })),
    }));
    setBusy(false);
    if (r.ok) {
      setIssues([]);
      setFailure(null);
      // Take the keys the core gave new dimensions and questions, so a second save matches them.
      setDraft(draftOf(r.value.catalogue));
      onSaved(r.value.newVersion
        ? t('digicheck.catalogue.savedNew', { version: r.value.catalogue.version, old: catalogue.version })
        : t('digicheck.catalogue.saved', { version: r.value.catalogue.version }));
    } else {
      setIssues(r.issues);
      setFailure(r.issues.length ? t('digicheck.catalogue.fix', { count: r.issues.length }) : r.message);
    }
  }

  const err = (path: string) => issueFor(issues, path);
  return (
    <form className="cdo-form cdo-dc-catalogue" onSubmit={(e) => void save(e)} noValidate>
      <Alert kind="info" title={t('digicheck.catalogue.editing', { name: catalogue.name, version: catalogue.version })}>
        <p className="kern-body">{inUse
          ? t('digicheck.catalogue.inUse', { count: catalogue.assessments, version: catalogue.version, next: catalogue.version + 1 })
          : t('digicheck.catalogue.unused')}</p>
      </Alert>
      {failure ? <Alert kind="danger" title={t('digicheck.catalogue.notSaved')}><p className="kern-body">{failure}</p></Alert> : null}
      <FormField label={t('digicheck.catalogue.name')} error={err('name')}>
        {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" maxLength={200} value={draft.name} onChange={(e) => setDraft((d) => ({ ...d, name: e.target.value }))} />}
      </FormField>
      {draft.dimensions.map((d, i) => (
        // Closed for an overview of the nine dimensions; one with a problem opens, so the message is seen.
        <details key={d.key ?? `new-${i}`} className="kern-accordion cdo-dc-edit-dimension" open={isOpen(i)} onToggle={(e) => toggle(i, e.currentTarget.open)}>
          <summary className="kern-accordion__header">
            <span className="kern-title">{t('digicheck.catalogue.dimension', { n: i + 1, name: d.name })}</span>
            <span className="kern-body kern-body--small cdo-dc-dimension__figures">{t('digicheck.catalogue.dimensionFacts', { count: d.questions.length, weight: d.weight })}</span>
          </summary>
          {isOpen(i) ? (
          <fieldset className="kern-accordion__body cdo-dc-edit-dimension__body">
          <legend className="kern-sr-only">{t('digicheck.catalogue.dimension', { n: i + 1, name: d.name })}</legend>
          <div className="cdo-form__grid">
            <FormField label={t('digicheck.catalogue.dimensionName')} error={err(`dimensions.${i}.name`)}>
              {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" maxLength={200} value={d.name} onChange={(e) => dim(i, { name: e.target.value })} />}
            </FormField>
            <FormField label={t('digicheck.catalogue.weight')} hint={t('digicheck.catalogue.weightHint')} error={err(`dimensions.${i}.weight`)}>
              {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" inputMode="decimal" maxLength={8} value={d.weight} onChange={(e) => dim(i, { weight: e.target.value })} />}
            </FormField>
            <FormField label={t('digicheck.catalogue.description')} optional={t('digicheck.optional')} error={err(`dimensions.${i}.description`)} className="cdo-span-2">
              {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={2} value={d.description} onChange={(e) => dim(i, { description: e.target.value })} />}
            </FormField>
          </div>
          <ol className="cdo-dc-edit-questions">
            {d.questions.map((q, k) => (
              <li key={q.key ?? `new-${k}`} className="cdo-dc-edit-question">
                <div className="cdo-form__grid">
                  <FormField label={t('digicheck.catalogue.question', { n: k + 1 })} error={err(`dimensions.${i}.questions.${k}.text`)} className="cdo-span-2">
                    {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" maxLength={1000} value={q.text} onChange={(e) => question(i, k, { text: e.target.value })} />}
                  </FormField>
                  <FormField label={t('digicheck.catalogue.help')} optional={t('digicheck.optional')} error={err(`dimensions.${i}.questions.${k}.help`)} className="cdo-span-2">
                    {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={2} value={q.help} onChange={(e) => question(i, k, { help: e.target.value })} />}
                  </FormField>
                  <FormField label={t('digicheck.catalogue.questionWeight')} error={err(`dimensions.${i}.questions.${k}.weight`)}>
                    {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} type="text" inputMode="decimal" maxLength={8} value={q.weight} onChange={(e) => question(i, k, { weight: e.target.value })} />}
                  </FormField>
                  <div className="cdo-dc-edit-question__remove">
                    <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" disabled={d.questions.length <= 1}
                      onClick={() => dim(i, { questions: d.questions.filter((_, j) => j !== k) })}>
                      <span className="kern-label">{t('digicheck.catalogue.removeQuestion')}</span>
                      <span className="kern-sr-only"> {t('digicheck.catalogue.removeQuestionContext', { n: k + 1, name: d.name })}</span>
                    </button>
                  </div>
                </div>
              </li>
            ))}
          </ol>
          {err(`dimensions.${i}.questions`) && !d.questions.length ? <p className="kern-error"><span className="kern-body">{err(`dimensions.${i}.questions`)}</span></p> : null}
          <div className="kern-btn-wrapper">
            <button type="button" className="kern-btn kern-btn--secondary kern-btn--small" onClick={() => dim(i, { questions: [...d.questions, { text: '', help: '', weight: '1' }] })}>
              <span className="kern-label">{t('digicheck.catalogue.addQuestion')}</span>
              <span className="kern-sr-only"> {t('digicheck.catalogue.addQuestionContext', { name: d.name })}</span>
            </button>
            <button type="button" className="kern-btn kern-btn--tertiary kern-btn--small" disabled={draft.dimensions.length <= 1}
              onClick={() => setDraft((x) => ({ ...x, dimensions: x.dimensions.filter((_, j) => j !== i) }))}>
              <span className="kern-label">{t('digicheck.catalogue.removeDimension')}</span>
              <span className="kern-sr-only"> {t('digicheck.catalogue.removeDimensionContext', { name: d.name })}</span>
            </button>
          </div>
          </fieldset>
          ) : null}
        </details>
      ))}
      <div className="kern-btn-wrapper cdo-form__actions">
        <button type="button" className="kern-btn kern-btn--secondary" onClick={() => setDraft((x) => ({ ...x, dimensions: [...x.dimensions, { name: '', description: '', weight: '1', questions: [{ text: '', help: '', weight: '1' }] }] }))}>
          <span className="kern-label">{t('digicheck.catalogue.addDimension')}</span>
        </button>
        <button type="submit" className="kern-btn kern-btn--primary" disabled={busy}>
          <span className="kern-label">{inUse ? t('digicheck.catalogue.saveNew', { version: catalogue.version + 1 }) : t('digicheck.catalogue.save')}</span>
        </button>
      </div>
    </form>
  );
}
