/**
 * The partial strategy as a document model (the agenda export's
 * AgendaDocument), so the agenda's renderers write it as DOCX, ODT, PDF,
 * HTML or Markdown without a line of their own: title page, summary, the
 * workshop and its three narratives, Ist/Soll per dimension as a chart with
 * its table, the recommendations per year and the cost overview.
 */
import type { AgendaDocument, CostRange, DigicheckAssessment, DocBlock, DocChart, DocSection, PartialStrategy, StrategyYearPlan } from '../../api/index.ts';
import { dateText, makeTable, right } from '../agenda-export/assemble-util.ts';
import { formatEuro, formatNumber } from '../agenda-export/format.ts';
import { fill } from '../agenda-export/words.ts';
import { STRATEGY_WORDS, type StrategyWords } from './words.ts';

export interface StrategyDocumentInput {
  strategy: PartialStrategy;
  assessment: DigicheckAssessment;
  municipality: string;
  today: string;
  lang: 'de' | 'en';
}

/** "10.000 €", "10.000–20.000 €", or "–" for nothing; the € stays on the line of its amount (no-break space). */
export function rangeText(r: CostRange | { min: number | null; max: number | null }, lang: 'de' | 'en'): string {
  if (r.min === null || r.max === null || (r.min === 0 && r.max === 0)) return STRATEGY_WORDS[lang].none;
  const euro = (v: number) => formatEuro(v, lang).replace(/\s€$/, '\u00a0€');
  if (r.min === r.max) return euro(r.max);
  return `${euro(r.min).replace(/\s€$/, '')}–${euro(r.max)}`;
}

const fteText = (n: number | null, w: StrategyWords, lang: 'de' | 'en') => (n ? fill(w.staffValue, { fte: formatNumber(n, lang) }) : w.none);

export function strategyTitle(s: PartialStrategy, lang: 'de' | 'en'): string {
  return fill(STRATEGY_WORDS[lang].title, { unit: s.unitName, from: s.firstYear, to: s.lastYear });
}

function summary(s: PartialStrategy, w: StrategyWords, lang: 'de' | 'en'): DocSection {
  const t = s.totals;
  const blocks: DocBlock[] = t.count === 0
    ? [{ kind: 'paragraph', text: w.summaryEmpty }]
    : [
      { kind: 'paragraph', text: fill(w.summary, { count: t.count, from: s.firstYear, to: s.lastYear, threeYears: rangeText(t.threeYears, lang), after: rangeText(t.yearlyAfter, lang) }) },
      { kind: 'facts', items: [
        { label: w.fact.count, value: String(t.count) },
        { label: w.fact.oneOff, value: rangeText(t.oneOff, lang) },
        { label: fill(w.fact.after, { year: s.lastYear }), value: rangeText(t.yearlyAfter, lang) },
        { label: w.fact.threeYears, value: rangeText(t.threeYears, lang) },
        { label: w.fact.staff, value: fteText(t.staff, w, lang) },
      ] },
      { kind: 'paragraph', text: w.recurring, note: true },
    ];
  return { level: 1, heading: w.section.summary, blocks };
}

function workshop(a: DigicheckAssessment, w: StrategyWords, lang: 'de' | 'en'): DocSection[] {
  const facts = [
    { label: w.fact.unit, value: a.unit.name },
    { label: w.fact.heldOn, value: dateText(a.heldOn, lang) },
    ...(a.participants ? [{ label: w.fact.participants, value: a.participants }] : []),
    { label: w.fact.catalogue, value: fill(w.fact.catalogueVersion, { name: a.catalogueName, version: a.catalogueVersion }) },
  ];
  const narrative = (heading: string, text: string | null): DocSection => ({
    level: 2, heading, blocks: [text ? { kind: 'paragraph', text } : { kind: 'paragraph', text: w.noNarrative, note: true }],
  });
  return [
    { level: 1, heading: w.section.workshop, blocks: [{ kind: 'facts', items: facts }] },
    narrative(w.section.startingPosition, a.startingPosition),
    narrative(w.section.needForChange, a.needForChange),
    narrative(w.section.itChallenges, a.itChallenges),
  ];
}

