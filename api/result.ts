/**
 * Results and errors as data: every call across a boundary (IPC, HTTP, worker)
 * answers a Result. Imports nothing.
 */

export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'no_workspace',
  'workspace_invalid',
  'workspace_newer',
  'workspace_damaged',
  'workspace_locked',
  'read_only',
  'storage_full',
  'unknown_method',
  'unauthorized',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One offending field: `path` is the dotted field path, `message` is ready to show. */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  details?: { issues?: FieldIssue[]; [key: string]: unknown };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, details?: ApiError['details']): Result<never> => ({
  ok: false,
  error: details ? { code, message, details } : { code, message },
});
