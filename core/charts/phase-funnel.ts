/** Measures per phase along the way idea → completed; stopped measures are counted apart. */
import { PHASES, type Parsed, type Phase, type PhaseFunnel } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError } from '../errors.ts';
import { EFFECTIVE_BUDGET_SQL } from './shared.ts';

export function phaseFunnel(core: Core, input: Parsed<'getPhaseFunnel'>): PhaseFunnel {
  const raw = core.raw();
  if (input.fieldId !== null && !raw.prepare('SELECT 1 FROM fields WHERE id = ?').get(input.fieldId)) {
    throw new CoreError('not_found', 'field_unknown', {}, [{ path: 'fieldId', key: 'field_unknown' }]);
  }
  const rows = raw.prepare(
    `SELECT m.phase, count(*) AS n, coalesce(sum(coalesce(b.cost_plan, b.measure_budget)), 0) AS budget
     FROM measures m JOIN (${EFFECTIVE_BUDGET_SQL}) b ON b.id = m.id
     WHERE ? IS NULL OR m.field_id = ?
     GROUP BY m.phase`,
  ).all(input.fieldId, input.fieldId) as { phase: Phase; n: number; budget: number }[];
  const by = new Map(rows.map((r) => [r.phase, r]));
  const steps = PHASES.filter((p): p is Exclude<Phase, 'stopped'> => p !== 'stopped').map((phase) => ({ phase, count: by.get(phase)?.n ?? 0, budget: by.get(phase)?.budget ?? 0 }));
  const stopped = { count: by.get('stopped')?.n ?? 0, budget: by.get('stopped')?.budget ?? 0 };
  return { fieldId: input.fieldId, steps, stopped, total: steps.reduce((n, s) => n + s.count, stopped.count) };
}
