/**
 * One test per migration, each on a database filled with data of the version
 * before it, plus the safety rules of migrating: a backup first, and a
 * failure half-way leaves the file as it was.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '../../api/index.ts';
import { knownSchemaVersion, openStore, StoreError } from '../../db/index.ts';
import { Core, createDispatcher, openWorkspaceFile } from '../../core/index.ts';
import { dump, FIELD_IDS, fillV1, filledWorkspace, fingerprint, journal, migrationsFolder, removeAll, tempDir, workspaceAtVersion } from '../fixtures/workspace-files.ts';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => removeAll(dir));

const tags = journal().entries.map((e) => e.tag);
/** drizzle's bookkeeping table, one row per applied migration. */
const DRIZZLE_TABLE = ['', '', 'drizzle', 'migrations'].join('_');

function tablesOf(file: string): string[] {
  const raw = new Database(file, { readonly: true });
  try {
    return (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  } finally {
    raw.close();
  }
}

function pragmaOf(file: string, name: string): unknown {
  const raw = new Database(file, { readonly: true });
  try {
    return raw.pragma(name, { simple: name !== 'foreign_key_check' });
  } finally {
    raw.close();
  }
}

describe('the shipped migrations', () => {
  it('are the ones these tests cover, in order', () => {
    expect(tags).toEqual(['0000_initial_schema', '0001_search_index', '0002_portfolio_steering', '0003_agenda_peers_and_strategy', '0004_ecosystem_digicheck_value']);
    expect(knownSchemaVersion()).toBe(tags.length);
  });
});

describe('migration 0000_initial_schema', () => {
  it('turns an empty database into the workspace schema', () => {
    const file = join(dir, 'leer.cdo');
    workspaceAtVersion(file, 0);
    expect(tablesOf(file)).toEqual([]);
    const folder = migrationsFolder(1);
    try {
      // The same path the app takes, limited to the first migration.
      process.env.CDO_MIGRATIONS_DIR = folder;
      const store = openStore(file);
      expect(store.schemaVersion).toBe(1);
      expect(store.migratedFrom).toBe(0);
      store.close();
    } finally {
      delete process.env.CDO_MIGRATIONS_DIR;
      removeAll(folder);
    }
    expect(tablesOf(file)).toEqual(
      ['__drizzle_migrations', 'change_log', 'fields', 'leika_services', 'measures', 'ozg_services', 'reference_sources', 'sqlite_sequence', 'workspace_meta'],
    );
    expect(pragmaOf(file, 'user_version')).toBe(1);
    expect(pragmaOf(file, 'application_id')).toBe(0x43444f43);

    // The schema holds data and keeps its rules: deleting a field unassigns its measures.
    fillV1(file);
    const check = new Database(file);
    try {
      check.pragma('foreign_keys = ON');
      check.prepare('DELETE FROM fields WHERE id = ?').run(FIELD_IDS[0]);
      expect(check.prepare('SELECT count(*) AS n FROM measures WHERE field_id IS NULL').get()).toEqual({ n: 150 });
      expect(() => check.prepare("INSERT INTO measures (id, title, field_id, phase, priority, created_at, updated_at) VALUES ('x', 'x', 'kein-feld', 'idea', 'low', 'a', 'a')").run()).toThrow(/FOREIGN KEY/);
    } finally {
      check.close();
    }
  });
});

describe('migration 0001_search_index', () => {
  it('adds the search index to a filled version-1 workspace, keeping every row, and search works afterwards', async () => {
    const file = join(dir, 'v1.cdo');
    workspaceAtVersion(file, 1);
    fillV1(file);
    const before = dump(file);
    expect(before.userVersion).toBe(1);
    expect(tablesOf(file)).not.toContain('search_index');

    const core = new Core({ dataDir: join(dir, 'data') });
    const dispatcher = createDispatcher(core);
    const api = createClient({ invoke: dispatcher.call, subscribe: (l) => core.subscribe(l) });
    // Migrate to exactly version 2, as the app of that version did.
    const folder = migrationsFolder(2);
    process.env.CDO_MIGRATIONS_DIR = folder;
    try {
      const opened = await dispatcher.run(() => openWorkspaceFile(core, file));
      expect(opened.ok).toBe(true);
      expect(core.workspace().store.migratedFrom).toBe(1);

      const after = dump(core.raw());
      expect(after.userVersion).toBe(2);
      for (const table of ['workspace_meta', 'fields', 'measures', 'change_log', 'reference_sources', 'ozg_services', 'leika_services']) {
        expect({ table, rows: after.tables[table] }).toEqual({ table, rows: before.tables[table] });
      }
      expect(after.tables[DRIZZLE_TABLE]).toHaveLength(2);
      expect(core.raw().pragma('foreign_key_check')).toEqual([]);
      expect(core.raw().pragma('foreign_keys', { simple: true })).toBe(1);

      // The index is filled from the existing rows, with German folding.
      const hits = await api.search({ query: 'Buergerportal' });
      expect(hits.ok && hits.value).toEqual([expect.objectContaining({ id: '018f0000-0000-7000-8000-000000000000', title: 'Bürgerportal mit Servicekonto' })]);
      const strasse = await api.listMeasures({ query: 'Strasse', limit: 1 });
      expect(strasse.ok && strasse.value.total).toBe(299);
    } finally {
      core.close();
      delete process.env.CDO_MIGRATIONS_DIR;
      removeAll(folder);
    }
  });
});

describe('migration 0002_portfolio_steering', () => {
  const NEW_TABLES = [
    'cost_items', 'financing_items', 'funding_applications', 'funding_programmes', 'ideas', 'measure_dependencies',
    'measure_ozg_services', 'measure_scores', 'milestones', 'saved_views', 'scoring_criteria', 'status_reports',
  ];

  it('adds the steering tables and fact-sheet columns to a filled version-2 workspace, keeping every row and value', async () => {
    const file = join(dir, 'v2.cdo');
    workspaceAtVersion(file, 2);
    fillV1(file);
    const before = dump(file);
    expect(before.userVersion).toBe(2);
    for (const t of NEW_TABLES) expect(tablesOf(file)).not.toContain(t);

    const core = new Core({ dataDir: join(dir, 'data') });
    const dispatcher = createDispatcher(core);
    try {
      expect((await dispatcher.run(() => openWorkspaceFile(core, file))).ok).toBe(true);
      expect(core.workspace().store.migratedFrom).toBe(2);
      const after = dump(core.raw());
      expect(after.userVersion).toBe(knownSchemaVersion());
      for (const table of ['workspace_meta', 'fields', 'change_log', 'reference_sources', 'ozg_services', 'leika_services']) {
        expect({ table, rows: after.tables[table] }).toEqual({ table, rows: before.tables[table] });
      }
      // Old measure columns keep their values; the new fact-sheet columns start at their defaults.
      const oldMeasures = before.tables.measures as Record<string, unknown>[];
      const newMeasures = after.tables.measures as Record<string, unknown>[];
      expect(newMeasures).toHaveLength(oldMeasures.length);
      newMeasures.forEach((m, i) => {
        expect(m).toMatchObject(oldMeasures[i]!);
        expect(m).toMatchObject({ efa_reuse: 0, progress: 0, must_legal: 0, must_critical: 0, must_political: 0, goals: null, tags: null });
      });
      for (const t of NEW_TABLES) expect(after.tables[t]).toEqual([]);
      expect(core.raw().pragma('foreign_key_check')).toEqual([]);

      // The new tables hang off the old measures and follow them when they go.
      const raw = core.raw();
      const measureId = String(oldMeasures[1]!.id);
      raw.prepare("INSERT INTO milestones (id, measure_id, title, created_at, updated_at) VALUES ('ms-1', ?, 'Start', 'a', 'a')").run(measureId);
      raw.prepare('DELETE FROM measures WHERE id = ?').run(measureId);
      expect(raw.prepare("SELECT count(*) AS n FROM milestones WHERE id = 'ms-1'").get()).toEqual({ n: 0 });
    } finally {
      core.close();
    }
  });
});

describe('migration 0003_agenda_peers_and_strategy', () => {
  /** A version-3 workspace with portfolio rows that the new tables may point at. */
  function fillV3(file: string): string {
    const raw = new Database(file);
    try {
      const measureId = String((raw.prepare('SELECT id FROM measures ORDER BY id LIMIT 1').get() as { id: string }).id);
      raw.prepare("INSERT INTO ideas (id, title, source, status, created_at, updated_at) VALUES ('idea-1', 'Chatbot', 'citizens', 'new', 'a', 'a')").run();
      raw.prepare("INSERT INTO milestones (id, measure_id, title, created_at, updated_at) VALUES ('ms-1', ?, 'Start', 'a', 'a')").run(measureId);
      raw.prepare("INSERT INTO cost_items (id, measure_id, year, kind, recurrence, plan, created_at, updated_at) VALUES ('ci-1', ?, 2026, 'investive', 'once', 1000, 'a', 'a')").run(measureId);
      raw.prepare("INSERT INTO funding_programmes (id, name, funder, created_at, updated_at) VALUES ('fp-1', 'Digitalfonds', 'land', 'a', 'a')").run();
      return measureId;
    } finally {
      raw.close();
    }
  }

  it('adds the agenda, peer-exchange and strategy tables to a filled version-3 workspace, keeping every row and value', async () => {
    const file = join(dir, 'v3.cdo');
    workspaceAtVersion(file, 3);
    fillV1(file);
    const measureId = fillV3(file);
    const before = dump(file);
    expect(before.userVersion).toBe(3);
    const oldTables = new Set(tablesOf(file));

    const core = new Core({ dataDir: join(dir, 'data') });
    const dispatcher = createDispatcher(core);
    try {
      expect((await dispatcher.run(() => openWorkspaceFile(core, file))).ok).toBe(true);
      expect(core.workspace().store.migratedFrom).toBe(3);
      const after = dump(core.raw());
      expect(after.userVersion).toBe(knownSchemaVersion());
      const added = Object.keys(after.tables).filter((t) => !oldTables.has(t));
      expect(added.length).toBeGreaterThan(0);
      // Every table of version 3 keeps its rows and values (the search index is rebuilt after a
      // migration, and drizzle books the new migration); the new tables start empty.
      for (const table of Object.keys(before.tables).filter((t) => t !== DRIZZLE_TABLE && t !== 'search_index')) {
        expect({ table, rows: after.tables[table] }).toEqual({ table, rows: before.tables[table] });
      }
      for (const t of added) expect({ table: t, rows: after.tables[t] }).toEqual({ table: t, rows: [] });
      expect(core.raw().pragma('foreign_key_check')).toEqual([]);
      expect(after.tables.measures!.some((m) => (m as { id: string }).id === measureId)).toBe(true);
    } finally {
      core.close();
    }
  });
});

describe('migration 0004_ecosystem_digicheck_value', () => {
  /** A version-4 workspace with strategy rows next to the portfolio (stakeholders, OZG maturity, an agenda). */
  function fillV4(file: string): void {
    const raw = new Database(file);
    try {
      raw.prepare("INSERT INTO stakeholders (id, name, kind, scope, influence, interest, attitude, engagement_now, engagement_wanted, created_at, updated_at) VALUES ('sh-1', 'Personalrat', 'group', 'internal', 4, 5, 'critic', 'neutral', 'supportive', 'a', 'a')").run();
      raw.prepare("INSERT INTO ozg_maturity (id, ozg_id, name, model, level_ist, created_at, updated_at) VALUES ('om-1', '10092', 'Wohngeld', '1.1', 2, 'a', 'a')").run();
      raw.prepare("INSERT INTO ideas (id, title, source, status, created_at, updated_at) VALUES ('idea-4', 'Digitallotsen', 'department', 'new', 'a', 'a')").run();
    } finally {
      raw.close();
    }
  }

  it('adds the ecosystem, DigiCheck and value-proposition tables and the new indexes to a filled version-4 workspace, keeping every row and value', async () => {
    const file = join(dir, 'v4.cdo');
    workspaceAtVersion(file, 4);
    fillV1(file);
    fillV4(file);
    const before = dump(file);
    expect(before.userVersion).toBe(4);
    const oldTables = new Set(tablesOf(file));

    const core = new Core({ dataDir: join(dir, 'data') });
    const dispatcher = createDispatcher(core);
    try {
      expect((await dispatcher.run(() => openWorkspaceFile(core, file))).ok).toBe(true);
      expect(core.workspace().store.migratedFrom).toBe(4);
      const after = dump(core.raw());
      expect(after.userVersion).toBe(knownSchemaVersion());
      const added = Object.keys(after.tables).filter((t) => !oldTables.has(t));
      expect(added).toEqual(expect.arrayContaining(['org_units', 'digicheck_assessments', 'digicheck_recommendations']));
      for (const table of Object.keys(before.tables).filter((t) => t !== DRIZZLE_TABLE && t !== 'search_index')) {
        expect({ table, rows: after.tables[table] }).toEqual({ table, rows: before.tables[table] });
      }
      for (const t of added) expect({ table: t, rows: after.tables[t] }).toEqual({ table: t, rows: [] });
      expect(core.raw().pragma('foreign_key_check')).toEqual([]);
      const indexes = core.raw().prepare("SELECT name FROM sqlite_master WHERE type = 'index'").pluck().all();
      expect(indexes).toEqual(expect.arrayContaining(['measures_title_idx', 'measures_phase_idx']));
    } finally {
      core.close();
    }
  });
});

describe('migrating an existing workspace safely', () => {
  it('backs the file up before migrating it (<file>.backups/*_before-migrate.cdo holds the old version)', () => {
    const file = join(dir, 'alt.cdo');
    workspaceAtVersion(file, 1);
    fillV1(file);
    const core = new Core({ dataDir: join(dir, 'data') });
    try {
      openWorkspaceFile(core, file);
    } finally {
      core.close();
    }
    const backups = readdirSync(`${file}.backups`).filter((n) => n.endsWith('_before-migrate.cdo'));
    expect(backups).toHaveLength(1);
    const copy = dump(join(`${file}.backups`, backups[0]!));
    expect(copy.userVersion).toBe(1);
    expect(copy.tables.measures).toHaveLength(300);
    expect(tablesOf(join(`${file}.backups`, backups[0]!))).not.toContain('search_index');
  });

  it('makes no before-migrate backup for a brand-new file', () => {
    const file = join(dir, 'neu.cdo');
    openStore(file, { create: true }).close();
    expect(existsSync(`${file}.backups`)).toBe(false);
  });

  describe('with a migration that fails half-way', () => {
    afterEach(() => {
      delete process.env.CDO_MIGRATIONS_DIR;
    });

    function withExtraMigration(sql: string): string {
      const folder = migrationsFolder(tags.length, [{ tag: '0002_kaputt', sql }]);
      process.env.CDO_MIGRATIONS_DIR = folder;
      return folder;
    }

    it('leaves the file as it was when a statement fails', async () => {
      const file = join(dir, 'ws.cdo');
      filledWorkspace(file);
      const before = dump(file);
      const bytes = fingerprint(file).sha256;
      const folder = withExtraMigration(
        'CREATE TABLE `probe_half_way` (`id` text PRIMARY KEY NOT NULL);\n--> statement-breakpoint\nUPDATE measures SET title = \'geändert\';\n--> statement-breakpoint\nINSERT INTO gibt_es_nicht VALUES (1);',
      );
      const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        const core = new Core({ dataDir: join(dir, 'data') });
        const answer = await createDispatcher(core).run(() => openWorkspaceFile(core, file), { lang: 'de' });
        core.close();
        expect(answer).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('Ihre Daten sind unverändert') } });
      } finally {
        logged.mockRestore();
        removeAll(folder);
      }
      expect(dump(file)).toEqual(before);
      expect(fingerprint(file).sha256).toBe(bytes);
      expect(tablesOf(file)).not.toContain('probe_half_way');
      // The backup taken before the attempt is there, and the file still opens with the shipped migrations.
      expect(readdirSync(`${file}.backups`).some((n) => n.endsWith('_before-migrate.cdo'))).toBe(true);
      delete process.env.CDO_MIGRATIONS_DIR;
      openStore(file).close();
    });

    it('leaves the file as it was when the migration breaks a foreign key (foreign_key_check after)', () => {
      const file = join(dir, 'ws.cdo');
      filledWorkspace(file);
      const before = dump(file);
      const folder = withExtraMigration("UPDATE measures SET field_id = 'verwaist' WHERE rowid = 1;");
      let failure: unknown;
      try {
        openStore(file).close();
      } catch (err) {
        failure = err;
      } finally {
        removeAll(folder);
      }
      expect(failure).toBeInstanceOf(Error);
      expect(failure).not.toBeInstanceOf(StoreError);
      expect(String(failure)).toContain('foreign_key_check');
      expect(dump(file)).toEqual(before);
      delete process.env.CDO_MIGRATIONS_DIR;
      const store = openStore(file);
      expect(store.migratedFrom).toBeNull();
      store.close();
    });
  });
});
