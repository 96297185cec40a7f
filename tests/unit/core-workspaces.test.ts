/**
 * Workspaces: one file per municipality, created from the shipped list
 * (Gemeinde by 8-digit AGS, Kreis by 5-digit AGS), refused for an unknown AGS
 * without writing anything; the reproducible demo; a registry that survives
 * a corrupted workspaces.json.
 */
import { parse } from 'csv-parse/sync';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Measure } from '../../api/index.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

const CSV = resolve(__dirname, '..', '..', 'db', 'reference', 'data', 'gemeinden-2019-12-31.csv');
const gemeinden = parse(readFileSync(CSV, 'utf8'), { columns: true }) as Record<string, string>[];

let h: Harness;
beforeEach(() => {
  h = createHarness();
});
afterEach(() => h.cleanup());

const workspacesDir = () => join(h.dir, 'data', 'workspaces');
const registry = () => join(h.dir, 'data', 'workspaces.json');

describe('creating a workspace', () => {
  it('creates one for a Gemeinde from its 8-digit AGS, opens it and lists it', async () => {
    const row = gemeinden.find((g) => g.ags === '05770024')!;
    const info = value(await h.api.createWorkspace({ ags: '05770024' }));
    expect(info).toMatchObject({ name: 'Minden, Stadt', ags: '05770024', kind: 'gemeinde', land: 'Nordrhein-Westfalen', population: Number(row.einwohner), isDemo: false });
    expect(info.file).toBe(join(workspacesDir(), 'minden-stadt.cdo'));
    expect(existsSync(info.file)).toBe(true);
    expect(value(await h.api.getSession()).workspace).toEqual(info);
    expect(value(await h.api.listWorkspaces())).toEqual([expect.objectContaining({ id: info.id, name: 'Minden, Stadt', file: info.file, exists: true })]);
    // A new workspace starts with the default fields of action and no measures.
    expect(value(await h.api.listFields()).length).toBeGreaterThan(5);
    expect(value(await h.api.listMeasures({})).total).toBe(0);
  });

  it('creates one for a Kreis from its 5-digit AGS, with the population of its Gemeinden', async () => {
    const population = gemeinden.filter((g) => g.ags!.startsWith('05770')).reduce((sum, g) => sum + Number(g.einwohner), 0);
    const info = value(await h.api.createWorkspace({ ags: '05770' }));
    expect(info).toMatchObject({ name: 'Kreis Minden-Lübbecke', ags: '05770', kind: 'kreis', land: 'Nordrhein-Westfalen', population });
    expect(population).toBeGreaterThan(300_000);
    expect(info.file.endsWith('.cdo')).toBe(true);
  });

  it('never overwrites: a second workspace for the same place gets its own file', async () => {
    const first = value(await h.api.createWorkspace({ ags: '05770024' }));
    value(await h.api.saveMeasure({ title: 'Nur im ersten' }));
    const second = value(await h.api.createWorkspace({ ags: '05770024' }));
    expect(second.file).not.toBe(first.file);
    expect(second.id).not.toBe(first.id);
    value(await h.api.openWorkspace({ id: first.id }));
    expect(value(await h.api.listMeasures({})).rows.map((m) => m.title)).toEqual(['Nur im ersten']);
  });

  it('refuses an AGS that does not exist with a German message and writes no file', async () => {
    const r = await h.api.createWorkspace({ ags: '99999999' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.message).toBe('Zum Amtlichen Gemeindeschlüssel „99999999“ gibt es keine Kommune in der Liste.');
    expect(r.error.details?.issues).toEqual([{ path: 'ags', message: r.error.message }]);
    expect(existsSync(workspacesDir()) ? readdirSync(workspacesDir()) : []).toEqual([]);
    expect(existsSync(registry())).toBe(false);
    expect(value(await h.api.getSession()).workspace).toBeNull();
  });

  it('answers in English with lang en, and refuses a malformed AGS by its format', async () => {
    const en = await h.transport.invoke('createWorkspace', { ags: '05770999' }, { lang: 'en' });
    expect(!en.ok && en.error.message).toBe('There is no municipality with the official key (AGS) "05770999" in the list.');
    for (const ags of ['1234', '123456', 'O5770024', '05770024 ']) {
      const r = await h.api.createWorkspace({ ags });
      expect({ ags, issues: !r.ok && r.error.details?.issues }).toEqual({
        ags,
        issues: [{ path: 'ags', message: 'Der Amtliche Gemeindeschlüssel hat 8 Ziffern (Gemeinde) oder 5 Ziffern (Kreis).' }],
      });
    }
    expect(existsSync(workspacesDir()) ? readdirSync(workspacesDir()) : []).toEqual([]);
  });

  it('keeps the open workspace open when a new one is refused', async () => {
    const open = value(await h.api.createWorkspace({ ags: '05770024' }));
    expect((await h.api.createWorkspace({ ags: '99999999' })).ok).toBe(false);
    expect(value(await h.api.getSession()).workspace?.id).toBe(open.id);
  });
});

describe('the demo workspace "Musterstadt"', () => {
  const content = (rows: Measure[]) => rows.map(({ fieldId: _f, ...m }) => m);

  it('is the same every time it is generated', async () => {
    const one = value(await h.api.createDemoWorkspace());
    const measuresOne = value(await h.api.listMeasures({ sort: 'title', dir: 'asc', limit: 1000 })).rows;
    const fieldsOne = value(await h.api.listFields()).map(({ id: _id, ...f }) => f);

    const other = createHarness();
    try {
      const two = value(await other.api.createDemoWorkspace());
      const measuresTwo = value(await other.api.listMeasures({ sort: 'title', dir: 'asc', limit: 1000 })).rows;
      expect(two.isDemo).toBe(true);
      expect(two.name).toBe(one.name);
      expect(measuresOne.length).toBeGreaterThanOrEqual(20);
      // The seeded clock makes even the measure ids and timestamps identical.
      expect(content(measuresTwo)).toEqual(content(measuresOne));
      expect(value(await other.api.listFields()).map(({ id: _id, ...f }) => f)).toEqual(fieldsOne);
    } finally {
      other.cleanup();
    }
  });

  it('has realistic content: measures in several fields and phases, searchable', async () => {
    value(await h.api.createDemoWorkspace());
    const rows = value(await h.api.listMeasures({ limit: 1000 })).rows;
    expect(new Set(rows.map((m) => m.fieldName)).size).toBeGreaterThan(5);
    expect(new Set(rows.map((m) => m.phase)).size).toBeGreaterThanOrEqual(4);
    expect(rows.every((m) => m.fieldName !== null)).toBe(true);
    expect(value(await h.api.search({ query: 'buergerportal' })).length).toBeGreaterThan(0);
    // Demo content is not an undoable step.
    expect(value(await h.api.getUndoState())).toEqual({ undo: null, redo: null });
  });
});

describe('the workspace registry (workspaces.json)', () => {
  it('survives a corrupted file: the list is empty, not an error, and the next workspace repairs it', async () => {
    const first = value(await h.api.createWorkspace({ ags: '05770024' }));
    value(await h.api.closeWorkspace());
    writeFileSync(registry(), '{ "kaputt": [1, 2');
    expect(value(await h.api.listWorkspaces())).toEqual([]);
    const unknown = await h.api.openWorkspace({ id: first.id });
    expect(!unknown.ok && unknown.error.code).toBe('not_found');

    const second = value(await h.api.createWorkspace({ ags: '05770' }));
    expect(value(await h.api.listWorkspaces()).map((e) => e.id)).toEqual([second.id]);
    expect(() => JSON.parse(readFileSync(registry(), 'utf8')) as unknown).not.toThrow();
    // The workspace file itself was never at risk.
    expect(existsSync(first.file)).toBe(true);
  });

  it('keeps the good entries when some entries are broken', async () => {
    const info = value(await h.api.createWorkspace({ ags: '05770024' }));
    const entries = JSON.parse(readFileSync(registry(), 'utf8')) as unknown[];
    writeFileSync(registry(), JSON.stringify([{ id: 42 }, 'unsinn', null, ...entries, { name: 'ohne Datei' }]));
    expect(value(await h.api.listWorkspaces()).map((e) => e.id)).toEqual([info.id]);
  });

  it('shows a workspace whose file was removed as not existing, and forgets it on request', async () => {
    const info = value(await h.api.createWorkspace({ ags: '05770024' }));
    value(await h.api.closeWorkspace());
    rmSync(info.file);
    expect(value(await h.api.listWorkspaces())).toEqual([expect.objectContaining({ id: info.id, exists: false })]);
    const open = await h.api.openWorkspace({ id: info.id });
    expect(!open.ok && open.error.code).toBe('not_found');
    value(await h.api.forgetWorkspace({ id: info.id }));
    expect(value(await h.api.listWorkspaces())).toEqual([]);
  });
});
