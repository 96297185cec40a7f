/**
 * The actor network: actors as boxes in one column per sphere, relations as
 * arrows coloured by kind. Clicking an actor — or choosing it in the list
 * above, which works with the keyboard and a screen reader — highlights its
 * relations and narrows the table below to them. The table lists the
 * relations in words (the text alternative of the picture) and is where
 * relations are added and removed.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTOR_RELATION_KINDS, SPHERES, type ActorRelation } from '../../../api/index.ts';
import { useApi, useLoad } from '../../api/index.ts';
import { FormField, SelectBox } from '../../components/form-field.tsx';
import { NODE, fitName, layoutNetwork } from './network-layout.ts';
import { RelationDialog } from './relation-dialog.tsx';
import { DeleteConfirm, EcoSection, NoteAlert, RowsTable, useRowDialogs } from './section.tsx';

export function NetworkSection() {
  const { t } = useTranslation();
  const api = useApi();
  const net = useLoad((a) => a.getActorNetwork(), []);
  const [selected, setSelected] = useState<string | null>(null);
  // Relations are only added and deleted: 'new' is the one editing state.
  const { editing, setEditing, deleting, setDeleting, note, done, remove } = useRowDialogs<ActorRelation>();
  const layout = net.data ? layoutNetwork(net.data.actors, net.data.relations) : null;
  const touches = (e: { fromId: string; toId: string }) => !selected || e.fromId === selected || e.toId === selected;
  const linked = new Set(layout?.edges.filter((e) => selected && touches(e)).flatMap((e) => [e.fromId, e.toId]) ?? []);
  const chosen = net.data?.actors.find((a) => a.id === selected) ?? null;
  const shown = net.data?.relations.filter(touches) ?? [];
  const byName = [...(net.data?.actors ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'de'));

  return (
    <>
      <NoteAlert note={note} />
      <EcoSection id="network-title" title={t('ecosystem.network.title')} lead={t('ecosystem.network.lead')}
        action={{ label: t('ecosystem.network.add'), onClick: () => setEditing('new') }} error={net.error} loading={!net.data}>
        {net.data && layout ? (
          <>
            <ul className="cdo-eco-legend" aria-label={t('ecosystem.network.legend')}>
              {ACTOR_RELATION_KINDS.map((k) => <li key={k}><span className={`cdo-eco-legend__line cdo-eco-rel--${k}`} aria-hidden="true" />{t(`ecosystem.relation.${k}`)}</li>)}
            </ul>
            <FormField id="network-actor" label={t('ecosystem.network.focus')} className="cdo-eco-network__focus">
              {({ invalid: _i, ...p }) => (
                <SelectBox {...p} value={selected ?? ''} onChange={(e) => setSelected(e.target.value || null)}>
                  <option value="">{t('ecosystem.network.focusAll')}</option>
                  {byName.map((a) => <option key={a.id} value={a.id}>{a.name}</option>)}
                </SelectBox>
              )}
            </FormField>
            <div className="cdo-eco-network">
              {/* The picture is one image for assistive technology; the relations table below is its text. */}
              {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role */}
              <svg viewBox={`0 0 ${layout.width} ${layout.height}`} style={{ maxWidth: layout.width }} role="img"
                aria-label={t('ecosystem.network.summary', { actors: net.data.actors.length, relations: net.data.relations.length })}>
                <defs>
                  {ACTOR_RELATION_KINDS.map((k) => (
                    <marker key={k} id={`eco-arrow-${k}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                      <path d="M 0 0 L 10 5 L 0 10 z" className={`cdo-eco-arrow cdo-eco-rel--${k}`} />
                    </marker>
                  ))}
                </defs>
                {SPHERES.map((s, col) => (
                  <text key={s} x={NODE.left + col * NODE.column} y={28} className={`cdo-eco-net__col cdo-eco-sphere-text--${s}`}>{t(`ecosystem.sphere.${s}`)}</text>
                ))}
                {layout.edges.map((e) => (
                  <path key={e.id} d={e.path} className={`cdo-eco-net__edge cdo-eco-rel--${e.kind}${touches(e) ? '' : ' cdo-eco-net__edge--dim'}`} markerEnd={`url(#eco-arrow-${e.kind})`} />
                ))}
                {layout.nodes.map((n) => (
                  <g key={n.id} className={`cdo-eco-net__node cdo-eco-node--${n.sphere}${selected && n.id !== selected && !linked.has(n.id) ? ' cdo-eco-net__node--dim' : ''}${n.id === selected ? ' cdo-eco-net__node--on' : ''}`}
                    transform={`translate(${n.x} ${n.y})`} onClick={() => setSelected(n.id === selected ? null : n.id)}>
                    <title>{n.name}</title>
                    <rect width={NODE.width} height={NODE.height} rx={6} />
                    <text x={10} y={NODE.height / 2 + 5}>{fitName(n.name)}</text>
                  </g>
                ))}
              </svg>
            </div>
            <p className="kern-body kern-body--muted">{t('ecosystem.network.hint')}</p>
            <h3 className="kern-heading-small cdo-eco-subhead" id="relations-title">{chosen ? t('ecosystem.network.listOf', { name: chosen.name }) : t('ecosystem.network.listTitle')}</h3>
            {shown.length === 0 ? <p className="kern-body">{t(chosen ? 'ecosystem.network.noneOf' : 'ecosystem.network.none')}</p> : (
              <RowsTable labelledBy="relations-title"
                columns={[t('ecosystem.network.col.from'), t('ecosystem.network.col.kind'), t('ecosystem.network.col.to'), t('ecosystem.network.col.note')]}>
                {shown.map((r) => (
                  <tr key={r.id} className="kern-table__row">
                    <th scope="row" className="kern-table__cell cdo-cell-title">{r.fromName}</th>
                    <td className="kern-table__cell">{t(`ecosystem.relation.${r.kind}`)}</td>
                    <td className="kern-table__cell">{r.toName}</td>
                    <td className="kern-table__cell">{r.note ?? <span className="cdo-muted">–</span>}</td>
                    <td className="kern-table__cell kern-table__cell--action">
                      <button type="button" className="kern-btn kern-btn--tertiary kern-btn--x-small" aria-label={`${t('common.delete')}: ${r.fromName} ${t(`ecosystem.relation.${r.kind}`)} ${r.toName}`} onClick={() => setDeleting(r)}>
                        <span className="kern-label">{t('common.delete')}</span>
                      </button>
                    </td>
                  </tr>
                ))}
              </RowsTable>
            )}
          </>
        ) : null}
      </EcoSection>
      {editing && net.data ? (
        <RelationDialog actors={net.data.actors} onClose={() => setEditing(null)}
          onSaved={(r) => done(t('ecosystem.network.saved', { from: r.fromName, to: r.toName }))} />
      ) : null}
      {deleting ? (
        <DeleteConfirm title={t('ecosystem.network.deleteTitle')} confirmLabel={t('ecosystem.network.deleteConfirm')} onCancel={() => setDeleting(null)}
          onConfirm={() => void remove(api.deleteActorRelation({ id: deleting.id }), t('ecosystem.network.deleted'))}>
          <p className="kern-body">{`${deleting.fromName} ${t(`ecosystem.relation.${deleting.kind}`)} ${deleting.toName}`}</p>
        </DeleteConfirm>
      ) : null}
    </>
  );
}
