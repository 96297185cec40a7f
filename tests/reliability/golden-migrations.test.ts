/**
 * Issue 7.3, the migration safety net: a filled workspace of every released
 * schema version (tests/fixtures/golden/v<N>.cdo, made by
 * scripts/make-golden-workspaces.ts and committed) is opened by the core, which
 * migrates it to the current version. Every table keeps its row count, foreign
 * keys and integrity hold, and the schema is exactly that of a new workspace.
 */
import Database from 'better-sqlite3';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Core, createDispatcher, openWorkspaceFile } from '../../core/index.ts';
import { knownSchemaVersion, openStore } from '../../db/index.ts';
import { GOLDEN_DIR, rowCounts, type GoldenFacts } from '../../scripts/make-golden-workspaces.ts';
import { removeAll, tempDir } from '../fixtures/workspace-files.ts';

const goldens = readdirSync(GOLDEN_DIR)
  .filter((n) => /^v\d+\.json$/.test(n))
  .map((n) => JSON.parse(readFileSync(join(GOLDEN_DIR, n), 'utf8')) as GoldenFacts)
  .sort((a, b) => a.schemaVersion - b.schemaVersion);

/** SQL text without layout: drizzle's own migrator (used by the app up to version 4) wrote its bookkeeping table over several lines. */
const flat = (sql: string | null) => sql?.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/ \)/g, ')') ?? null;

/** Everything a migration shapes: tables, indexes, virtual tables, with their SQL; plus the version stamps. */
function schemaOf(raw: Database.Database) {
  const master = raw.prepare('SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name').all() as { sql: string | null }[];
  return {
    master: master.map((m) => ({ ...m, sql: flat(m.sql) })),
    userVersion: raw.pragma('user_version', { simple: true }),
    applicationId: raw.pragma('application_id', { simple: true }),
    migrations: raw.prepare('SELECT count(*) AS n FROM __drizzle_migrations').pluck().get(),
  };
}

/** Every row of every counted table, by column, in a stable order (a table rebuild may renumber rowids). */
function contentOf(raw: Database.Database, tables: string[]): Record<string, Record<string, unknown>[]> {
  return Object.fromEntries(tables.map((t) => {
    const cols = (raw.pragma(`table_info("${t}")`) as { name: string }[]).map((c) => `"${c.name}"`).join(', ');
    return [t, raw.prepare(`SELECT ${cols} FROM "${t}" ORDER BY ${cols}`).all() as Record<string, unknown>[]];
  }));
}

let dir: string;
let freshSchema: ReturnType<typeof schemaOf>;
beforeAll(() => {
  dir = tempDir('cdo-golden-');
  const store = openStore(join(dir, 'neu.cdo'), { create: true });
  try {
    freshSchema = schemaOf(store.raw);
  } finally {
    store.close();
  }
});
afterAll(() => removeAll(dir));

it('has a golden file for every released schema version (1 = 0000 … 5 = 0004), none newer than this build', () => {
  const versions = goldens.map((g) => g.schemaVersion);
  expect(versions.slice(0, 5)).toEqual([1, 2, 3, 4, 5]);
  expect(versions).toEqual(versions.map((_, i) => i + 1));
  expect(Math.max(...versions)).toBeLessThanOrEqual(knownSchemaVersion());
});

describe.each(goldens)('golden workspace v$schemaVersion', (golden) => {
  it('migrates to the current schema with every row, foreign keys and integrity intact', async () => {
    const file = join(dir, `v${golden.schemaVersion}.cdo`);
    copyFileSync(join(GOLDEN_DIR, `v${golden.schemaVersion}.cdo`), file);
    const before = new Database(file, { readonly: true });
    let content: ReturnType<typeof contentOf>;
    try {
      // The fixture is what its JSON says: the right version, the recorded rows.
      expect(before.pragma('user_version', { simple: true })).toBe(golden.schemaVersion);
      expect(rowCounts(before)).toEqual(golden.rowCounts);
      content = contentOf(before, Object.keys(golden.rowCounts));
    } finally {
      before.close();
    }

    const core = new Core({ dataDir: join(dir, `data-${golden.schemaVersion}`) });
    try {
      const opened = await createDispatcher(core).run(() => openWorkspaceFile(core, file));
      expect(opened).toMatchObject({ ok: true });
      const raw = core.raw();
      expect(core.workspace().store.migratedFrom).toBe(golden.schemaVersion === knownSchemaVersion() ? null : golden.schemaVersion);

      const after = rowCounts(raw);
      for (const [table, rows] of Object.entries(golden.rowCounts)) expect({ table, rows: after[table] }).toEqual({ table, rows });
      // And every value: old columns keep theirs (columns added later start at their defaults and are not compared).
      const now = contentOf(raw, Object.keys(golden.rowCounts));
      for (const [table, rows] of Object.entries(content)) {
        const kept = now[table]!.map((r) => Object.fromEntries(Object.keys(rows[0] ?? {}).map((c) => [c, r[c]])));
        expect({ table, rows: kept }).toEqual({ table, rows });
      }
      expect(raw.pragma('foreign_key_check')).toEqual([]);
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(raw.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(schemaOf(raw)).toEqual(freshSchema);
      // After a migration the search index is rebuilt from the migrated rows (German folding included).
      // The golden file of the current version is opened as it is: the generator writes rows without
      // index entries and nothing rebuilds it, so there the search finds nothing.
      const hits = await createDispatcher(core).call('search', { query: 'Buergerportal' });
      const titles = hits.ok ? (hits.value as { title: string }[]).map((h) => h.title) : [];
      expect(titles.includes('Bürgerportal mit Servicekonto')).toBe(golden.schemaVersion < knownSchemaVersion());
    } finally {
      core.close();
    }
  });
});
