/**
 * The change log: every edit writes (entity, id, before, after) inside the
 * same transaction as the edit. One user action is one "step"; undo and redo
 * replay a step's rows backwards or forwards.
 */
import type { ChangeLabel, EntityName, HistoryEntry, UndoResult, UndoState } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError } from '../errors.ts';
import { ENTITY_TABLES, type Row } from './entities.ts';
import { statement } from '../statements.ts';

type Reindexer = (core: Core, entity: EntityName, id: string) => void;
const reindexers: Reindexer[] = [];
/** Lets features (search) follow every row change, including undo and redo. */
export function onRowChanged(fn: Reindexer): void {
  reindexers.push(fn);
}

export function readRow(core: Core, entity: EntityName, id: string): Row | null {
  return (statement(core.raw(), `SELECT * FROM ${ENTITY_TABLES[entity]} WHERE id = ?`).get(id) as Row | undefined) ?? null;
}

export interface Step {
  /** Runs `mutate` and logs the row before and after it. */
  track(entity: EntityName, id: string, action: ChangeLabel['action'], mutate: () => void): void;
}

/** Runs one user action as one transaction and one undo step. */
export function inStep<T>(core: Core, label: ChangeLabel, fn: (step: Step) => T): T {
  const raw = core.raw();
  const touched = new Set<EntityName>();
  const insert = statement(
    raw,
    'INSERT INTO change_log (step, entity, entity_id, action, label, before, after, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const result = raw.transaction(() => {
    // A new edit ends the redo chain: steps taken back stay in the history but are never redone (undone = 2).
    // Redoable steps all lie above the newest active one, so the step index bounds the search.
    raw.prepare('UPDATE change_log SET undone = 2 WHERE undone = 1 AND step > coalesce((SELECT max(step) FROM change_log WHERE undone = 0), 0)').run();
    const step = ((raw.prepare('SELECT max(step) AS s FROM change_log').get() as { s: number | null }).s ?? 0) + 1;
    const at = core.clock.now();
    return fn({
      track(entity, id, action, mutate) {
        const before = readRow(core, entity, id);
        mutate();
        const after = readRow(core, entity, id);
        insert.run(step, entity, id, action, JSON.stringify(label), before && JSON.stringify(before), after && JSON.stringify(after), at);
        for (const r of reindexers) r(core, entity, id);
        touched.add(entity);
      },
    });
  })();
  core.changed(...touched);
  return result;
}

function writeRow(core: Core, entity: EntityName, id: string, row: Row | null): void {
  const raw = core.raw();
  const table = ENTITY_TABLES[entity];
  if (row === null) {
    statement(raw, `DELETE FROM ${table} WHERE id = ?`).run(id);
  } else if (readRow(core, entity, id)) {
    // UPDATE, not REPLACE: a REPLACE deletes first and would fire ON DELETE actions on children.
    const cols = Object.keys(row).filter((c) => c !== 'id');
    statement(raw, `UPDATE ${table} SET ${cols.map((c) => `"${c}" = @${c}`).join(', ')} WHERE id = @id`).run(row);
  } else {
    const cols = Object.keys(row);
    statement(raw, `INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`).run(row);
  }
  for (const r of reindexers) r(core, entity, id);
}

interface LogRow {
  seq: number;
  step: number;
  entity: EntityName;
  entity_id: string;
  action: ChangeLabel['action'];
  label: string;
  before: string | null;
  after: string | null;
  at: string;
  undone: number;
}

function undoStep(core: Core): number | null {
  return (core.raw().prepare('SELECT max(step) AS s FROM change_log WHERE undone = 0').get() as { s: number | null }).s;
}

/** The next redoable step: taken back (undone = 1, not ended by a newer edit) and newer than every active step. */
function redoStep(core: Core): number | null {
  const active = undoStep(core) ?? 0;
  return (core.raw().prepare('SELECT min(step) AS s FROM change_log WHERE undone = 1 AND step > ?').get(active) as { s: number | null }).s;
}

function labelOf(core: Core, step: number | null): ChangeLabel | null {
  if (step === null) return null;
  const row = core.raw().prepare('SELECT label FROM change_log WHERE step = ? LIMIT 1').get(step) as { label: string } | undefined;
  return row ? (JSON.parse(row.label) as ChangeLabel) : null;
}

export function undoState(core: Core): UndoState {
  if (!core.current) return { undo: null, redo: null };
  return { undo: labelOf(core, undoStep(core)), redo: labelOf(core, redoStep(core)) };
}

function replay(core: Core, direction: 'undo' | 'redo'): UndoResult {
  const step = direction === 'undo' ? undoStep(core) : redoStep(core);
  if (step === null) throw new CoreError('conflict', direction === 'undo' ? 'nothing_to_undo' : 'nothing_to_redo');
  const raw = core.raw();
  const rows = raw.prepare(`SELECT * FROM change_log WHERE step = ? ORDER BY seq ${direction === 'undo' ? 'DESC' : 'ASC'}`).all(step) as LogRow[];
  const touched = new Set<string>();
  raw.transaction(() => {
    for (const r of rows) {
      const state = direction === 'undo' ? r.before : r.after;
      writeRow(core, r.entity, r.entity_id, state === null ? null : (JSON.parse(state) as Row));
      touched.add(r.entity);
    }
    raw.prepare('UPDATE change_log SET undone = ? WHERE step = ?').run(direction === 'undo' ? 1 : 0, step);
  })();
  core.changed(...touched);
  return { done: labelOf(core, step), state: undoState(core) };
}

export const undo = (core: Core) => replay(core, 'undo');
export const redo = (core: Core) => replay(core, 'redo');

export function history(core: Core, entity: EntityName, id: string): HistoryEntry[] {
  const rows = core.raw().prepare('SELECT * FROM change_log WHERE entity = ? AND entity_id = ? ORDER BY seq DESC LIMIT 500').all(entity, id) as LogRow[];
  return rows.map((r) => ({
    seq: r.seq,
    at: r.at,
    action: r.action,
    undone: r.undone !== 0,
    before: r.before ? (JSON.parse(r.before) as Record<string, unknown>) : null,
    after: r.after ? (JSON.parse(r.after) as Record<string, unknown>) : null,
  }));
}
