/**
 * "Changes nothing", measured two ways. The quick check (SQLite's
 * total_changes(), the files in the data folder, which workspace is open)
 * costs microseconds and runs around every call. The full one hashes every
 * row of every table; it settles the case where a handler wrote inside a
 * transaction and rolled back (total_changes() counts that, the file does not).
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import type Database from 'better-sqlite3';
import type { Harness } from '../support/core-harness.ts';

export interface QuickPrint {
  changes: number;
  files: string;
  open: string | null;
}

/** Files that come and go with SQLite's own bookkeeping, not with our writes. */
const SQLITE_SIDE_FILES = /-(wal|shm|journal)$/;

export function quickPrint(h: Harness): QuickPrint {
  const changes = h.core.current ? (h.core.raw().prepare('SELECT total_changes() AS n').get() as { n: number }).n : -1;
  const files = readdirSync(h.dir, { recursive: true, encoding: 'utf8' }).filter((f) => !SQLITE_SIDE_FILES.test(f)).sort().join('\n');
  return { changes, files, open: h.core.current?.id ?? null };
}

/** The shipped catalogues (thousands of LeiKa rows no call writes): counted, not hashed, to keep the check fast. */
const REFERENCE_TABLES = new Set(['leika_services', 'ozg_services', 'reference_sources', '__drizzle_migrations']);

/** One statement per table that returns the whole table as one text (SQLite's quote() keeps types apart). */
function tableDumps(raw: Database.Database): Database.Statement[] {
  const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name").all() as { name: string }[];
  return tables.map(({ name }) => {
    if (REFERENCE_TABLES.has(name)) return raw.prepare(`SELECT '${name}:' || count(*) FROM "${name}"`).pluck();
    const columns = (raw.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => `quote("${c.name}")`);
    return raw.prepare(`SELECT '${name}:' || coalesce(group_concat(${columns.join(" || ',' || ")}, char(10)), '') FROM "${name}"`).pluck();
  });
}

const dumps = new WeakMap<Database.Database, Database.Statement[]>();

/** A hash of every row of every real table (FTS5's own virtual table is covered by its shadow tables). */
export function fullPrint(h: Harness): string {
  const raw = h.core.raw();
  let statements = dumps.get(raw);
  if (!statements) dumps.set(raw, (statements = tableDumps(raw)));
  const hash = createHash('sha256');
  for (const statement of statements) hash.update(String(statement.get()));
  return hash.digest('hex');
}
