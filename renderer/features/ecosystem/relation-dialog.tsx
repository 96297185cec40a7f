/** Adding a relation between two actors: who, how (steers, supplies, cooperates, funds, advises), whom. */
import { useTranslation } from 'react-i18next';
import { ACTOR_RELATION_KINDS, type Actor, type ActorRelation, type Input } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { useRecordForm } from '../../components/use-record-form.ts';

const FIELDS = ['fromId', 'kind', 'toId', 'note'] as const;
type Key = (typeof FIELDS)[number];

export function RelationDialog({ actors, onClose, onSaved }: { actors: Actor[]; onClose(): void; onSaved(r: ActorRelation): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useRecordForm({
    fields: FIELDS,
    initial: (): Input<'saveActorRelation'> & { note: string } => ({ fromId: '', kind: 'cooperates', toId: '', note: '' }),
    send: (d) => api.saveActorRelation(d),
    onSaved,
  });
  const { draft, set, issues } = form;
  const idOf = (k: Key) => `relation-${k}`;

  const actorSelect = (k: 'fromId' | 'toId') => (
    <FormField id={idOf(k)} label={t(`ecosystem.network.col.${k === 'fromId' ? 'from' : 'to'}`)} error={issues[k]}>
      {({ invalid, ...p }) => (
        <SelectBox {...p} invalid={invalid} value={draft[k]} onChange={(e) => set(k, e.target.value)}>
          <option value="">{t('ecosystem.network.chooseActor')}</option>
          {actors.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
        </SelectBox>
      )}
    </FormField>
  );

  return (
    <FormDialog title={t('ecosystem.network.newTitle')} onClose={onClose} form={form}
      summary={{ id: 'relation-errors', title: t('ecosystem.saveError'), controlId: idOf, label: (k) => t(`ecosystem.network.col.${k === 'fromId' ? 'from' : k === 'toId' ? 'to' : k}`) }}>
      {actorSelect('fromId')}
      <FormField id={idOf('kind')} label={t('ecosystem.network.col.kind')} error={issues.kind}>
        {({ invalid, ...p }) => (
          <SelectBox {...p} invalid={invalid} value={draft.kind} onChange={(e) => set('kind', e.target.value as typeof draft.kind)}>
            {ACTOR_RELATION_KINDS.map((k) => <option key={k} value={k}>{t(`ecosystem.relation.${k}`)}</option>)}
          </SelectBox>
        )}
      </FormField>
      {actorSelect('toId')}
      <FormField id={idOf('note')} label={t('ecosystem.network.col.note')} error={issues.note} optional={t('common.optional')}>
        {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={draft.note} onChange={(e) => set('note', e.target.value)} maxLength={200} />}
      </FormField>
    </FormDialog>
  );
}
