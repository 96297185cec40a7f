/**
 * The roadmap of an agenda: its linked measures as bars on a timeline, one
 * lane per field of action, with milestones and dependencies. Measures
 * without start or end are listed separately, never dropped. Moving a bar
 * changes the measure's dates as one undo step.
 */
import type { AgendaRoadmap, Parsed, RoadmapBar, RoadmapLane, RoadmapUndated } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { inStep } from '../changes/log.ts';
import { measureTitle } from '../fact-sheet/milestones.ts';
import { agendaRow, parseList } from './content.ts';

interface MeasureRow {
  id: string; title: string; phase: RoadmapBar['phase']; start: string | null; end: string | null; field_id: string | null;
  field_name: string | null; field_color: string | null; field_order: number | null;
}

const NO_FIELD_COLOR = '#6b7280';

export function getAgendaRoadmap(core: Core, agendaId: string): AgendaRoadmap {
  const a = agendaRow(core, agendaId);
  const raw = core.raw();
  const measures = raw.prepare(
    `SELECT DISTINCT m.id, m.title, m.phase, m.start, m."end", m.field_id, f.name AS field_name, f.color AS field_color, f.sort_order AS field_order
     FROM agenda_goal_measures l JOIN agenda_goals g ON g.id = l.goal_id JOIN measures m ON m.id = l.measure_id
     LEFT JOIN fields f ON f.id = m.field_id WHERE g.agenda_id = ? ORDER BY m.start IS NULL, m.start, m.title COLLATE NOCASE`,
  ).all(agendaId) as MeasureRow[];
  const ids = measures.map((m) => m.id);
  const marks = ids.length
    ? (raw.prepare(`SELECT id, measure_id, title, coalesce(actual_on, planned_on) AS "on", done FROM milestones
        WHERE measure_id IN (${ids.map(() => '?').join(',')}) AND coalesce(actual_on, planned_on) IS NOT NULL ORDER BY "on"`).all(...ids) as
        { id: string; measure_id: string; title: string; on: string; done: number }[])
    : [];
  const deps = ids.length
    ? (raw.prepare(`SELECT measure_id AS measureId, depends_on_id AS dependsOnId FROM measure_dependencies
        WHERE measure_id IN (${ids.map(() => '?').join(',')})`).all(...ids) as { measureId: string; dependsOnId: string }[])
    : [];

  // Lanes: the fields in scope in the agenda's order, then other fields of linked measures, then "no field".
  const scope = parseList<string>(a.field_ids);
  const laneKey = (m: MeasureRow) => m.field_id ?? '';
  const lanes = new Map<string, RoadmapLane>();
  const fieldRows = raw.prepare('SELECT id, name, color FROM fields').all() as { id: string; name: string; color: string }[];
  for (const f of scope) {
    const row = fieldRows.find((r) => r.id === f);
    if (row) lanes.set(row.id, { fieldId: row.id, name: row.name, color: row.color, bars: [] });
  }
  const undated: RoadmapUndated[] = [];
  const dated: RoadmapBar[] = [];
  const sorted = [...measures].sort((x, y) => (x.field_order ?? 1e9) - (y.field_order ?? 1e9));
  for (const m of sorted) {
    if (!lanes.has(laneKey(m)) && m.field_id) lanes.set(m.field_id, { fieldId: m.field_id, name: m.field_name ?? '', color: m.field_color ?? NO_FIELD_COLOR, bars: [] });
  }
  for (const m of measures) {
    if (!m.start || !m.end) {
      undated.push({ measureId: m.id, title: m.title, phase: m.phase, fieldName: m.field_name, missing: !m.start && !m.end ? 'both' : !m.start ? 'start' : 'end' });
      continue;
    }
    const bar: RoadmapBar = {
      measureId: m.id, title: m.title, phase: m.phase, start: m.start, end: m.end,
      milestones: marks.filter((x) => x.measure_id === m.id).map((x) => ({ id: x.id, title: x.title, on: x.on, done: x.done === 1 })),
    };
    dated.push(bar);
    if (!lanes.has(laneKey(m))) lanes.set('', { fieldId: null, name: '', color: NO_FIELD_COLOR, bars: [] });
    lanes.get(laneKey(m))!.bars.push(bar);
  }
  const onMap = new Set(dated.map((b) => b.measureId));
  const starts = [`${a.period_from}-01-01`, ...dated.map((b) => b.start), ...dated.flatMap((b) => b.milestones.map((x) => x.on))];
  const ends = [`${a.period_to}-12-31`, ...dated.map((b) => b.end), ...dated.flatMap((b) => b.milestones.map((x) => x.on))];
  return {
    agendaId,
    from: starts.reduce((x, y) => (y < x ? y : x)),
    to: ends.reduce((x, y) => (y > x ? y : x)),
    lanes: [...lanes.values()],
    dependencies: deps.filter((d) => onMap.has(d.measureId) && onMap.has(d.dependsOnId)),
    undated,
  };
}

/** Moves a measure's bar: new start and end, one undo step named after the measure. */
export function moveRoadmapMeasure(core: Core, input: Parsed<'moveRoadmapMeasure'>): null {
  const title = measureTitle(core, input.measureId);
  const raw = core.raw();
  inStep(core, { action: 'update', entity: 'measure', title }, (step) => {
    step.track('measure', input.measureId, 'update', () => {
      raw.prepare('UPDATE measures SET start = ?, "end" = ?, updated_at = ? WHERE id = ?').run(input.start, input.end, core.clock.now(), input.measureId);
    });
  });
  return null;
}
