import { CoreError } from '../errors.ts';
import type { MessageKey } from '../messages.ts';

/** A pack that cannot be read: always bad input, never a half-done import. */
export class PackError extends CoreError {
  constructor(key: MessageKey, params: Record<string, unknown> = {}) {
    super('invalid_input', key, params);
    this.name = 'PackError';
  }
}
