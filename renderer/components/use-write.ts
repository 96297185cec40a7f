/** One write through the API: reloads every view on success, answers the core's message and field issues on failure. */
import { useCallback } from 'react';
import type { FieldIssue, Result } from '../../api/index.ts';
import { useDataVersion } from '../api/index.ts';

export interface WriteFailure {
  message: string;
  issues: FieldIssue[];
}

export function useWrite(): <T>(call: Promise<Result<T>>) => Promise<{ ok: true; value: T } | ({ ok: false } & WriteFailure)> {
  const { bump } = useDataVersion();
  return useCallback(async <T,>(call: Promise<Result<T>>) => {
    const r = await call;
    if (r.ok) {
      bump();
      return { ok: true as const, value: r.value };
    }
    return { ok: false as const, message: r.error.message, issues: r.error.details?.issues ?? [] };
  }, [bump]);
}

/** The first issue message for a field path (or its children: "principles.2"). */
export function issueFor(issues: FieldIssue[], path: string): string | null {
  return issues.find((i) => i.path === path || i.path.startsWith(`${path}.`))?.message ?? null;
}
