/**
 * Each measure's total and rank with the stored weights — the figures of the
 * ranking page (rankRows) — for sorting the portfolio table by score or rank
 * and for one measure's scoring panel, kept up to date write by write.
 *
 * Computing them afresh reads every score (60,000 on a large Kreis); after a
 * single save that is wasted work. So the connection tells us what a write
 * touched: TEMP triggers (they live in this connection only, never in the
 * file) call back into JavaScript with the measure of every score or measure
 * row inserted, changed or deleted, whatever code path wrote it — a save,
 * an import, an undo. Only those measures are read again; a change to the
 * scoring model recomputes everything. Marking too much (a write that is
 * then rolled back) costs a re-read, never a wrong figure.
 */
import type { Database } from 'better-sqlite3';
import type { Core } from '../core.ts';
import { statement } from '../statements.ts';
import { listCriteria } from './model.ts';
import { cents, germanTitleOrder, inRankingOrder, scaleLcm, totalOf, type Standing } from './ranking.ts';

export interface Place {
  total: number | null;
  rank: number | null;
}

/** A measure's standing, with its title for the German title order of equal totals. */
type TitledStanding = Standing & { title: string };

interface Kept {
  /** Measures written since the last answer; EVERYTHING after a change to the criteria. */
  touched: Set<string>;
  lcm: number;
  weightCents: number;
  standings: Map<string, TitledStanding>;
  titleOrder: Map<string, number>;
  places: Map<string, Place>;
}

/** Not a measure id (ids are UUIDs): stands for "the scoring model changed". */
const EVERYTHING = '*';
const keptByDb = new WeakMap<Database, Kept>();

/** Points of summarise() per measure (see ranking.ts): cents of weight × good steps × lcm / scale, whole numbers. */
const STANDINGS_SQL = (where: string) => `SELECT m.id, m.title, m.must_legal + m.must_critical + m.must_political AS must,
    CASE WHEN m.must_legal THEN m.must_legal_deadline END AS deadline, t.scored, t.points
  FROM measures m LEFT JOIN (
    SELECT s.measure_id, count(*) AS scored,
      sum(CAST(round(c.weight * 100) AS INTEGER) * (CASE WHEN c.direction = 'cost' THEN c.scale_max - s.score ELSE s.score END) * (@lcm / c.scale_max)) AS points
    FROM measure_scores s JOIN scoring_criteria c ON c.id = s.criterion_id
    ${where.replace('{id}', 's.measure_id')}
    GROUP BY s.measure_id
  ) t ON t.measure_id = m.id
  ${where.replace('{id}', 'm.id')}`;
const ALL = STANDINGS_SQL('');
const SOME = STANDINGS_SQL('WHERE {id} IN (SELECT value FROM json_each(@ids))');

interface StandingRow { id: string; title: string; must: number; deadline: string | null; scored: number | null; points: number | null }
const toStanding = (r: StandingRow, { lcm, weightCents }: Kept): TitledStanding => ({
  measureId: r.id, title: r.title, must: r.must ? [r.must] : [], mustLegalDeadline: r.deadline, scored: r.scored ?? 0,
  total: totalOf(r.points ?? 0, r.scored ?? 0, lcm, weightCents),
});

/** Per table and event, the measures a written row touches. */
const TRIGGERS: [table: string, event: 'INSERT' | 'UPDATE' | 'DELETE', touches: string[]][] = [
  ['measure_scores', 'INSERT', ['NEW.measure_id']], ['measure_scores', 'UPDATE', ['OLD.measure_id', 'NEW.measure_id']], ['measure_scores', 'DELETE', ['OLD.measure_id']],
  ['measures', 'INSERT', ['NEW.id']], ['measures', 'UPDATE', ['OLD.id', 'NEW.id']], ['measures', 'DELETE', ['OLD.id']],
  ['scoring_criteria', 'INSERT', [`'${EVERYTHING}'`]], ['scoring_criteria', 'UPDATE', [`'${EVERYTHING}'`]], ['scoring_criteria', 'DELETE', [`'${EVERYTHING}'`]],
];

/** Starts watching this connection's writes: a JS function and the TEMP triggers that call it. */
function watch(raw: Database): Set<string> {
  const touched = new Set<string>([EVERYTHING]);
  raw.function('cdo_ranking_touched', { deterministic: false }, (id: unknown) => {
    touched.add(String(id));
    return null;
  });
  for (const [table, event, touches] of TRIGGERS) {
    const calls = touches.map((t) => `cdo_ranking_touched(${t})`).join(', ');
    raw.exec(`CREATE TEMP TRIGGER IF NOT EXISTS cdo_ranking_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table} BEGIN SELECT ${calls}; END`);
  }
  return touched;
}

export function rankingPlaces(core: Core): Map<string, Place> {
  const raw = core.raw();
  let kept = keptByDb.get(raw);
  if (!kept) {
    kept = { touched: watch(raw), lcm: 1, weightCents: 0, standings: new Map(), titleOrder: new Map(), places: new Map() };
    keptByDb.set(raw, kept);
  }
  if (kept.touched.size === 0) return kept.places;
  const touched = [...kept.touched];
  kept.touched.clear();
  let titlesMoved = false;
  if (touched.includes(EVERYTHING)) {
    const criteria = listCriteria(core);
    kept.lcm = scaleLcm(criteria);
    kept.weightCents = criteria.reduce((a, c) => a + cents(c.weight), 0);
    kept.standings = new Map((statement(raw, ALL).all({ lcm: kept.lcm }) as StandingRow[]).map((r) => [r.id, toStanding(r, kept)]));
    titlesMoved = true;
  } else {
    const fresh = new Map((statement(raw, SOME).all({ lcm: kept.lcm, ids: JSON.stringify(touched) }) as StandingRow[]).map((r) => [r.id, toStanding(r, kept)]));
    for (const id of touched) {
      const now = fresh.get(id);
      if (kept.standings.get(id)?.title !== now?.title) titlesMoved = true;
      if (now) kept.standings.set(id, now);
      else kept.standings.delete(id);
    }
  }
  const all = [...kept.standings.values()];
  if (titlesMoved) kept.titleOrder = germanTitleOrder(all.map((s) => ({ id: s.measureId, title: s.title })));
  const { ordered, ranked } = inRankingOrder(all, kept.titleOrder);
  kept.places = new Map(ordered.map((s, i) => [s.measureId, { total: s.total, rank: i < ranked ? i + 1 : null }]));
  return kept.places;
}
