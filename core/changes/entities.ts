import type { EntityName } from '../../api/index.ts';

/** Tables whose rows are logged and undoable, by entity name. */
export const ENTITY_TABLES: Record<EntityName, string> = {
  measure: 'measures',
  field: 'fields',
};

export type Row = Record<string, unknown>;
