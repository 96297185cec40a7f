/**
 * The hostile-pack suite: every malformed or malicious pack is refused with a
 * clear German message, before anything is written, with bounded memory.
 */
import { readdirSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createDeflateRaw } from 'node:zlib';
import { createHarness, value, type Harness } from '../support/core-harness.ts';
import { baseManifest, craftZip, deflated, packFrom, projectsJson, sha256 } from '../support/pack-craft.ts';
import { generateKeyPair } from '../../core/packs/signing.ts';
import { PACK_LIMITS } from '../../api/index.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const enc = new TextEncoder();
const ok = projectsJson([{ id: 'p1', title: 'Digitaler Bauantrag' }]);

function snapshot(): unknown {
  const raw = h.core.raw();
  return {
    packs: raw.prepare('SELECT count(*) AS n FROM peer_packs').get(),
    projects: raw.prepare('SELECT count(*) AS n FROM peer_projects').get(),
    mappings: raw.prepare('SELECT count(*) AS n FROM peer_field_mappings').get(),
    index: raw.prepare("SELECT count(*) AS n FROM search_index WHERE entity = 'peerProject'").get(),
    files: readdirSync(h.dir, { recursive: true }).sort(),
  };
}

/** Preview and import both refuse the pack as bad input with the same message, and nothing changes; answers the message. */
async function refused(bytes: Uint8Array): Promise<string> {
  const before = snapshot();
  const preview = await h.api.previewPackImport({ bytes, fileName: 'boese.cdopack' });
  const imported = await h.api.importPack({ bytes, fileName: 'boese.cdopack' });
  const errors = [preview, imported].map((r) => (r.ok ? null : { code: r.error.code, message: r.error.message }));
  expect(errors[0]).toMatchObject({ code: 'invalid_input' });
  expect(errors[1]).toEqual(errors[0]);
  expect(snapshot()).toEqual(before);
  return errors[0]?.message ?? '';
}

