/**
 * Prepared statements kept per open database. Preparing costs about as much as
 * running a one-row statement, and bulk writes (a 10,000-row import through the
 * change log) run the same few statements thousands of times.
 */
import type Database from 'better-sqlite3';

const byDb = new WeakMap<Database.Database, Map<string, Database.Statement>>();

export function statement(raw: Database.Database, sql: string): Database.Statement {
  let cache = byDb.get(raw);
  if (!cache) byDb.set(raw, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) cache.set(sql, (stmt = raw.prepare(sql)));
  return stmt;
}
