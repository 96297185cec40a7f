/**
 * The fit summary of one value proposition, computed from its items and fit
 * links (pure: no store access). Which tasks, problems and benefits are
 * answered by what, the uncovered ones first (most important first), and
 * which of our items answer nothing yet.
 */
import { THEIR_KINDS, isOurKind, type TheirKind, type ValueCount, type ValueFit, type ValueFitSummary, type ValueItem, type ValueItemRef } from '../../api/index.ts';

const refOf = (i: ValueItem): ValueItemRef => ({ id: i.id, kind: i.kind, text: i.text, rank: i.rank });

/** Problems before benefits before tasks when two items are equally important: pains weigh most. */
const KIND_WEIGHT: Record<TheirKind, number> = { problem: 0, benefit: 1, task: 2 };

export function fitSummary(items: ValueItem[], fits: ValueFit[]): ValueFitSummary {
  const byId = new Map(items.map((i) => [i.id, i]));
  const answers = new Map<string, ValueItemRef[]>();
  const used = new Set<string>();
  for (const f of fits) {
    const ours = byId.get(f.ourItemId);
    if (!ours) continue;
    answers.set(f.theirItemId, [...(answers.get(f.theirItemId) ?? []), refOf(ours)]);
    used.add(f.ourItemId);
  }
  const theirs = items.filter((i) => !isOurKind(i.kind));
  const counts = Object.fromEntries(THEIR_KINDS.map((k) => {
    const list = theirs.filter((i) => i.kind === k);
    return [k, { covered: list.filter((i) => answers.has(i.id)).length, total: list.length }];
  })) as Record<TheirKind, ValueCount>;
  const rows = theirs
    .map((i) => ({ item: refOf(i), coveredBy: (answers.get(i.id) ?? []).sort((a, b) => a.rank - b.rank) }))
    .sort((a, b) =>
      Number(a.coveredBy.length > 0) - Number(b.coveredBy.length > 0)
      || a.item.rank - b.item.rank
      || KIND_WEIGHT[a.item.kind as TheirKind] - KIND_WEIGHT[b.item.kind as TheirKind]);
  const unused = items.filter((i) => isOurKind(i.kind) && !used.has(i.id)).map(refOf);
  return { counts, rows, unused };
}
