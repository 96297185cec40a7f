/**
 * The ecosystem map: fields of action (rows) × spheres (columns), with the
 * actors, measures and stakeholders in each cell. The placement rules:
 * - actors: in their sphere, in every field they are linked to;
 * - measures: in their field, in the sphere of the actor whose name is the
 *   measure's lead ("Federführung", e.g. the Stadtwerke); otherwise in the
 *   Kernverwaltung, which leads most measures;
 * - stakeholders: in the fields of their linked measures and of the actor they
 *   are linked to; in that actor's sphere, otherwise internal ones in the
 *   Kernverwaltung and external ones in the örtliche Gemeinschaft.
 */
import { SPHERES, type EcosystemCellRecord, type EcosystemMap, type Sphere } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { foldGerman } from '../fold.ts';

type Bucket = Record<'actors' | 'measures' | 'stakeholders', Map<string, EcosystemCellRecord>>;

const sameName = (text: string) => foldGerman(text).replace(/\s+/g, ' ').trim();

export function getEcosystemMap(core: Core): EcosystemMap {
  const raw = core.raw();
  const fields = raw.prepare('SELECT id, name, color FROM fields ORDER BY sort_order, name').all() as { id: string; name: string; color: string }[];
  const cells = new Map<string, Bucket>();
  const bucket = (fieldId: string, sphere: Sphere): Bucket => {
    const key = `${fieldId}\0${sphere}`;
    let b = cells.get(key);
    if (!b) cells.set(key, (b = { actors: new Map(), measures: new Map(), stakeholders: new Map() }));
    return b;
  };
  const put = (kind: keyof Bucket, fieldId: string | null, sphere: Sphere, record: EcosystemCellRecord) => {
    if (fieldId) bucket(fieldId, sphere)[kind].set(record.id, record);
  };

  const actors = raw.prepare('SELECT id, name, sphere, stakeholder_id FROM actors').all() as { id: string; name: string; sphere: Sphere; stakeholder_id: string | null }[];
  const actorFields = raw.prepare('SELECT actor_id, field_id FROM actor_fields').all() as { actor_id: string; field_id: string }[];
  const actorById = new Map(actors.map((a) => [a.id, a]));
  for (const l of actorFields) {
    const a = actorById.get(l.actor_id);
    if (a) put('actors', l.field_id, a.sphere, { id: a.id, name: a.name });
  }

  const sphereByLead = new Map(actors.map((a) => [sameName(a.name), a.sphere]));
  const measures = raw.prepare('SELECT id, title, field_id, lead_unit FROM measures WHERE field_id IS NOT NULL').all() as { id: string; title: string; field_id: string; lead_unit: string | null }[];
  for (const m of measures) put('measures', m.field_id, (m.lead_unit && sphereByLead.get(sameName(m.lead_unit))) || 'core_admin', { id: m.id, name: m.title });

  const actorOfStakeholder = new Map(actors.filter((a) => a.stakeholder_id).map((a) => [a.stakeholder_id as string, a]));
  const stakeholders = raw.prepare('SELECT id, name, scope FROM stakeholders').all() as { id: string; name: string; scope: 'internal' | 'external' }[];
  const measureFields = raw.prepare('SELECT sm.stakeholder_id AS sid, m.field_id AS fid FROM stakeholder_measures sm JOIN measures m ON m.id = sm.measure_id WHERE m.field_id IS NOT NULL')
    .all() as { sid: string; fid: string }[];
  const fieldsOfActor = new Map<string, string[]>();
  for (const l of actorFields) fieldsOfActor.set(l.actor_id, [...(fieldsOfActor.get(l.actor_id) ?? []), l.field_id]);
  const fieldsOfStakeholder = new Map<string, Set<string>>();
  for (const { sid, fid } of measureFields) fieldsOfStakeholder.set(sid, (fieldsOfStakeholder.get(sid) ?? new Set()).add(fid));
  for (const s of stakeholders) {
    const actor = actorOfStakeholder.get(s.id);
    const sphere: Sphere = actor?.sphere ?? (s.scope === 'internal' ? 'core_admin' : 'local_community');
    const fieldIds = new Set([...(fieldsOfStakeholder.get(s.id) ?? []), ...(actor ? fieldsOfActor.get(actor.id) ?? [] : [])]);
    for (const fid of fieldIds) put('stakeholders', fid, sphere, { id: s.id, name: s.name });
  }

  const byName = (a: EcosystemCellRecord, b: EcosystemCellRecord) => a.name.localeCompare(b.name, 'de');
  const list = (m: Map<string, EcosystemCellRecord> | undefined) => [...(m?.values() ?? [])].sort(byName);
  const rows = fields.map((f) => ({
    fieldId: f.id, fieldName: f.name, color: f.color,
    cells: SPHERES.map((sphere) => {
      const b = cells.get(`${f.id}\0${sphere}`);
      return { sphere, actors: list(b?.actors), measures: list(b?.measures), stakeholders: list(b?.stakeholders) };
    }),
  }));
  const totals = SPHERES.map((sphere, i) => {
    const distinct = (kind: keyof Bucket) => new Set(rows.flatMap((r) => r.cells[i]?.[kind].map((x) => x.id) ?? [])).size;
    return { sphere, actors: distinct('actors'), measures: distinct('measures'), stakeholders: distinct('stakeholders') };
  });
  return { rows, totals };
}
