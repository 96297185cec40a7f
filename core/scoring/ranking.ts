/**
 * The ranking: must criteria first, then the weighted total of the scores.
 * The math is pure (rankRows) so the sensitivity view can rerun it with other
 * weights without touching the store.
 */
import type { Criterion, MustReason, Parsed, Ranking, RankingRow, ScoreSummary } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError } from '../errors.ts';
import { listCriteria } from './model.ts';
import { compareGerman } from '../collate.ts';

export interface RankedMeasure {
  id: string; title: string; fieldId: string | null; fieldName: string | null;
  phase: RankingRow['phase']; priority: RankingRow['priority']; budget: number | null;
  must: MustReason[]; mustLegalDeadline: string | null;
}

export interface RankingData {
  criteria: Criterion[];
  measures: RankedMeasure[];
  /** measure id → criterion id → score */
  scores: Map<string, Map<string, number>>;
  /** measure id → its place when sorted by title (German order), the tie-breaker of equal totals. */
  titleOrder: Map<string, number>;
}

interface MeasureRow {
  id: string; title: string; field_id: string | null; field_name: string | null; phase: RankingRow['phase']; priority: RankingRow['priority'];
  budget: number | null; must_legal: number; must_legal_deadline: string | null; must_critical: number; must_political: number;
}

export function loadRankingData(core: Core): RankingData {
  const raw = core.raw();
  const rows = raw.prepare(
    `SELECT m.id, m.title, m.field_id, f.name AS field_name, m.phase, m.priority, m.budget, m.must_legal, m.must_legal_deadline, m.must_critical, m.must_political
     FROM measures m LEFT JOIN fields f ON f.id = m.field_id`,
  ).all() as MeasureRow[];
  const measures = rows.map((r): RankedMeasure => ({
    id: r.id, title: r.title, fieldId: r.field_id, fieldName: r.field_name, phase: r.phase, priority: r.priority, budget: r.budget,
    must: [r.must_legal ? 'legal' : null, r.must_critical ? 'critical' : null, r.must_political ? 'political' : null].filter((m): m is MustReason => m !== null),
    mustLegalDeadline: r.must_legal ? r.must_legal_deadline : null,
  }));
  // One row per measure with its scores as a JSON object: on a large Kreis (60,000 scores) a third of the time of a row per score.
  const grouped = raw.prepare('SELECT measure_id, json_group_object(criterion_id, score) AS scores FROM measure_scores GROUP BY measure_id').all() as { measure_id: string; scores: string }[];
  const scores = new Map(grouped.map((g) => [g.measure_id, new Map(Object.entries(JSON.parse(g.scores) as Record<string, number>))]));
  return { criteria: listCriteria(core), measures, scores, titleOrder: titleOrderOf(core, measures) };
}

/**
 * Titles in German order, kept per open database while no title changes. On a
 * 1–5 scale a large portfolio has few distinct totals (92 among 10,000 measures
 * on the Kreis bench), so ties are the rule: comparing titles with the collator
 * inside the ranking sort was most of its time. A score change keeps the order.
 */
const titleOrderByDb = new WeakMap<object, { titles: string; order: Map<string, number> }>();
function titleOrderOf(core: Core, measures: RankedMeasure[]): Map<string, number> {
  const titles = measures.map((m) => `${m.id}\u0001${m.title}`).join('\u0000');
  const kept = titleOrderByDb.get(core.raw());
  if (kept?.titles === titles) return kept.order;
  const sorted = [...measures].sort((a, b) => compareGerman(a.title, b.title) || a.id.localeCompare(b.id));
  const order = new Map(sorted.map((m, i) => [m.id, i]));
  titleOrderByDb.set(core.raw(), { titles, order });
  return order;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Each score normalised to 0..1 by its scale (inverted for cost criteria),
 * times its share of the weights, summed to 0..100. An unscored criterion adds
 * nothing, so a half-scored measure cannot outrank by leaving out its weak spots.
 */
export function summarise(criteria: Criterion[], weights: Record<string, number>, scores: Map<string, number> | undefined): ScoreSummary {
  const weightSum = criteria.reduce((a, c) => a + (weights[c.id] ?? 0), 0);
  let total = 0;
  let scored = 0;
  const axis = { value: { sum: 0, weight: 0 }, effort: { sum: 0, weight: 0 } };
  for (const c of criteria) {
    const s = scores?.get(c.id);
    if (s === undefined) continue;
    scored += 1;
    const w = weights[c.id] ?? 0;
    const level = s / c.scaleMax;
    const good = c.direction === 'cost' ? 1 - level : level;
    if (weightSum > 0) total += (w / weightSum) * good * 100;
    // The effort axis measures how much effort (or risk) there is, so it is read the other way round.
    axis[c.axis].sum += w * (c.axis === 'effort' ? 1 - good : good);
    axis[c.axis].weight += w;
  }
  const sub = (a: { sum: number; weight: number }) => (a.weight > 0 ? round2((a.sum / a.weight) * 100) : null);
  return { total: scored ? round2(total) : null, value: sub(axis.value), effort: sub(axis.effort), scored, criteriaCount: criteria.length };
}

const byTotal = (a: RankingRow, b: RankingRow) => (b.total ?? -1) - (a.total ?? -1);

/** Must measures first (earliest legal deadline, then score), then by score; unscored last and without a rank. */
export function rankRows(data: RankingData, weights: Record<string, number>): RankingRow[] {
  const byTitle = (a: RankingRow, b: RankingRow) => data.titleOrder.get(a.measureId)! - data.titleOrder.get(b.measureId)!;
  const rows = data.measures.map((m): RankingRow => ({
    measureId: m.id, title: m.title, fieldId: m.fieldId, fieldName: m.fieldName, phase: m.phase, priority: m.priority, budget: m.budget,
    must: m.must, mustLegalDeadline: m.mustLegalDeadline, rank: null,
    ...summarise(data.criteria, weights, data.scores.get(m.id)),
  }));
  const must = rows.filter((r) => r.must.length > 0).sort((a, b) => {
    const da = a.mustLegalDeadline ?? '9999-12-31';
    const db = b.mustLegalDeadline ?? '9999-12-31';
    return da.localeCompare(db) || byTotal(a, b) || byTitle(a, b);
  });
  const scored = rows.filter((r) => r.must.length === 0 && r.scored > 0).sort((a, b) => byTotal(a, b) || byTitle(a, b));
  const unscored = rows.filter((r) => r.must.length === 0 && r.scored === 0).sort(byTitle);
  [...must, ...scored].forEach((r, i) => (r.rank = i + 1));
  return [...must, ...scored, ...unscored];
}

/** Stored weights, with any override from the input; an unknown criterion is refused. */
export function resolveWeights(criteria: Criterion[], override: Record<string, number> | undefined): Record<string, number> {
  const weights = Object.fromEntries(criteria.map((c) => [c.id, c.weight]));
  for (const [id, w] of Object.entries(override ?? {})) {
    if (!Object.hasOwn(weights, id)) throw new CoreError('invalid_input', 'criterion_unknown', {}, [{ path: `weights.${id}`, key: 'criterion_unknown' }]);
    weights[id] = w;
  }
  return weights;
}

export function getRanking(core: Core, input: Parsed<'getRanking'>): Ranking {
  const data = loadRankingData(core);
  const weights = resolveWeights(data.criteria, input.weights);
  return { criteria: data.criteria, weights, rows: rankRows(data, weights) };
}
