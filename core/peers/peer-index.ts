/**
 * The per-workspace cache of the peer library for matching and search: the
 * TF-IDF corpus over every peer project and the folded text the library's
 * search filters on. Rebuilt when the set of imported packs changes (an
 * import, an update or a removal touches `peer_packs`), so matching one idea
 * needs no SQL beyond reading the hits.
 */
import type Database from 'better-sqlite3';
import type { Core } from '../core.ts';
import { foldGerman } from '../fold.ts';
import { Corpus, type MatchDoc } from './similarity.ts';
import { stringList } from './peer-rows.ts';

export interface PeerIndex {
  ids: string[];
  corpus: Corpus;
  /** Every folded word of the library, sorted, with the projects that contain it: prefix search by binary search. */
  words: string[];
  wordDocs: Int32Array[];
}

interface Cached {
  signature: string;
  index: PeerIndex;
}

const cache = new WeakMap<Database.Database, Cached>();

function signatureOf(raw: Database.Database): string {
  // An import, an update (field mappings included) or a removal touches peer_packs; ~100 rows, so this stays cheap.
  return raw.prepare("SELECT coalesce(group_concat(id || ':' || updated_at || ':' || project_count, ','), '') FROM (SELECT * FROM peer_packs ORDER BY id)").pluck().get() as string;
}

interface IndexRow {
  id: string; title: string; summary: string | null; description: string | null; field: string | null; field_id: string | null;
  ozg_ids: string | null; tags: string | null; publisher_name: string;
}

/** Builds the index from rows (exported for the benchmark, which has no workspace). */
export function buildPeerIndex(rows: readonly (MatchDoc & { id: string; extra?: string })[]): PeerIndex {
  const byWord = new Map<string, number[]>();
  rows.forEach((r, i) => {
    const text = foldGerman([r.title, r.summary, r.description, r.extra, r.tags.join(' ')].filter(Boolean).join(' '));
    for (const w of new Set(text.match(/[\p{L}\p{N}]+/gu) ?? [])) {
      const list = byWord.get(w);
      if (list) list.push(i);
      else byWord.set(w, [i]);
    }
  });
  const words = [...byWord.keys()].sort();
  return { ids: rows.map((r) => r.id), corpus: new Corpus(rows), words, wordDocs: words.map((w) => Int32Array.from(byWord.get(w)!)) };
}

export function peerIndex(core: Core): PeerIndex {
  const raw = core.raw();
  const signature = signatureOf(raw);
  const hit = cache.get(raw);
  if (hit && hit.signature === signature) return hit.index;
  const rows = raw.prepare(`SELECT p.id, p.title, p.summary, p.description, p.field, p.field_id, p.ozg_ids, p.tags, k.publisher_name
    FROM peer_projects p JOIN peer_packs k ON k.id = p.pack_row_id ORDER BY p.id`).all() as IndexRow[];
  const index = buildPeerIndex(rows.map((r) => ({
    id: r.id, title: r.title, summary: r.summary, description: r.description, fieldId: r.field_id,
    ozgIds: stringList(r.ozg_ids), tags: stringList(r.tags), extra: [r.field, r.publisher_name].filter(Boolean).join(' '),
  })));
  cache.set(raw, { signature, index });
  return index;
}

/** First index in the sorted `words` not below `prefix`. */
function lowerBound(words: string[], prefix: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Ids of the projects whose text has every query word at a word start ("buerg" finds "Bürgerportal"). */
export function searchPeerIds(index: PeerIndex, query: string): string[] {
  const prefixes = (foldGerman(query).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
  if (prefixes.length === 0) return index.ids;
  let hits: Uint8Array | null = null;
  for (const prefix of prefixes) {
    const found = new Uint8Array(index.ids.length);
    for (let k = lowerBound(index.words, prefix); k < index.words.length && index.words[k]!.startsWith(prefix); k++) {
      for (const d of index.wordDocs[k]!) found[d] = 1;
    }
    if (hits) for (let d = 0; d < found.length; d++) { if (!found[d]) hits[d] = 0; }
    else hits = found;
  }
  const out: string[] = [];
  hits!.forEach((hit, d) => {
    if (hit) out.push(index.ids[d]!);
  });
  return out;
}
