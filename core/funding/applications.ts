/**
 * Funding applications: which measure applies to which programme, with
 * status, amounts and dates. The input schema refuses an approved amount above
 * the requested one and a decision before the submission.
 */
import type { FundingApplication, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep, readRow } from '../changes/log.ts';
import { measureTitle } from '../fact-sheet/milestones.ts';

interface ApplicationRow {
  id: string; measure_id: string; measure_title: string; programme_id: string; programme_name: string; funder: FundingApplication['funder'];
  status: FundingApplication['status']; amount_requested: number | null; amount_approved: number | null; submitted_on: string | null;
  decision_on: string | null; reporting_deadline: string | null; note: string | null; created_at: string; updated_at: string;
}

const toApplication = (r: ApplicationRow): FundingApplication => ({
  id: r.id, measureId: r.measure_id, measureTitle: r.measure_title, programmeId: r.programme_id, programmeName: r.programme_name,
  funder: r.funder, status: r.status, amountRequested: r.amount_requested, amountApproved: r.amount_approved,
  submittedOn: r.submitted_on, decisionOn: r.decision_on, reportingDeadline: r.reporting_deadline, note: r.note,
  createdAt: r.created_at, updatedAt: r.updated_at,
});

const SELECT = `SELECT a.*, m.title AS measure_title, p.name AS programme_name, p.funder AS funder FROM funding_applications a
  JOIN measures m ON m.id = a.measure_id JOIN funding_programmes p ON p.id = a.programme_id`;

/** The programme must exist; its name names the undo step. */
export function programmeName(core: Core, programmeId: string, path = 'programmeId'): string {
  const row = readRow(core, 'programme', programmeId);
  if (!row) throw new CoreError('not_found', 'programme_unknown', {}, [{ path, key: 'programme_unknown' }]);
  return String(row.name);
}

export function listApplications(core: Core, q: Parsed<'listApplications'>): FundingApplication[] {
  const where: string[] = [];
  const params: string[] = [];
  if (q.measureId) { measureTitle(core, q.measureId); where.push('a.measure_id = ?'); params.push(q.measureId); }
  if (q.programmeId) { programmeName(core, q.programmeId); where.push('a.programme_id = ?'); params.push(q.programmeId); }
  const clause = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const rows = core.raw().prepare(`${SELECT}${clause} ORDER BY coalesce(a.submitted_on, a.created_at) DESC, p.name COLLATE NOCASE, a.id`).all(...params) as ApplicationRow[];
  return rows.map(toApplication);
}

function getApplication(core: Core, id: string): FundingApplication {
  const row = core.raw().prepare(`${SELECT} WHERE a.id = ?`).get(id) as ApplicationRow | undefined;
  if (!row) throw notFound();
  return toApplication(row);
}

export function saveApplication(core: Core, input: Parsed<'saveApplication'>): FundingApplication {
  measureTitle(core, input.measureId);
  const name = programmeName(core, input.programmeId);
  const existing = input.id ? readRow(core, 'application', input.id) : null;
  // An application stays with its measure: another measure's id is not this one's.
  if (input.id && (!existing || existing.measure_id !== input.measureId)) throw notFound();
  const raw = core.raw();
  const now = core.clock.now();
  const id = input.id ?? core.clock.newId();
  const action = existing ? 'update' : 'create';
  const values = [input.programmeId, input.status, input.amountRequested, input.amountApproved, input.submittedOn, input.decisionOn, input.reportingDeadline, input.note];
  inStep(core, { action, entity: 'application', title: name }, (step) =>
    step.track('application', id, action, () => {
      if (existing) {
        raw.prepare('UPDATE funding_applications SET programme_id = ?, status = ?, amount_requested = ?, amount_approved = ?, submitted_on = ?, decision_on = ?, reporting_deadline = ?, note = ?, updated_at = ? WHERE id = ?')
          .run(...values, now, id);
      } else {
        raw.prepare('INSERT INTO funding_applications (programme_id, status, amount_requested, amount_approved, submitted_on, decision_on, reporting_deadline, note, id, measure_id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(...values, id, input.measureId, 'local', now, now);
      }
    }),
  );
  return getApplication(core, id);
}

export function deleteApplication(core: Core, id: string): null {
  const a = getApplication(core, id);
  inStep(core, { action: 'delete', entity: 'application', title: a.programmeName }, (step) =>
    step.track('application', id, 'delete', () => core.raw().prepare('DELETE FROM funding_applications WHERE id = ?').run(id)),
  );
  return null;
}
