/**
 * The charts of the exported agenda, as data with their tables: measures per
 * field and per phase, planned cost per year (council only) and the course
 * of each indicator that has at least two values.
 */
import { PHASES, type AgendaIndicator, type DocBlock, type DocChart } from '../../api/index.ts';
import type { AgendaData } from './gather.ts';
import { allGoals } from './gather.ts';
import { costsByYear } from './assemble-finance.ts';
import { dateText, euro, makeTable, num, right, type Ctx } from './assemble-util.ts';
import { fill } from './words.ts';

/** At most this many indicator charts, so the document stays readable. */
export const MAX_INDICATOR_CHARTS = 8;

function chartBlock(chart: DocChart, firstColumn: string, format: (v: number) => string): DocBlock {
  const table = makeTable(
    [firstColumn, ...chart.series.map((s) => right(s.name))],
    chart.categories.map((c, i) => [c, ...chart.series.map((s) => (Number.isFinite(s.values[i]) ? format(s.values[i] as number) : '–'))]),
  );
  return { kind: 'chart', chart, table };
}

function topOf(categories: string[], values: number[]): { top: string; max: number } {
  let best = 0;
  values.forEach((v, i) => { if (v > (values[best] ?? 0)) best = i; });
  return { top: categories[best] ?? '', max: values[best] ?? 0 };
}

function countCharts(data: AgendaData, ctx: Ctx): DocBlock[] {
  const measures = data.measures;
  if (measures.length === 0) return [];
  const noField = ctx.w.section.noField;
  const fields = [...new Set(measures.map((m) => m.fieldName ?? noField))];
  const perField = fields.map((f) => measures.filter((m) => (m.fieldName ?? noField) === f).length);
  const phases = PHASES.filter((p) => measures.some((m) => m.phase === p));
  const perPhase = phases.map((p) => measures.filter((m) => m.phase === p).length);
  const phaseNames = phases.map((p) => ctx.w.phase[p]);
  const series = ctx.w.chart.measures;
  const byField: DocChart = {
    kind: 'bar', title: ctx.w.chart.byField, unit: ctx.w.col.count, categories: fields, series: [{ name: series, values: perField }],
    summary: fill(ctx.w.chart.byFieldSummary, { count: measures.length, fields: fields.length, ...topOf(fields, perField) }),
  };
  const byPhase: DocChart = {
    kind: 'bar', title: ctx.w.chart.byPhase, unit: ctx.w.col.count, categories: phaseNames, series: [{ name: series, values: perPhase }],
    summary: fill(ctx.w.chart.byPhaseSummary, { count: measures.length, ...topOf(phaseNames, perPhase) }),
  };
  const n = (v: number) => num(v, ctx);
  return [chartBlock(byField, ctx.w.col.field, n), chartBlock(byPhase, ctx.w.col.phase, n), ...runningChart(data, ctx)];
}

/** How many measures run in each year of the agenda's period: the roadmap at a glance. */
function runningChart(data: AgendaData, ctx: Ctx): DocBlock[] {
  const { periodFrom, periodTo } = data.snapshot;
  const years = Array.from({ length: Math.max(0, periodTo - periodFrom + 1) }, (_, i) => periodFrom + i);
  const dated = data.measures.filter((m) => m.start && m.end);
  if (years.length === 0 || dated.length === 0) return [];
  const running = years.map((y) => dated.filter((m) => (m.start as string) <= `${y}-12-31` && (m.end as string) >= `${y}-01-01`).length);
  const chart: DocChart = {
    kind: 'bar', title: ctx.w.chart.running, unit: ctx.w.col.count, categories: years.map(String),
    series: [{ name: ctx.w.chart.measures, values: running }],
    summary: fill(ctx.w.chart.runningSummary, { from: periodFrom, to: periodTo, ...topOf(years.map(String), running) }),
  };
  return [chartBlock(chart, ctx.w.col.year, (v) => num(v, ctx))];
}

function costChart(data: AgendaData, ctx: Ctx): DocBlock[] {
  const years = costsByYear(data);
  if (ctx.isPublic || years.length === 0) return [];
  const total = years.reduce((a, y) => a + y.planInvestive + y.planConsumptive, 0);
  const chart: DocChart = {
    kind: 'bar', title: ctx.w.chart.costs, unit: ctx.w.chart.euro, categories: years.map((y) => String(y.year)),
    series: [{ name: ctx.w.col.investive, values: years.map((y) => y.planInvestive) }, { name: ctx.w.col.consumptive, values: years.map((y) => y.planConsumptive) }],
    summary: fill(ctx.w.chart.costsSummary, { from: years[0]?.year ?? '', to: years.at(-1)?.year ?? '', total: euro(total, ctx) }),
  };
  return [chartBlock(chart, ctx.w.col.year, (v) => euro(v, ctx))];
}

function indicatorPoints(i: AgendaIndicator): { on: string; value: number }[] {
  const points = i.measurements.map((m) => ({ on: m.measuredOn, value: m.value }));
  if (i.baseline !== null && i.baselineOn && !points.some((p) => p.on === i.baselineOn)) points.unshift({ on: i.baselineOn, value: i.baseline });
  return points.sort((a, b) => a.on.localeCompare(b.on));
}

function indicatorCharts(data: AgendaData, ctx: Ctx): DocBlock[] {
  const indicators = [
    ...allGoals(data.snapshot.goals).flatMap((g) => g.indicators),
    ...data.measures.flatMap((m) => m.indicators),
  ].filter((i) => indicatorPoints(i).length >= 2).slice(0, MAX_INDICATOR_CHARTS);
  return indicators.map((i) => {
    const points = indicatorPoints(i);
    const first = points[0] as { on: string; value: number };
    const last = points.at(-1) as { on: string; value: number };
    const unit = (v: number) => `${num(v, ctx)} ${i.unit}`;
    const series = [{ name: ctx.w.chart.measured, values: points.map((p) => p.value) }];
    if (i.target !== null) series.push({ name: ctx.w.chart.targetSeries, values: points.map(() => i.target as number) });
    const chart: DocChart = {
      kind: 'line', title: fill(ctx.w.chart.indicator, { name: i.name }), unit: i.unit,
      categories: points.map((p) => dateText(p.on, ctx.lang)),
      series,
      summary: fill(ctx.w.chart.indicatorSummary, {
        first: unit(first.value), firstOn: dateText(first.on, ctx.lang), last: unit(last.value), lastOn: dateText(last.on, ctx.lang),
        target: i.target !== null ? fill(ctx.w.chart.targetPart, { target: unit(i.target) }) : '',
      }),
    };
    return chartBlock(chart, ctx.w.col.date, (v) => num(v, ctx));
  });
}

export function chartBlocks(data: AgendaData, ctx: Ctx): DocBlock[] {
  return [...countCharts(data, ctx), ...costChart(data, ctx), ...indicatorCharts(data, ctx)];
}