describe('importPack refuses broken archives', () => {
  it('refuses a file that is not a zip', async () => {
    expect(await refused(enc.encode('Sehr geehrte Damen und Herren, anbei unsere Projekte.'))).toMatch(/kein ZIP-Archiv/);
  });

  it('refuses a truncated zip', async () => {
    const whole = packFrom(ok);
    expect(await refused(whole.subarray(0, Math.floor(whole.length / 2)))).toMatch(/unvollständig/);
  });

  it('refuses a pack larger than 50 MB before reading it', async () => {
    const r = await h.api.previewPackImport({ bytes: new Uint8Array(PACK_LIMITS.packBytes + 1) });
    expect(r.ok ? '' : r.error.details?.issues?.[0]?.message).toMatch(/größer als 50 MB/);
  });

  it.each([
    ['../evil.json', 'a parent directory'],
    ['/etc/cron.d/evil', 'an absolute path'],
    ['C:/Windows/evil.dll', 'a drive letter'],
    ['attachments\\..\\evil.pdf', 'backslashes'],
  ])('refuses an entry named %s (%s)', async (name) => {
    expect(await refused(packFrom(ok, { extraEntries: [{ name, data: enc.encode('x') }] }))).toMatch(/unzulässigem Namen/);
  });

  it('refuses an entry name with a NUL byte', async () => {
    const name = new Uint8Array([...enc.encode('projects.json'), 0, ...enc.encode('.exe')]);
    expect(await refused(packFrom(ok, { extraEntries: [{ name, data: enc.encode('x') }] }))).toMatch(/unzulässigem Namen/);
  });

  it('refuses a symlink entry', async () => {
    const link = { name: 'attachments/passwd', data: enc.encode('/etc/passwd'), os: 3, attrs: (0o120777 << 16) >>> 0 };
    expect(await refused(packFrom(ok, { extraEntries: [link] }))).toMatch(/Verknüpfung/);
  });

  it('refuses duplicate entries', async () => {
    expect(await refused(packFrom(ok, { extraEntries: [{ name: 'projects.json', data: enc.encode(ok) }] }))).toMatch(/mehrfach/);
  });

  it('refuses 100,000 entries without reading them', async () => {
    const entries = Array.from({ length: 100_000 }, (_, n) => ({ name: `attachments/${n}.pdf`, data: new Uint8Array(0) }));
    expect(await refused(craftZip(entries))).toMatch(/mehr als 5000 Dateien/);
  });

  it('refuses a 42.zip-style pack of highly compressed entries before inflating', async () => {
    const zeros = deflated(new Uint8Array(16 * 1024 * 1024));
    const layers = Array.from({ length: 16 }, (_, n) => ({ name: `attachments/lage-${n}.zip`, data: zeros, method: 8 as const, size: 16 * 1024 * 1024 }));
    expect(await refused(packFrom(ok, { extraEntries: layers }))).toMatch(/Hundertfache/);
  });

  describe('a 1 GB-of-zeros entry', () => {
    let gigabyte: Uint8Array;
    beforeAll(async () => {
      // A real 1 GiB deflate stream (about 4.6 MB), made in 1 MiB steps so the test itself stays small.
      const d = createDeflateRaw({ level: 1 });
      const chunks: Buffer[] = [];
      d.on('data', (c: Buffer) => chunks.push(c));
      const zero = Buffer.alloc(1 << 20);
      for (let i = 0; i < 1024; i++) d.write(zero);
      d.end();
      await new Promise((r) => d.on('end', r));
      gigabyte = new Uint8Array(Buffer.concat(chunks));
    });

    it('is refused by its declared size before inflating', async () => {
      expect(await refused(packFrom(ok, { extraEntries: [{ name: 'attachments/nullen.pdf', data: gigabyte, method: 8, size: 0x3fffffff }] }))).toMatch(/Hundertfache|200 MB/);
    });

    it('is stopped by the bytes actually inflated when its header lies, with bounded memory', async () => {
      const lying = { name: 'attachments/nullen.pdf', data: gigabyte, method: 8 as const, size: 50 * 1024 * 1024 };
      const projects = enc.encode(ok);
      const manifest = baseManifest(projects);
      (manifest.files as Record<string, unknown>)['attachments/nullen.pdf'] = { sha256: '0'.repeat(64) };
      const rssBefore = process.memoryUsage().rss;
      expect(await refused(packFrom(projects, { manifest, extraEntries: [lying] }))).toMatch(/Hundertfache/);
      expect(process.memoryUsage().rss - rssBefore).toBeLessThan(150 * 1024 * 1024);
    });

    it('is stopped at the promised size when projects.json lies about its size', async () => {
      const manifest = baseManifest(gigabyte);
      const bytes = craftZip([
        { name: 'manifest.json', data: enc.encode(JSON.stringify({ ...manifest, files: { 'projects.json': { sha256: sha256(enc.encode(ok)) } } })) },
        { name: 'projects.json', data: gigabyte, method: 8, size: 1000 },
      ]);
      expect(await refused(bytes)).toMatch(/Hundertfache/);
    });
  });
});

