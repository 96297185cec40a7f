/**
 * core/stakeholders/: the stakeholder register. Stakeholders with their
 * scores, attitude and engagement, links to measures, relations between
 * stakeholders and the engagement gap list. Imports api/ and core/ only.
 * Every edit is one undo step (inStep); a drag on the grid is one step too.
 */
import { ENGAGEMENTS, type EngagementGap, type Parsed, type Stakeholder, type StakeholderRegister, type StakeholderRelation } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { trackChildren } from '../changes/children.ts';
import { inStep, type Step } from '../changes/log.ts';
import { foldGerman } from '../fold.ts';

interface StakeholderRow {
  id: string; name: string; kind: Stakeholder['kind']; scope: Stakeholder['scope']; category: string | null; organisation: string | null;
  influence: number; interest: number; attitude: Stakeholder['attitude']; engagement_now: Stakeholder['engagementNow'];
  engagement_wanted: Stakeholder['engagementWanted']; power: number; legitimacy: number; urgency: number; strategy: string | null;
  next_contact: string | null; notes: string | null; created_at: string; updated_at: string;
}

/** Same name in the same organisation (both folded; no organisation counts as one). */
const twinKey = (name: string, organisation: string | null): string =>
  `${foldGerman(organisation ?? '').replace(/\s+/g, ' ').trim()}\0${foldGerman(name).replace(/\s+/g, ' ').trim()}`;

/** The stakeholders' links of one kind (measures or agenda goals), with the linked record's title, by stakeholder. */
function linksBy<K extends 'measureId' | 'goalId'>(core: Core, sql: string, key: K): Map<string, ({ title: string } & Record<K, string>)[]> {
  const rows = core.raw().prepare(sql).all() as ({ sid: string; linked: string; title: string })[];
  const map = new Map<string, ({ title: string } & Record<K, string>)[]>();
  for (const r of rows) map.set(r.sid, [...(map.get(r.sid) ?? []), { [key]: r.linked, title: r.title } as { title: string } & Record<K, string>]);
  return map;
}

export function allStakeholders(core: Core): Stakeholder[] {
  const rows = core.raw().prepare('SELECT * FROM stakeholders ORDER BY name COLLATE NOCASE, id').all() as StakeholderRow[];
  const measureLinks = linksBy(core, `SELECT sm.stakeholder_id AS sid, m.id AS linked, m.title AS title
    FROM stakeholder_measures sm JOIN measures m ON m.id = sm.measure_id ORDER BY m.title COLLATE NOCASE`, 'measureId');
  const goalLinks = linksBy(core, `SELECT sg.stakeholder_id AS sid, g.id AS linked, g.title AS title
    FROM stakeholder_goals sg JOIN agenda_goals g ON g.id = sg.goal_id ORDER BY g.sort_order, g.title COLLATE NOCASE`, 'goalId');
  const keyCount = new Map<string, number>();
  for (const r of rows) keyCount.set(twinKey(r.name, r.organisation), (keyCount.get(twinKey(r.name, r.organisation)) ?? 0) + 1);
  return rows.map((r) => ({
    id: r.id, name: r.name, kind: r.kind, scope: r.scope, category: r.category, organisation: r.organisation,
    influence: r.influence, interest: r.interest, attitude: r.attitude, engagementNow: r.engagement_now, engagementWanted: r.engagement_wanted,
    power: !!r.power, legitimacy: !!r.legitimacy, urgency: !!r.urgency, strategy: r.strategy, nextContact: r.next_contact, notes: r.notes,
    measures: measureLinks.get(r.id) ?? [], goals: goalLinks.get(r.id) ?? [], duplicateName: (keyCount.get(twinKey(r.name, r.organisation)) ?? 0) > 1,
    createdAt: r.created_at, updatedAt: r.updated_at,
  }));
}

export function getStakeholder(core: Core, id: string): Stakeholder {
  const found = allStakeholders(core).find((s) => s.id === id);
  if (!found) throw notFound();
  return found;
}

