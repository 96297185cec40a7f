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
};

export function fromStoreError(err: StoreError): CoreError {
  const [code, key] = STORE_CODES[err.problem];
  return new CoreError(code, key, err.info);
}

export const notFound = () => new CoreError('not_found', 'not_found');
