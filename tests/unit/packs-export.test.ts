/**
 * exportPack: own measures as a pack that re-imports into a fresh workspace with
 * the same content; personal data only when asked for; optional signature with
 * the workspace's own key (the private key never leaves the core).
 */
import { createHarness, value, type Harness } from '../support/core-harness.ts';
import { readPack, safeFileName } from '../../core/packs/index.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

async function addMeasures() {
  const fields = value(await h.api.listFields({}));
  const field = fields.find((f) => f.name === 'Soziales & Teilhabe')!;
  const a = value(await h.api.saveMeasure({
    title: 'Digitaler Wohngeldantrag', description: 'Online-Antrag mit Nachweis-Upload. Danach Statusauskunft.', fieldId: field.id, phase: 'implementation',
    start: '2025-03-01', end: '2026-06-30', leadUnit: 'Wohngeldstelle', budget: 180000, projectLead: 'Erika Mustermann', tags: ['OZG', 'EfA'],
  }));
  const b = value(await h.api.saveMeasure({ title: 'Open-Data-Portal', phase: 'concept' }));
  return { a, b, field };
}

describe('exportPack', () => {
  it('exports own measures as a signed pack that imports into a fresh workspace with the same content', async () => {
    const { a } = await addMeasures();
    const key = value(await h.api.getPackSigningKey({}));
    expect(key.fingerprint).toMatch(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);
    expect(JSON.stringify(key)).not.toMatch(/private/i);
    const pack = value(await h.api.exportPack({ sign: true, contactEmail: 'digital@minden.example' }));
    expect(pack).toMatchObject({ projectCount: 2, signed: true, fingerprint: key.fingerprint });
    expect(pack.fileName).toMatch(/^Digitalprojekte Minden.*\.cdopack$/);
    // The private key is nowhere in the pack.
    const privateKey = h.core.raw().prepare('SELECT private_key FROM pack_signing_keys').pluck().get() as string;
    expect(Buffer.from(pack.bytes).includes(Buffer.from(privateKey))).toBe(false);

    const parsed = readPack(pack.bytes, 'de');
    const wohngeld = parsed.projects.find((p) => p.projectId === a.id)!;
    expect(wohngeld).toMatchObject({
      title: 'Digitaler Wohngeldantrag', field: 'Soziales & Teilhabe', status: 'in_progress', start: '2025-03-01', end: '2026-06-30',
      budget: 180000, currency: 'EUR', tags: ['OZG', 'EfA'], summary: 'Online-Antrag mit Nachweis-Upload.',
      contactName: 'Wohngeldstelle', contactEmail: 'digital@minden.example',
    });
    expect(JSON.stringify(parsed.projects)).not.toContain('Erika Mustermann');

    const other = createHarness();
    try {
      value(await other.api.createWorkspace({ ags: '05766020' }));
      const preview = value(await other.api.previewPackImport({ bytes: pack.bytes }));
      expect(preview).toMatchObject({ signed: true, fingerprint: key.fingerprint, ownKey: false, projectCount: 2, state: 'new' });
      value(await other.api.importPack({ bytes: pack.bytes }));
      const rows = other.core.raw().prepare('SELECT p.title, p.status, p.start, p."end", p.budget, f.name AS field FROM peer_projects p LEFT JOIN fields f ON f.id = p.field_id ORDER BY p.title').all();
      expect(rows).toEqual([
        { title: 'Digitaler Wohngeldantrag', status: 'in_progress', start: '2025-03-01', end: '2026-06-30', budget: 180000, field: 'Soziales & Teilhabe' },
        { title: 'Open-Data-Portal', status: 'planned', start: null, end: null, budget: null, field: null },
      ]);
      // Exported again and re-imported: the same pack id, nothing new.
      const again = value(await h.api.exportPack({ sign: true, contactEmail: 'digital@minden.example' }));
      expect(value(await other.api.previewPackImport({ bytes: again.bytes })).counts).toMatchObject({ new: 0, removed: 0 });
    } finally {
      other.cleanup();
    }
  });

  it('names the project lead only when personal data is ticked', async () => {
    await addMeasures();
    const pack = value(await h.api.exportPack({ includePersonalData: true }));
    const parsed = readPack(pack.bytes, 'de');
    expect(parsed.projects.map((p) => p.contactName)).toContain('Erika Mustermann');
    expect(parsed.fingerprint).toBeNull();
  });

  it('exports just the chosen measures, or a saved view', async () => {
    const { a, field } = await addMeasures();
    const chosen = value(await h.api.exportPack({ measureIds: [a.id], license: 'dl-de/by-2-0' }));
    const parsed = readPack(chosen.bytes, 'de');
    expect(parsed.projects.map((p) => p.title)).toEqual(['Digitaler Wohngeldantrag']);
    expect(parsed.manifest.license).toBe('dl-de/by-2-0');
    const view = value(await h.api.saveView({ name: 'Soziales', config: { filters: { fieldId: field.id } } }));
    const byView = value(await h.api.exportPack({ viewId: view.id }));
    expect(readPack(byView.bytes, 'de').projects.map((p) => p.title)).toEqual(['Digitaler Wohngeldantrag']);
  });

  it('refuses unknown measures, an unknown view, an empty portfolio and a bad licence', async () => {
    const empty = await h.api.exportPack({});
    expect(empty.ok ? '' : empty.error.message).toMatch(/keine Maßnahmen/);
    await addMeasures();
    const unknown = await h.api.exportPack({ measureIds: ['gibt-es-nicht'] });
    expect(unknown.ok ? '' : unknown.error.code).toBe('not_found');
    const view = await h.api.exportPack({ viewId: 'gibt-es-nicht' });
    expect(view.ok ? '' : view.error.code).toBe('not_found');
    const licence = await h.api.exportPack({ license: 'proprietär' as 'CC-BY-4.0' });
    expect(licence.ok ? '' : licence.error.code).toBe('invalid_input');
  });

  it('keeps the signing key stable and recognises an own pack on re-import', async () => {
    await addMeasures();
    const first = value(await h.api.getPackSigningKey({}));
    expect(value(await h.api.getPackSigningKey({})).fingerprint).toBe(first.fingerprint);
    const pack = value(await h.api.exportPack({ sign: true }));
    expect(value(await h.api.previewPackImport({ bytes: pack.bytes })).ownKey).toBe(true);
  });
});

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd.cdopack', '_._etc_passwd.cdopack'],
    ['CON', '_CON.cdopack'],
    ['Projekte: Stadt <Minden>...', 'Projekte_ Stadt _Minden_.cdopack'],
    ['', 'Projektpaket.cdopack'],
  ])('%s → %s', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });
  it('stays under 255 bytes', () => {
    expect(Buffer.byteLength(safeFileName('Ü'.repeat(400)))).toBeLessThanOrEqual(255);
  });
});
