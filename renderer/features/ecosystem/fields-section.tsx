/** The editable list of fields of action (with where each came from); deleting a used field moves its measures first. */
import { useTranslation } from 'react-i18next';
import type { Field } from '../../../api/index.ts';
import { useLoad } from '../../api/index.ts';
import { currentLang, formatNumber } from '../../i18n/index.ts';
import { FieldDialog } from './field-dialog.tsx';
import { FieldDeleteDialog } from './field-delete-dialog.tsx';
import { EcoSection, NoteAlert, RowActions, RowsTable, useRowDialogs } from './section.tsx';

export function FieldsSection() {
  const { t, i18n } = useTranslation();
  const lang = currentLang(i18n);
  const fields = useLoad((a) => a.listFields(), []);
  const { editing, setEditing, deleting, setDeleting, note, done } = useRowDialogs<Field>();

  return (
    <>
      <NoteAlert note={note} />
      <EcoSection id="fields-title" title={t('fields.title')} lead={t('fields.lead')} action={{ label: t('fields.add'), onClick: () => setEditing('new') }}
        error={fields.error} loading={!fields.data}>
        {fields.data ? (
          <RowsTable caption={t('fields.title')}
            columns={[t('fields.col.name'), t('fields.col.description'), t('fields.col.source'), { label: t('fields.col.measures'), numeric: true }]}>
            {fields.data.map((f) => (
              <tr className="kern-table__row" key={f.id}>
                <th scope="row" className="kern-table__cell cdo-cell-title">
                  <span className="cdo-swatch" style={{ background: f.color }} aria-hidden="true" />
                  {f.name}
                </th>
                <td className="kern-table__cell">{f.description ?? <span className="cdo-muted">–</span>}</td>
                <td className="kern-table__cell cdo-cell-source">{f.source}</td>
                <td className="kern-table__cell kern-table__cell--numeric">{formatNumber(f.measureCount, lang)}</td>
                <RowActions name={f.name} onEdit={() => setEditing(f)} onDelete={() => setDeleting(f)} />
              </tr>
            ))}
          </RowsTable>
        ) : null}
      </EcoSection>
      {editing ? (
        <FieldDialog field={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={(f) => done(t('fields.saved', { name: f.name }))} />
      ) : null}
      {deleting && fields.data ? (
        <FieldDeleteDialog field={deleting} fields={fields.data} onCancel={() => setDeleting(null)} onDeleted={(text) => done(text)} />
      ) : null}
    </>
  );
}
