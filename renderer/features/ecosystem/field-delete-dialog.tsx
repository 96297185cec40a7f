/**
 * Deleting a field of action. A field that measures still use is not simply
 * deleted: the dialog asks for the field its measures move to, then moves
 * them and deletes the field in one step (undo brings all back).
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Field } from '../../../api/index.ts';
import { useApi } from '../../api/index.ts';
import { Alert } from '../../components/alert.tsx';
import { FormField, SelectBox } from '../../components/form-field.tsx';
import { Modal } from '../../components/modal.tsx';
import { useWrite } from '../../components/use-write.ts';

export function FieldDeleteDialog({ field, fields, onCancel, onDeleted }: { field: Field; fields: Field[]; onCancel(): void; onDeleted(text: string): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const write = useWrite();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const used = field.measureCount > 0;
  const others = fields.filter((f) => f.id !== field.id);
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [issue, setIssue] = useState<string | null>(null);

  async function confirm() {
    if (used && !target) {
      setIssue(t('ecosystem.fieldDelete.pickTarget'));
      return;
    }
    const r = await write(api.deleteField({ id: field.id, ...(used ? { reassignTo: target } : {}) }));
    if (r.ok) {
      const to = others.find((f) => f.id === target)?.name ?? '';
      onDeleted(used ? t('ecosystem.fieldDelete.doneMoved', { name: field.name, count: field.measureCount, to }) : t('fields.deleted', { name: field.name }));
    } else {
      setIssue(r.issues.find((i) => i.path === 'reassignTo')?.message ?? null);
      setError(r.issues.length ? null : r.message);
    }
  }

  return (
    <Modal title={t('fields.deleteTitle', { name: field.name })} role="alertdialog" onClose={onCancel} initialFocus={cancelRef}
      footer={<>
        <button type="button" ref={cancelRef} className="kern-btn kern-btn--secondary" onClick={onCancel}><span className="kern-label">{t('common.cancel')}</span></button>
        <button type="button" className="kern-btn kern-btn--primary cdo-btn--danger-solid" onClick={() => void confirm()}>
          <span className="kern-label">{used ? t('ecosystem.fieldDelete.moveAndDelete') : t('fields.deleteConfirm')}</span>
        </button>
      </>}>
      {error ? <Alert kind="danger" title={error} /> : null}
      {used ? (
        <>
          <Alert kind="warning" title={t('fields.inUse', { count: field.measureCount })}>
            <p className="kern-body">{t('ecosystem.fieldDelete.inUseText', { count: field.measureCount })}</p>
          </Alert>
          <FormField id="field-reassign" label={t('ecosystem.fieldDelete.target')} error={issue}>
            {({ invalid, ...p }) => (
              <SelectBox {...p} invalid={invalid} value={target} onChange={(e) => { setTarget(e.target.value); setIssue(null); }}>
                <option value="">{t('ecosystem.fieldDelete.choose')}</option>
                {others.map((f) => <option key={f.id} value={f.id}>{f.name}</option>)}
              </SelectBox>
            )}
          </FormField>
        </>
      ) : (
        <p className="kern-body">{t('fields.deleteText')}</p>
      )}
      <p className="kern-body kern-body--muted">{t('measure.deleteUndoHint')}</p>
    </Modal>
  );
}
