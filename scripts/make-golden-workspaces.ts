/**
 * Golden workspace files: one filled workspace per released schema version,
 * committed under tests/fixtures/golden/ (v<N>.cdo + v<N>.json with the row
 * count of every table). tests/reliability/golden-migrations.test.ts migrates
 * a copy of each to the current schema and checks that nothing was lost.
 *
 *   node --import tsx scripts/make-golden-workspaces.ts 1 2 3 4
 *
 * N is the schema version (user_version) = the number of migrations applied:
 * v1 = 0000_initial_schema … v4 = 0003_agenda_peers_and_strategy.
 * ADDING THE NEXT VERSION: when migration 0004 is released (never before — an
 * unreleased migration still changes), run the script with `5` and commit
 * v5.cdo and v5.json. Never regenerate a released version's file: it stands
 * for files users already have.
 *
 * Each file is built like the app of that version would build it (only the
 * first N shipped migrations, drizzle's migrator), then filled: the tables of
 * version 1 with hand-written rows (like fillV1 of tests/fixtures, but 24
 * varied measures instead of 300 alike, to keep the files small), every
 * other table with a few rows made from its columns (enum values from the
 * drizzle schema, foreign keys pointing at real rows, German texts), so a
 * table added later is filled without touching this script.
 */
import Database from 'better-sqlite3';
import { getTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as schema from '../db/schema/index.ts';
import { knownSchemaVersion } from '../db/index.ts';
import { FIELD_IDS, journal, workspaceAtVersion } from '../tests/fixtures/workspace-files.ts';

export const GOLDEN_DIR = resolve(import.meta.dirname, '..', 'tests', 'fixtures', 'golden');
/** Tables fillVersion1 fills with rows of its own. */
const FILLED_BY_V1 = new Set(['workspace_meta', 'fields', 'measures', 'change_log']);
const ROWS_PER_TABLE = 3;
const MEASURES = 24;
/** Small pages keep 36 tables and their indexes in tens of KB; page sizes are per file and SQLite reads any. */
const PAGE_SIZE = 512;

export interface GoldenFacts {
  schemaVersion: number;
  migrations: string[];
  /** Rows per table (drizzle's bookkeeping and FTS internals aside). */
  rowCounts: Record<string, number>;
}

interface ColumnInfo { name: string; type: string; notnull: number; pk: number; dflt_value: string | null }
interface ForeignKey { table: string; from: string; to: string | null }

/** Enum values and JSON/boolean modes of the current schema, by table and column (older versions use a subset). */
function columnHints(): Map<string, { enumValues?: string[]; columnType: string }> {
  const hints = new Map<string, { enumValues?: string[]; columnType: string }>();
  for (const t of Object.values(schema)) {
    if (!(t instanceof SQLiteTable)) continue;
    const config = getTableConfig(t);
    for (const c of config.columns) hints.set(`${config.name}.${c.name}`, { columnType: c.columnType, ...(c.enumValues ? { enumValues: c.enumValues } : {}) });
  }
  return hints;
}

const TITLES = [
  'Bürgerportal mit Servicekonto', 'Digitale Bauantragsstellung', 'Glasfaserausbau in den Ortsteilen', 'E-Akte in der Kernverwaltung',
  'Smarte Straßenbeleuchtung', 'WLAN an allen Schulen', 'Online-Terminvergabe im Bürgerbüro', 'Open-Data-Portal der Stadt',
  'Digitale Sitzungsverwaltung für den Rat', 'Kita-Platz-Vergabe online',
];
const TEXTS = [
  'Die Verwaltung bietet die Leistung vollständig online an; Bürgerinnen und Bürger sparen den Weg ins Rathaus.',
  'Gemeinsam mit dem Kreis und dem kommunalen IT-Dienstleister wird die Lösung nach dem Prinzip „Einer für Alle“ nachgenutzt.',
  'Abstimmung mit dem Personalrat und der Datenschutzbeauftragten ist erfolgt; die Schulung der Beschäftigten folgt im Frühjahr.',
];
const UNITS = ['Hauptamt', 'Bauordnungsamt', 'Schulverwaltungsamt', 'Bürgeramt', 'Stabsstelle Digitalisierung'];

function textFor(table: string, column: string, i: number): string {
  const c = column.toLowerCase();
  if (/_at$/.test(c)) return `2026-0${1 + (i % 9)}-1${i % 10}T08:00:00.000Z`;
  if (/(^|_)(date|start|end|deadline|due|from|until|on)($|_)/.test(c)) return `2026-0${1 + (i % 9)}-1${i % 10}`;
  if (c.endsWith('ags')) return '05334002';
  if (c === 'origin' || c === 'source') return 'eigene Erfassung';
  if (c === 'language' || c === 'lang') return 'de';
  if (c.startsWith('licen')) return 'dl-de/by-2-0';
  if (c.includes('mail')) return `digitalisierung${i + 1}@mail.aachen.de`;
  if (c.includes('contact') || c.includes('person')) return ['Dr. Anna Schmitz', 'Jonas Becker', 'Fatma Yılmaz'][i % 3]!;
  if (c.includes('publisher') || c.includes('council')) return ['Stadt Aachen', 'Rat der Stadt', 'Kreis Minden-Lübbecke'][i % 3]!;
  if (c === 'category') return ['Software', 'Hardware', 'Beratung'][i % 3]!;
  if (c.includes('number')) return `Vorlage ${2026}/${100 + i}`;
  if (c === 'land') return 'Nordrhein-Westfalen';
  if (c.includes('url')) return `https://www.aachen.de/digital/${table}/${i + 1}`;
  if (c.includes('color') || c.includes('colour')) return ['#1f6feb', '#0f766e', '#b45309'][i % 3]!;
  if (c.includes('ozg_id') || c.includes('leika') || c === 'key_id') return String(10_000 + i * 7);
  if (c.includes('hash') || c.includes('checksum') || c.includes('fingerprint') || c.includes('public_key') || c.includes('signature')) return `${'a1b2c3d4'.repeat(8)}${i}`;
  if (c.includes('unit') || c.includes('office') || c.includes('lead') || c.includes('owner') || c.includes('responsible')) return UNITS[i % UNITS.length]!;
  if (/(title|name|label|subject|programme|municipality|partner)/.test(c)) return `${TITLES[(i + table.length) % TITLES.length]!}${i ? ` (${i + 1})` : ''}`;
  if (/(description|text|body|note|justification|summary|reason|content|vision|principle|situation|comment|statement|rationale|achievement|risk|decision|step|strategy|impact|benefit)/.test(c)) return TEXTS[i % TEXTS.length]!;
  return `${column.replace(/_/g, ' ')} ${i + 1}`;
}

function valueFor(table: string, col: ColumnInfo, i: number, hint: { enumValues?: string[]; columnType: string } | undefined): unknown {
  if (hint?.enumValues) return hint.enumValues[i % hint.enumValues.length];
  if (hint?.columnType === 'SQLiteBoolean') return i % 2;
  if (hint?.columnType === 'SQLiteTextJson') return col.dflt_value?.replace(/^'|'$/g, '') ?? '{}';
  const type = col.type.toUpperCase();
  const c = col.name.toLowerCase();
  if (type.includes('INT')) {
    if (c.includes('year')) return 2026 + (i % 4);
    if (c.includes('sort') || c.includes('order') || c.includes('position')) return (i + 1) * 10;
    if (c.includes('population')) return 248_960;
    if (c.startsWith('is_') || c.startsWith('has_')) return i % 2;
    return (i % 4) + 1;
  }
  if (type.includes('REAL') || type.includes('NUM')) {
    if (/(quota|share|weight|rate)/.test(c)) return 0.25 * ((i % 3) + 1);
    return 12_500 * (i + 1);
  }
  if (type.includes('BLOB')) return Buffer.from(`golden ${table} ${i}`);
  return textFor(table, col.name, i);
}

const idFor = (tableIndex: number, i: number) => `018f0000-0000-7000-8${String(tableIndex).padStart(3, '0')}-${String(i + 1).padStart(12, '0')}`;

/** Tables in an order where every referenced table comes first (self-references aside). */
function fillOrder(raw: Database.Database, tables: string[]): string[] {
  const deps = new Map(tables.map((t) => [t, (raw.pragma(`foreign_key_list("${t}")`) as ForeignKey[]).map((f) => f.table).filter((d) => d !== t)]));
  const done: string[] = [];
  const visit = (t: string, path: string[]) => {
    if (!deps.has(t) || done.includes(t) || path.includes(t)) return;
    for (const d of deps.get(t) ?? []) visit(d, [...path, t]);
    done.push(t);
  };
  for (const t of tables) visit(t, []);
  return done;
}

function fillGeneric(raw: Database.Database, table: string, tableIndex: number, hints: ReturnType<typeof columnHints>): void {
  const cols = raw.pragma(`table_info("${table}")`) as ColumnInfo[];
  const fks = raw.pragma(`foreign_key_list("${table}")`) as ForeignKey[];
  const rowidPk = cols.filter((c) => c.pk > 0).length === 1 && cols.some((c) => c.pk > 0 && c.type.toUpperCase() === 'INTEGER');
  const targets = new Map(fks.map((f) => [f.from, f]));
  const written = () => (raw.prepare(`SELECT count(*) AS n FROM "${table}"`).get() as { n: number }).n;
  // Candidates beyond ROWS_PER_TABLE cover unique pairs (e.g. one score per measure and criterion).
  for (let i = 0; i < ROWS_PER_TABLE * 4 && written() < ROWS_PER_TABLE; i++) {
    const row: Record<string, unknown> = {};
    for (const [position, col] of cols.entries()) {
      if (col.pk > 0 && rowidPk) continue;
      const fk = targets.get(col.name);
      if (!fk && col.name.endsWith('_id') && col.pk === 0) {
        // A reference the schema does not declare (e.g. a goal's parent): empty where allowed, else a plausible id.
        row[col.name] = col.notnull ? idFor(0, i) : null;
      } else if (fk) {
        const to = fk.to ?? 'id';
        const ids = raw.prepare(`SELECT "${to}" AS v FROM "${fk.table}" ORDER BY rowid`).pluck().all();
        row[col.name] = fk.table === table ? (ids[i - 1] ?? (col.notnull ? idFor(tableIndex, i) : null)) : ids[(i * 7 + position * 3 + Math.floor(i / ids.length)) % Math.max(1, ids.length)] ?? null;
      } else if (col.pk > 0 && col.type.toUpperCase() === 'TEXT') row[col.name] = idFor(tableIndex, i);
      else row[col.name] = valueFor(table, col, i, hints.get(`${table}.${col.name}`));
    }
    const names = Object.keys(row);
    try {
      raw.prepare(`INSERT INTO "${table}" (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`).run(...names.map((n) => row[n]));
    } catch (err) {
      if (!String(err).includes('UNIQUE')) throw new Error(`${table}: ${String(err)}`, { cause: err });
    }
  }
  if (written() === 0) throw new Error(`${table}: no row could be written`);
}

/** The tables of version 1: the municipality, two fields, measures in every phase, and their change log. */
function fillVersion1(raw: Database.Database): void {
  const at = '2026-01-15T08:00:00.000Z';
  raw.prepare('INSERT INTO workspace_meta (id, ags, name, kind, land, population, is_demo, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)')
    .run('018f0000-0000-7000-8000-0000000000aa', '05334002', 'Aachen, Stadt', 'gemeinde', 'Nordrhein-Westfalen', 248_960, at, at);
  const field = raw.prepare('INSERT INTO fields (id, name, color, sort_order, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  field.run(FIELD_IDS[0], 'Verwaltung & Bürgerservice', '#1f6feb', 10, 'KGSt-Handlungsfelder', at, at);
  field.run(FIELD_IDS[1], 'Digitale Infrastruktur', '#0f766e', 20, 'KGSt-Handlungsfelder', at, at);
  const measure = raw.prepare(
    'INSERT INTO measures (id, title, description, field_id, phase, priority, start, "end", lead_unit, budget, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const log = raw.prepare('INSERT INTO change_log (step, entity, entity_id, action, label, before, after, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  const phases = ['idea', 'concept', 'implementation', 'operation', 'completed', 'stopped'];
  const priorities = ['high', 'medium', 'low'];
  for (let i = 0; i < MEASURES; i++) {
    const id = `018f0000-0000-7000-8000-${String(i).padStart(12, '0')}`;
    const title = `${TITLES[i % TITLES.length]!}${i >= TITLES.length ? ` – Ausbaustufe ${Math.floor(i / TITLES.length) + 1}` : ''}`;
    const row = [id, title, TEXTS[i % TEXTS.length]!, i % 7 === 6 ? null : FIELD_IDS[i % 2]!, phases[i % phases.length]!, priorities[i % 3]!,
      `202${5 + (i % 3)}-0${1 + (i % 9)}-01`, `202${7 + (i % 3)}-12-31`, UNITS[i % UNITS.length]!, i % 5 === 4 ? null : 25_000 * (i + 1)] as const;
    measure.run(...row, at, at);
    log.run(i + 1, 'measure', id, 'create', JSON.stringify({ action: 'create', entity: 'measure', title }), null, JSON.stringify({ id, title }), at);
  }
}

/** Row counts of every table a migration must keep (derived and bookkeeping tables aside). */
export function rowCounts(raw: Database.Database): Record<string, number> {
  const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' AND name <> '__drizzle_migrations' ORDER BY name").pluck().all() as string[];
  return Object.fromEntries(tables.map((t) => [t, (raw.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
}

export function makeGolden(version: number, dir = GOLDEN_DIR): GoldenFacts {
  const file = join(dir, `v${version}.cdo`);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  workspaceAtVersion(file, version);
  const raw = new Database(file);
  try {
    raw.pragma('foreign_keys = ON');
    raw.transaction(() => fillVersion1(raw))();
    const hints = columnHints();
    const all = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index_%' AND name <> '__drizzle_migrations' ORDER BY name").pluck().all() as string[];
    const order = fillOrder(raw, all.filter((t) => !FILLED_BY_V1.has(t)));
    raw.transaction(() => order.forEach((t, n) => fillGeneric(raw, t, n + 1, hints)))();
    const fk = raw.pragma('foreign_key_check') as unknown[];
    if (fk.length > 0) throw new Error(`foreign_key_check: ${JSON.stringify(fk.slice(0, 3))}`);
    const facts: GoldenFacts = { schemaVersion: version, migrations: journal().entries.slice(0, version).map((e) => e.tag), rowCounts: rowCounts(raw) };
    // The page size of a WAL file is fixed: leave WAL for the VACUUM that changes it, then return to WAL like the app's files.
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`page_size = ${PAGE_SIZE}`);
    raw.exec('VACUUM');
    raw.pragma('journal_mode = WAL');
    writeFileSync(join(dir, `v${version}.json`), `${JSON.stringify(facts, null, 2)}\n`);
    return facts;
  } finally {
    raw.close();
    for (const f of [`${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  }
}

// Run as a script (not when a test imports the helpers above).
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const versions = process.argv.slice(2).map(Number);
  const known = knownSchemaVersion();
  if (versions.length === 0 || versions.some((v) => !Number.isInteger(v) || v < 1 || v > known)) {
    console.error(`Aufruf: node --import tsx scripts/make-golden-workspaces.ts <Schemaversion …> (1 bis ${known}; nur freigegebene Versionen)`);
    process.exit(2);
  }
  mkdirSync(GOLDEN_DIR, { recursive: true });
  for (const v of versions) {
    if (existsSync(join(GOLDEN_DIR, `v${v}.cdo`))) console.log(`v${v}.cdo wird neu erzeugt (nur für eine noch nicht veröffentlichte Datei richtig)`);
    const facts = makeGolden(v);
    const rows = Object.values(facts.rowCounts).reduce((a, b) => a + b, 0);
    console.log(`v${v}.cdo: ${facts.migrations.at(-1)}, ${Object.keys(facts.rowCounts).length} Tabellen, ${rows} Zeilen`);
  }
}
