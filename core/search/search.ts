/**
 * Global search over the workspace with German folding (FTS5 over text the
 * core folds itself). Follows every logged row change, including undo/redo.
 */
import { createHash } from 'node:crypto';
import type { EntityName, SearchHit } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { onRowChanged, readRow } from '../changes/log.ts';
import { ENTITY_TABLES } from '../changes/entities.ts';
import { statement } from '../statements.ts';
import { foldGerman, searchWords } from '../fold.ts';
import { rankedRowids } from './rank.ts';

interface Indexed {
  /** The text a record contributes to the index. */
  text(row: Record<string, unknown>): { title: string; body: string };
  /** Its columns a hit shows: the title and the text the snippet comes from. */
  title: string;
  snippet: string;
}

/** Which entities are searchable. */
const INDEXED: Partial<Record<EntityName, Indexed>> = {
  measure: {
    text: (r) => ({ title: String(r.title ?? ''), body: [r.description, r.lead_unit].filter(Boolean).join(' ') }),
    title: 'title',
    snippet: 'description',
  },
  idea: {
    text: (r) => ({ title: String(r.title ?? ''), body: [r.description, r.submitter].filter(Boolean).join(' ') }),
    title: 'title',
    snippet: 'description',
  },
  // Funding programmes: found by name, funder's description, the fields and keywords they fund.
  programme: {
    text: (r) => ({ title: String(r.name ?? ''), body: [r.description, r.fields_text, r.keywords, r.eligible].filter(Boolean).join(' ') }),
    title: 'name',
    snippet: 'description',
  },
  agendaGoal: {
    text: (r) => ({ title: String(r.title ?? ''), body: String(r.description ?? '') }),
    title: 'title',
    snippet: 'description',
  },
  indicator: {
    text: (r) => ({ title: String(r.name ?? ''), body: [r.description, r.unit, r.source, r.owner].filter(Boolean).join(' ') }),
    title: 'name',
    snippet: 'description',
  },
  // Stakeholders: found by name, organisation, category, strategy and notes.
  stakeholder: {
    text: (r) => ({ title: String(r.name ?? ''), body: [r.organisation, r.category, r.strategy, r.notes].filter(Boolean).join(' ') }),
    title: 'name',
    snippet: 'notes',
  },
  // Peer projects are not change-logged: the pack import writes their index rows itself (core/packs/store-projects.ts).
  peerProject: {
    text: (r) => ({ title: String(r.title ?? ''), body: [r.summary, r.description, r.field, r.tags, r.lessons_learned].filter(Boolean).join(' ') }),
    title: 'title',
    snippet: 'summary',
  },
  // OZG services assessed for maturity: found by service name, responsible unit, EfA provider and note.
  ozgMaturity: {
    text: (r) => ({ title: String(r.name ?? ''), body: [r.unit, r.efa_provider, r.note].filter(Boolean).join(' ') }),
    title: 'name',
    snippet: 'note',
  },
  // ecosystem: org units, actors, roles
  actor: {
    text: (r) => ({ title: String(r.name ?? ''), body: [r.description, r.contact].filter(Boolean).join(' ') }),
    title: 'name',
    snippet: 'description',
  },
  orgUnit: {
    text: (r) => ({ title: String(r.name ?? ''), body: [r.short_name, r.head].filter(Boolean).join(' ') }),
    title: 'name',
    snippet: 'head',
  },
  // DigiCheck: catalogue, assessments
  // DigiCheck assessments: found by title, the unit's name, participants and the three narratives.
  digicheckAssessment: {
    text: (r) => ({ title: String(r.title ?? ''), body: [r.unit_name, r.participants, r.starting_position, r.need_for_change, r.it_challenges].filter(Boolean).join(' ') }),
    title: 'title',
    snippet: 'starting_position',
  },
  // DigiCheck: recommendations, partial strategy
  // DigiCheck recommendations: found by title, description and staff note.
  recommendation: {
    text: (r) => ({ title: String(r.title ?? ''), body: [r.description, r.staff_note].filter(Boolean).join(' ') }),
    title: 'title',
    snippet: 'description',
  },
  // value propositions: found by title, target group, description and the texts of their items.
  valueProposition: {
    text: (r) => ({ title: String(r.title ?? ''), body: [r.target_group, r.description, r.item_text].filter(Boolean).join(' ') }),
    title: 'title',
    snippet: 'target_group',
  },
};

/**
 * The indexed entities whose table exists in this workspace. A workspace
 * opened at an older schema (a pinned migration test) may lack newer tables.
 */
const presentByDb = new WeakMap<object, [EntityName, Indexed][]>();
function indexedIn(core: Core): [EntityName, Indexed][] {
  const raw = core.raw();
  let found = presentByDb.get(raw);
  if (!found) {
    const tables = new Set(raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[]);
    found = (Object.entries(INDEXED) as [EntityName, Indexed][]).filter(([e]) => tables.has(ENTITY_TABLES[e]));
    presentByDb.set(raw, found);
  }
  return found;
}

/**
 * Each record's index row has a fixed rowid (62 bits of SHA-1 of entity and
 * id): an edit replaces it by rowid. Finding it by the UNINDEXED entity
 * columns would scan the whole index on every edit. Bit 62 marks the imported
 * peer library: FTS5 walks matches in rowid order, so the workspace's own
 * records come before the far more numerous library rows, and where a search
 * ranks only the first matches of a very common word (rank.ts) it ranks the
 * own records.
 */
