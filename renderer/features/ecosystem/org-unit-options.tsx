import type { OrgUnit } from '../../../api/index.ts';

/** The org units as options of a select, in tree order and indented by level like the tree table. */
export function OrgUnitOptions({ units }: { units: Pick<OrgUnit, 'id' | 'name' | 'depth'>[] }) {
  return units.map((u) => <option key={u.id} value={u.id}>{`${'\u00a0\u00a0'.repeat(u.depth)}${u.name}`}</option>);
}
