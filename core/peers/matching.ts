/**
 * "Who has the same idea?": own ideas and measures matched against the peer
 * library (and a peer project against own ideas and measures), each hit with
 * why it matched. The algorithm is in similarity.ts; this file reads the own
 * side from the store and turns hits into the API's shapes.
 */
import type Database from 'better-sqlite3';
import type { PeerMatchReason, PeerMatchStrength, OwnKind, OwnMatch, Parsed, PeerMatch, PeerMatchOverview } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { notFound } from '../errors.ts';
import { Corpus, type MatchDoc, type SimilarityHit } from './similarity.ts';
import { peerIndex } from './peer-index.ts';
import { PEER_SELECT, stringList, toSummary, type PeerRow } from './peer-rows.ts';

type OwnDoc = MatchDoc & { kind: OwnKind; id: string };

interface OwnRow { id: string; title: string; description: string | null; field_id: string | null; goals?: string | null; impact?: string | null; tags?: string | null; ozg?: string | null }

const splitTags = (text: string | null | undefined) => (text ?? '').split(/[,;]/).map((t) => t.trim()).filter(Boolean);

const IDEA_SQL = 'SELECT id, title, description, field_id FROM ideas';
const MEASURE_SQL = `SELECT m.id, m.title, m.description, m.goals, m.impact, m.field_id, m.tags,
  (SELECT group_concat(o.ozg_id) FROM measure_ozg_services o WHERE o.measure_id = m.id) AS ozg FROM measures m`;

function ownDoc(kind: OwnKind, r: OwnRow): OwnDoc {
  return {
    kind, id: r.id, title: r.title, fieldId: r.field_id,
    // A measure's goals and impact describe it as much as its description does.
    description: [r.description, r.goals, r.impact].filter(Boolean).join('\n'),
    ozgIds: splitTags(r.ozg), tags: splitTags(r.tags),
  };
}

function readOwn(core: Core, kind: OwnKind, id: string): OwnDoc {
  const row = core.raw().prepare(`${kind === 'idea' ? IDEA_SQL : MEASURE_SQL} WHERE ${kind === 'idea' ? 'id' : 'm.id'} = ?`).get(id) as OwnRow | undefined;
  if (!row) throw notFound();
  return ownDoc(kind, row);
}

const STRENGTH: [number, PeerMatchStrength][] = [[0.5, 'high'], [0.3, 'medium'], [0, 'low']];
const strengthOf = (score: number): PeerMatchStrength => STRENGTH.find(([min]) => score >= min)![1];

function reasonsOf(raw: Database.Database, hit: SimilarityHit, fieldId: string | null): PeerMatchReason[] {
  const reasons: PeerMatchReason[] = [];
  if (hit.words.length) reasons.push({ kind: 'words', words: hit.words });
  if (hit.ozgIds.length) {
    const name = raw.prepare('SELECT name FROM ozg_services WHERE ozg_id = ?').pluck();
    reasons.push({ kind: 'ozg', services: hit.ozgIds.map((ozgId) => ({ ozgId, name: (name.get(ozgId) as string | undefined) ?? null })) });
  }
  if (hit.sameField && fieldId) {
    const name = raw.prepare('SELECT name FROM fields WHERE id = ?').pluck().get(fieldId) as string | undefined;
    if (name) reasons.push({ kind: 'field', name });
  }
  if (hit.tags.length) reasons.push({ kind: 'tags', tags: hit.tags });
  return reasons;
}

