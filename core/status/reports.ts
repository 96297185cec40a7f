/**
 * Filing and reading status reports. A report is inserted, never updated:
 * a wrong report is corrected by filing a new one, and the only way to remove
 * one is to undo its filing (the generic undo of the change log).
 */
import { STATUS_DIMENSIONS, worstLight, type Light, type Parsed, type StatusLights, type StatusProposal, type StatusReport } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep } from '../changes/log.ts';
import { measureTitle, today } from '../fact-sheet/milestones.ts';
import { proposeStatus } from './proposal.ts';

export interface StatusRow {
  id: string; measure_id: string; reported_on: string; overall: Light;
  schedule: Light; cost: Light; scope: Light; resources: Light; impact: Light;
  achievements: string | null; next_steps: string | null; risks: string | null; decisions_needed: string | null;
  proposed: string | null; created_at: string;
}

export const lightsOf = (r: Pick<StatusRow, 'schedule' | 'cost' | 'scope' | 'resources' | 'impact'>): StatusLights => ({
  schedule: r.schedule, cost: r.cost, scope: r.scope, resources: r.resources, impact: r.impact,
});

function parseProposal(json: string | null): StatusProposal | null {
  if (!json) return null;
  try {
    const p = JSON.parse(json) as StatusProposal;
    return p && typeof p === 'object' && p.lights ? p : null;
  } catch {
    return null;
  }
}

function toReport(r: StatusRow): StatusReport {
  const lights = lightsOf(r);
  const proposed = parseProposal(r.proposed);
  const overridden: StatusReport['overridden'] = [];
  for (const d of STATUS_DIMENSIONS) {
    const p = proposed?.lights[d];
    // A grey proposal (no data, or "needs your judgement") is a question, not a proposal: answering it is no override.
    if (p && p.light !== 'grey' && p.light !== lights[d]) overridden.push(d);
  }
  if (r.overall !== worstLight(STATUS_DIMENSIONS.map((d) => lights[d]))) overridden.push('overall');
  return {
    id: r.id, measureId: r.measure_id, reportedOn: r.reported_on, overall: r.overall, lights,
    achievements: r.achievements, nextSteps: r.next_steps, risks: r.risks, decisionsNeeded: r.decisions_needed,
    proposed, overridden, createdAt: r.created_at,
  };
}

export function listStatusReports(core: Core, measureId: string): StatusReport[] {
  measureTitle(core, measureId);
  const rows = core.raw()
    .prepare('SELECT * FROM status_reports WHERE measure_id = ? ORDER BY reported_on DESC, created_at DESC, id DESC')
    .all(measureId) as StatusRow[];
  return rows.map(toReport);
}

export function getStatusReport(core: Core, id: string): StatusReport {
  const row = core.raw().prepare('SELECT * FROM status_reports WHERE id = ?').get(id) as StatusRow | undefined;
  if (!row) throw notFound();
  return toReport(row);
}

export function fileStatusReport(core: Core, input: Parsed<'fileStatusReport'>): StatusReport {
  const title = measureTitle(core, input.measureId);
  const day = today(core);
  const reportedOn = input.reportedOn ?? day;
  if (reportedOn > day) throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'reportedOn', key: 'status_date_future' }]);
  // The proposal is made again here rather than taken from the caller: it records what the system said, not what a client claims.
  const proposal = proposeStatus(core, input.measureId);
  const lights: StatusLights = { schedule: input.schedule, cost: input.cost, scope: input.scope, resources: input.resources, impact: input.impact };
  const overall = input.overall ?? worstLight(STATUS_DIMENSIONS.map((d) => lights[d]));
  const id = core.clock.newId();
  const now = core.clock.now();
  inStep(core, { action: 'create', entity: 'statusReport', title }, (step) =>
    step.track('statusReport', id, 'create', () => {
      core.raw().prepare(
        `INSERT INTO status_reports (id, measure_id, reported_on, overall, schedule, cost, scope, resources, impact,
           achievements, next_steps, risks, decisions_needed, proposed, origin, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`,
      ).run(id, input.measureId, reportedOn, overall, lights.schedule, lights.cost, lights.scope, lights.resources, lights.impact,
        input.achievements, input.nextSteps, input.risks, input.decisionsNeeded, JSON.stringify(proposal), now, now);
    }),
  );
  return getStatusReport(core, id);
}