function allRelations(core: Core): StakeholderRelation[] {
  return core.raw().prepare(`SELECT r.id, r.from_id AS fromId, f.name AS fromName, r.to_id AS toId, t.name AS toName, r.kind
    FROM stakeholder_relations r JOIN stakeholders f ON f.id = r.from_id JOIN stakeholders t ON t.id = r.to_id
    ORDER BY f.name COLLATE NOCASE, t.name COLLATE NOCASE, r.kind`).all() as StakeholderRelation[];
}

/** Engagement gaps, largest first: where the CDO has the most work to do. */
export function engagementGaps(rows: Stakeholder[]): EngagementGap[] {
  return rows
    .map((s) => ({ id: s.id, name: s.name, now: s.engagementNow, wanted: s.engagementWanted, gap: ENGAGEMENTS.indexOf(s.engagementWanted) - ENGAGEMENTS.indexOf(s.engagementNow) }))
    .filter((g) => g.gap !== 0)
    .sort((a, b) => Math.abs(b.gap) - Math.abs(a.gap) || a.name.localeCompare(b.name, 'de'));
}

export function getStakeholderRegister(core: Core): StakeholderRegister {
  const rows = allStakeholders(core);
  return { rows, relations: allRelations(core), gaps: engagementGaps(rows) };
}

type Values = Omit<Parsed<'saveStakeholder'>, 'id' | 'measureIds' | 'goalIds'>;
const COLUMNS = ['name', 'kind', 'scope', 'category', 'organisation', 'influence', 'interest', 'attitude', 'engagement_now', 'engagement_wanted',
  'power', 'legitimacy', 'urgency', 'strategy', 'next_contact', 'notes'] as const;
const valuesOf = (s: Values) => [s.name, s.kind, s.scope, s.category, s.organisation, s.influence, s.interest, s.attitude, s.engagementNow,
  s.engagementWanted, s.power ? 1 : 0, s.legitimacy ? 1 : 0, s.urgency ? 1 : 0, s.strategy, s.nextContact, s.notes];

/** How a stakeholder links to measures and to agenda goals: one table each, written the same way. */
const LINKS = {
  measure: { entity: 'stakeholderMeasure', table: 'stakeholder_measures', column: 'measure_id', target: 'measures', field: 'measureIds', unknown: 'stakeholder_measure_unknown' },
  goal: { entity: 'stakeholderGoal', table: 'stakeholder_goals', column: 'goal_id', target: 'agenda_goals', field: 'goalIds', unknown: 'stakeholder_goal_unknown' },
} as const;
type LinkKind = keyof typeof LINKS;

/** Refuses ids of measures or goals that do not exist, naming the first one's field. */
function checkLinked(core: Core, kind: LinkKind, ids: string[]): void {
  const l = LINKS[kind];
  const known = new Set((core.raw().prepare(`SELECT id FROM ${l.target}`).all() as { id: string }[]).map((r) => r.id));
  const unknown = ids.findIndex((x) => !known.has(x));
  if (unknown >= 0) throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: `${l.field}.${unknown}`, key: l.unknown }]);
}

/** Makes the stakeholder's links of one kind equal `ids`, logging each added or removed link. */
function writeLinks(core: Core, step: Step, kind: LinkKind, stakeholderId: string, ids: string[]): void {
  const l = LINKS[kind];
  const raw = core.raw();
  const now = core.clock.now();
  const current = raw.prepare(`SELECT id, ${l.column} AS linked FROM ${l.table} WHERE stakeholder_id = ?`).all(stakeholderId) as { id: string; linked: string }[];
  const wanted = new Set(ids);
  for (const link of current.filter((c) => !wanted.has(c.linked))) {
    step.track(l.entity, link.id, 'delete', () => raw.prepare(`DELETE FROM ${l.table} WHERE id = ?`).run(link.id));
  }
  const have = new Set(current.map((c) => c.linked));
  for (const linked of wanted) {
    if (have.has(linked)) continue;
    const linkId = core.clock.newId();
    step.track(l.entity, linkId, 'create', () =>
      raw.prepare(`INSERT INTO ${l.table} (id, stakeholder_id, ${l.column}, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`)
        .run(linkId, stakeholderId, linked, 'local', now, now));
  }
}

