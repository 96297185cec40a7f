/**
 * Indicators (Kennzahlen) of an agenda, each for a goal or a linked measure,
 * and their measurements over time. Measurements are monitoring data, not
 * agenda text: they may be recorded after the agenda was adopted and frozen.
 */
import type { AgendaIndicator, AgendaMeasurement, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep } from '../changes/log.ts';
import { measureTitle } from '../fact-sheet/milestones.ts';
import { agendaRow } from './content.ts';
import { trackIndicatorDelete } from './goals.ts';
import { assertDraftEditable } from './versions-read.ts';

interface IndicatorRow { id: string; agenda_id: string; name: string; sort_order: number }

function indicatorRow(core: Core, id: string): IndicatorRow {
  const row = core.raw().prepare('SELECT id, agenda_id, name, sort_order FROM agenda_indicators WHERE id = ?').get(id) as IndicatorRow | undefined;
  if (!row) throw notFound();
  return row;
}

export function getAgendaIndicator(core: Core, id: string): AgendaIndicator {
  const r = core.raw().prepare('SELECT * FROM agenda_indicators WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  if (!r) throw notFound();
  const measurements = core.raw().prepare('SELECT id, measured_on, value, note FROM agenda_measurements WHERE indicator_id = ? ORDER BY measured_on, id')
    .all(id) as { id: string; measured_on: string; value: number; note: string | null }[];
  return {
    id: String(r.id), goalId: r.goal_id as string | null, measureId: r.measure_id as string | null, name: String(r.name),
    description: r.description as string | null, unit: String(r.unit), level: r.level as AgendaIndicator['level'],
    baseline: r.baseline as number | null, baselineOn: r.baseline_on as string | null, target: r.target as number | null,
    targetOn: r.target_on as string | null, source: r.source as string | null, owner: r.owner as string | null,
    measurements: measurements.map((m) => ({ id: m.id, measuredOn: m.measured_on, value: m.value, note: m.note })),
  };
}

function checkTarget(core: Core, input: Parsed<'saveAgendaIndicator'>): void {
  const raw = core.raw();
  if (input.goalId) {
    const agendaId = raw.prepare('SELECT agenda_id FROM agenda_goals WHERE id = ?').pluck().get(input.goalId);
    if (agendaId !== input.agendaId) throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'goalId', key: 'indicator_goal_unknown' }]);
  }
  if (input.measureId) {
    const title = measureTitle(core, input.measureId);
    const linked = raw.prepare(
      'SELECT 1 FROM agenda_goal_measures l JOIN agenda_goals g ON g.id = l.goal_id WHERE g.agenda_id = ? AND l.measure_id = ?',
    ).get(input.agendaId, input.measureId);
    if (!linked) throw new CoreError('invalid_input', 'invalid_input', { title }, [{ path: 'measureId', key: 'agenda_measure_not_linked' }]);
  }
}

const COLS = ['goal_id', 'measure_id', 'name', 'description', 'unit', 'level', 'baseline', 'baseline_on', 'target', 'target_on', 'source', 'owner'];

export function saveAgendaIndicator(core: Core, input: Parsed<'saveAgendaIndicator'>): AgendaIndicator {
  agendaRow(core, input.agendaId);
  const existing = input.id ? indicatorRow(core, input.id) : null;
  if (existing && existing.agenda_id !== input.agendaId) throw notFound();
  assertDraftEditable(core, input.agendaId);
  checkTarget(core, input);
  const raw = core.raw();
  const now = core.clock.now();
  const values = [input.goalId, input.measureId, input.name, input.description, input.unit, input.level, input.baseline, input.baselineOn,
    input.target, input.targetOn, input.source, input.owner];
  const id = inStep(core, { action: existing ? 'update' : 'create', entity: 'indicator', title: input.name }, (step) => {
    if (existing) {
      step.track('indicator', existing.id, 'update', () => {
        raw.prepare(`UPDATE agenda_indicators SET ${COLS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now, existing.id);
      });
      return existing.id;
    }
    const newId = core.clock.newId();
    const sortOrder = raw.prepare('SELECT coalesce(max(sort_order), -1) + 1 FROM agenda_indicators WHERE agenda_id = ?').pluck().get(input.agendaId) as number;
    step.track('indicator', newId, 'create', () => {
      raw.prepare(`INSERT INTO agenda_indicators (id, agenda_id, ${COLS.join(', ')}, sort_order, created_at, updated_at)
        VALUES (${Array(COLS.length + 5).fill('?').join(', ')})`).run(newId, input.agendaId, ...values, sortOrder, now, now);
    });
    return newId;
  });
  return getAgendaIndicator(core, id);
}

export function deleteAgendaIndicator(core: Core, id: string): null {
  const ind = indicatorRow(core, id);
  assertDraftEditable(core, ind.agenda_id);
  inStep(core, { action: 'delete', entity: 'indicator', title: ind.name }, (step) => trackIndicatorDelete(core, step, id));
  return null;
}

export function saveAgendaMeasurement(core: Core, input: Parsed<'saveAgendaMeasurement'>): AgendaMeasurement {
  const ind = indicatorRow(core, input.indicatorId);
  const raw = core.raw();
  const existing = input.id
    ? (raw.prepare('SELECT id, indicator_id FROM agenda_measurements WHERE id = ?').get(input.id) as { id: string; indicator_id: string } | undefined)
    : null;
  if (input.id && (!existing || existing.indicator_id !== ind.id)) throw notFound();
  const now = core.clock.now();
  const id = inStep(core, { action: existing ? 'update' : 'create', entity: 'measurement', title: ind.name }, (step) => {
    const mId = existing?.id ?? core.clock.newId();
    step.track('measurement', mId, existing ? 'update' : 'create', () => {
      if (existing) {
        raw.prepare('UPDATE agenda_measurements SET measured_on = ?, value = ?, note = ?, updated_at = ? WHERE id = ?').run(input.measuredOn, input.value, input.note, now, mId);
      } else {
        raw.prepare('INSERT INTO agenda_measurements (id, indicator_id, measured_on, value, note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
          .run(mId, ind.id, input.measuredOn, input.value, input.note, now, now);
      }
    });
    return mId;
  });
  const m = getAgendaIndicator(core, ind.id).measurements.find((x) => x.id === id);
  if (!m) throw notFound();
  return m;
}

export function deleteAgendaMeasurement(core: Core, id: string): null {
  const raw = core.raw();
  const row = raw.prepare('SELECT m.id, i.name FROM agenda_measurements m JOIN agenda_indicators i ON i.id = m.indicator_id WHERE m.id = ?').get(id) as
    { id: string; name: string } | undefined;
  if (!row) throw notFound();
  inStep(core, { action: 'delete', entity: 'measurement', title: row.name }, (step) => {
    step.track('measurement', id, 'delete', () => raw.prepare('DELETE FROM agenda_measurements WHERE id = ?').run(id));
  });
  return null;
}
