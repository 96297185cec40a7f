/** Adding or changing an actor: sphere, kind, fields of action, and where it belongs (org unit, stakeholder register). */
import { useTranslation } from 'react-i18next';
import { ACTOR_KINDS, SPHERES, type Actor, type Input } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { useRecordForm } from '../../components/use-record-form.ts';
import { OrgUnitOptions } from './org-unit-options.tsx';

const FIELDS = ['name', 'kind', 'sphere', 'description', 'contact', 'orgUnitId', 'stakeholderId', 'fieldIds'] as const;
type Key = (typeof FIELDS)[number];
type Draft = Input<'saveActor'> & { description: string; contact: string; orgUnitId: string; stakeholderId: string; fieldIds: string[] };

export function ActorDialog({ actor, onClose, onSaved }: { actor: Actor | null; onClose(): void; onSaved(a: Actor): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const fields = useLoad((a) => a.listFields(), []);
  const units = useLoad((a) => a.listOrgUnits(), []);
  const register = useLoad((a) => a.getStakeholderRegister(), []);
  const form = useRecordForm({
    fields: FIELDS,
    initial: (): Draft => ({
      name: actor?.name ?? '', kind: actor?.kind ?? 'organisation', sphere: actor?.sphere ?? 'core_admin', description: actor?.description ?? '',
      contact: actor?.contact ?? '', orgUnitId: actor?.orgUnitId ?? '', stakeholderId: actor?.stakeholderId ?? '', fieldIds: actor?.fields.map((f) => f.fieldId) ?? [],
    }),
    send: (d) => api.saveActor({ ...(actor ? { id: actor.id } : {}), ...d, orgUnitId: d.orgUnitId || null, stakeholderId: d.stakeholderId || null }),
    onSaved,
  });
  const { draft, set, issues } = form;
  const idOf = (k: Key) => `actor-${k}`;

  const text = (k: 'name' | 'contact') => (
    <FormField id={idOf(k)} label={t(`ecosystem.actors.col.${k}`)} error={issues[k]} optional={k === 'name' ? undefined : t('common.optional')}>
      {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={draft[k]} onChange={(e) => set(k, e.target.value)} maxLength={200} />}
    </FormField>
  );

  return (
    <FormDialog wide title={actor ? t('ecosystem.actors.editTitle', { name: actor.name }) : t('ecosystem.actors.newTitle')} onClose={onClose} form={form}
      summary={{ id: 'actor-errors', title: t('ecosystem.saveError'), controlId: idOf, label: (k) => t(`ecosystem.actors.col.${k}`) }}>
      <div className="cdo-eco-form-grid">
        {text('name')}
        <FormField id={idOf('sphere')} label={t('ecosystem.actors.col.sphere')} error={issues.sphere}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={draft.sphere} onChange={(e) => set('sphere', e.target.value as Draft['sphere'])}>
              {SPHERES.map((s) => <option key={s} value={s}>{t(`ecosystem.sphere.${s}`)}</option>)}
            </SelectBox>
          )}
        </FormField>
        <FormField id={idOf('kind')} label={t('ecosystem.actors.col.kind')} error={issues.kind}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={draft.kind} onChange={(e) => set('kind', e.target.value as Draft['kind'])}>
              {ACTOR_KINDS.map((k) => <option key={k} value={k}>{t(`ecosystem.actorKind.${k}`)}</option>)}
            </SelectBox>
          )}
        </FormField>
        {text('contact')}
        <FormField id={idOf('orgUnitId')} label={t('ecosystem.actors.col.orgUnitId')} hint={t('ecosystem.actors.orgUnitHint')} error={issues.orgUnitId} optional={t('common.optional')}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={draft.orgUnitId} onChange={(e) => set('orgUnitId', e.target.value)}>
              <option value="">{t('ecosystem.none')}</option>
              <OrgUnitOptions units={units.data ?? []} />
            </SelectBox>
          )}
        </FormField>
        <FormField id={idOf('stakeholderId')} label={t('ecosystem.actors.col.stakeholderId')} hint={t('ecosystem.actors.stakeholderHint')} error={issues.stakeholderId} optional={t('common.optional')}>
          {({ invalid, ...p }) => (
            <SelectBox {...p} invalid={invalid} value={draft.stakeholderId} onChange={(e) => set('stakeholderId', e.target.value)}>
              <option value="">{t('ecosystem.none')}</option>
              {(register.data?.rows ?? []).map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </SelectBox>
          )}
        </FormField>
      </div>
      <FormField id={idOf('description')} label={t('ecosystem.actors.col.description')} error={issues.description} optional={t('common.optional')}>
        {({ invalid, ...p }) => <textarea {...p} className={inputClass(invalid)} rows={3} value={draft.description} onChange={(e) => set('description', e.target.value)} />}
      </FormField>
      <fieldset className="kern-fieldset" id={idOf('fieldIds')} tabIndex={-1}>
        <legend className="kern-label">{t('ecosystem.actors.col.fieldIds')}</legend>
        <div className="kern-fieldset__body cdo-eco-checks">
          {(fields.data ?? []).map((f) => (
            <div key={f.id} className="kern-form-check">
              <input id={`actor-field-${f.id}`} type="checkbox" className="kern-form-check__checkbox" checked={draft.fieldIds.includes(f.id)}
                onChange={(e) => set('fieldIds', e.target.checked ? [...draft.fieldIds, f.id] : draft.fieldIds.filter((x) => x !== f.id))} />
              <label className="kern-label" htmlFor={`actor-field-${f.id}`}>{f.name}</label>
            </div>
          ))}
        </div>
      </fieldset>
    </FormDialog>
  );
}
