/**
 * Compares two states of an agenda (two frozen versions, or a version and
 * the live draft): texts, principles, fields, goals, measures, indicators.
 * Goals, measures and indicators keep their ids across versions, so they
 * are matched by id and a renamed goal shows as changed, not removed + added.
 */
import type { AgendaContent, AgendaDiff, AgendaGoal, AgendaIndicator, FieldChange, ItemChange, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { flatGoals } from './content.ts';
import { agendaSnapshot } from './snapshot.ts';

type Flat = Record<string, string | null>;

const num = (n: number | null) => (n === null ? null : String(n));

function changesOf(before: Flat, after: Flat): FieldChange[] {
  return Object.keys(after).filter((f) => before[f] !== after[f]).map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

function diffItems<T>(older: Map<string, { item: T; context: string | null }>, newer: Map<string, { item: T; context: string | null }>,
  title: (t: T) => string, flat: (t: T) => Flat): ItemChange[] {
  const out: ItemChange[] = [];
  for (const [id, n] of newer) {
    const o = older.get(id);
    if (!o) out.push({ change: 'added', id, title: title(n.item), context: n.context, changes: [] });
    else {
      const changes = changesOf(flat(o.item), flat(n.item));
      if (changes.length) out.push({ change: 'changed', id, title: title(n.item), context: n.context, changes });
    }
  }
  for (const [id, o] of older) if (!newer.has(id)) out.push({ change: 'removed', id, title: title(o.item), context: o.context, changes: [] });
  return out;
}

const goalFlat = (g: AgendaGoal): Flat => ({ title: g.title, description: g.description, field: g.fieldName, kind: g.kind });
const indicatorFlat = (i: AgendaIndicator): Flat => ({
  name: i.name, description: i.description, unit: i.unit, level: i.level, baseline: num(i.baseline), baselineOn: i.baselineOn,
  target: num(i.target), targetOn: i.targetOn, source: i.source, owner: i.owner,
});
/** A measure is in an agenda through its goals: it changed when it serves other goals (renaming a goal is the goal's change). */
interface LinkedMeasure { id: string; title: string; goalIds: string[]; goalTitles: string[] }

function measuresOf(c: AgendaContent): Map<string, { item: LinkedMeasure; context: string | null }> {
  const map = new Map<string, { item: LinkedMeasure; context: string | null }>();
  for (const g of flatGoals(c)) {
    for (const m of g.measures) {
      const seen = map.get(m.id);
      if (seen) {
        seen.item.goalIds.push(g.id);
        seen.item.goalTitles.push(g.title);
      } else map.set(m.id, { item: { id: m.id, title: m.title, goalIds: [g.id], goalTitles: [g.title] }, context: g.title });
    }
  }
  return map;
}

function diffMeasures(older: AgendaContent, newer: AgendaContent): ItemChange[] {
  const o = measuresOf(older);
  const n = measuresOf(newer);
  const membership = (m: LinkedMeasure) => [...m.goalIds].sort().join(',');
  const changed = (a: LinkedMeasure, b: LinkedMeasure): FieldChange[] => [
    ...(a.title !== b.title ? [{ field: 'title', before: a.title, after: b.title }] : []),
    ...(membership(a) !== membership(b) ? [{ field: 'goals', before: a.goalTitles.join('; '), after: b.goalTitles.join('; ') }] : []),
  ];
  // diffItems finds the added and removed ones; a change is judged by title and goal membership only.
  return diffItems(o, n, (m) => m.title, () => ({})).filter((i) => i.change !== 'changed')
    .concat([...n].flatMap(([id, x]) => {
      const before = o.get(id);
      const changes = before ? changed(before.item, x.item) : [];
      return changes.length ? [{ change: 'changed' as const, id, title: x.item.title, context: x.context, changes }] : [];
    }));
}

function goalsOf(c: AgendaContent) {
  return new Map(flatGoals(c).map((g) => [g.id, { item: g, context: g.parentId ? c.goals.find((s) => s.id === g.parentId)?.title ?? null : null }]));
}

function indicatorsOf(c: AgendaContent) {
  const map = new Map<string, { item: AgendaIndicator; context: string | null }>();
  for (const g of flatGoals(c)) {
    for (const i of g.indicators) map.set(i.id, { item: i, context: g.title });
    for (const m of g.measures) for (const i of m.indicators) map.set(i.id, { item: i, context: m.title });
  }
  return map;
}

const setDiff = (a: string[], b: string[]) => ({ added: b.filter((x) => !a.includes(x)), removed: a.filter((x) => !b.includes(x)) });

export function diffContents(older: AgendaContent, newer: AgendaContent): Omit<AgendaDiff, 'from' | 'to'> {
  const textFlat = (c: AgendaContent): Flat => ({
    title: c.title, period: `${c.periodFrom}–${c.periodTo}`, vision: c.vision, startingPosition: c.startingPosition,
    startingFigures: c.startingFigures.map((f) => `${f.label}: ${f.value}${f.unit ? ` ${f.unit}` : ''}`).join('\n') || null,
    implementation: c.implementation,
  });
  const texts = changesOf(textFlat(older), textFlat(newer));
  const principles = setDiff(older.principles, newer.principles);
  const fields = setDiff(older.fields.map((f) => f.name), newer.fields.map((f) => f.name));
  const goals = diffItems(goalsOf(older), goalsOf(newer), (g) => g.title, goalFlat);
  const measures = diffMeasures(older, newer);
  const indicators = diffItems(indicatorsOf(older), indicatorsOf(newer), (i) => i.name, indicatorFlat);
  const same = !texts.length && !principles.added.length && !principles.removed.length && !fields.added.length && !fields.removed.length
    && !goals.length && !measures.length && !indicators.length;
  return { texts, principles, fields, goals, measures, indicators, same };
}

export function compareAgendaVersions(core: Core, input: Parsed<'compareAgendaVersions'>): AgendaDiff {
  const older = agendaSnapshot(core, input.agendaId, input.from ?? undefined);
  const newer = agendaSnapshot(core, input.agendaId, input.to ?? undefined);
  const side = (s: typeof older) => ({ number: s.version?.number ?? null, live: s.live, status: s.version?.status ?? null, label: s.version?.label ?? null });
  return { from: side(older), to: side(newer), ...diffContents(older, newer) };
}
