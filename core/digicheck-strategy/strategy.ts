/**
 * The 3-year partial strategy of a DigiCheck: its recommendations per year
 * with cost sums. Yearly costs recur from the year they start: a yearly cost
 * from year 1 is due in years 1, 2 and 3, so the three-year total counts it
 * three times. Staff added in a year stays in the following years.
 */
import { PRIORITIES, STRATEGY_YEARS, type CostRange, type PartialStrategy, type Priority, type Recommendation, type StrategyYearPlan } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { getAssessment } from '../digicheck/read.ts';
import { firstYearOf, listRecommendations } from './recommendations.ts';

const ZERO: CostRange = { min: 0, max: 0 };
const add = (a: CostRange, b: CostRange): CostRange => ({ min: a.min + b.min, max: a.max + b.max });
const sum = (ranges: CostRange[]): CostRange => ranges.reduce(add, ZERO);
const oneOffOf = (r: Recommendation): CostRange => ({ min: r.oneOffMin ?? 0, max: r.oneOffMax ?? 0 });
const yearlyOf = (r: Recommendation): CostRange => ({ min: r.yearlyMin ?? 0, max: r.yearlyMax ?? 0 });
/** Staff in VZÄ, rounded to hundredths so 0.1 + 0.2 reads 0.3. */
const fte = (n: number) => Math.round(n * 100) / 100;

/** The plan of each year from a list of recommendations (pure: also used for the document). */
export function planYears(recommendations: Recommendation[], firstYear: number): StrategyYearPlan[] {
  let running = ZERO;
  let staff = 0;
  return STRATEGY_YEARS.map((year) => {
    const mine = recommendations.filter((r) => r.year === year);
    const yearlyNew = sum(mine.map(yearlyOf));
    running = add(running, yearlyNew);
    const oneOff = sum(mine.map(oneOffOf));
    const staffNew = fte(mine.reduce((n, r) => n + (r.staffFte ?? 0), 0));
    staff = fte(staff + staffNew);
    const priorities = Object.fromEntries(PRIORITIES.map((p) => [p, mine.filter((r) => r.priority === p).length])) as Record<Priority, number>;
    return {
      year, calendarYear: firstYear + year - 1, recommendations: mine,
      oneOff, yearlyNew, yearlyRunning: running, total: add(oneOff, running),
      staffNew, staffRunning: staff, priorities,
    };
  });
}

export function totalsOf(years: StrategyYearPlan[]): PartialStrategy['totals'] {
  const last = years[years.length - 1];
  return {
    oneOff: sum(years.map((y) => y.oneOff)),
    yearlyAfter: last ? last.yearlyRunning : ZERO,
    threeYears: sum(years.map((y) => y.total)),
    staff: last ? last.staffRunning : 0,
    count: years.reduce((n, y) => n + y.recommendations.length, 0),
  };
}

export function getPartialStrategy(core: Core, assessmentId: string): PartialStrategy {
  const recommendations = listRecommendations(core, assessmentId);
  const a = getAssessment(core, assessmentId);
  const firstYear = firstYearOf(a.heldOn);
  const years = planYears(recommendations, firstYear);
  return {
    assessmentId, assessmentTitle: a.title, unitName: a.unit.name, heldOn: a.heldOn,
    firstYear, lastYear: firstYear + STRATEGY_YEARS.length - 1, years, totals: totalsOf(years),
  };
}
