/** Who holds which role of the digital governance: mayor, CDO, CIO, Digitallotsen per department, steering committee, council … */
import { useTranslation } from 'react-i18next';
import type { RoleAssignment } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { RoleDialog } from './role-dialog.tsx';
import { DeleteConfirm, EcoSection, NoteAlert, RowActions, RowsTable, useRowDialogs } from './section.tsx';

/** How an assignment is named in lists and messages: its own title, else the role's name. */
export function useRoleName(): (r: Pick<RoleAssignment, 'role' | 'title'>) => string {
  const { t } = useTranslation();
  return (r) => r.title ?? t(`ecosystem.role.${r.role}`);
}

export function RolesSection() {
  const { t } = useTranslation();
  const api = useApi();
  const roleName = useRoleName();
  const roles = useLoad((a) => a.listRoleAssignments(), []);
  const { editing, setEditing, deleting, setDeleting, note, done, remove } = useRowDialogs<RoleAssignment>();
  const holderOf = (r: RoleAssignment) => [r.holderName, r.actorName && r.actorName !== r.orgUnitName ? r.actorName : null].filter(Boolean).join(' · ');

  return (
    <>
      <NoteAlert note={note} />
      <EcoSection id="roles-title" title={t('ecosystem.roles.title')} lead={t('ecosystem.roles.lead')} action={{ label: t('ecosystem.roles.add'), onClick: () => setEditing('new') }}
        error={roles.error} loading={!roles.data}>
        {roles.data && roles.data.length === 0 ? <p className="kern-body">{t('ecosystem.roles.none')}</p> : null}
        {roles.data && roles.data.length > 0 ? (
          <RowsTable caption={t('ecosystem.roles.title')} columns={[t('ecosystem.roles.col.role'), t('ecosystem.roles.col.holder'), t('ecosystem.roles.col.orgUnit')]}>
            {roles.data.map((r) => (
              <tr className="kern-table__row" key={r.id}>
                <th scope="row" className="kern-table__cell cdo-cell-title">
                  {roleName(r)}
                  {r.title ? <span className="cdo-eco-sub">{t(`ecosystem.role.${r.role}`)}</span> : null}
                </th>
                <td className="kern-table__cell">{holderOf(r) || <span className="cdo-muted">–</span>}</td>
                <td className="kern-table__cell">{r.orgUnitName ?? <span className="cdo-muted">–</span>}</td>
                <RowActions name={`${roleName(r)} ${r.holderName ?? ''}`.trim()} onEdit={() => setEditing(r)} onDelete={() => setDeleting(r)} />
              </tr>
            ))}
          </RowsTable>
        ) : null}
      </EcoSection>
      {editing ? (
        <RoleDialog assignment={editing === 'new' ? null : editing} onClose={() => setEditing(null)}
          onSaved={(r) => done(t('ecosystem.roles.saved', { name: roleName(r) }))} />
      ) : null}
      {deleting ? (
        <DeleteConfirm title={t('ecosystem.roles.deleteTitle', { name: roleName(deleting) })} confirmLabel={t('ecosystem.roles.deleteConfirm')}
          onCancel={() => setDeleting(null)} onConfirm={() => void remove(api.deleteRoleAssignment({ id: deleting.id }), t('ecosystem.roles.deleted', { name: roleName(deleting) }))} />
      ) : null}
    </>
  );
}
