/**
 * The financing stack of a measure: own funds, funding programmes, partner
 * shares, other. It is saved as a whole (one undo step) and only when the
 * shares add up to the planned cost — within FINANCE_LIMITS.tolerance.
 */
import { FINANCE_LIMITS, FINANCING_SOURCES, type Financing, type FinancingItem, type FinancingSource, type Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import type { MessageKey } from '../messages.ts';
import { inStep } from '../changes/log.ts';
import { measureTitle } from '../fact-sheet/milestones.ts';
import { cents, euroParams, plannedCostOf } from './money.ts';

interface FinancingRow {
  id: string; measure_id: string; source_type: FinancingSource; name: string | null; amount: number;
  programme_id: string | null; programme_name: string | null; note: string | null;
}

const toItem = (r: FinancingRow): FinancingItem => ({
  id: r.id, measureId: r.measure_id, sourceType: r.source_type, name: r.name, amount: r.amount,
  programmeId: r.programme_id, programmeName: r.programme_name, note: r.note,
});

// The schema has no sort column: the stack reads in the order of its sources, then as entered.
const SOURCE_ORDER = `CASE f.source_type ${FINANCING_SOURCES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} END`;

function rowsOf(core: Core, measureId: string): FinancingRow[] {
  return core.raw()
    .prepare(`SELECT f.*, p.name AS programme_name FROM financing_items f LEFT JOIN funding_programmes p ON p.id = f.programme_id
              WHERE f.measure_id = ? ORDER BY ${SOURCE_ORDER}, f.created_at, f.id`)
    .all(measureId) as FinancingRow[];
}

export function listFinancing(core: Core, measureId: string): Financing {
  measureTitle(core, measureId);
  const items = rowsOf(core, measureId).map(toItem);
  const bySource = Object.fromEntries(FINANCING_SOURCES.map((s) => [s, 0])) as Record<FinancingSource, number>;
  for (const i of items) bySource[i.sourceType] += i.amount;
  for (const s of FINANCING_SOURCES) bySource[s] = cents(bySource[s]);
  const total = cents(items.reduce((a, i) => a + i.amount, 0));
  const { plannedCost, plannedFrom } = plannedCostOf(core, measureId);
  const gap = plannedCost === null ? null : cents(plannedCost - total);
  return { measureId, items, total, bySource, plannedCost, plannedFrom, gap, complete: gap !== null && Math.abs(gap) <= FINANCE_LIMITS.tolerance };
}

const refuse = (key: MessageKey, params: Record<string, unknown> = {}, path = 'items') => new CoreError('invalid_input', key, params, [{ path, key }]);

/** Refuses a stack whose shares do not add up to the planned cost; an empty stack means "not planned yet". */
function checkSum(core: Core, measureId: string, items: Parsed<'saveFinancing'>['items']): void {
  if (items.length === 0) return;
  const { plannedCost } = plannedCostOf(core, measureId);
  if (plannedCost === null) throw refuse('financing_no_costs');
  const total = cents(items.reduce((a, i) => a + i.amount, 0));
  const gap = cents(plannedCost - total);
  if (Math.abs(gap) <= FINANCE_LIMITS.tolerance) return;
  const params = { ...euroParams('funded', total), ...euroParams('planned', plannedCost), ...euroParams('gap', Math.abs(gap)) };
  throw refuse(gap > 0 ? 'financing_sum_short' : 'financing_sum_over', params);
}

export function saveFinancing(core: Core, input: Parsed<'saveFinancing'>): Financing {
  const raw = core.raw();
  const title = measureTitle(core, input.measureId);
  const existing = new Map(rowsOf(core, input.measureId).map((r) => [r.id, r]));
  // An id that is not one of this measure's items is not ours to overwrite.
  if (input.items.some((i) => i.id && !existing.has(i.id))) throw notFound();
  const programmeExists = raw.prepare('SELECT 1 FROM funding_programmes WHERE id = ?');
  input.items.forEach((i, n) => {
    if (i.programmeId && !programmeExists.get(i.programmeId)) throw refuse('financing_programme_unknown', {}, `items.${n}.programmeId`);
  });
  checkSum(core, input.measureId, input.items);

  const now = core.clock.now();
  const kept = new Set(input.items.flatMap((i) => (i.id ? [i.id] : [])));
  inStep(core, { action: 'update', entity: 'financingItem', title }, (step) => {
    for (const id of existing.keys()) {
      if (!kept.has(id)) step.track('financingItem', id, 'delete', () => raw.prepare('DELETE FROM financing_items WHERE id = ?').run(id));
    }
    for (const i of input.items) {
      const before = i.id ? existing.get(i.id) : undefined;
      if (before) {
        const same = before.source_type === i.sourceType && before.name === i.name && before.amount === i.amount && before.programme_id === i.programmeId && before.note === i.note;
        if (same) continue;
        step.track('financingItem', before.id, 'update', () =>
          raw.prepare('UPDATE financing_items SET source_type = ?, name = ?, amount = ?, programme_id = ?, note = ?, updated_at = ? WHERE id = ?')
            .run(i.sourceType, i.name, i.amount, i.programmeId, i.note, now, before.id),
        );
      } else {
        const id = core.clock.newId();
        step.track('financingItem', id, 'create', () =>
          raw.prepare('INSERT INTO financing_items (id, measure_id, source_type, name, amount, programme_id, note, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
            .run(id, input.measureId, i.sourceType, i.name, i.amount, i.programmeId, i.note, 'local', now, now),
        );
      }
    }
  });
  return listFinancing(core, input.measureId);
}
