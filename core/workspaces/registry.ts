/**
 * The list of known workspaces (the "recent" list) in the data folder. The
 * renderer only ever names a workspace by id: file paths stay on this side.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import type { WorkspaceEntry } from '../../api/index.ts';

const entrySchema = z.object({
  id: z.string(),
  name: z.string(),
  ags: z.string(),
  file: z.string(),
  lastOpenedAt: z.string(),
  isDemo: z.boolean().default(false),
});
type Entry = z.infer<typeof entrySchema>;

const registryFile = (dataDir: string) => join(dataDir, 'workspaces.json');

function read(dataDir: string): Entry[] {
  const file = registryFile(dataDir);
  if (!existsSync(file)) return [];
  try {
    const parsed = z.array(z.unknown()).parse(JSON.parse(readFileSync(file, 'utf8')));
    // One broken entry must not hide the others.
    return parsed.flatMap((e) => {
      const r = entrySchema.safeParse(e);
      return r.success ? [r.data] : [];
    });
  } catch {
    return [];
  }
}

function write(dataDir: string, entries: Entry[]): void {
  mkdirSync(dataDir, { recursive: true });
  const file = registryFile(dataDir);
  writeFileSync(`${file}.tmp`, JSON.stringify(entries, null, 2));
  renameSync(`${file}.tmp`, file);
}

export function listEntries(dataDir: string): (WorkspaceEntry & { isDemo: boolean })[] {
  return read(dataDir)
    .sort((a, b) => b.lastOpenedAt.localeCompare(a.lastOpenedAt))
    .map((e) => ({ ...e, exists: existsSync(e.file) }));
}

export function findEntry(dataDir: string, id: string): Entry | undefined {
  return read(dataDir).find((e) => e.id === id);
}

/** Adds or refreshes an entry; a file known under another id is replaced. */
export function remember(dataDir: string, entry: Entry): void {
  const file = resolve(entry.file);
  const rest = read(dataDir).filter((e) => e.id !== entry.id && resolve(e.file) !== file);
  write(dataDir, [{ ...entry, file }, ...rest].slice(0, 50));
}

export function forget(dataDir: string, id: string): void {
  write(dataDir, read(dataDir).filter((e) => e.id !== id));
}
