/**
 * The open's second half (core/workspaces/settle.ts): with `settleAfterMs`
 * the open answers before its quick_check and backup. Nothing may reach the
 * file before both have run — every write settles first, a read that writes
 * is answered again after settling — and a file the late check finds damaged
 * is closed untouched, with the start screen's restore offer in getSession.
 */
import Database from 'better-sqlite3';
import { copyFileSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Session } from '../../api/index.ts';
import { openWorkspaceFile } from '../../core/index.ts';
import { GOLDEN_DIR } from '../../scripts/make-golden-workspaces.ts';
import { damageMiddlePages } from '../fixtures/workspace-files.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

const backupsOf = (file: string) => readdirSync(`${file}.backups`).filter((n) => n.endsWith('.cdo'));
const measuresIn = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM measures').pluck().get() as number;
  } finally {
    db.close();
  }
};

let maker: Harness;
let h: Harness;
let file: string;

beforeEach(async () => {
  // Made and closed by a core that settles inside the open, as the CLI does.
  maker = createHarness();
  const ws = value(await maker.api.createWorkspace({ ags: '05770024' }));
  for (const title of ['Wohngeld digital', 'E-Akte', 'Bürgerportal']) value(await maker.api.saveMeasure({ title }));
  value(await maker.api.closeWorkspace());
  file = join(maker.dir, 'minden.cdo');
  copyFileSync(ws.file, file);
  h = createHarness({ settleAfterMs: 20 });
});

afterEach(() => {
  h.cleanup();
  maker.cleanup();
});

const session = async () => value(await h.api.getSession()) as Session;

describe('an open that settles after the first screen', () => {
  it('answers reads before its backup, and backs up once the API has been quiet', async () => {
    openWorkspaceFile(h.core, file);
    expect(h.core.current?.settling).toBeTruthy();
    expect(value(await h.api.listMeasures({})).total).toBe(3);
    expect(value(await h.api.listBackups({}))).toEqual([]);
    await vi.waitFor(() => expect(h.core.current?.settling).toBeNull());
    expect(value(await h.api.listBackups({})).map((b) => b.reason)).toEqual(['open']);
    expect(h.events).toContainEqual({ type: 'changed', entities: ['backups'] });
    // Writable again once settled.
    expect(h.core.raw().pragma('query_only', { simple: true })).toBe(0);
  });

  it('settles before a write, so the backup holds the file as it was before it', async () => {
    openWorkspaceFile(h.core, file);
    value(await h.api.saveMeasure({ title: 'Neue Maßnahme' }));
    expect(h.core.current?.settling).toBeNull();
    const [backup] = backupsOf(file);
    expect(measuresIn(join(`${file}.backups`, backup!))).toBe(3);
    expect(value(await h.api.listMeasures({})).total).toBe(4);
  });

  it('answers a read that writes (a signing key made on first use) once settled', async () => {
    openWorkspaceFile(h.core, file);
    const key = value(await h.api.getPackSigningKey({}));
    expect(key.fingerprint).toMatch(/\S/);
    expect(h.core.current?.settling).toBeNull();
    expect(backupsOf(file)).toHaveLength(1);
  });

  it('takes no backup and runs no check for a workspace closed before it settled', async () => {
    openWorkspaceFile(h.core, file);
    h.core.close();
    await new Promise((r) => setTimeout(r, 80));
    expect(readdirSync(maker.dir)).not.toContain('minden.cdo.backups');
  });

  it('checks a file that must be migrated before migrating it, inside the open', () => {
    const old = join(maker.dir, 'v4.cdo');
    copyFileSync(join(GOLDEN_DIR, 'v4.cdo'), old);
    openWorkspaceFile(h.core, old);
    expect(h.core.current?.settling ?? null).toBeNull();
    expect(h.core.raw().pragma('query_only', { simple: true })).toBe(0);
  });
});

describe('a file the late check finds damaged', () => {
  it('refuses the first write with a clear message, closes the file untouched and offers its backups', async () => {
    const before = damageMiddlePages(file);
    // The maker's core registered the workspace in its data folder; this core learns it by opening.
    openWorkspaceFile(h.core, file);
    const id = h.core.current!.id;
    const write = await h.api.saveMeasure({ title: 'Neue Maßnahme' });
    expect(write).toMatchObject({ ok: false, error: { code: 'workspace_damaged', message: expect.stringMatching(/beschädigt.*Sicherung/) } });
    expect(h.core.current).toBeNull();
    expect(readFileSync(file).equals(before)).toBe(true);
    const now = await session();
    expect(now.workspace).toBeNull();
    expect(now.damaged).toMatchObject({ workspace: { id, file }, message: expect.stringMatching(/beschädigt/) });
    expect(h.events).toContainEqual({ type: 'changed', entities: ['workspace'] });
  });

  it('is closed by the check once the API is quiet, without any write', async () => {
    damageMiddlePages(file);
    openWorkspaceFile(h.core, file);
    await h.api.getSession();
    await vi.waitFor(() => expect(h.core.current).toBeNull());
    expect((await session()).damaged?.workspace.file).toBe(file);
    // Opening another workspace clears the offer.
    value(await h.api.createWorkspace({ ags: '05770024' }));
    expect((await session()).damaged).toBeNull();
  });
});
