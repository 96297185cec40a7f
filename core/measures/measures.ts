import type { Measure, MeasurePage, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep, readRow, type Step } from '../changes/log.ts';
import { ftsQuery } from '../fold.ts';
import { FACT_SHEET_COLUMNS, encodeTags, toMeasure, type MeasureRow } from './measure-row.ts';
import { trackChildren } from '../changes/children.ts';
import { releaseIdeasOf } from '../ideas/release.ts';
import { releaseRecommendationsOf } from '../digicheck-strategy/convert.ts';
import { rankingPlaces } from '../scoring/places.ts';
import { portfolioFilterSql } from '../views/measure-filters.ts';

const SELECT = 'SELECT m.*, f.name AS field_name FROM measures m LEFT JOIN fields f ON f.id = m.field_id';

type SortKey = Parsed<'listMeasures'>['sort'];
/** Score and rank come from the ranking (must criteria, weights), which lives outside SQL. */
type RankSort = Extract<SortKey, 'score' | 'rank'>;
const isRankSort = (key: SortKey): key is RankSort => key === 'score' || key === 'rank';

/** Sort keys → SQL; phase and priority sort in their domain order, not alphabetically. */
const ORDER: Record<Exclude<SortKey, RankSort>, string> = {
  title: 'm.title COLLATE NOCASE',
  phase: "CASE m.phase WHEN 'idea' THEN 0 WHEN 'concept' THEN 1 WHEN 'implementation' THEN 2 WHEN 'operation' THEN 3 WHEN 'completed' THEN 4 ELSE 5 END",
  priority: "CASE m.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END",
  start: 'm.start',
  end: 'm."end"',
  budget: 'm.budget',
  updatedAt: 'm.updated_at',
  field: 'f.sort_order',
  leadUnit: 'm.lead_unit COLLATE NOCASE',
  projectLead: 'm.project_lead COLLATE NOCASE',
  progress: 'm.progress',
  must: '(m.must_legal + m.must_critical + m.must_political)',
  tags: 'm.tags COLLATE NOCASE',
  efa: 'm.efa_reuse',
};

/** Sorts by the ranking's total or place; unscored measures go last either way. */
function sortByRanking<R extends { id: string }>(core: Core, rows: R[], key: RankSort, dir: 'asc' | 'desc'): R[] {
  const place = rankingPlaces(core);
  const sign = dir === 'asc' ? 1 : -1;
  // Each row's value is looked up once, not in every comparison.
  const keyed = rows.map((row) => ({ row, v: place.get(row.id)?.[key === 'score' ? 'total' : 'rank'] ?? null }));
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === b.v ? (a.row.id < b.row.id ? -1 : 1) : a.v === null ? 1 : -1;
    return (a.v - b.v) * sign || (a.row.id < b.row.id ? -1 : 1);
  });
  return keyed.map((k) => k.row);
}

