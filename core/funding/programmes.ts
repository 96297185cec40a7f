/**
 * core/funding/: the Förderung module. The catalogue of funding programmes
 * (here), its CSV import, the applications of measures, upcoming deadlines
 * and suggested programmes. Imports api/ and core/ only — never electron/,
 * host/ or renderer/. Every edit is one undo step (inStep).
 */
import type { FundingProgramme, FundingProgrammeList, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep, type Step } from '../changes/log.ts';
import { foldGerman } from '../fold.ts';

export interface ProgrammeRow {
  id: string; name: string; funder: FundingProgramme['funder']; max_quota: number | null; min_own_share: number | null;
  eligible: string | null; fields_text: string | null; keywords: string | null; deadline: string | null; url: string | null;
  description: string | null; origin: string; created_at: string; updated_at: string; application_count: number;
}

export const toProgramme = (r: ProgrammeRow): FundingProgramme => ({
  id: r.id, name: r.name, funder: r.funder, maxQuota: r.max_quota, minOwnShare: r.min_own_share, eligible: r.eligible,
  fields: r.fields_text, keywords: r.keywords, deadline: r.deadline, url: r.url, description: r.description,
  applicationCount: r.application_count, origin: r.origin, createdAt: r.created_at, updatedAt: r.updated_at,
});

export const PROGRAMME_SELECT = `SELECT p.*, (SELECT count(*) FROM funding_applications a WHERE a.programme_id = p.id) AS application_count
  FROM funding_programmes p`;

/** What a programme stores (its input without the id). */
export type ProgrammeValues = Omit<Parsed<'saveFundingProgramme'>, 'id'>;
const COLUMNS = 'name, funder, max_quota, min_own_share, eligible, fields_text, keywords, deadline, url, description';
const valuesOf = (p: ProgrammeValues) => [p.name, p.funder, p.maxQuota, p.minOwnShare, p.eligible, p.fields, p.keywords, p.deadline, p.url, p.description];

/** Names are compared folded: "Förderaufruf" and "FOERDERAUFRUF" are one programme. */
export const nameKey = (name: string): string => foldGerman(name).replace(/\s+/g, ' ').trim();

export function allProgrammes(core: Core): FundingProgramme[] {
  const rows = core.raw().prepare(`${PROGRAMME_SELECT} ORDER BY p.name COLLATE NOCASE, p.id`).all() as ProgrammeRow[];
  return rows.map(toProgramme);
}

/** The catalogue is small (hundreds of rows): filtering in memory allows folded substring search in every text column. */
export function listFundingProgrammes(core: Core, q: Parsed<'listFundingProgrammes'>): FundingProgrammeList {
  const words = q.query ? foldGerman(q.query).match(/[\p{L}\p{N}]+/gu) ?? [] : [];
  const rows = allProgrammes(core).filter((p) => {
    if (q.funder && p.funder !== q.funder) return false;
    if (words.length === 0) return true;
    const text = foldGerman([p.name, p.description, p.fields, p.keywords, p.eligible].filter(Boolean).join(' '));
    return words.every((w) => text.includes(w));
  });
  return { total: rows.length, rows };
}

export function getFundingProgramme(core: Core, id: string): FundingProgramme {
  const row = core.raw().prepare(`${PROGRAMME_SELECT} WHERE p.id = ?`).get(id) as ProgrammeRow | undefined;
  if (!row) throw notFound();
  return toProgramme(row);
}

/** The programme with this (folded) name, if the catalogue has one. */
export function programmeByName(core: Core, name: string): FundingProgramme | null {
  const key = nameKey(name);
  return allProgrammes(core).find((p) => nameKey(p.name) === key) ?? null;
}

/** Writes one programme inside an open step (also used by the import). */
export function writeProgramme(core: Core, step: Step, id: string | null, p: ProgrammeValues): string {
  const raw = core.raw();
  const now = core.clock.now();
  if (id) {
    step.track('programme', id, 'update', () => {
      raw.prepare(`UPDATE funding_programmes SET ${COLUMNS.split(', ').map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`)
        .run(...valuesOf(p), now, id);
    });
    return id;
  }
  const newId = core.clock.newId();
  step.track('programme', newId, 'create', () => {
    raw.prepare(`INSERT INTO funding_programmes (id, ${COLUMNS}, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(newId, ...valuesOf(p), 'local', now, now);
  });
  return newId;
}

export function saveFundingProgramme(core: Core, input: Parsed<'saveFundingProgramme'>): FundingProgramme {
  const existing = input.id ? getFundingProgramme(core, input.id) : null;
  const twin = programmeByName(core, input.name);
  if (twin && twin.id !== existing?.id) {
    throw new CoreError('invalid_input', 'invalid_input', { name: twin.name }, [{ path: 'name', key: 'programme_name_taken' }]);
  }
  const { id: _id, ...values } = input;
  const action = existing ? 'update' : 'create';
  const id = inStep(core, { action, entity: 'programme', title: input.name }, (step) => writeProgramme(core, step, existing?.id ?? null, values));
  return getFundingProgramme(core, id);
}

/**
 * Deletes a programme with its applications (the store would cascade them
 * anyway; deleting them here logs them, so undo brings them back). Financing
 * items that named it keep their amount and lose the link.
 */
export function deleteFundingProgramme(core: Core, input: Parsed<'deleteFundingProgramme'>): null {
  const p = getFundingProgramme(core, input.id);
  if (p.applicationCount > 0 && !input.confirm) {
    throw new CoreError('conflict', 'programme_in_use', { name: p.name, count: p.applicationCount });
  }
  const raw = core.raw();
  inStep(core, { action: 'delete', entity: 'programme', title: p.name }, (step) => {
    for (const { id } of raw.prepare('SELECT id FROM funding_applications WHERE programme_id = ?').all(p.id) as { id: string }[]) {
      step.track('application', id, 'delete', () => raw.prepare('DELETE FROM funding_applications WHERE id = ?').run(id));
    }
    for (const { id } of raw.prepare('SELECT id FROM financing_items WHERE programme_id = ?').all(p.id) as { id: string }[]) {
      step.track('financingItem', id, 'update', () => raw.prepare('UPDATE financing_items SET programme_id = NULL WHERE id = ?').run(id));
    }
    step.track('programme', p.id, 'delete', () => raw.prepare('DELETE FROM funding_programmes WHERE id = ?').run(p.id));
  });
  return null;
}
