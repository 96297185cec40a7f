/**
 * The agenda as one document: the frozen content of a version, or the live
 * draft. This is the input of the agenda export (see api/agenda.ts).
 */
import type { AgendaContent, AgendaSnapshot } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { agendaRow, liveContent } from './content.ts';
import { latestVersion, toVersion, versionByNumber } from './versions-read.ts';

/**
 * The content of version `versionNumber` of an agenda as it was frozen, or the
 * live draft when no number is given (or the version is not frozen yet: a
 * draft version is the live tables).
 */
export function agendaSnapshot(core: Core, agendaId: string, versionNumber?: number): AgendaSnapshot {
  agendaRow(core, agendaId);
  if (versionNumber !== undefined) {
    const v = versionByNumber(core, agendaId, versionNumber);
    if (v.frozen_at && v.snapshot) {
      return { ...(JSON.parse(v.snapshot) as AgendaContent), agendaId, version: toVersion(v), live: false };
    }
    return { ...liveContent(core, agendaId), agendaId, version: toVersion(v), live: true };
  }
  const latest = latestVersion(core, agendaId);
  const draft = latest && !latest.frozen_at ? toVersion(latest) : null;
  return { ...liveContent(core, agendaId), agendaId, version: draft, live: true };
}
