/**
 * Versions of an agenda: draft → in consultation → adopted by the council
 * (→ updated). Freezing stores the whole content as a snapshot that never
 * changes again; a new draft continues from the live tables.
 */
import type { AgendaVersion, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError } from '../errors.ts';
import { inStep, type Step } from '../changes/log.ts';
import { agendaRow, liveContent } from './content.ts';
import { latestVersion, toVersion, versionRow, versionRows, type VersionRow } from './versions-read.ts';

export function listAgendaVersions(core: Core, agendaId: string): AgendaVersion[] {
  agendaRow(core, agendaId);
  return versionRows(core, agendaId).map(toVersion);
}

const titleOf = (v: { number: number; label: string | null }) => (v.label ? `${v.number} – ${v.label}` : String(v.number));

function refuseFrozen(v: VersionRow): void {
  if (v.status === 'adopted') throw new CoreError('conflict', 'agenda_version_adopted', { number: v.number });
  if (v.frozen_at) throw new CoreError('conflict', 'agenda_version_frozen', { number: v.number });
}

/** Opens the next version as a draft; the previous one must be frozen first. */
export function createAgendaVersion(core: Core, input: Parsed<'createAgendaVersion'>): AgendaVersion {
  agendaRow(core, input.agendaId);
  const latest = latestVersion(core, input.agendaId);
  if (latest && !latest.frozen_at) throw new CoreError('conflict', 'agenda_draft_open', { number: latest.number });
  const number = (latest?.number ?? 0) + 1;
  const raw = core.raw();
  const now = core.clock.now();
  const id = core.clock.newId();
  inStep(core, { action: 'create', entity: 'agendaVersion', title: titleOf({ number, label: input.label }) }, (step) => {
    step.track('agendaVersion', id, 'create', () => {
      raw.prepare("INSERT INTO agenda_versions (id, agenda_id, number, status, label, created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?, ?)")
        .run(id, input.agendaId, number, input.label, now, now);
    });
  });
  return toVersion(versionRow(core, id));
}

export function updateAgendaVersion(core: Core, input: Parsed<'updateAgendaVersion'>): AgendaVersion {
  const v = versionRow(core, input.id);
  refuseFrozen(v);
  const raw = core.raw();
  inStep(core, { action: 'update', entity: 'agendaVersion', title: titleOf({ number: v.number, label: input.label }) }, (step) => {
    step.track('agendaVersion', v.id, 'update', () => {
      raw.prepare('UPDATE agenda_versions SET status = ?, label = ?, note = ?, updated_at = ? WHERE id = ?').run(input.status, input.label, input.note, core.clock.now(), v.id);
    });
  });
  return toVersion(versionRow(core, v.id));
}

function trackFreeze(core: Core, step: Step, v: VersionRow): void {
  const snapshot = JSON.stringify(liveContent(core, v.agenda_id));
  const now = core.clock.now();
  step.track('agendaVersion', v.id, 'update', () => {
    core.raw().prepare('UPDATE agenda_versions SET frozen_at = ?, snapshot = ?, updated_at = ? WHERE id = ?').run(now, snapshot, now, v.id);
  });
}

/** Freezes a draft or consultation version: its content is stored as it is now. */
export function freezeAgendaVersion(core: Core, id: string): AgendaVersion {
  const v = versionRow(core, id);
  refuseFrozen(v);
  inStep(core, { action: 'update', entity: 'agendaVersion', title: titleOf(v) }, (step) => trackFreeze(core, step, v));
  return toVersion(versionRow(core, id));
}

/**
 * Records the council's decision. A version not yet frozen is frozen now; a
 * version frozen for consultation keeps the content it was frozen with.
 */
export function adoptAgendaVersion(core: Core, input: Parsed<'adoptAgendaVersion'>): AgendaVersion {
  const v = versionRow(core, input.id);
  if (v.status === 'adopted') throw new CoreError('conflict', 'agenda_version_adopted', { number: v.number });
  inStep(core, { action: 'update', entity: 'agendaVersion', title: titleOf(v) }, (step) => {
    if (!v.frozen_at) trackFreeze(core, step, v);
    step.track('agendaVersion', v.id, 'update', () => {
      core.raw().prepare("UPDATE agenda_versions SET status = 'adopted', council_body = ?, decision_number = ?, decided_on = ?, updated_at = ? WHERE id = ?")
        .run(input.councilBody, input.decisionNumber, input.decidedOn, core.clock.now(), v.id);
    });
  });
  return toVersion(versionRow(core, v.id));
}
