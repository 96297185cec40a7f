/**
 * Reads the live agenda (the working draft) from the tables into the
 * `AgendaContent` shape that versions freeze and the export reads.
 * Read-only; imports api/ and core/ only.
 */
import type { AgendaContent, AgendaField, AgendaGoal, AgendaIndicator, AgendaMeasure, StartingFigure } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { notFound } from '../errors.ts';

export interface AgendaRow {
  id: string; title: string; period_from: number; period_to: number; vision: string | null; principles: string;
  starting_position: string | null; starting_figures: string; field_ids: string; implementation: string | null;
  origin: string; created_at: string; updated_at: string;
}

interface GoalRow {
  id: string; parent_id: string | null; kind: AgendaGoal['kind']; title: string; description: string | null;
  field_id: string | null; field_name: string | null;
}

interface IndicatorRow {
  id: string; goal_id: string | null; measure_id: string | null; name: string; description: string | null; unit: string;
  level: AgendaIndicator['level']; baseline: number | null; baseline_on: string | null; target: number | null;
  target_on: string | null; source: string | null; owner: string | null;
}

interface LinkRow {
  goal_id: string; id: string; title: string; field_id: string | null; field_name: string | null; phase: AgendaMeasure['phase'];
  priority: AgendaMeasure['priority']; start: string | null; end: string | null; lead_unit: string | null;
}

/** JSON columns are written only by us, but a damaged value must not break reading the agenda. */
export function parseList<T>(json: string): T[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? (v as T[]) : [];
  } catch {
    return [];
  }
}

export function agendaRow(core: Core, agendaId: string): AgendaRow {
  const row = core.raw().prepare('SELECT * FROM agendas WHERE id = ?').get(agendaId) as AgendaRow | undefined;
  if (!row) throw notFound();
  return row;
}

function indicatorsOf(core: Core, agendaId: string): AgendaIndicator[] {
  const raw = core.raw();
  const rows = raw.prepare('SELECT * FROM agenda_indicators WHERE agenda_id = ? ORDER BY sort_order, created_at, id').all(agendaId) as IndicatorRow[];
  const measurements = raw.prepare(
    `SELECT m.id, m.indicator_id, m.measured_on, m.value, m.note FROM agenda_measurements m
     JOIN agenda_indicators i ON i.id = m.indicator_id WHERE i.agenda_id = ? ORDER BY m.measured_on, m.id`,
  ).all(agendaId) as { id: string; indicator_id: string; measured_on: string; value: number; note: string | null }[];
  return rows.map((r) => ({
    id: r.id, goalId: r.goal_id, measureId: r.measure_id, name: r.name, description: r.description, unit: r.unit, level: r.level,
    baseline: r.baseline, baselineOn: r.baseline_on, target: r.target, targetOn: r.target_on, source: r.source, owner: r.owner,
    measurements: measurements.filter((m) => m.indicator_id === r.id).map((m) => ({ id: m.id, measuredOn: m.measured_on, value: m.value, note: m.note })),
  }));
}

/** The content of the live draft of an agenda. */
export function liveContent(core: Core, agendaId: string): AgendaContent {
  const raw = core.raw();
  const a = agendaRow(core, agendaId);
  const fieldIds = parseList<string>(a.field_ids);
  const allFields = raw.prepare('SELECT id, name, color FROM fields').all() as AgendaField[];
  const fields = fieldIds.map((id) => allFields.find((f) => f.id === id)).filter((f): f is AgendaField => !!f);
  const indicators = indicatorsOf(core, agendaId);
  const goalRows = raw.prepare(
    `SELECT g.id, g.parent_id, g.kind, g.title, g.description, g.field_id, f.name AS field_name FROM agenda_goals g
     LEFT JOIN fields f ON f.id = g.field_id WHERE g.agenda_id = ? ORDER BY g.sort_order, g.created_at, g.id`,
  ).all(agendaId) as GoalRow[];
  const links = raw.prepare(
    `SELECT l.goal_id, m.id, m.title, m.field_id, f.name AS field_name, m.phase, m.priority, m.start, m."end", m.lead_unit
     FROM agenda_goal_measures l JOIN agenda_goals g ON g.id = l.goal_id JOIN measures m ON m.id = l.measure_id
     LEFT JOIN fields f ON f.id = m.field_id WHERE g.agenda_id = ? ORDER BY l.sort_order, l.created_at, l.id`,
  ).all(agendaId) as LinkRow[];
  const goal = (r: GoalRow): AgendaGoal => ({
    id: r.id, parentId: r.parent_id, kind: r.kind, title: r.title, description: r.description, fieldId: r.field_id, fieldName: r.field_name,
    measures: links.filter((l) => l.goal_id === r.id).map((l) => ({
      id: l.id, title: l.title, fieldId: l.field_id, fieldName: l.field_name, phase: l.phase, priority: l.priority,
      start: l.start, end: l.end, leadUnit: l.lead_unit, indicators: indicators.filter((i) => i.measureId === l.id),
    })),
    indicators: indicators.filter((i) => i.goalId === r.id),
    children: [],
  });
  const strategic = goalRows.filter((g) => g.parent_id === null).map(goal);
  for (const s of strategic) s.children = goalRows.filter((g) => g.parent_id === s.id).map(goal);
  return {
    title: a.title, periodFrom: a.period_from, periodTo: a.period_to, vision: a.vision, principles: parseList<string>(a.principles),
    startingPosition: a.starting_position, startingFigures: parseList<StartingFigure>(a.starting_figures), fields,
    goals: strategic, implementation: a.implementation,
  };
}

/** Every goal of a content, strategic goals before their children, in reading order. */
export function flatGoals(content: AgendaContent): AgendaGoal[] {
  return content.goals.flatMap((g) => [g, ...g.children]);
}
