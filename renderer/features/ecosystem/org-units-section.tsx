/** The administration's org units as a tree table (indented by level); deleting is refused while a unit has sub-units or DigiChecks. */
import { useTranslation } from 'react-i18next';
import type { OrgUnit } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { OrgUnitDialog } from './org-unit-dialog.tsx';
import { DeleteConfirm, EcoSection, NoteAlert, RowActions, RowsTable, useRowDialogs } from './section.tsx';

export function OrgUnitsSection() {
  const { t } = useTranslation();
  const api = useApi();
  const units = useLoad((a) => a.listOrgUnits(), []);
  const { editing, setEditing, deleting, setDeleting, note, done, remove } = useRowDialogs<OrgUnit>();
  const nameOf = new Map((units.data ?? []).map((u) => [u.id, u.name]));

  return (
    <>
      <NoteAlert note={note} />
      <EcoSection id="units-title" title={t('ecosystem.units.title')} lead={t('ecosystem.units.lead')} action={{ label: t('ecosystem.units.add'), onClick: () => setEditing('new') }}
        error={units.error} loading={!units.data}>
        {units.data && units.data.length === 0 ? <p className="kern-body">{t('ecosystem.units.none')}</p> : null}
        {units.data && units.data.length > 0 ? (
          <RowsTable caption={t('ecosystem.units.title')} className="cdo-eco-tree"
            columns={[t('ecosystem.units.col.name'), t('ecosystem.units.col.shortName'), t('ecosystem.units.col.kind'), t('ecosystem.units.col.head')]}>
            {units.data.map((u) => (
              <tr className="kern-table__row" key={u.id}>
                <th scope="row" className="kern-table__cell cdo-cell-title">
                  <span className={`cdo-eco-tree__name${u.depth === 0 ? ' cdo-eco-tree__name--top' : ''}`} style={{ paddingInlineStart: `${u.depth * 1.5}rem` }}>
                    {u.depth > 0 ? <span className="cdo-eco-tree__branch" aria-hidden="true">└</span> : null}
                    {u.name}
                  </span>
                  {u.parentId ? <span className="kern-sr-only">{`, ${t('ecosystem.units.below', { name: nameOf.get(u.parentId) ?? '' })}`}</span> : null}
                </th>
                <td className="kern-table__cell">{u.shortName ?? <span className="cdo-muted">–</span>}</td>
                <td className="kern-table__cell">{t(`ecosystem.unitKind.${u.kind}`)}</td>
                <td className="kern-table__cell">{u.head ?? <span className="cdo-muted">–</span>}</td>
                <RowActions name={u.name} onEdit={() => setEditing(u)} onDelete={() => setDeleting(u)} />
              </tr>
            ))}
          </RowsTable>
        ) : null}
      </EcoSection>
      {editing && units.data ? (
        <OrgUnitDialog unit={editing === 'new' ? null : editing} units={units.data} onClose={() => setEditing(null)}
          onSaved={(u) => done(t('ecosystem.units.saved', { name: u.name }))} />
      ) : null}
      {deleting ? (
        <DeleteConfirm title={t('ecosystem.units.deleteTitle', { name: deleting.name })} confirmLabel={t('ecosystem.units.deleteConfirm')}
          onCancel={() => setDeleting(null)} onConfirm={() => void remove(api.deleteOrgUnit({ id: deleting.id }), t('ecosystem.units.deleted', { name: deleting.name }))}>
          <p className="kern-body">{deleting.childCount > 0 ? t('ecosystem.units.hasChildren', { count: deleting.childCount }) : t('ecosystem.units.deleteText')}</p>
        </DeleteConfirm>
      ) : null}
    </>
  );
}
