/**
 * core/agenda/: the Digitale Agenda module — texts (here), goals and measure
 * links, indicators and measurements, versions, comparison and roadmap.
 * Imports api/ and core/ only — never electron/, host/ or renderer/.
 * Every edit is one undo step (inStep); edits of the content are refused
 * while the newest version is frozen (assertDraftEditable).
 */
import type { AgendaSummary, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError } from '../errors.ts';
import { inStep } from '../changes/log.ts';
import { agendaRow, type AgendaRow } from './content.ts';
import { assertDraftEditable, latestVersion, toVersion } from './versions-read.ts';

function toSummary(core: Core, r: AgendaRow): AgendaSummary {
  const latest = latestVersion(core, r.id);
  return {
    id: r.id, title: r.title, periodFrom: r.period_from, periodTo: r.period_to,
    latest: latest ? toVersion(latest) : null, locked: !!latest?.frozen_at, updatedAt: r.updated_at,
  };
}

export function listAgendas(core: Core): AgendaSummary[] {
  const rows = core.raw().prepare('SELECT * FROM agendas ORDER BY period_from DESC, title COLLATE NOCASE').all() as AgendaRow[];
  return rows.map((r) => toSummary(core, r));
}

export function getAgenda(core: Core, agendaId: string): AgendaSummary {
  return toSummary(core, agendaRow(core, agendaId));
}

/** A field in scope that does not exist is bad input, named by its position. */
function checkFields(core: Core, fieldIds: string[]): void {
  const known = new Set(core.raw().prepare('SELECT id FROM fields').pluck().all() as string[]);
  const issues = fieldIds.flatMap((f, n) => (known.has(f) ? [] : [{ path: `fieldIds.${n}`, key: 'field_unknown' as const }]));
  if (issues.length) throw new CoreError('invalid_input', 'invalid_input', {}, issues);
}

/** Creates an agenda with its first version (a draft), or changes its texts while the draft is open. */
export function saveAgenda(core: Core, input: Parsed<'saveAgenda'>): AgendaSummary {
  const existing = input.id ? agendaRow(core, input.id) : null;
  if (existing) assertDraftEditable(core, existing.id);
  const fieldIds = [...new Set(input.fieldIds)];
  checkFields(core, fieldIds);
  const raw = core.raw();
  const now = core.clock.now();
  const values = [
    input.title, input.periodFrom, input.periodTo, input.vision, JSON.stringify(input.principles), input.startingPosition,
    JSON.stringify(input.startingFigures), JSON.stringify(fieldIds), input.implementation,
  ];
  const cols = 'title, period_from, period_to, vision, principles, starting_position, starting_figures, field_ids, implementation';
  const id = inStep(core, { action: existing ? 'update' : 'create', entity: 'agenda', title: input.title }, (step) => {
    if (existing) {
      step.track('agenda', existing.id, 'update', () => {
        raw.prepare(`UPDATE agendas SET ${cols.split(', ').map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...values, now, existing.id);
      });
      return existing.id;
    }
    const newId = core.clock.newId();
    step.track('agenda', newId, 'create', () => {
      raw.prepare(`INSERT INTO agendas (id, ${cols}, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(newId, ...values, now, now);
    });
    const versionId = core.clock.newId();
    step.track('agendaVersion', versionId, 'create', () => {
      raw.prepare("INSERT INTO agenda_versions (id, agenda_id, number, status, created_at, updated_at) VALUES (?, ?, 1, 'draft', ?, ?)").run(versionId, newId, now, now);
    });
    return newId;
  });
  return getAgenda(core, id);
}
