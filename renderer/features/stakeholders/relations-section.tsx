/** Relations between stakeholders as a plain list: add one (never to itself — the core says so), remove one (undoable). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RELATION_KINDS, type RelationKind, type Stakeholder, type StakeholderRelation } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { FormField, SelectBox } from '../../components/form-field.tsx';
import { issueFor, useWrite, type WriteFailure } from '../../components/use-write.ts';

export function RelationsSection({ rows, relations }: { rows: Stakeholder[]; relations: StakeholderRelation[] }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const [fromId, setFromId] = useState('');
  const [kind, setKind] = useState<RelationKind>('influences');
  const [toId, setToId] = useState('');
  const [failure, setFailure] = useState<WriteFailure | null>(null);
  const err = (p: string) => issueFor(failure?.issues ?? [], p);
  const sentence = (r: StakeholderRelation) => `${r.fromName} ${t(`stakeholders.relation.${r.kind}`)} ${r.toName}`;

  async function add() {
    const r = await write(api.saveStakeholderRelation({ fromId, toId, kind }));
    if (r.ok) {
      setFailure(null);
      setToId('');
    } else setFailure(r);
  }

  const options = (
    <>
      <option value="">{t('stakeholders.relations.choose')}</option>
      {rows.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
    </>
  );
  return (
    <section className="cdo-stakeholder-section" aria-labelledby="stakeholder-relations">
      <h2 className="kern-heading-medium" id="stakeholder-relations">{t('stakeholders.relations.title')}</h2>
      {relations.length === 0 ? <p className="kern-body kern-body--muted">{t('stakeholders.relations.none')}</p> : (
        <ul className="cdo-relations">
          {relations.map((r) => (
            <li key={r.id} className="cdo-relations__item">
              <span className="kern-body">{sentence(r)}</span>
              <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" aria-label={t('stakeholders.relations.removeOf', { text: sentence(r) })}
                onClick={() => void write(api.deleteStakeholderRelation({ id: r.id }))}>
                <span className="kern-label">{t('stakeholders.relations.remove')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {failure && !failure.issues.length ? <p className="kern-body cdo-stakeholder-error" role="alert">{failure.message}</p> : null}
      <form className="cdo-relations__form" aria-label={t('stakeholders.relations.add')} onSubmit={(e) => { e.preventDefault(); void add(); }} noValidate>
        <FormField id="relation-from" label={t('stakeholders.relations.from')} error={err('fromId')}>
          {({ invalid, ...p }) => <SelectBox {...p} invalid={invalid} value={fromId} onChange={(e) => setFromId(e.target.value)}>{options}</SelectBox>}
        </FormField>
        <FormField id="relation-kind" label={t('stakeholders.relations.kind')} error={err('kind')}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={kind} onChange={(e) => setKind(e.target.value as RelationKind)}>
              {RELATION_KINDS.map((k) => <option key={k} value={k}>{t(`stakeholders.relation.${k}`)}</option>)}
            </SelectBox>
          )}
        </FormField>
        <FormField id="relation-to" label={t('stakeholders.relations.to')} error={err('toId')}>
          {({ invalid, ...p }) => <SelectBox {...p} invalid={invalid} value={toId} onChange={(e) => setToId(e.target.value)}>{options}</SelectBox>}
        </FormField>
        <button type="submit" className="kern-btn kern-btn--secondary cdo-relations__add"><span className="kern-label">{t('stakeholders.relations.add')}</span></button>
      </form>
    </section>
  );
}
