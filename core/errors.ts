import type { ErrorCode } from '../api/index.ts';
import type { MessageKey } from './messages.ts';
import { StoreError, type StoreProblem } from '../db/index.ts';

/** A failure a handler means to report: code for programs, message key for people. */
export class CoreError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: Record<string, unknown> = {},
    readonly issues?: { path: string; key: MessageKey }[],
  ) {
    super(key);
    this.name = 'CoreError';
  }
}

const STORE_CODES: Record<StoreProblem, [ErrorCode, MessageKey]> = {
  missing: ['not_found', 'store_missing'],
  not_sqlite: ['workspace_invalid', 'store_not_sqlite'],
  not_workspace: ['workspace_invalid', 'store_not_workspace'],
  newer: ['workspace_newer', 'store_newer'],
  damaged: ['workspace_damaged', 'store_damaged'],
  locked: ['workspace_locked', 'store_locked'],
  read_only: ['read_only', 'store_read_only'],
  folder: ['workspace_invalid', 'store_folder'],
};

export function fromStoreError(err: StoreError): CoreError {
  const [code, key] = STORE_CODES[err.problem];
  return new CoreError(code, key, err.info);
}

/**
 * A write the disk refused, as a clear message instead of "internal error":
 * SQLite's codes (SQLITE_FULL, SQLITE_READONLY*, SQLITE_IOERR* — a file made
 * read-only or immutable under an open workspace fails as an I/O error) and
 * Node's ENOSPC/EDQUOT from file writes (backups, registry). SQLite has rolled
 * the transaction back by then, so "nothing changed" is true. Null for other errors.
 */
export function fromWriteFailure(err: unknown): CoreError | null {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return new CoreError('storage_full', 'store_full');
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_IOERR')) return new CoreError('read_only', 'store_write_failed');
  return null;
}

export const notFound = () => new CoreError('not_found', 'not_found');