export function searchRowid(entity: string, id: string): bigint {
  const hash = createHash('sha1').update(`${entity}\0${id}`).digest().readBigUInt64BE(0) >> 2n;
  return LIBRARY.has(entity) ? hash | (1n << 62n) : hash;
}

const LIBRARY: ReadonlySet<string> = new Set<EntityName>(['peerProject']);

/**
 * False when the index holds rows numbered another way (a file written before
 * the numbering above): edits would then add rows instead of replacing them,
 * so the file's index must be rebuilt once. One row of ours tells: a rebuild
 * numbers all. Rows of entities we do not index are not ours to judge.
 */
export function indexRowidsCurrent(core: Core): boolean {
  const rows = core.raw().prepare('SELECT rowid, entity, entity_id FROM search_index').safeIntegers(true).iterate() as IterableIterator<{ rowid: bigint; entity: string; entity_id: string }>;
  for (const row of rows) {
    if (!(row.entity in INDEXED)) continue;
    return row.rowid === searchRowid(row.entity, row.entity_id);
  }
  return true;
}

export function reindex(core: Core, entity: EntityName, id: string): void {
  const indexed = INDEXED[entity];
  if (!indexed) return;
  const raw = core.raw();
  const rowid = searchRowid(entity, id);
  statement(raw, 'DELETE FROM search_index WHERE rowid = ?').run(rowid);
  const row = readRow(core, entity, id);
  if (!row) return;
  const { title, body } = indexed.text(row);
  statement(raw, 'INSERT INTO search_index (rowid, entity, entity_id, title, body) VALUES (?, ?, ?, ?, ?)').run(rowid, entity, id, foldGerman(title), foldGerman(body));
}

onRowChanged(reindex);

/**
 * Indexes (or, with `row` null, unindexes) rows written in bulk outside the
 * change log, e.g. a pack import: one prepared statement for thousands of rows.
 * Rows carry the table's column names (snake_case), as `readRow` returns them.
 */
export function indexRows(core: Core, entity: EntityName, rows: Iterable<{ id: string; row: Record<string, unknown> | null; fresh?: boolean }>): void {
  const indexed = INDEXED[entity];
  if (!indexed) return;
  const raw = core.raw();
  const remove = raw.prepare('DELETE FROM search_index WHERE rowid = ?');
  const insert = raw.prepare('INSERT INTO search_index (rowid, entity, entity_id, title, body) VALUES (?, ?, ?, ?, ?)');
  for (const { id, row, fresh } of rows) {
    const rowid = searchRowid(entity, id);
    // `fresh`: the caller just created the record, so there is no old index row to remove.
    if (!fresh) remove.run(rowid);
    if (!row) continue;
    const { title, body } = indexed.text(row);
    insert.run(rowid, entity, id, foldGerman(title), foldGerman(body));
  }
}

/** Rebuilds the whole index (after a restore or a bulk load without the change log). */
export function rebuildIndex(core: Core): void {
  const raw = core.raw();
  raw.transaction(() => {
    raw.prepare('DELETE FROM search_index').run();
    const insert = raw.prepare('INSERT INTO search_index (rowid, entity, entity_id, title, body) VALUES (?, ?, ?, ?, ?)');
    for (const [entity, indexed] of indexedIn(core)) {
      for (const r of raw.prepare(`SELECT * FROM ${ENTITY_TABLES[entity]}`).all() as Record<string, unknown>[]) {
        const { title, body } = indexed.text(r);
        insert.run(searchRowid(entity, String(r.id)), entity, r.id, foldGerman(title), foldGerman(body));
      }
    }
  })();
}

function excerpt(text: string | null, max = 140): string {
  if (!text) return '';
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/**
 * Reads the records of ranked index rows, in their order, each by its key.
 * `found` is 0 for an index row whose record is gone (a table missing in an
 * older file).
 */
function recordsSql(core: Core): string {
  const present = indexedIn(core);
  const pick = (col: 'title' | 'snippet') => `CASE s.entity ${present.map(([e, x], n) => `WHEN '${e}' THEN e${n}."${x[col]}"`).join(' ')} END`;
  const joins = present.map(([e], n) => `LEFT JOIN ${ENTITY_TABLES[e]} e${n} ON s.entity = '${e}' AND e${n}.id = s.entity_id`).join('\n     ');
  // CROSS JOIN keeps the ranked list outside: each index row is then read by its rowid.
  return `SELECT s.entity, s.entity_id, ${pick('title')} AS title, ${pick('snippet')} AS snippet,
       coalesce(${present.map((_, n) => `e${n}.id`).join(', ')}, NULL) IS NOT NULL AS found
     FROM json_each(?) j CROSS JOIN search_index s ON s.rowid = j.value
     ${joins}
     ORDER BY j.key`;
}

interface HitRow { entity: EntityName; entity_id: string; title: string; snippet: string | null; found: 0 | 1 }

export function search(core: Core, query: string, limit: number): SearchHit[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const raw = core.raw();
  const records = statement(raw, recordsSql(core));
  // An index row whose record is gone is skipped: the window widens until it holds `limit` hits or every ranked row.
  for (let window = limit + 8; ; window *= 4) {
    const rowids = rankedRowids(raw, words, window);
    const rows = records.all(`[${rowids.join(',')}]`) as HitRow[];
    const hits = rows.filter((r) => r.found);
    if (hits.length >= limit || rowids.length < window) {
      return hits.slice(0, limit).map((r) => ({ entity: r.entity, id: r.entity_id, title: r.title, snippet: excerpt(r.snippet) }));
    }
  }
}
