/**
 * AgendaSnapshot + measures + money → AgendaDocument: decides every word of
 * the exported agenda, in the order a council member reads it. Pure: reads
 * only the gathered data. The public edition drops costs and personal names;
 * an empty agenda still gives a useful document with placeholders.
 */
import type { AgendaDocument, AgendaGoal, AgendaIndicator, AgendaMeasure, DocBlock, DocSection, ExportAudience, ExportSection } from '../../api/index.ts';
import { chartBlocks } from './assemble-charts.ts';
import { factSheetSections } from './assemble-fact-sheets.ts';
import { financeBlocks } from './assemble-finance.ts';
import { dateText, makeTable, num, periodText, right, type Ctx } from './assemble-util.ts';
import { allGoals, uniqueMeasures, type AgendaData } from './gather.ts';
import { WORDS, fill } from './words.ts';

export interface AssembleOptions {
  sections: ExportSection[];
  audience: ExportAudience;
  lang: 'de' | 'en';
}

const note = (text: string): DocBlock => ({ kind: 'paragraph', text, note: true });
const para = (text: string | null, placeholder: string): DocBlock => (text?.trim() ? { kind: 'paragraph', text } : note(placeholder));

function visionSections(data: AgendaData, ctx: Ctx): DocSection[] {
  const s = data.snapshot;
  return [
    { level: 1, heading: ctx.w.section.vision, blocks: [para(s.vision, ctx.w.placeholder.vision)] },
    { level: 2, heading: ctx.w.section.principles, blocks: [s.principles.length ? { kind: 'list', items: s.principles } : note(ctx.w.placeholder.principles)] },
  ];
}

function situationSection(data: AgendaData, ctx: Ctx): DocSection {
  const s = data.snapshot;
  const { col } = ctx.w;
  const blocks: DocBlock[] = [para(s.startingPosition, ctx.w.placeholder.situation)];
  if (s.startingFigures.length > 0) {
    blocks.push({ kind: 'table', table: makeTable(
      [col.figure, right(col.value), col.sourceOf],
      s.startingFigures.map((f) => [f.label, [f.value, f.unit].filter(Boolean).join(' '), f.source ?? '']),
    ) });
  }
  return { level: 1, heading: ctx.w.section.situation, blocks };
}

function measureTable(measures: AgendaMeasure[], ctx: Ctx): DocBlock {
  const { col } = ctx.w;
  if (measures.length === 0) return note(ctx.w.placeholder.measures);
  return { kind: 'table', table: makeTable(
    [col.measure, col.phase, col.period, col.lead],
    measures.map((m) => [m.title, ctx.w.phase[m.phase], periodText(m.start, m.end, ctx.lang), m.leadUnit ?? '']),
    { caption: col.measures },
  ) };
}

function indicatorTable(indicators: AgendaIndicator[], ctx: Ctx): DocBlock[] {
  if (indicators.length === 0) return [];
  const { col } = ctx.w;
  const value = (v: number | null, unit: string) => (v === null ? '–' : `${num(v, ctx)} ${unit}`);
  return [{ kind: 'table', table: makeTable(
    [col.indicator, col.level, right(col.baseline), right(col.target), col.targetOn, right(col.latest)],
    indicators.map((i) => {
      const latest = i.measurements.at(-1);
      return [i.name, ctx.w.level[i.level], value(i.baseline, i.unit), value(i.target, i.unit), dateText(i.targetOn, ctx.lang), latest ? value(latest.value, i.unit) : '–'];
    }),
    { caption: col.indicators },
  ) }];
}

function goalSection(goal: AgendaGoal, ctx: Ctx): DocSection {
  const blocks: DocBlock[] = [];
  if (goal.description) blocks.push({ kind: 'paragraph', text: goal.description });
  if (goal.children.length > 0) {
    blocks.push({ kind: 'paragraph', text: `${ctx.w.goalKind.operational}:` });
    blocks.push({ kind: 'list', items: goal.children.map((c) => (c.description ? `${c.title}: ${c.description}` : c.title)) });
  }
  blocks.push(measureTable(uniqueMeasures([goal]), ctx));
  blocks.push(...indicatorTable([...allGoals([goal]).flatMap((g) => g.indicators), ...uniqueMeasures([goal]).flatMap((m) => m.indicators)], ctx));
  return { level: 3, heading: goal.title, blocks };
}

function fieldSections(data: AgendaData, ctx: Ctx): DocSection[] {
  const { fields, goals } = data.snapshot;
  const out: DocSection[] = [{ level: 1, heading: ctx.w.section.fields, blocks: fields.length || goals.length ? [] : [note(ctx.w.placeholder.fields)] }];
  const known = new Set(fields.map((f) => f.id));
  for (const f of fields) {
    const own = goals.filter((g) => g.fieldId === f.id);
    out.push({ level: 2, heading: f.name, blocks: own.length ? [] : [note(ctx.w.placeholder.goalEmpty)] });
    out.push(...own.map((g) => goalSection(g, ctx)));
  }
  const rest = goals.filter((g) => !g.fieldId || !known.has(g.fieldId));
  if (rest.length > 0) {
    out.push({ level: 2, heading: ctx.w.section.noField, blocks: [] });
    out.push(...rest.map((g) => goalSection(g, ctx)));
  }
  return out;
}

