/**
 * Peer packs: preview and import of the demo packs, field mapping remembered per
 * publisher, the same pack twice changes nothing, a newer version updates, an
 * older one is refused, removing a pack removes its projects, search finds peers.
 */
import { createHarness, value, type Harness } from '../support/core-harness.ts';
import { writePack, type PackMeta, type PackProjectOut } from '../../core/packs/index.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const count = (table: string) => (h.core.raw().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

const META: PackMeta = {
  id: 'pack-test-1', title: 'Testpaket', createdAt: '2026-11-01T10:00:00Z',
  publisher: { name: 'Stadt Beispiel', ags: '05770024', contact: { email: 'digital@beispiel.example' } }, license: 'CC-BY-4.0', language: 'de',
};
const project = (n: number, extra: Partial<PackProjectOut> = {}): PackProjectOut => ({ id: `p-${n}`, title: `Projekt ${n}`, field: 'Schulen', status: 'planned', ...extra });

describe('importPack with the demo packs', () => {
  it('previews Lindenau as new, signed, with a fingerprint, and imports it in one go', async () => {
    const demos = value(await h.api.listDemoPacks({}));
    expect(demos.map((d) => d.projectCount).reduce((a, b) => a + b, 0)).toBe(60);
    const file = value(await h.api.getDemoPack({ id: 'lindenau' }));
    const preview = value(await h.api.previewPackImport({ bytes: file.bytes, fileName: file.fileName }));
    expect(preview).toMatchObject({ state: 'new', signed: true, projectCount: 32, license: 'CC-BY-4.0', counts: { new: 32, updated: 0, unchanged: 0, removed: 0 } });
    expect(preview.fingerprint).toMatch(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);
    expect(preview.publisher.name).toBe('Stadt Lindenau (Demo)');
    expect(preview.fields.find((f) => f.packField === 'Soziales & Teilhabe')).toMatchObject({ match: 'exact' });
    expect(preview.fields.find((f) => f.packField === 'Breitband')).toMatchObject({ match: 'synonym', fieldName: 'Digitale Infrastruktur' });
    expect(preview.fields.find((f) => f.packField === 'Interne Digitalisierung')).toMatchObject({ match: 'synonym', fieldName: 'Interne Digitalisierung & Arbeitsplatz' });
    expect(preview.fields.every((f) => f.fieldId !== null)).toBe(true);
    expect(count('peer_projects')).toBe(0);

    const result = value(await h.api.importPack({ bytes: file.bytes, fileName: file.fileName }));
    expect(result).toMatchObject({ state: 'new', added: 32, updated: 0, removed: 0 });
    expect(count('peer_projects')).toBe(32);
    const packs = value(await h.api.listPeerPacks({}));
    expect(packs).toHaveLength(1);
    expect(packs[0]).toMatchObject({ signed: true, projectCount: 32, fileName: 'lindenau-demo.cdopack' });
    expect(h.events.filter((e) => e.type === 'progress' && e.task === 'importPack').at(-1)).toMatchObject({ done: 64, total: 64 });
    // A backup right before the import is how an import is taken back besides removing the pack.
    expect(value(await h.api.listBackups({})).map((b) => b.reason)).toContain('import');

    const hits = value(await h.api.search({ query: 'Parksensoren' }));
    expect(hits.some((x) => x.entity === 'peerProject')).toBe(true);
  });

  it('shows the unusual things of Hohenfeld: unsigned, unknown keys, fields without a match', async () => {
    const file = value(await h.api.getDemoPack({ id: 'hohenfeld' }));
    const preview = value(await h.api.previewPackImport({ bytes: file.bytes }));
    expect(preview.signed).toBe(false);
    expect(preview.notes.map((n) => n.kind)).toEqual(expect.arrayContaining(['unsigned', 'unknown_keys', 'unmapped_fields']));
    expect(preview.notes.find((n) => n.kind === 'unknown_keys')!.message).toContain('kreisProjektnummer');
    expect(preview.fields.find((f) => f.packField === 'Smart Region')).toMatchObject({ match: 'none', fieldId: null });
  });

  it('reports progress while it checks and while it writes a big pack, ending at done = total', async () => {
    const bytes = writePack(META, Array.from({ length: 1200 }, (_, n) => project(n)));
    value(await h.api.importPack({ bytes }));
    const steps = h.events.flatMap((e) => (e.type === 'progress' && e.task === 'importPack' ? [[e.done, e.total]] : []));
    expect(steps.length).toBeGreaterThan(3);
    expect(steps.map(([done]) => done)).toEqual([...steps.map(([done]) => done!)].sort((a, b) => a - b));
    expect(steps.at(-1)).toEqual([2400, 2400]);
  });

  it('imports the same pack twice without changing anything', async () => {
    const { bytes } = value(await h.api.getDemoPack({ id: 'lindenau' }));
    value(await h.api.importPack({ bytes }));
    const before = h.core.raw().prepare('SELECT * FROM peer_projects ORDER BY id').all();
    const again = value(await h.api.previewPackImport({ bytes }));
    expect(again).toMatchObject({ state: 'same', counts: { new: 0, updated: 0, unchanged: 32, removed: 0 } });
    const result = value(await h.api.importPack({ bytes }));
    expect(result).toMatchObject({ state: 'same', added: 0, updated: 0, unchanged: 32, removed: 0 });
    expect(h.core.raw().prepare('SELECT * FROM peer_projects ORDER BY id').all()).toEqual(before);
  });

  it('changes nothing when the same pack comes again with the choices the preview proposed (as the UI sends them)', async () => {
    const { bytes } = value(await h.api.getDemoPack({ id: 'hohenfeld' }));
    const proposedOnce = value(await h.api.previewPackImport({ bytes })).fields.map((f) => ({ packField: f.packField, fieldId: f.fieldId }));
    value(await h.api.importPack({ bytes, fieldMappings: proposedOnce }));
    const before = { packs: h.core.raw().prepare('SELECT * FROM peer_packs').all(), projects: h.core.raw().prepare('SELECT * FROM peer_projects ORDER BY id').all() };
    const proposed = value(await h.api.previewPackImport({ bytes })).fields.map((f) => ({ packField: f.packField, fieldId: f.fieldId }));
    expect(value(await h.api.importPack({ bytes, fieldMappings: proposed }))).toMatchObject({ state: 'same', added: 0, updated: 0, removed: 0 });
    expect({ packs: h.core.raw().prepare('SELECT * FROM peer_packs').all(), projects: h.core.raw().prepare('SELECT * FROM peer_projects ORDER BY id').all() }).toEqual(before);
    expect(count('peer_field_mappings')).toBe(0);
  });

  it('updates the projects from a newer version of a pack and refuses an older one', async () => {
    value(await h.api.importPack({ bytes: writePack(META, [project(1), project(2), project(3)]) }));
    const idOf2 = h.core.raw().prepare("SELECT id FROM peer_projects WHERE project_id = 'p-2'").pluck().get();
    const newer = writePack({ ...META, createdAt: '2026-11-15T10:00:00Z' }, [project(1), project(2, { title: 'Projekt 2 (neu)' }), project(4)]);
    const preview = value(await h.api.previewPackImport({ bytes: newer }));
    expect(preview).toMatchObject({ state: 'update', counts: { new: 1, updated: 1, unchanged: 1, removed: 1 } });
    value(await h.api.importPack({ bytes: newer }));
    expect(h.core.raw().prepare("SELECT id, title FROM peer_projects WHERE project_id = 'p-2'").get()).toEqual({ id: idOf2, title: 'Projekt 2 (neu)' });
    expect(h.core.raw().prepare('SELECT project_id FROM peer_projects ORDER BY project_id').pluck().all()).toEqual(['p-1', 'p-2', 'p-4']);
    expect(count('peer_packs')).toBe(1);

    const older = writePack({ ...META, createdAt: '2026-10-01T10:00:00Z' }, [project(9)]);
    expect(value(await h.api.previewPackImport({ bytes: older })).state).toBe('older');
    const refused = await h.api.importPack({ bytes: older });
    expect(refused.ok ? '' : refused.error.message).toContain('neuere Fassung');
    expect(h.core.raw().prepare('SELECT project_id FROM peer_projects ORDER BY project_id').pluck().all()).toEqual(['p-1', 'p-2', 'p-4']);
  });

  it('remembers the chosen field for the publisher and proposes it next time', async () => {
    const fields = value(await h.api.listFields({}));
    const target = fields.find((f) => f.name === 'Daten & Plattformen')!;
    const bytes = writePack(META, [project(1, { field: 'Smart Region' })]);
    expect(value(await h.api.previewPackImport({ bytes })).fields[0]).toMatchObject({ match: 'none' });
    value(await h.api.importPack({ bytes, fieldMappings: [{ packField: 'Smart Region', fieldId: target.id }] }));
    expect(h.core.raw().prepare('SELECT field_id FROM peer_projects').pluck().get()).toBe(target.id);
    const next = writePack({ ...META, id: 'pack-test-2' }, [project(5, { field: 'Smart Region' })]);
    expect(value(await h.api.previewPackImport({ bytes: next })).fields[0]).toMatchObject({ match: 'remembered', fieldId: target.id });
  });

  it('rejects a mapping to a field that does not exist and imports nothing', async () => {
    const r = await h.api.importPack({ bytes: writePack(META, [project(1)]), fieldMappings: [{ packField: 'Schulen', fieldId: 'gibt-es-nicht' }] });
    expect(r.ok).toBe(false);
    expect(count('peer_projects')).toBe(0);
    expect(count('peer_packs')).toBe(0);
  });

  it('removes a pack with its projects and their search entries', async () => {
    const { bytes } = value(await h.api.getDemoPack({ id: 'lindenau' }));
    const { id } = value(await h.api.importPack({ bytes }));
    value(await h.api.removePeerPack({ id }));
    expect(count('peer_projects')).toBe(0);
    expect(count("search_index WHERE entity = 'peerProject'")).toBe(0);
    const again = await h.api.removePeerPack({ id });
    expect(again.ok ? null : again.error.code).toBe('not_found');
  });
});
