/**
 * Reading agenda versions and the rule that guards the draft: the live
 * tables may change only while the newest version is not frozen.
 */
import type { AgendaVersion } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';

export interface VersionRow {
  id: string; agenda_id: string; number: number; status: AgendaVersion['status']; label: string | null; council_body: string | null;
  decision_number: string | null; decided_on: string | null; frozen_at: string | null; snapshot: string | null; note: string | null;
  created_at: string; updated_at: string;
}

export const toVersion = (r: VersionRow): AgendaVersion => ({
  id: r.id, agendaId: r.agenda_id, number: r.number, status: r.status, label: r.label, councilBody: r.council_body,
  decisionNumber: r.decision_number, decidedOn: r.decided_on, frozenAt: r.frozen_at, note: r.note, createdAt: r.created_at, updatedAt: r.updated_at,
});

export function versionRows(core: Core, agendaId: string): VersionRow[] {
  return core.raw().prepare('SELECT * FROM agenda_versions WHERE agenda_id = ? ORDER BY number').all(agendaId) as VersionRow[];
}

export function versionRow(core: Core, id: string): VersionRow {
  const row = core.raw().prepare('SELECT * FROM agenda_versions WHERE id = ?').get(id) as VersionRow | undefined;
  if (!row) throw notFound();
  return row;
}

export function versionByNumber(core: Core, agendaId: string, number: number): VersionRow {
  const row = core.raw().prepare('SELECT * FROM agenda_versions WHERE agenda_id = ? AND number = ?').get(agendaId, number) as VersionRow | undefined;
  if (!row) throw new CoreError('not_found', 'agenda_version_unknown', { number });
  return row;
}

export function latestVersion(core: Core, agendaId: string): VersionRow | null {
  return (core.raw().prepare('SELECT * FROM agenda_versions WHERE agenda_id = ? ORDER BY number DESC LIMIT 1').get(agendaId) as VersionRow | undefined) ?? null;
}

/** Refuses an edit of the agenda's content when its newest version is frozen, and says why. */
export function assertDraftEditable(core: Core, agendaId: string): void {
  const latest = latestVersion(core, agendaId);
  if (!latest?.frozen_at) return;
  if (latest.status === 'adopted') {
    throw new CoreError('conflict', 'agenda_adopted_frozen', {
      number: latest.number, body: latest.council_body ?? '', decision: latest.decision_number ?? '', date: germanDate(latest.decided_on),
    });
  }
  throw new CoreError('conflict', 'agenda_version_frozen', { number: latest.number });
}

/** 2025-06-26 → 26.06.2025 for messages. */
export function germanDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return `${d}.${m}.${y}`;
}
