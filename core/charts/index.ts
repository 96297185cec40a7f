/**
 * core/charts/: read-only data for the portfolio charts (value vs effort,
 * phase funnel, budget by year, milestone timeline, funding share over time,
 * traffic-light matrix). Sums and counts are done
 * in SQL here so the renderer only draws. Imports api/ and core/ only; writes nothing.
 */
export { valueEffortChart } from './value-effort.ts';
export { phaseFunnel } from './phase-funnel.ts';
export { budgetByYear } from './budget-by-year.ts';
export { milestoneTimeline } from './milestone-timeline.ts';
export { fundingShare } from './funding-share.ts';
export { statusMatrix } from './status-matrix.ts';
