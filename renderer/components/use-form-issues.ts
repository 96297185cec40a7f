/**
 * What a form shows after a failed save: the API's field issues next to
 * their fields (the first message per field, in the form's order) and
 * everything else as one general message for the ErrorSummary, which then
 * takes the focus (BITV: the user lands on what to fix).
 */
import { useEffect, useRef, useState } from 'react';
import type { FieldIssue } from '../../api/index.ts';

export interface FormIssues<K extends string> {
  /** Message per field, for the field's error text. */
  issues: Partial<Record<K, string>>;
  /** The one message that belongs to no field (or null). */
  general: string | null;
  /** The fields with a message, in the form's order: the summary's links. */
  issueKeys: K[];
  /** Whether the summary is shown at all. */
  failed: boolean;
  summaryRef: React.RefObject<HTMLDivElement | null>;
  /**
   * Sorts a failed answer into field messages and a general message; `local`
   * adds the form's own checks (e.g. a number it could not read).
   */
  show(result: { issues?: FieldIssue[]; message?: string }, local?: Partial<Record<K, string>>): void;
}

export function useFormIssues<K extends string>(fieldOrder: readonly K[]): FormIssues<K> {
  const [issues, setIssues] = useState<Partial<Record<K, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);

  // After a failed save, take the user to the summary of what to fix.
  useEffect(() => {
    if (failures > 0) summaryRef.current?.focus();
  }, [failures]);

  function show(result: { issues?: FieldIssue[]; message?: string }, local: Partial<Record<K, string>> = {}) {
    const found: Partial<Record<K, string>> = { ...local };
    const other: string[] = [];
    for (const issue of result.issues ?? []) {
      const key = issue.path.split('.')[0] as K;
      if (fieldOrder.includes(key)) found[key] ??= issue.message;
      else other.push(issue.message);
    }
    setIssues(found);
    // With field messages, a general one is only an extra; without, it is the whole answer.
    setGeneral(Object.keys(found).length ? (other[0] ?? null) : (result.message ?? other[0] ?? null));
    setFailures((n) => n + 1);
  }

  const issueKeys = fieldOrder.filter((k) => issues[k]);
  return { issues, general, issueKeys, failed: issueKeys.length > 0 || general !== null, summaryRef, show };
}
