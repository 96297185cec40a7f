/**
 * The portfolio's lights as Übersicht shows them: counts over every measure
 * and only the few measures the tiles name. The full list (listPortfolioStatus)
 * is megabytes at 10k measures and kept the worker busy for counts.
 */
import { LIGHTS, STATUS_CURRENT_DAYS, type Light, type OverviewLights, type OverviewLightsMeasure, type Parsed, type Phase } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { today } from '../fact-sheet/milestones.ts';
import { currentSince, isStale, LATEST_REPORT_JOIN } from '../status/portfolio.ts';

interface Row {
  measure_id: string;
  title: string;
  phase: Phase;
  overall: Light | null;
  reported_on: string | null;
}

const named = (r: Row): OverviewLightsMeasure => ({ measureId: r.measure_id, title: r.title, overall: r.overall, reportedOn: r.reported_on });

export function overviewLights(core: Core, input: Parsed<'getOverviewLights'>): OverviewLights {
  const day = today(core);
  const since = currentSince(day);
  // Four narrow columns per measure: counting in JS over them costs a few ms at 10k; only `shown` rows leave the worker.
  const rows = core.raw().prepare(
    `SELECT m.id AS measure_id, m.title, m.phase, r.overall, r.reported_on
     FROM measures m
     ${LATEST_REPORT_JOIN}
     ORDER BY m.title COLLATE NOCASE`,
  ).all() as Row[];
  const counts = Object.fromEntries(LIGHTS.map((l) => [l, 0])) as Record<Light, number>;
  const red: Row[] = [];
  const yellow: Row[] = [];
  const stale: Row[] = [];
  let withoutReport = 0;
  for (const r of rows) {
    if (r.overall) counts[r.overall] += 1;
    else withoutReport += 1;
    if (r.overall === 'red') red.push(r);
    else if (r.overall === 'yellow') yellow.push(r);
    if (isStale(r.phase, r.reported_on, since)) stale.push(r);
  }
  return {
    asOf: day,
    currentDays: STATUS_CURRENT_DAYS,
    counts,
    withoutReport,
    attention: red.concat(yellow).slice(0, input.shown).map(named),
    staleCount: stale.length,
    stale: stale.slice(0, input.shown).map(named),
  };
}
