/**
 * What a DigiCheck can be about: the org units (indented under their parent)
 * and the fields of action. One select holds both; its value says which.
 */
import type { Field, OrgUnit } from '../../../api/index.ts';

export interface UnitChoice { value: string; label: string; name: string }

export const unitValue = (kind: 'orgUnit' | 'field', id: string): string => `${kind === 'orgUnit' ? 'o' : 'f'}:${id}`;

/** The select's value as the API's two fields. */
export function unitFields(value: string): { orgUnitId: string | null; fieldId: string | null } {
  if (value.startsWith('o:')) return { orgUnitId: value.slice(2), fieldId: null };
  if (value.startsWith('f:')) return { orgUnitId: null, fieldId: value.slice(2) };
  return { orgUnitId: null, fieldId: null };
}

export function orgUnitChoices(units: OrgUnit[]): UnitChoice[] {
  // Non-breaking spaces: a select option shows the depth only through its text.
  return units.map((u) => ({ value: unitValue('orgUnit', u.id), label: `${'\u00a0\u00a0\u00a0'.repeat(u.depth)}${u.name}`, name: u.name }));
}

export function fieldChoices(fields: Field[]): UnitChoice[] {
  return fields.map((f) => ({ value: unitValue('field', f.id), label: f.name, name: f.name }));
}
