/**
 * The state of a dialog that saves one record: the draft, a setter per field,
 * and the save through the API — every view reloads on success, the API's
 * messages go next to their fields on failure (see useFormIssues).
 */
import { useState } from 'react';
import type { Result } from '../../api/index.ts';
import { useFormIssues, type FormIssues } from './use-form-issues.ts';
import { useWrite } from './use-write.ts';

export interface RecordForm<D, K extends string> extends FormIssues<K> {
  draft: D;
  set<P extends keyof D>(key: P, value: D[P]): void;
  save(): Promise<void>;
}

export function useRecordForm<D extends object, K extends string, T>({ fields, initial, send, onSaved }: {
  /** The form's fields in their order on screen (the error summary follows it). */
  fields: readonly K[];
  initial(): D;
  /** The API call that saves the draft. */
  send(draft: D): Promise<Result<T>>;
  onSaved(value: T): void;
}): RecordForm<D, K> {
  const write = useWrite();
  const [draft, setDraft] = useState<D>(initial);
  const issues = useFormIssues<K>(fields);
  const set = <P extends keyof D>(key: P, value: D[P]) => setDraft((d) => ({ ...d, [key]: value }));

  async function save() {
    const r = await write(send(draft));
    if (r.ok) onSaved(r.value);
    else issues.show(r);
  }

  return { ...issues, draft, set, save };
}
