/** Assigning a role: which role (or an own title), held by a person, an actor and/or for an org unit. */
import { useTranslation } from 'react-i18next';
import { ROLES, type Input, type RoleAssignment } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { useRecordForm } from '../../components/use-record-form.ts';
import { OrgUnitOptions } from './org-unit-options.tsx';

const FIELDS = ['role', 'title', 'holderName', 'actorId', 'orgUnitId', 'note'] as const;
type Key = (typeof FIELDS)[number];
type Draft = Input<'saveRoleAssignment'> & { title: string; holderName: string; actorId: string; orgUnitId: string; note: string };

export function RoleDialog({ assignment, onClose, onSaved }: { assignment: RoleAssignment | null; onClose(): void; onSaved(r: RoleAssignment): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const actors = useLoad((a) => a.listActors({}), []);
  const units = useLoad((a) => a.listOrgUnits(), []);
  const form = useRecordForm({
    fields: FIELDS,
    initial: (): Draft => ({
      role: assignment?.role ?? 'digital_pilot', title: assignment?.title ?? '', holderName: assignment?.holderName ?? '', actorId: assignment?.actorId ?? '',
      orgUnitId: assignment?.orgUnitId ?? '', note: assignment?.note ?? '',
    }),
    send: (d) => api.saveRoleAssignment({ ...(assignment ? { id: assignment.id } : {}), ...d, actorId: d.actorId || null, orgUnitId: d.orgUnitId || null }),
    onSaved,
  });
  const { draft, set, issues } = form;
  const idOf = (k: Key) => `role-${k}`;

  return (
    <FormDialog title={assignment ? t('ecosystem.roles.editTitle') : t('ecosystem.roles.newTitle')} onClose={onClose} form={form}
      summary={{ id: 'role-errors', title: t('ecosystem.saveError'), controlId: idOf, label: (k) => t(`ecosystem.roles.field.${k}`) }}>
      <FormField id={idOf('role')} label={t('ecosystem.roles.field.role')} error={issues.role}>
        {({ invalid, ...p }) => (
          <SelectBox {...p} invalid={invalid} value={draft.role} onChange={(e) => set('role', e.target.value as Draft['role'])}>
            {ROLES.map((r) => <option key={r} value={r}>{t(`ecosystem.role.${r}`)}</option>)}
          </SelectBox>
        )}
      </FormField>
      <FormField id={idOf('title')} label={t('ecosystem.roles.field.title')} hint={t('ecosystem.roles.titleHint')} error={issues.title} optional={draft.role === 'other' ? undefined : t('common.optional')}>
        {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={draft.title} onChange={(e) => set('title', e.target.value)} maxLength={200} />}
      </FormField>
      <FormField id={idOf('holderName')} label={t('ecosystem.roles.field.holderName')} hint={t('ecosystem.roles.holderHint')} error={issues.holderName} optional={t('common.optional')}>
        {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={draft.holderName} onChange={(e) => set('holderName', e.target.value)} maxLength={200} />}
      </FormField>
      <FormField id={idOf('actorId')} label={t('ecosystem.roles.field.actorId')} error={issues.actorId} optional={t('common.optional')}>
        {({ invalid, ...p }) => (
          <SelectBox {...p} invalid={invalid} value={draft.actorId} onChange={(e) => set('actorId', e.target.value)}>
            <option value="">{t('ecosystem.none')}</option>
            {(actors.data ?? []).map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
          </SelectBox>
        )}
      </FormField>
      <FormField id={idOf('orgUnitId')} label={t('ecosystem.roles.field.orgUnitId')} error={issues.orgUnitId} optional={t('common.optional')}>
        {({ invalid, ...p }) => (
          <SelectBox {...p} invalid={invalid} value={draft.orgUnitId} onChange={(e) => set('orgUnitId', e.target.value)}>
            <option value="">{t('ecosystem.none')}</option>
            <OrgUnitOptions units={units.data ?? []} />
          </SelectBox>
        )}
      </FormField>
      <FormField id={idOf('note')} label={t('ecosystem.roles.field.note')} error={issues.note} optional={t('common.optional')}>
        {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={2} value={draft.note} onChange={(e) => set('note', e.target.value)} />}
      </FormField>
    </FormDialog>
  );
}
