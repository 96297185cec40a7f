/** The measures that deliver a value proposition: links into the portfolio, link and unlink. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueProposition } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { FormField, SelectBox } from '../../components/form-field.tsx';
import { useWrite } from '../../components/use-write.ts';

export function LinkedMeasures({ proposition }: { proposition: ValueProposition }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const measures = useLoad((a) => a.listMeasures({ sort: 'title', dir: 'asc', limit: 20_000 }), []);
  const [chosen, setChosen] = useState('');
  const [error, setError] = useState<string | null>(null);
  const linked = new Set(proposition.measures.map((m) => m.measureId));
  const free = (measures.data?.rows ?? []).filter((m) => !linked.has(m.id));

  async function link(e: React.FormEvent) {
    e.preventDefault();
    const r = await write(api.linkValueMeasure({ propositionId: proposition.id, measureId: chosen }));
    setError(r.ok ? null : r.message);
    if (r.ok) setChosen('');
  }

  async function unlink(measureId: string) {
    const r = await write(api.unlinkValueMeasure({ propositionId: proposition.id, measureId }));
    setError(r.ok ? null : r.message);
  }

  return (
    <section className="cdo-section cdo-value-measures" aria-labelledby="value-measures">
      <h2 className="kern-heading-medium" id="value-measures">{t('value.measures.title')}</h2>
      <p className="kern-body kern-body--muted">{t('value.measures.lead')}</p>
      {proposition.measures.length === 0 ? <p className="kern-body">{t('value.measures.none')}</p> : (
        <ul className="cdo-value-measures__list">
          {proposition.measures.map((m) => (
            <li key={m.measureId} className="cdo-value-measures__item">
              <a className="kern-link" href={hrefOf('portfolio', m.measureId)}>{m.title}</a>
              <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" title={t('value.measures.unlink', { title: m.title })}
                aria-label={t('value.measures.unlink', { title: m.title })} onClick={() => void unlink(m.measureId)}>
                <span className="kern-icon kern-icon--close kern-icon--small" aria-hidden="true" />
              </button>
            </li>
          ))}
        </ul>
      )}
      {measures.data && free.length === 0 ? <p className="kern-body kern-body--small kern-body--muted">{t('value.measures.noMore')}</p> : (
        <form className="cdo-value-measures__add" onSubmit={(e) => void link(e)} noValidate>
          <FormField id="value-measure-choose" label={t('value.measures.choose')} error={error}>
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={chosen} onChange={(e) => setChosen(e.target.value)}>
                <option value="">{t('value.measures.choosePlaceholder')}</option>
                {free.map((m) => <option key={m.id} value={m.id}>{m.title}</option>)}
              </SelectBox>
            )}
          </FormField>
          <button type="submit" className="kern-btn kern-btn--secondary" disabled={!chosen}><span className="kern-label">{t('value.measures.link')}</span></button>
        </form>
      )}
    </section>
  );
}
