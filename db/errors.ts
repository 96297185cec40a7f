/** Why a workspace file cannot be opened, as data the core turns into a message. */
export type StoreProblem =
  | 'not_sqlite'
  | 'not_workspace'
  | 'newer'
  | 'damaged'
  | 'locked'
  | 'read_only'
  | 'missing'
  | 'folder';

export class StoreError extends Error {
  constructor(
    readonly problem: StoreProblem,
    message: string,
    readonly info: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