export function listMeasures(core: Core, q: Parsed<'listMeasures'>): MeasurePage {
  const where: string[] = [];
  const params: unknown[] = [];
  if (q.fieldId) { where.push('m.field_id = ?'); params.push(q.fieldId); }
  if (q.phase) { where.push('m.phase = ?'); params.push(q.phase); }
  if (q.priority) { where.push('m.priority = ?'); params.push(q.priority); }
  if (q.leadUnit) { where.push('m.lead_unit = ?'); params.push(q.leadUnit); }
  // Tags are stored comma-separated: framing both sides with commas matches whole tags only.
  if (q.tag) { where.push("instr(',' || m.tags || ',', ',' || ? || ',') > 0"); params.push(q.tag); }
  if (q.must !== undefined) where.push(`(m.must_legal + m.must_critical + m.must_political) ${q.must ? '> 0' : '= 0'}`);
  where.push(...portfolioFilterSql(q));
  const match = q.query ? ftsQuery(q.query) : null;
  if (match) {
    where.push("m.id IN (SELECT entity_id FROM search_index WHERE search_index MATCH ? AND entity = 'measure')");
    params.push(match);
  }
  const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const raw = core.raw();
  const total = (raw.prepare(`SELECT count(*) AS n FROM measures m${clause}`).get(...params) as { n: number }).n;
  if (isRankSort(q.sort)) {
    // Only the ids are sorted; the full rows are read for the requested page alone.
    const ids = raw.prepare(`SELECT m.id FROM measures m${clause}`).all(...params) as { id: string }[];
    const page = sortByRanking(core, ids, q.sort, q.dir).slice(q.offset, q.offset + q.limit).map((r) => r.id);
    const byId = new Map((raw.prepare(`${SELECT} WHERE m.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(page)) as MeasureRow[]).map((r) => [r.id, r]));
    return { total, rows: page.map((id) => toMeasure(byId.get(id)!)) };
  }
  const dir = q.dir === 'asc' ? 'ASC' : 'DESC';
  const rows = raw
    .prepare(`${SELECT}${clause} ORDER BY ${ORDER[q.sort]} ${dir} NULLS LAST, m.id LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset) as MeasureRow[];
  return { total, rows: rows.map(toMeasure) };
}

export function getMeasure(core: Core, id: string): Measure {
  const row = core.raw().prepare(`${SELECT} WHERE m.id = ?`).get(id) as MeasureRow | undefined;
  if (!row) throw notFound();
  return toMeasure(row);
}

type FactSheetKey = keyof typeof FACT_SHEET_COLUMNS;
type ColumnValue = string | number | null;

/** The fact-sheet columns to write: given values, else the stored ones (update) or the defaults (create). */
function factSheetValues(input: Parsed<'saveMeasure'>, existing: Record<string, unknown> | null): Record<string, ColumnValue> {
  const out: Record<string, ColumnValue> = {};
  for (const [key, [col, fallback]] of Object.entries(FACT_SHEET_COLUMNS) as [FactSheetKey, readonly [string, ColumnValue]][]) {
    const given = input[key];
    if (given === undefined) out[col] = existing ? (existing[col] as ColumnValue) : fallback;
    else if (typeof given === 'boolean') out[col] = given ? 1 : 0;
    else if (Array.isArray(given)) out[col] = encodeTags(given);
    else out[col] = given;
  }
  // A deadline belongs to a legal duty: without the duty it is not kept.
  if (!out.must_legal) out.must_legal_deadline = null;
  return out;
}

export function saveMeasure(core: Core, input: Parsed<'saveMeasure'>): Measure {
  if (input.fieldId && !readRow(core, 'field', input.fieldId)) {
    throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'fieldId', key: 'field_unknown' }]);
  }
  const existing = input.id ? readRow(core, 'measure', input.id) : null;
  if (input.id && !existing) throw notFound();
  const id = inStep(core, { action: existing ? 'update' : 'create', entity: 'measure', title: input.title }, (step) => writeMeasure(core, step, input, existing));
  return getMeasure(core, id);
}

/**
 * Writes one measure inside an open step (a new one when `existing` is null) and
 * answers its id. Shared by saving one measure and importing many in one step.
 */
export function writeMeasure(core: Core, step: Step, input: Parsed<'saveMeasure'>, existing: Record<string, unknown> | null): string {
  const raw = core.raw();
  const now = core.clock.now();
  const id = input.id ?? core.clock.newId();
  const row: Record<string, ColumnValue> = {
    title: input.title, description: input.description, field_id: input.fieldId, phase: input.phase, priority: input.priority,
    start: input.start, end: input.end, lead_unit: input.leadUnit, budget: input.budget,
    ...factSheetValues(input, existing),
    updated_at: now,
  };
  const cols = Object.keys(row);
  step.track('measure', id, existing ? 'update' : 'create', () => {
    if (existing) {
      raw.prepare(`UPDATE measures SET ${cols.map((c) => `"${c}" = @${c}`).join(', ')} WHERE id = @id`).run({ ...row, id });
    } else {
      const all = [...cols, 'id', 'origin', 'created_at'];
      raw.prepare(`INSERT INTO measures (${all.map((c) => `"${c}"`).join(', ')}) VALUES (${all.map((c) => `@${c}`).join(', ')})`)
        .run({ ...row, id, origin: 'local', created_at: now });
    }
  });
  return id;
}

/** Deletes a measure; its milestones, links, scores … go in the same undo step, so undo brings them all back. */
export function deleteMeasure(core: Core, id: string): null {
  const m = getMeasure(core, id);
  inStep(core, { action: 'delete', entity: 'measure', title: m.title }, (step) => {
    releaseIdeasOf(core, step, 'measure_id', id);
    releaseRecommendationsOf(core, step, 'measure_id', id);
    trackChildren(core, step, 'measures', id);
    step.track('measure', id, 'delete', () => core.raw().prepare('DELETE FROM measures WHERE id = ?').run(id));
  });
  return null;
}
