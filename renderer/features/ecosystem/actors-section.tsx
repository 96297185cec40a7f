/** Actors of the ecosystem by sphere, with their fields and unit; #/ecosystem/actors/<id> opens one actor (from the map or search). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SPHERES, type Actor, type Sphere } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { navigate } from '../../app/routes.ts';
import { FormField, SelectBox } from '../../components/form-field.tsx';
import { ActorDialog } from './actor-dialog.tsx';
import { DeleteConfirm, EcoSection, NoteAlert, RowActions, RowsTable, useRowDialogs } from './section.tsx';

export function ActorsSection({ openId }: { openId: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const [sphere, setSphere] = useState<Sphere | ''>('');
  const actors = useLoad((a) => a.listActors(sphere ? { sphere } : {}), [sphere]);
  const { editing, setEditing, deleting, setDeleting, note, done, remove } = useRowDialogs<Actor>();

  // An id in the address opens that actor once it is loaded (the map and the search link here); closing leaves the address.
  const current = editing ?? (openId ? actors.data?.find((a) => a.id === openId) : undefined) ?? null;

  function close() {
    setEditing(null);
    if (openId) navigate('ecosystem', 'actors');
  }

  return (
    <>
      <NoteAlert note={note} />
      <EcoSection id="actors-title" title={t('ecosystem.actors.title')} lead={t('ecosystem.actors.lead')} action={{ label: t('ecosystem.actors.add'), onClick: () => setEditing('new') }}
        error={actors.error} loading={!actors.data}>
        <div className="cdo-eco-filter">
          <FormField id="actors-sphere" label={t('ecosystem.actors.filterSphere')}>
            {(p) => (
              <SelectBox id={p.id} value={sphere} onChange={(e) => setSphere(e.target.value as Sphere | '')}>
                <option value="">{t('ecosystem.actors.allSpheres')}</option>
                {SPHERES.map((s) => <option key={s} value={s}>{t(`ecosystem.sphere.${s}`)}</option>)}
              </SelectBox>
            )}
          </FormField>
        </div>
        {actors.data ? (
          <>
            <output className="kern-body kern-body--muted cdo-eco-count-line">{t('ecosystem.actors.count', { count: actors.data.length })}</output>
            {actors.data.length > 0 ? (
              <RowsTable caption={t('ecosystem.actors.title')} className="cdo-eco-actors"
                columns={[t('ecosystem.actors.col.name'), t('ecosystem.actors.col.sphere'), t('ecosystem.actors.col.fields'), t('ecosystem.actors.col.orgUnit')]}>
                {actors.data.map((a) => (
                  <tr className="kern-table__row" key={a.id}>
                    <th scope="row" className="kern-table__cell cdo-cell-title">
                      {a.name}
                      <span className="cdo-eco-sub">{t(`ecosystem.actorKind.${a.kind}`)}</span>
                    </th>
                    <td className="kern-table__cell"><span className={`cdo-eco-sphere cdo-eco-sphere--${a.sphere}`}>{t(`ecosystem.sphere.${a.sphere}`)}</span></td>
                    <td className="kern-table__cell">{a.fields.map((f) => f.name).join(', ') || <span className="cdo-muted">–</span>}</td>
                    <td className="kern-table__cell">{a.orgUnitName ?? <span className="cdo-muted">–</span>}</td>
                    <RowActions name={a.name} onEdit={() => setEditing(a)} onDelete={() => setDeleting(a)} />
                  </tr>
                ))}
              </RowsTable>
            ) : null}
          </>
        ) : null}
      </EcoSection>
      {current ? (
        <ActorDialog key={current === 'new' ? 'new' : current.id} actor={current === 'new' ? null : current} onClose={close}
          onSaved={(a) => { close(); done(t('ecosystem.actors.saved', { name: a.name })); }} />
      ) : null}
      {deleting ? (
        <DeleteConfirm title={t('ecosystem.actors.deleteTitle', { name: deleting.name })} confirmLabel={t('ecosystem.actors.deleteConfirm')}
          onCancel={() => setDeleting(null)} onConfirm={() => void remove(api.deleteActor({ id: deleting.id }), t('ecosystem.actors.deleted', { name: deleting.name }))}>
          <p className="kern-body">{t('ecosystem.actors.deleteText', { count: deleting.relationCount })}</p>
        </DeleteConfirm>
      ) : null}
    </>
  );
}
