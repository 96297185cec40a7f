/**
 * The financing overview of the agenda (council edition only): planned cost
 * per year (investive/consumptive), financing per source and planned cost per
 * field of action, summed over the agenda's measures.
 */
import { FINANCING_SOURCES, type DocBlock, type FinancingSource } from '../../api/index.ts';
import type { AgendaData } from './gather.ts';
import { euro, makeTable, right, type Ctx } from './assemble-util.ts';

export interface YearCost {
  year: number;
  planInvestive: number;
  planConsumptive: number;
}

const cents = (v: number) => Math.round(v * 100) / 100;

export function costsByYear(data: AgendaData): YearCost[] {
  const years = new Map<number, YearCost>();
  for (const d of data.details.values()) {
    for (const y of d.costs?.years ?? []) {
      const row = years.get(y.year) ?? { year: y.year, planInvestive: 0, planConsumptive: 0 };
      row.planInvestive = cents(row.planInvestive + y.planInvestive);
      row.planConsumptive = cents(row.planConsumptive + y.planConsumptive);
      years.set(y.year, row);
    }
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

export function financeBlocks(data: AgendaData, ctx: Ctx): DocBlock[] {
  const { w } = ctx;
  const years = costsByYear(data);
  if (years.length === 0) return [{ kind: 'paragraph', text: w.placeholder.financing, note: true }];
  const e = (v: number) => euro(v, ctx);
  const sum = (f: (y: YearCost) => number) => years.reduce((a, y) => a + f(y), 0);
  const blocks: DocBlock[] = [{ kind: 'paragraph', text: w.financingNote }];
  blocks.push({ kind: 'table', table: makeTable(
    [w.col.year, right(w.col.investive), right(w.col.consumptive), right(w.col.total)],
    years.map((y) => [String(y.year), e(y.planInvestive), e(y.planConsumptive), e(y.planInvestive + y.planConsumptive)]),
    { caption: w.costsCaption, footer: [w.col.total, e(sum((y) => y.planInvestive)), e(sum((y) => y.planConsumptive)), e(sum((y) => y.planInvestive + y.planConsumptive))] },
  ) });

  const bySource = Object.fromEntries(FINANCING_SOURCES.map((s) => [s, 0])) as Record<FinancingSource, number>;
  for (const d of data.details.values()) for (const s of FINANCING_SOURCES) bySource[s] += d.financing?.bySource[s] ?? 0;
  const financed = FINANCING_SOURCES.reduce((a, s) => a + bySource[s], 0);
  if (financed > 0) {
    const share = (v: number) => `${new Intl.NumberFormat(ctx.lang === 'de' ? 'de-DE' : 'en-GB', { maximumFractionDigits: 1 }).format((v / financed) * 100)} %`;
    blocks.push({ kind: 'table', table: makeTable(
      [w.col.financingSource, right(w.col.amount), right(w.col.share)],
      FINANCING_SOURCES.filter((s) => bySource[s] > 0).map((s) => [w.source[s], e(bySource[s]), share(bySource[s])]),
      { caption: w.sourcesCaption, footer: [w.col.total, e(financed), '100 %'] },
    ) });
  }

  const byField = new Map<string, number>();
  for (const m of data.measures) {
    const plan = data.details.get(m.id)?.costs?.total.plan ?? 0;
    if (plan <= 0) continue;
    const name = m.fieldName ?? w.section.noField;
    byField.set(name, cents((byField.get(name) ?? 0) + plan));
  }
  if (byField.size > 0) {
    blocks.push({ kind: 'table', table: makeTable(
      [w.col.field, right(w.col.total)],
      [...byField.entries()].map(([name, v]) => [name, e(v)]),
      { caption: w.byFieldCaption, footer: [w.col.total, e([...byField.values()].reduce((a, b) => a + b, 0))] },
    ) });
  }
  return blocks;
}