describe('importPack refuses broken manifests', () => {
  it('refuses a pack without manifest', async () => {
    expect(await refused(craftZip([{ name: 'projects.json', data: enc.encode(ok) }]))).toMatch(/manifest\.json/);
  });

  it('refuses a manifest that is not JSON', async () => {
    expect(await refused(craftZip([{ name: 'manifest.json', data: enc.encode('<xml>kein json</xml>') }, { name: 'projects.json', data: enc.encode(ok) }]))).toMatch(/kein gültiges JSON/);
  });

  it('refuses an unknown newer formatVersion naming both versions', async () => {
    const projects = enc.encode(ok);
    const message = await refused(packFrom(projects, { manifest: baseManifest(projects, { formatVersion: 7 }) }));
    expect(message).toMatch(/Formatversion 7/);
    expect(message).toContain('Version 1');
  });

  it('refuses a checksum mismatch', async () => {
    const projects = enc.encode(ok);
    const manifest = baseManifest(enc.encode('etwas anderes'));
    expect(await refused(packFrom(projects, { manifest }))).toMatch(/Prüfsumme von „projects\.json“/);
  });

  it('refuses a file that does not belong in a pack, even with a checksum', async () => {
    const script = enc.encode('#!/bin/sh\nrm -rf ~');
    const projects = enc.encode(ok);
    const manifest = baseManifest(projects);
    (manifest.files as Record<string, unknown>)['attachments/install.sh'] = { sha256: sha256(script) };
    expect(await refused(packFrom(projects, { manifest, extraEntries: [{ name: 'attachments/install.sh', data: script }] }))).toMatch(/gehört nicht in ein Projektpaket/);
  });

  it('refuses a file in the pack that has no checksum', async () => {
    expect(await refused(packFrom(ok, { extraEntries: [{ name: 'attachments/x.pdf', data: enc.encode('%PDF') }] }))).toMatch(/keine Prüfsumme/);
  });

  it('refuses a bad signature (manifest changed after signing)', async () => {
    const keys = generateKeyPair();
    const projects = enc.encode(ok);
    const manifest = baseManifest(projects);
    const good = packFrom(projects, { manifest, keys });
    expect(value(await h.api.previewPackImport({ bytes: good })).signed).toBe(true);
    const tampered = { ...manifest, title: 'Gefälschter Titel' };
    const bytes = craftZip([
      { name: 'manifest.json', data: enc.encode(JSON.stringify(tampered)) },
      { name: 'projects.json', data: projects },
    ]);
    expect(await refused(bytes)).toMatch(/Signatur des Pakets ist ungültig/);
  });

  it('refuses a signature by another key than the one named', async () => {
    const projects = enc.encode(ok);
    const manifest = baseManifest(projects);
    packFrom(projects, { manifest, keys: generateKeyPair() });
    (manifest.signature as { publicKey: string }).publicKey = generateKeyPair().publicKey;
    expect(await refused(craftZip([{ name: 'manifest.json', data: enc.encode(JSON.stringify(manifest)) }, { name: 'projects.json', data: projects }]))).toMatch(/Signatur/);
  });
});

describe('importPack refuses a pack that hijacks an earlier import', () => {
  it('refuses a newer version of a signed pack that comes unsigned or with another key', async () => {
    const projects = enc.encode(ok);
    const keys = generateKeyPair();
    value(await h.api.importPack({ bytes: packFrom(projects, { manifest: baseManifest(projects), keys }) }));
    const newer = () => baseManifest(projects, { createdAt: '2026-12-01T10:00:00Z', title: 'Übernommen' });
    expect(await refused(packFrom(projects, { manifest: newer() }))).toMatch(/nicht mit demselben Schlüssel signiert/);
    expect(await refused(packFrom(projects, { manifest: newer(), keys: generateKeyPair() }))).toMatch(/nicht mit demselben Schlüssel signiert/);
    expect(value(await h.api.previewPackImport({ bytes: packFrom(projects, { manifest: newer(), keys }) })).state).toBe('update');
  });

  it('warns when an unsigned pack names another publisher than its earlier version', async () => {
    const projects = enc.encode(ok);
    value(await h.api.importPack({ bytes: packFrom(projects) }));
    const other = baseManifest(projects, { createdAt: '2026-12-01T10:00:00Z', publisher: { name: 'Stadt Anderswo' } });
    const preview = value(await h.api.previewPackImport({ bytes: packFrom(projects, { manifest: other }) }));
    expect(preview.notes[0]).toMatchObject({ kind: 'publisher_changed' });
    expect(preview.notes[0]!.message).toContain('„Stadt Irgendwo“');
  });
});

