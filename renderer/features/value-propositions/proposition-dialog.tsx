/** Creating or changing a value proposition's head: title, target group, stakeholder, description. */
import { useTranslation } from 'react-i18next';
import type { ValueProposition } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { useRecordForm } from '../../components/use-record-form.ts';

const FIELDS = ['title', 'targetGroup', 'stakeholderId', 'description'] as const;
type FieldKey = (typeof FIELDS)[number];
type Draft = Record<FieldKey, string>;

export function PropositionDialog({ proposition, onClose, onSaved }: { proposition: ValueProposition | null; onClose(): void; onSaved(saved: ValueProposition): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const stakeholders = useLoad((a) => a.getStakeholderRegister(), []);
  const form = useRecordForm({
    fields: FIELDS,
    initial: (): Draft => ({
      title: proposition?.title ?? '', targetGroup: proposition?.targetGroup ?? '',
      stakeholderId: proposition?.stakeholder?.id ?? '', description: proposition?.description ?? '',
    }),
    send: (d) => api.saveValueProposition({ ...(proposition ? { id: proposition.id } : {}), ...d }),
    onSaved,
  });
  const { draft, set, issues } = form;
  const idOf = (k: FieldKey) => `value-form-${k}`;

  const text = (k: 'title' | 'targetGroup') => (
    <FormField id={idOf(k)} label={t(`value.form.${k}`)} hint={t(`value.form.${k}Hint`)} error={issues[k]}>
      {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={draft[k]} maxLength={200} onChange={(e) => set(k, e.target.value)} />}
    </FormField>
  );

  return (
    <FormDialog wide title={proposition ? t('value.form.editTitle') : t('value.form.newTitle')} saveLabel={t('value.form.save')} onClose={onClose} form={form}
      summary={{ id: 'value-form-errors', title: t('value.form.errorTitle'), controlId: idOf, label: (k) => t(`value.form.${k}`) }}>
      {text('title')}
      {text('targetGroup')}
      <FormField id={idOf('stakeholderId')} label={t('value.form.stakeholderId')} hint={t('value.form.stakeholderHint')} error={issues.stakeholderId} optional={t('common.optional')}>
        {({ invalid, ...p }) => (
          <SelectBox {...p} invalid={invalid} value={draft.stakeholderId} onChange={(e) => set('stakeholderId', e.target.value)}>
            <option value="">{t('value.form.stakeholderNone')}</option>
            {(stakeholders.data?.rows ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </SelectBox>
        )}
      </FormField>
      <FormField id={idOf('description')} label={t('value.form.description')} error={issues.description} optional={t('common.optional')}>
        {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={3} value={draft.description} onChange={(e) => set('description', e.target.value)} />}
      </FormField>
    </FormDialog>
  );
}