function peerMatches(core: Core, doc: MatchDoc, limit: number): PeerMatch[] {
  const index = peerIndex(core);
  const hits = index.corpus.match(doc, limit);
  if (hits.length === 0) return [];
  const raw = core.raw();
  const ids = hits.map((h) => index.ids[h.index]!);
  const rows = new Map((raw.prepare(`${PEER_SELECT} WHERE p.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as PeerRow[]).map((r) => [r.id, r]));
  return hits.flatMap((h, n) => {
    const row = rows.get(ids[n]!);
    return row ? [{ project: toSummary(row), score: h.score, strength: strengthOf(h.score), reasons: reasonsOf(raw, h, doc.fieldId) }] : [];
  });
}

export function findPeerMatches(core: Core, q: Parsed<'findPeerMatches'>): PeerMatch[] {
  return peerMatches(core, readOwn(core, q.kind, q.id), q.limit);
}

// --- the peer side: which own ideas and measures a peer project resembles ---

const ownCache = new WeakMap<Database.Database, { signature: string; docs: OwnDoc[]; corpus: Corpus }>();

function ownCorpus(core: Core): { docs: OwnDoc[]; corpus: Corpus } {
  const raw = core.raw();
  // Any own edit changes a count or the newest updated_at; then the small own corpus is rebuilt.
  const signature = JSON.stringify(raw.prepare(`SELECT (SELECT count(*) FROM ideas), (SELECT max(updated_at) FROM ideas), (SELECT count(*) FROM measures),
    (SELECT max(updated_at) FROM measures), (SELECT count(*) FROM measure_ozg_services), (SELECT max(updated_at) FROM measure_ozg_services)`).raw().get());
  const hit = ownCache.get(raw);
  if (hit && hit.signature === signature) return hit;
  const docs = [
    ...(raw.prepare(IDEA_SQL).all() as OwnRow[]).map((r) => ownDoc('idea', r)),
    ...(raw.prepare(MEASURE_SQL).all() as OwnRow[]).map((r) => ownDoc('measure', r)),
  ];
  const built = { signature, docs, corpus: new Corpus(docs) };
  ownCache.set(raw, built);
  return built;
}

export function findOwnMatches(core: Core, q: Parsed<'findOwnMatches'>): OwnMatch[] {
  const raw = core.raw();
  const row = raw.prepare(`${PEER_SELECT} WHERE p.id = ?`).get(q.peerProjectId) as PeerRow | undefined;
  if (!row) throw notFound();
  const doc: MatchDoc = { title: row.title, summary: row.summary, description: row.description, fieldId: row.field_id, ozgIds: stringList(row.ozg_ids), tags: stringList(row.tags) };
  const { docs, corpus } = ownCorpus(core);
  return corpus.match(doc, q.limit).map((h) => {
    const own = docs[h.index]!;
    return { kind: own.kind, id: own.id, title: own.title, score: h.score, strength: strengthOf(h.score), reasons: reasonsOf(raw, h, doc.fieldId) };
  });
}

/** How many own ideas and measures the overview looks at (each): the most recently edited, so a 10k portfolio stays quick. */
const OVERVIEW_ITEMS = 100;

/** For every open own idea and running measure, its best peer matches; items without a match are left out. */
export function peerMatchOverview(core: Core, q: Parsed<'listPeerMatchOverview'>): PeerMatchOverview {
  const raw = core.raw();
  const ideas = (raw.prepare(`${IDEA_SQL} WHERE status NOT IN ('adopted', 'rejected') ORDER BY updated_at DESC LIMIT ?`).all(OVERVIEW_ITEMS) as OwnRow[]).map((r) => ownDoc('idea', r));
  const measures = (raw.prepare(`${MEASURE_SQL} WHERE m.phase NOT IN ('completed', 'stopped') ORDER BY m.updated_at DESC LIMIT ?`).all(OVERVIEW_ITEMS) as OwnRow[]).map((r) => ownDoc('measure', r));
  const items = [...ideas, ...measures]
    .map((d) => ({ kind: d.kind, id: d.id, title: d.title, matches: peerMatches(core, d, q.perItem) }))
    .filter((i) => i.matches.length > 0)
    .sort((a, b) => b.matches[0]!.score - a.matches[0]!.score || a.title.localeCompare(b.title, 'de'));
  return { peerCount: peerIndex(core).ids.length, items };
}