/** Ist and Soll per dimension as grouped bars (the document renderers draw bars and lines, not radars) with the table beside. */
function result(a: DigicheckAssessment, w: StrategyWords, lang: 'de' | 'en'): DocSection {
  const scored = a.dimensions.filter((d) => d.ist !== null || d.soll !== null);
  if (scored.length === 0) return { level: 1, heading: w.section.result, blocks: [{ kind: 'paragraph', text: w.noScores }] };
  const n = (v: number | null) => (v === null ? w.none : formatNumber(v, lang));
  const gapOf = (d: (typeof scored)[number]) => (d.ist !== null && d.soll !== null ? d.soll - d.ist : null);
  const widest = scored.reduce((best, d) => ((gapOf(d) ?? -Infinity) > (gapOf(best) ?? -Infinity) ? d : best), scored[0]!);
  const chart: DocChart = {
    kind: 'bar', title: w.chart.title, unit: w.chart.unit, categories: scored.map((d) => d.name),
    series: [{ name: w.col.ist, values: scored.map((d) => d.ist ?? Number.NaN) }, { name: w.col.soll, values: scored.map((d) => d.soll ?? Number.NaN) }],
    summary: fill(w.chart.summary, { dimension: widest.name, gap: n(gapOf(widest)), ist: n(a.ist), soll: n(a.soll) }),
  };
  const table = makeTable(
    [w.col.dimension, right(w.col.ist), right(w.col.soll), right(w.col.gap)],
    scored.map((d) => [d.name, n(d.ist), n(d.soll), n(gapOf(d))]),
  );
  return { level: 1, heading: w.section.result, blocks: [{ kind: 'chart', chart, table }] };
}

function yearSection(y: StrategyYearPlan, w: StrategyWords, lang: 'de' | 'en'): DocSection {
  const heading = fill(w.section.year, { year: y.year, calendarYear: y.calendarYear });
  if (y.recommendations.length === 0) return { level: 2, heading, blocks: [{ kind: 'paragraph', text: w.noRecommendations }] };
  const table = makeTable(
    [w.col.recommendation, w.col.priority, w.col.dimension, right(w.col.oneOff), right(w.col.yearly), right(w.col.staff)],
    y.recommendations.map((r) => [
      r.title, w.priority[r.priority], r.dimensionName ?? w.none,
      rangeText({ min: r.oneOffMin, max: r.oneOffMax }, lang), rangeText({ min: r.yearlyMin, max: r.yearlyMax }, lang),
      r.staffFte ? formatNumber(r.staffFte, lang) : w.none,
    ]),
    { footer: [w.col.total, '', '', rangeText(y.oneOff, lang), rangeText(y.yearlyNew, lang), y.staffNew ? formatNumber(y.staffNew, lang) : w.none] },
  );
  const details = y.recommendations.flatMap((r) => {
    const parts = [
      r.description,
      r.staffNote,
      r.ideaTitle ? fill(w.became.idea, { title: r.ideaTitle }) : null,
      r.measureTitle ? fill(w.became.measure, { title: r.measureTitle }) : null,
    ].filter(Boolean);
    return parts.length ? [{ label: r.title, value: parts.join('\n') }] : [];
  });
  return { level: 2, heading, blocks: [{ kind: 'table', table }, ...(details.length ? [{ kind: 'facts' as const, items: details }] : [])] };
}

function costs(s: PartialStrategy, w: StrategyWords, lang: 'de' | 'en'): DocSection {
  const table = makeTable(
    [w.col.year, right(w.col.oneOff), right(w.col.yearlyNew), right(w.col.yearlyRunning), right(w.col.total), right(w.col.staff)],
    s.years.map((y) => [
      String(y.calendarYear), rangeText(y.oneOff, lang), rangeText(y.yearlyNew, lang), rangeText(y.yearlyRunning, lang),
      rangeText(y.total, lang), y.staffRunning ? formatNumber(y.staffRunning, lang) : w.none,
    ]),
    { footer: [w.col.all, rangeText(s.totals.oneOff, lang), '', '', rangeText(s.totals.threeYears, lang), s.totals.staff ? formatNumber(s.totals.staff, lang) : w.none] },
  );
  return { level: 1, heading: w.section.costs, blocks: [{ kind: 'table', table }, { kind: 'paragraph', text: w.recurring, note: true }] };
}

export function strategyDocument({ strategy: s, assessment: a, municipality, today, lang }: StrategyDocumentInput): AgendaDocument {
  const w = STRATEGY_WORDS[lang];
  return {
    lang,
    title: strategyTitle(s, lang),
    subtitle: fill(w.period, { from: s.firstYear, to: s.lastYear }),
    municipality,
    version: fill(w.basis, { assessment: a.title, date: dateText(a.heldOn, lang) }),
    date: fill(w.asOf, { date: dateText(today, lang) }),
    audience: fill(w.unitLine, { unit: a.unit.name }),
    labels: w.labels,
    sections: [
      summary(s, w, lang),
      ...workshop(a, w, lang),
      result(a, w, lang),
      { level: 1, heading: w.section.recommendations, blocks: [] },
      ...s.years.map((y) => yearSection(y, w, lang)),
      costs(s, w, lang),
    ],
  };
}
