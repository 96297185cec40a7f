/**
 * Cooperation: partnerships of a measure (IKZ, EfA reuse, service provider,
 * science) with a municipality from the official list or an organisation,
 * and the partner view (which municipalities we work with on what).
 * Own data: every write is one undo step.
 */
import type { Parsed, PartnerSummary, Partnership } from '../../api/index.ts';
import { municipalityByAgs } from '../../db/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep, readRow } from '../changes/log.ts';
import { measureTitle } from '../fact-sheet/milestones.ts';

interface PartnershipRow {
  id: string; measure_id: string; measure_title: string; kind: Partnership['kind']; partner_ags: string | null; partner_name: string;
  agreement: Partnership['agreement']; cost_share: number | null; status: Partnership['status']; contact: string | null; note: string | null;
  created_at: string; updated_at: string;
}

function toPartnership(r: PartnershipRow): Partnership {
  const m = r.partner_ags ? municipalityByAgs(r.partner_ags) : null;
  return {
    id: r.id, measureId: r.measure_id, measureTitle: r.measure_title, kind: r.kind, partnerAgs: r.partner_ags, partnerName: r.partner_name,
    partnerType: m?.type ?? null, partnerLand: m?.land ?? null, agreement: r.agreement, costShare: r.cost_share, status: r.status,
    contact: r.contact, note: r.note, createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

const SELECT = 'SELECT p.*, m.title AS measure_title FROM partnerships p JOIN measures m ON m.id = p.measure_id';

export function listPartnerships(core: Core, q: Parsed<'listPartnerships'>): Partnership[] {
  const raw = core.raw();
  if (q.measureId) measureTitle(core, q.measureId);
  const rows = q.measureId
    ? raw.prepare(`${SELECT} WHERE p.measure_id = ? ORDER BY p.partner_name COLLATE NOCASE, p.id`).all(q.measureId)
    : raw.prepare(`${SELECT} ORDER BY p.partner_name COLLATE NOCASE, m.title COLLATE NOCASE, p.id`).all();
  return (rows as PartnershipRow[]).map(toPartnership);
}

function getPartnership(core: Core, id: string): Partnership {
  const row = core.raw().prepare(`${SELECT} WHERE p.id = ?`).get(id) as PartnershipRow | undefined;
  if (!row) throw notFound();
  return toPartnership(row);
}

export function savePartnership(core: Core, input: Parsed<'savePartnership'>): Partnership {
  measureTitle(core, input.measureId);
  const existing = input.id ? readRow(core, 'partnership', input.id) : null;
  // A partnership stays with its measure: another measure's id is not this one's.
  if (input.id && (!existing || existing.measure_id !== input.measureId)) throw notFound();
  let name = input.partnerName;
  if (input.partnerAgs) {
    // A municipality is named as the official list names it, so the partner view groups it once.
    const m = municipalityByAgs(input.partnerAgs);
    if (!m) throw new CoreError('invalid_input', 'invalid_input', { ags: input.partnerAgs }, [{ path: 'partnerAgs', key: 'ags_unknown' }]);
    name = m.name;
  }
  const raw = core.raw();
  const now = core.clock.now();
  const id = input.id ?? core.clock.newId();
  const action = existing ? 'update' : 'create';
  const values = [input.kind, input.partnerAgs, name, input.agreement, input.costShare, input.status, input.contact, input.note];
  inStep(core, { action, entity: 'partnership', title: name! }, (step) =>
    step.track('partnership', id, action, () => {
      if (existing) {
        raw.prepare('UPDATE partnerships SET kind = ?, partner_ags = ?, partner_name = ?, agreement = ?, cost_share = ?, status = ?, contact = ?, note = ?, updated_at = ? WHERE id = ?')
          .run(...values, now, id);
      } else {
        raw.prepare('INSERT INTO partnerships (kind, partner_ags, partner_name, agreement, cost_share, status, contact, note, id, measure_id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(...values, id, input.measureId, 'local', now, now);
      }
    }),
  );
  return getPartnership(core, id);
}

export function deletePartnership(core: Core, id: string): null {
  const p = getPartnership(core, id);
  inStep(core, { action: 'delete', entity: 'partnership', title: p.partnerName }, (step) =>
    step.track('partnership', id, 'delete', () => core.raw().prepare('DELETE FROM partnerships WHERE id = ?').run(id)),
  );
  return null;
}

/** One entry per partner (a municipality by its AGS, an organisation by its name), with every measure we share. */
export function listPartners(core: Core): PartnerSummary[] {
  const byPartner = new Map<string, PartnerSummary>();
  for (const p of listPartnerships(core, {})) {
    const key = p.partnerAgs ?? `name:${p.partnerName.toLocaleLowerCase('de')}`;
    const entry = byPartner.get(key);
    if (entry) entry.partnerships.push(p);
    else byPartner.set(key, { partnerAgs: p.partnerAgs, partnerName: p.partnerName, partnerType: p.partnerType, partnerLand: p.partnerLand, partnerships: [p] });
  }
  return [...byPartner.values()];
}
