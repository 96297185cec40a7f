/**
 * Cost items of a measure: one row per year, kind (investive/consumptive),
 * recurrence and category, with plan and actual. Totals per year and overall.
 */
import type { CostItem, CostItemList, CostYear, MoneySplit, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { notFound } from '../errors.ts';
import { inStep, readRow } from '../changes/log.ts';
import { measureTitle } from '../fact-sheet/milestones.ts';
import { cents, emptySplit } from './money.ts';

interface CostRow {
  id: string; measure_id: string; year: number; kind: CostItem['kind']; recurrence: CostItem['recurrence'];
  category: string | null; plan: number; actual: number | null; note: string | null;
}

const toCostItem = (r: CostRow): CostItem => ({
  id: r.id, measureId: r.measure_id, year: r.year, kind: r.kind, recurrence: r.recurrence,
  category: r.category, plan: r.plan, actual: r.actual, note: r.note,
});

/** Adds one item to a running split (actual: missing counts 0). */
export function addTo(split: MoneySplit, kind: CostItem['kind'], plan: number, actual: number | null): void {
  const inv = kind === 'investive';
  split[inv ? 'planInvestive' : 'planConsumptive'] += plan;
  split[inv ? 'actualInvestive' : 'actualConsumptive'] += actual ?? 0;
  split.plan += plan;
  split.actual += actual ?? 0;
}

function rounded<T extends MoneySplit>(s: T): T {
  return { ...s, planInvestive: cents(s.planInvestive), planConsumptive: cents(s.planConsumptive), plan: cents(s.plan), actualInvestive: cents(s.actualInvestive), actualConsumptive: cents(s.actualConsumptive), actual: cents(s.actual) };
}

export function listCostItems(core: Core, measureId: string): CostItemList {
  measureTitle(core, measureId);
  const rows = core.raw()
    .prepare("SELECT * FROM cost_items WHERE measure_id = ? ORDER BY year, kind = 'consumptive', category IS NULL, category, created_at, id")
    .all(measureId) as CostRow[];
  const years = new Map<number, CostYear>();
  const total = emptySplit();
  for (const r of rows) {
    let y = years.get(r.year);
    if (!y) years.set(r.year, (y = { year: r.year, ...emptySplit() }));
    addTo(y, r.kind, r.plan, r.actual);
    addTo(total, r.kind, r.plan, r.actual);
  }
  return { measureId, items: rows.map(toCostItem), years: [...years.values()].map(rounded), total: rounded(total) };
}

const labelOf = (category: string | null, measure: string, year: number) => `${category ?? measure} ${year}`;

export function saveCostItem(core: Core, input: Parsed<'saveCostItem'>): CostItem {
  const raw = core.raw();
  const measure = measureTitle(core, input.measureId);
  const existing = input.id ? (readRow(core, 'costItem', input.id) as CostRow | null) : null;
  // A cost item stays with its measure: another measure's id is not one of ours.
  if (input.id && (!existing || existing.measure_id !== input.measureId)) throw notFound();
  const now = core.clock.now();
  const id = input.id ?? core.clock.newId();
  const action = existing ? 'update' : 'create';
  inStep(core, { action, entity: 'costItem', title: labelOf(input.category, measure, input.year) }, (step) =>
    step.track('costItem', id, action, () => {
      if (existing) {
        raw.prepare('UPDATE cost_items SET year = ?, kind = ?, recurrence = ?, category = ?, plan = ?, actual = ?, note = ?, updated_at = ? WHERE id = ?')
          .run(input.year, input.kind, input.recurrence, input.category, input.plan, input.actual, input.note, now, id);
      } else {
        raw.prepare('INSERT INTO cost_items (id, measure_id, year, kind, recurrence, category, plan, actual, note, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(id, input.measureId, input.year, input.kind, input.recurrence, input.category, input.plan, input.actual, input.note, 'local', now, now);
      }
    }),
  );
  return toCostItem(readRow(core, 'costItem', id) as unknown as CostRow);
}

export function deleteCostItem(core: Core, id: string): null {
  const row = readRow(core, 'costItem', id) as CostRow | null;
  if (!row) throw notFound();
  const measure = measureTitle(core, row.measure_id);
  inStep(core, { action: 'delete', entity: 'costItem', title: labelOf(row.category, measure, row.year) }, (step) =>
    step.track('costItem', id, 'delete', () => core.raw().prepare('DELETE FROM cost_items WHERE id = ?').run(id)),
  );
  return null;
}