describe('importPack refuses hostile JSON', () => {
  it('refuses JSON nested 100,000 deep without recursing', async () => {
    expect(await refused(packFrom(`{"projects":${'['.repeat(100_000)}${']'.repeat(100_000)}}`))).toMatch(/zu tief verschachtelt/);
  });

  it('refuses a 50 MB string', async () => {
    // Random text does not compress: stored as is, the pack stays just under the 50 MB cap.
    const huge = randomBytes(36_000_000).toString('base64');
    expect(await refused(packFrom(projectsJson([{ id: 'p1', title: 'Groß', description: huge }]), { stored: true }))).toMatch(/übermäßig langen Text/);
  });

  it.each(['__proto__', 'constructor'])('refuses a %s key', async (key) => {
    expect(await refused(packFrom(`{"projects":[{"id":"p1","title":"x","${key}":{"isAdmin":true}}]}`))).toMatch(new RegExp(`unzulässigen Schlüssel „${key}“`));
  });

  it('refuses a __proto__ key spelled with escapes', async () => {
    expect(await refused(packFrom('{"projects":[{"id":"p1","title":"x","\\u005f_proto__":{"isAdmin":true}}]}'))).toMatch(/unzulässigen Schlüssel/);
  });
});

describe('importPack refuses invalid projects', () => {
  it('refuses a project without id or title, naming the project', async () => {
    const message = await refused(packFrom(projectsJson([{ id: 'p1', title: 'Gut' }, { title: 'Ohne ID' }, { id: 'p3' }])));
    expect(message).toMatch(/Projektliste ist fehlerhaft/);
    expect(message).toContain('Projekt 2');
    expect(message).toContain('Projekt 3');
  });

  it('refuses duplicate project ids', async () => {
    expect(await refused(packFrom(projectsJson([{ id: 'p1', title: 'A' }, { id: 'p1', title: 'B' }])))).toMatch(/„p1“ kommt im Paket mehrfach vor/);
  });

  it('refuses a date like 2025-13', async () => {
    const message = await refused(packFrom(projectsJson([{ id: 'p1', title: 'A', start: '2025-13' }])));
    expect(message).toMatch(/kein gültiges Datum/);
    expect(message).toContain('start');
  });

  it('refuses an unknown status', async () => {
    expect(await refused(packFrom(projectsJson([{ id: 'p1', title: 'A', status: 'fertig' }])))).toMatch(/unbekannter Stand/);
  });
});

describe('importPack defuses what it keeps', () => {
  it('keeps HTML and script as plain text and says so', async () => {
    const title = '<img src=x onerror=alert(1)>Bürgerportal<script>alert(2)</script>';
    const bytes = packFrom(projectsJson([{ id: 'p1', title, description: '<b>fett</b>' }]));
    const preview = value(await h.api.previewPackImport({ bytes }));
    expect(preview.notes.find((n) => n.kind === 'html_text')?.message).toMatch(/nur als Text angezeigt/);
    value(await h.api.importPack({ bytes }));
    expect(h.core.raw().prepare('SELECT title FROM peer_projects').pluck().get()).toBe(title);
  });

  it('drops javascript: and other non-web links and keeps the good ones', async () => {
    const links = [
      { title: 'Vorlage', url: 'https://example.org/vorlage' },
      { title: 'Böse', url: 'javascript:alert(1)' },
      { title: 'Datei', url: 'file:///etc/passwd' },
      { title: 'Mail', url: 'mailto:digital@example.org' },
    ];
    const bytes = packFrom(projectsJson([{ id: 'p1', title: 'A', links }]));
    const preview = value(await h.api.previewPackImport({ bytes }));
    expect(preview.notes.find((n) => n.kind === 'dropped_links')).toMatchObject({ count: 2 });
    value(await h.api.importPack({ bytes }));
    const kept = JSON.parse(h.core.raw().prepare('SELECT links FROM peer_projects').pluck().get() as string) as { url: string }[];
    expect(kept.map((l) => l.url)).toEqual(['https://example.org/vorlage', 'mailto:digital@example.org']);
  });

  it('sets unknown keys aside instead of importing them as data', async () => {
    const bytes = packFrom(projectsJson([{ id: 'p1', title: 'A', geheim: 'x', prioritaet: 1 }]));
    const preview = value(await h.api.previewPackImport({ bytes }));
    expect(preview.notes.find((n) => n.kind === 'unknown_keys')?.message).toContain('„geheim“');
    value(await h.api.importPack({ bytes }));
    expect(JSON.parse(h.core.raw().prepare('SELECT unknown_keys FROM peer_projects').pluck().get() as string)).toEqual({ geheim: 'x', prioritaet: 1 });
  });
});
