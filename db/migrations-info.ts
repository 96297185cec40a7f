import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the generated migrations live. Resolved absolutely (drizzle resolves
 * relative to the working directory); CDO_MIGRATIONS_DIR wins, so the packaged
 * app and the bundled CLI can point at their copy.
 */
export function migrationsDir(): string {
  const fromEnv = process.env.CDO_MIGRATIONS_DIR;
  if (fromEnv) return resolve(fromEnv);
  const here = typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
  for (const candidate of [join(here, 'migrations'), join(here, '..', 'db', 'migrations'), join(here, '..', '..', 'db', 'migrations')]) {
    if (existsSync(join(candidate, 'meta', '_journal.json'))) return candidate;
  }
  throw new Error(`migrations folder not found near ${here}`);
}

/** The schema version this build knows: the number of migrations it ships. */
export function knownSchemaVersion(dir = migrationsDir()): number {
  const journal = JSON.parse(readFileSync(join(dir, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
  return journal.entries.length;
}
