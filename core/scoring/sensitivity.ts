/**
 * Sensitivity: how the ranking changes when one criterion's weight moves by a
 * few percentage points and the others are rescaled in proportion to keep 100.
 * Nothing is saved.
 */
import type { Criterion, Parsed, RankChange, RankingRow, Sensitivity } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError } from '../errors.ts';
import { loadRankingData, rankRows } from './ranking.ts';

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The weights after moving `criterionId` by `delta` points (within 0..100), the others sharing the rest in proportion. */
export function moveWeight(criteria: Criterion[], criterionId: string, delta: number): Record<string, number> {
  const target = criteria.find((c) => c.id === criterionId);
  const others = criteria.filter((c) => c.id !== criterionId);
  if (!target || others.length === 0) return Object.fromEntries(criteria.map((c) => [c.id, c.weight]));
  const moved = Math.min(100, Math.max(0, target.weight + delta));
  const othersSum = others.reduce((a, c) => a + c.weight, 0);
  const rest = 100 - moved;
  const weights: Record<string, number> = { [target.id]: moved };
  for (const c of others) weights[c.id] = round2(othersSum > 0 ? (c.weight / othersSum) * rest : rest / others.length);
  return weights;
}

export function rankChanges(before: RankingRow[], after: RankingRow[]): RankChange[] {
  const was = new Map(before.map((r) => [r.measureId, r.rank]));
  return after.flatMap((r) => {
    const from = was.get(r.measureId);
    return from != null && r.rank != null && from !== r.rank ? [{ measureId: r.measureId, title: r.title, from, to: r.rank }] : [];
  });
}

export function getSensitivity(core: Core, input: Parsed<'getSensitivity'>): Sensitivity {
  const data = loadRankingData(core);
  const target = data.criteria.find((c) => c.id === input.criterionId);
  if (!target) throw new CoreError('not_found', 'criterion_unknown');
  const baseWeights = Object.fromEntries(data.criteria.map((c) => [c.id, c.weight]));
  const base = rankRows(data, baseWeights);
  return {
    criterionId: target.id,
    baseWeight: target.weight,
    base,
    steps: input.deltas.map((delta) => {
      const weights = moveWeight(data.criteria, target.id, delta);
      const rows = rankRows(data, weights);
      return { delta, weight: weights[target.id]!, weights, rows, changes: rankChanges(base, rows) };
    }),
  };
}
