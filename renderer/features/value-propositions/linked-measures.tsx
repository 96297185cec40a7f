/** The measures that deliver a value proposition: links into the portfolio, link and unlink. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValueProposition } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { hrefOf } from '../../app/routes.ts';
import { MeasureSearch } from '../../components/measure-search.tsx';
import { useWrite } from '../../components/use-write.ts';

export function LinkedMeasures({ proposition }: { proposition: ValueProposition }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const [error, setError] = useState<string | null>(null);
  const linked = new Set(proposition.measures.map((m) => m.measureId));

  async function link(measureId: string) {
    const r = await write(api.linkValueMeasure({ propositionId: proposition.id, measureId }));
    setError(r.ok ? null : r.message);
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
      <MeasureSearch id="value-measure-choose" label={t('value.measures.choose')} hint={t('value.measures.chooseHint')} error={error} exclude={linked}
        action={t('value.measures.link')} actionOf={(title) => t('value.measures.linkOf', { title })} onPick={(m) => void link(m.id)} />
    </section>
  );
}
