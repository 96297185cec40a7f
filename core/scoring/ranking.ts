/**
 * The ranking: must criteria first, then the weighted total of the scores.
 * The math is pure (rankRows) so the sensitivity view can rerun it with other
 * weights without touching the store.
 */
import { MUST_REASONS, type Criterion, type MustReason, type Parsed, type Ranking, type RankingRow, type ScoreSummary } from '../../api/index.ts';
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

/** The must criteria a measure row has ticked, in their fixed order. */
export const mustReasonsOf = (row: { must_legal: number; must_critical: number; must_political: number }): MustReason[] =>
  MUST_REASONS.filter((reason) => row[`must_${reason}`]);

export function loadRankingData(core: Core): RankingData {
  const raw = core.raw();
  const rows = raw.prepare(
    `SELECT m.id, m.title, m.field_id, f.name AS field_name, m.phase, m.priority, m.budget, m.must_legal, m.must_legal_deadline, m.must_critical, m.must_political
     FROM measures m LEFT JOIN fields f ON f.id = m.field_id`,
  ).all() as MeasureRow[];
  const measures = rows.map((r): RankedMeasure => ({
    id: r.id, title: r.title, fieldId: r.field_id, fieldName: r.field_name, phase: r.phase, priority: r.priority, budget: r.budget,
    must: mustReasonsOf(r),
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
  const order = germanTitleOrder(measures);
  titleOrderByDb.set(core.raw(), { titles, order });
  return order;
}

/** Measure id → its place when sorted by title in German order (then by id, so equal titles keep one order). */
export function germanTitleOrder(measures: { id: string; title: string }[]): Map<string, number> {
  const sorted = [...measures].sort((a, b) => compareGerman(a.title, b.title) || a.id.localeCompare(b.id));
  return new Map(sorted.map((m, i) => [m.id, i]));
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Totals are summed in whole numbers so that every path agrees to the last
 * digit: the ranking here in JavaScript, and the grouped SQL that sorts the
 * portfolio table by score (places.ts). Summing fractions such as 3/5 in
 * floating point depends on the order of the addends (and SQLite's sum()
 * compensates its errors, JavaScript does not), which could move a total
 * across a rounding edge. So a score counts as points: the weight in
 * hundredths of a percent (weights are stored with two decimals) times the
 * score's "good" in units of 1/lcm of all scales — a whole number. Only the
 * final division is fractional, and it is the same in both places.
 */
export const cents = (weight: number) => Math.round(weight * 100);
const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
export const scaleLcm = (criteria: Criterion[]) => criteria.reduce((l, c) => (l * c.scaleMax) / gcd(l, c.scaleMax), 1);
/** A score's "good" (inverted for cost criteria) in units of 1/scaleMax. */
const goodSteps = (c: Criterion, score: number) => (c.direction === 'cost' ? c.scaleMax - score : score);
/** The total 0..100 from the summed points; null when nothing is scored. */
export const totalOf = (points: number, scored: number, lcm: number, weightCents: number) => (scored === 0 ? null : weightCents > 0 ? round2((100 * points) / (lcm * weightCents)) : 0);

/**
 * Each score normalised to 0..1 by its scale (inverted for cost criteria),
 * times its share of the weights, summed to 0..100. An unscored criterion adds
 * nothing, so a half-scored measure cannot outrank by leaving out its weak spots.
 */
export function summarise(criteria: Criterion[], weights: Record<string, number>, scores: Map<string, number> | undefined): ScoreSummary {
  const lcm = scaleLcm(criteria);
  const weightCents = criteria.reduce((a, c) => a + cents(weights[c.id] ?? 0), 0);
  let points = 0;
  let scored = 0;
  const axis = { value: { sum: 0, weight: 0 }, effort: { sum: 0, weight: 0 } };
  for (const c of criteria) {
    const s = scores?.get(c.id);
    if (s === undefined) continue;
    scored += 1;
    const w = weights[c.id] ?? 0;
    points += cents(w) * goodSteps(c, s) * (lcm / c.scaleMax);
    const good = goodSteps(c, s) / c.scaleMax;
    // The effort axis measures how much effort (or risk) there is, so it is read the other way round.
    axis[c.axis].sum += w * (c.axis === 'effort' ? 1 - good : good);
    axis[c.axis].weight += w;
  }
  const sub = (a: { sum: number; weight: number }) => (a.weight > 0 ? round2((a.sum / a.weight) * 100) : null);
  return { total: totalOf(points, scored, lcm, weightCents), value: sub(axis.value), effort: sub(axis.effort), scored, criteriaCount: criteria.length };
}

/** What decides a measure's place: its must criteria, the legal deadline, the total and whether anything is scored. */
export type Standing = Pick<RankingRow, 'measureId' | 'mustLegalDeadline' | 'total' | 'scored'> & { must: readonly unknown[] };

/**
 * Must measures first (earliest legal deadline, then score), then by score;
 * unscored last and without a rank. Equal totals go by German title order.
 * Answers the standings in ranking order and how many of them hold a rank.
 */
export function inRankingOrder<T extends Standing>(rows: T[], titleOrder: Map<string, number>): { ordered: T[]; ranked: number } {
  // Each row's keys are looked up once (a 10,000-row sort compares 130,000 times): the
  // comparisons then see only numbers and ISO dates, which sort as plain strings.
  const keyed = rows.map((row) => {
    const must = row.must.length > 0;
    return {
      row,
      group: must ? 0 : row.scored > 0 ? 1 : 2,
      deadline: must ? (row.mustLegalDeadline ?? '9999-12-31') : '',
      total: row.total ?? -1,
      title: titleOrder.get(row.measureId)!,
    };
  });
  keyed.sort((a, b) => a.group - b.group || (a.deadline < b.deadline ? -1 : a.deadline > b.deadline ? 1 : 0) || b.total - a.total || a.title - b.title);
  return { ordered: keyed.map((k) => k.row), ranked: keyed.filter((k) => k.group < 2).length };
}

/** The ranking with the given weights, from data loaded once (the sensitivity view reruns it with other weights). */
export function rankRows(data: RankingData, weights: Record<string, number>): RankingRow[] {
  const rows = data.measures.map((m): RankingRow => ({
    measureId: m.id, title: m.title, fieldId: m.fieldId, fieldName: m.fieldName, phase: m.phase, priority: m.priority, budget: m.budget,
    must: m.must, mustLegalDeadline: m.mustLegalDeadline, rank: null,
    ...summarise(data.criteria, weights, data.scores.get(m.id)),
  }));
  const { ordered, ranked } = inRankingOrder(rows, data.titleOrder);
  ordered.slice(0, ranked).forEach((r, i) => (r.rank = i + 1));
  return ordered;
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
