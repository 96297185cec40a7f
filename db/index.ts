/**
 * db/: the SQLite store — drizzle schema, migrations, safe open, backups and
 * reference data. Imports only drizzle-orm, better-sqlite3 and node built-ins;
 * never api/, core/, electron/, host/ or renderer/.
 */
export * as schema from './schema/index.ts';
export { openStore, inspectFile, assertIntact, APPLICATION_ID, type Db, type OpenedStore } from './open.ts';
export { StoreError, type StoreProblem } from './errors.ts';
export { vacuumInto } from './backup.ts';
export { knownSchemaVersion, migrationsDir } from './migrations-info.ts';
export { municipalities, municipalityByAgs, type MunicipalityRow } from './reference/municipalities.ts';
export { loadOzgCatalogue } from './reference/ozg.ts';
export { SOURCES, referenceDir } from './reference/files.ts';