function laneOrder(data: AgendaData, name: string): number {
  const i = data.snapshot.fields.findIndex((f) => f.name === name);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

function roadmapSections(data: AgendaData, ctx: Ctx): DocSection[] {
  const { col, section } = ctx.w;
  const dated = data.measures.filter((m) => m.start && m.end).sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.title.localeCompare(b.title));
  const undated = data.measures.filter((m) => !m.start || !m.end);
  const milestones = (m: AgendaMeasure) => (data.details.get(m.id)?.milestones ?? [])
    .map((ms) => [ms.title, dateText(ms.done ? (ms.actualOn ?? ms.plannedOn) : ms.plannedOn, ctx.lang)].filter(Boolean).join(' '))
    .join('; ');
  // One table per field of action (the lanes of the roadmap), in the agenda's order of fields.
  const lanes = [...new Set(dated.map((m) => m.fieldName ?? section.noField))]
    .sort((a, b) => laneOrder(data, a) - laneOrder(data, b));
  const blocks: DocBlock[] = lanes.map((lane) => ({ kind: 'table', table: makeTable(
    [col.measure, col.start, col.end, col.milestones],
    dated.filter((m) => (m.fieldName ?? section.noField) === lane).map((m) => [m.title, dateText(m.start, ctx.lang), dateText(m.end, ctx.lang), milestones(m)]),
    { caption: lane },
  ) }));
  const out: DocSection[] = [{ level: 1, heading: section.roadmap, blocks: blocks.length ? blocks : [note(ctx.w.placeholder.roadmap)] }];
  if (undated.length > 0) {
    const missing = (m: AgendaMeasure) => ctx.w.missing[!m.start && !m.end ? 'both' : !m.start ? 'start' : 'end'];
    out.push({ level: 2, heading: section.undated, blocks: [{ kind: 'table', table: makeTable(
      [col.measure, col.field, col.phase, col.missing],
      undated.map((m) => [m.title, m.fieldName ?? '', ctx.w.phase[m.phase], missing(m)]),
    ) }] });
  }
  if (data.snapshot.implementation?.trim()) {
    out.push({ level: 2, heading: section.implementation, blocks: [{ kind: 'paragraph', text: data.snapshot.implementation }] });
  }
  return out;
}

function versionLine(data: AgendaData, ctx: Ctx): string {
  const v = data.snapshot.version;
  if (!v) return ctx.w.noVersion;
  const head = fill(ctx.w.version, { n: v.number, status: ctx.w.status[v.status] });
  const label = v.label ? ` (${v.label})` : '';
  const adopted = v.status === 'adopted' && v.councilBody && v.decidedOn
    ? ` · ${fill(ctx.w.adopted, { body: v.councilBody, date: dateText(v.decidedOn, ctx.lang), number: v.decisionNumber ?? '' })}` : '';
  return `${head}${label}${adopted}`;
}

export function assembleDocument(data: AgendaData, options: AssembleOptions): AgendaDocument {
  const w = WORDS[options.lang];
  const ctx: Ctx = { lang: options.lang, w, isPublic: options.audience === 'public' };
  const wanted = new Set(options.sections);
  const s = data.snapshot;
  const sections: DocSection[] = [];
  if (wanted.has('vision')) sections.push(...visionSections(data, ctx));
  if (wanted.has('situation')) sections.push(situationSection(data, ctx));
  if (wanted.has('fields')) sections.push(...fieldSections(data, ctx));
  if (wanted.has('roadmap')) sections.push(...roadmapSections(data, ctx));
  if (wanted.has('financing') && !ctx.isPublic) sections.push({ level: 1, heading: w.section.financing, blocks: financeBlocks(data, ctx) });
  if (wanted.has('charts')) {
    const charts = chartBlocks(data, ctx);
    sections.push({ level: 1, heading: w.section.charts, blocks: charts.length ? charts : [note(w.placeholder.charts)] });
  }
  if (wanted.has('factSheets')) {
    const sheets = factSheetSections(data, ctx);
    sections.push({ level: 1, heading: w.section.factSheets, blocks: sheets.length ? [] : [note(w.placeholder.factSheets)] }, ...sheets);
  }
  return {
    lang: options.lang,
    title: s.title,
    subtitle: fill(w.period, { from: s.periodFrom, to: s.periodTo }),
    municipality: data.municipality,
    version: versionLine(data, ctx),
    date: fill(w.asOf, { date: dateText(data.today, ctx.lang) }),
    audience: w.audience[options.audience],
    labels: { contents: w.contents, pageOf: w.pageOf, chart: w.chartLabel },
    sections,
  };
}
