/**
 * Weighted averages of DigiCheck scores: per dimension over its answered
 * questions, overall over the dimensions that have a value. Unanswered
 * questions are left out rather than counted as 0, so a half-filled workshop
 * shows what was said, not an artificial low.
 */

/** Σ(weight·value) / Σ(weight) over the entries with a value; null when none has one (or all weights are 0). */
export function weightedAverage(entries: { weight: number; value: number | null }[]): number | null {
  let sum = 0;
  let weights = 0;
  for (const e of entries) {
    if (e.value === null) continue;
    sum += e.weight * e.value;
    weights += e.weight;
  }
  return weights > 0 ? Math.round((sum / weights) * 100) / 100 : null;
}
