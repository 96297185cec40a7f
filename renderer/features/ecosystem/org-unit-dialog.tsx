/** Adding or changing an org unit: name, short sign, kind, head and the unit above it (never itself or one of its own sub-units). */
import { useTranslation } from 'react-i18next';
import { ORG_UNIT_KINDS, type Input, type OrgUnit } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { FormDialog } from '../../components/form-dialog.tsx';
import { FormField, SelectBox, inputClass } from '../../components/form-field.tsx';
import { useRecordForm } from '../../components/use-record-form.ts';
import { OrgUnitOptions } from './org-unit-options.tsx';

const FIELDS = ['name', 'shortName', 'kind', 'parentId', 'head'] as const;
type Key = (typeof FIELDS)[number];
type Draft = Input<'saveOrgUnit'> & { shortName: string; head: string; parentId: string };

/** The unit and everything below it: in tree order these follow it while their depth is greater. */
function subtreeOf(units: OrgUnit[], id: string): Set<string> {
  const out = new Set<string>([id]);
  const start = units.findIndex((u) => u.id === id);
  const depth = units[start]?.depth ?? 0;
  for (const u of units.slice(start + 1)) {
    if (start < 0 || u.depth <= depth) break;
    out.add(u.id);
  }
  return out;
}

export function OrgUnitDialog({ unit, units, onClose, onSaved }: { unit: OrgUnit | null; units: OrgUnit[]; onClose(): void; onSaved(u: OrgUnit): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const form = useRecordForm({
    fields: FIELDS,
    initial: (): Draft => ({
      name: unit?.name ?? '', shortName: unit?.shortName ?? '', kind: unit?.kind ?? 'department', head: unit?.head ?? '', parentId: unit?.parentId ?? '',
    }),
    send: (d) => api.saveOrgUnit({ ...(unit ? { id: unit.id } : {}), ...d, parentId: d.parentId || null }),
    onSaved,
  });
  const { draft, set, issues } = form;
  const idOf = (k: Key) => `org-unit-${k}`;
  const excluded = unit ? subtreeOf(units, unit.id) : new Set<string>();

  return (
    <FormDialog title={unit ? t('ecosystem.units.editTitle') : t('ecosystem.units.newTitle')} onClose={onClose} form={form}
      summary={{ id: 'org-unit-errors', title: t('ecosystem.saveError'), controlId: idOf, label: (k) => t(`ecosystem.units.col.${k}`) }}>
      <FormField id={idOf('name')} label={t('ecosystem.units.col.name')} error={issues.name}>
        {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={draft.name} onChange={(e) => set('name', e.target.value)} maxLength={200} />}
      </FormField>
      <FormField id={idOf('shortName')} label={t('ecosystem.units.col.shortName')} hint={t('ecosystem.units.shortNameHint')} error={issues.shortName} optional={t('common.optional')}>
        {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={draft.shortName} onChange={(e) => set('shortName', e.target.value)} maxLength={50} />}
      </FormField>
      <FormField id={idOf('kind')} label={t('ecosystem.units.col.kind')} error={issues.kind}>
        {({ invalid, ...p }) => (
          <SelectBox {...p} invalid={invalid} value={draft.kind} onChange={(e) => set('kind', e.target.value as Draft['kind'])}>
            {ORG_UNIT_KINDS.map((k) => <option key={k} value={k}>{t(`ecosystem.unitKind.${k}`)}</option>)}
          </SelectBox>
        )}
      </FormField>
      <FormField id={idOf('parentId')} label={t('ecosystem.units.col.parentId')} error={issues.parentId}>
        {({ invalid, ...p }) => (
          <SelectBox {...p} invalid={invalid} value={draft.parentId} onChange={(e) => set('parentId', e.target.value)}>
            <option value="">{t('ecosystem.units.topLevel')}</option>
            <OrgUnitOptions units={units.filter((u) => !excluded.has(u.id))} />
          </SelectBox>
        )}
      </FormField>
      <FormField id={idOf('head')} label={t('ecosystem.units.col.head')} error={issues.head} optional={t('common.optional')}>
        {({ invalid, ...p }) => <input {...p} className={inputClass(invalid)} value={draft.head} onChange={(e) => set('head', e.target.value)} maxLength={200} />}
      </FormField>
    </FormDialog>
  );
}