export function saveStakeholder(core: Core, input: Parsed<'saveStakeholder'>): Stakeholder {
  const existing = input.id ? getStakeholder(core, input.id) : null;
  const raw = core.raw();
  const measureIds = [...new Set(input.measureIds)];
  const goalIds = [...new Set(input.goalIds)];
  checkLinked(core, 'measure', measureIds);
  checkLinked(core, 'goal', goalIds);
  const { id: _id, measureIds: _m, goalIds: _g, ...values } = input;
  const now = core.clock.now();
  const id = inStep(core, { action: existing ? 'update' : 'create', entity: 'stakeholder', title: input.name }, (step) => {
    const sid = existing?.id ?? core.clock.newId();
    if (existing) {
      step.track('stakeholder', sid, 'update', () =>
        raw.prepare(`UPDATE stakeholders SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')}, updated_at = ? WHERE id = ?`).run(...valuesOf(values), now, sid));
    } else {
      step.track('stakeholder', sid, 'create', () =>
        raw.prepare(`INSERT INTO stakeholders (id, ${COLUMNS.join(', ')}, origin, created_at, updated_at) VALUES (${Array(COLUMNS.length + 4).fill('?').join(', ')})`)
          .run(sid, ...valuesOf(values), 'local', now, now));
    }
    writeLinks(core, step, 'measure', sid, measureIds);
    writeLinks(core, step, 'goal', sid, goalIds);
    return sid;
  });
  return getStakeholder(core, id);
}

/** A drag (or arrow key) on the power/interest grid: one undoable step named after the stakeholder. */
export function moveStakeholder(core: Core, input: Parsed<'moveStakeholder'>): Stakeholder {
  const s = getStakeholder(core, input.id);
  if (s.influence === input.influence && s.interest === input.interest) return s;
  const raw = core.raw();
  inStep(core, { action: 'update', entity: 'stakeholder', title: s.name }, (step) =>
    step.track('stakeholder', s.id, 'update', () =>
      raw.prepare('UPDATE stakeholders SET influence = ?, interest = ?, updated_at = ? WHERE id = ?').run(input.influence, input.interest, core.clock.now(), s.id)));
  return getStakeholder(core, s.id);
}

/** Deletes a stakeholder with its links and relations, each logged so undo brings them all back. */
export function deleteStakeholder(core: Core, id: string): null {
  const s = getStakeholder(core, id);
  const raw = core.raw();
  inStep(core, { action: 'delete', entity: 'stakeholder', title: s.name }, (step) => {
    // Relations, links, and the actors and value propositions that name it (they keep existing, unlinked).
    trackChildren(core, step, 'stakeholders', s.id);
    step.track('stakeholder', s.id, 'delete', () => raw.prepare('DELETE FROM stakeholders WHERE id = ?').run(s.id));
  });
  return null;
}

export function saveStakeholderRelation(core: Core, input: Parsed<'saveStakeholderRelation'>): StakeholderRelation {
  const from = getStakeholder(core, input.fromId);
  getStakeholder(core, input.toId);
  const raw = core.raw();
  const twin = raw.prepare('SELECT id FROM stakeholder_relations WHERE from_id = ? AND to_id = ? AND kind = ?').get(input.fromId, input.toId, input.kind);
  if (twin) throw new CoreError('invalid_input', 'invalid_input', {}, [{ path: 'toId', key: 'stakeholder_relation_exists' }]);
  const id = core.clock.newId();
  const now = core.clock.now();
  inStep(core, { action: 'create', entity: 'stakeholderRelation', title: from.name }, (step) =>
    step.track('stakeholderRelation', id, 'create', () =>
      raw.prepare('INSERT INTO stakeholder_relations (id, from_id, to_id, kind, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(id, input.fromId, input.toId, input.kind, 'local', now, now)));
  const saved = allRelations(core).find((r) => r.id === id);
  if (!saved) throw notFound();
  return saved;
}

export function deleteStakeholderRelation(core: Core, id: string): null {
  const rel = allRelations(core).find((r) => r.id === id);
  if (!rel) throw notFound();
  const raw = core.raw();
  inStep(core, { action: 'delete', entity: 'stakeholderRelation', title: rel.fromName }, (step) =>
    step.track('stakeholderRelation', id, 'delete', () => raw.prepare('DELETE FROM stakeholder_relations WHERE id = ?').run(id)));
  return null;
}
