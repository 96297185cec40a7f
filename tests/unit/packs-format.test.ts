/**
 * The pack format as documented (docs/pack-format*) and as implemented
 * (core/packs/format.ts) say the same; dates, canonical JSON, signatures and
 * fingerprints; the writer is reproducible; the demo packs are valid and labelled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PEER_STATUSES } from '../../api/index.ts';
import { isPackDate, MANIFEST_KEYS, PROJECT_KEYS } from '../../core/packs/format.ts';
import { canonicalJson, fingerprintOf, generateKeyPair, signManifest, verifyManifest } from '../../core/packs/signing.ts';
import { isSafeEntryName } from '../../core/packs/zip-read.ts';
import { readPack, writePack } from '../../core/packs/index.ts';
import { demoPackFile, listDemoPacks } from '../../core/demo/peer-packs/index.ts';

const docs = join(import.meta.dirname, '../../docs');
interface SchemaNode {
  properties: Record<string, SchemaNode & { enum?: unknown[] }>;
  required?: string[];
  pattern?: string;
  $defs: Record<string, SchemaNode>;
}
const schema = (name: string) => JSON.parse(readFileSync(join(docs, 'pack-format', name), 'utf8')) as SchemaNode;

describe('the documented format', () => {
  it('the JSON Schemas name exactly the keys the reader knows', () => {
    const manifest = schema('manifest.schema.json');
    expect(Object.keys(manifest.properties).sort()).toEqual([...MANIFEST_KEYS].sort());
    expect(manifest.required).toEqual(['format', 'formatVersion', 'id', 'title', 'createdAt', 'publisher', 'license', 'files']);
    const project = schema('projects.schema.json').$defs.project!;
    expect(Object.keys(project.properties).sort()).toEqual([...PROJECT_KEYS].sort());
    expect(project.required).toEqual(['id', 'title']);
    expect(project.properties.status!.enum!.filter((s) => s !== null)).toEqual([...PEER_STATUSES]);
  });

  it('the schema date pattern and the reader agree on the month', () => {
    const pattern = new RegExp(schema('projects.schema.json').$defs.packDate!.pattern!);
    for (const d of ['2025', '2025-03', '2025-03-31', '2024-02-29']) expect([d, pattern.test(d), isPackDate(d)]).toEqual([d, true, true]);
    for (const d of ['2025-13', '2025-00', '25-03', '2025-3', '2025-03-32']) expect([d, pattern.test(d), isPackDate(d)]).toEqual([d, false, false]);
    // A day the pattern allows but the calendar does not: the reader is stricter.
    expect(isPackDate('2025-02-29')).toBe(false);
  });

  it('docs/pack-format.md documents every project key', () => {
    const text = readFileSync(join(docs, 'pack-format.md'), 'utf8');
    for (const key of PROJECT_KEYS) expect(text).toContain(`\`${key}\``);
  });
});

describe('signatures', () => {
  it('canonical JSON sorts keys at every level and has no whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: null, e: 'x' }], c: 'ä' } })).toBe('{"a":{"c":"ä","d":[2,{"e":"x","f":null}]},"b":1}');
  });

  it('verifies what it signed and nothing else', () => {
    const keys = generateKeyPair();
    const manifest = { format: 'cdo-pack', title: 'A', files: { 'projects.json': { sha256: '0'.repeat(64) } } };
    const value = signManifest(manifest, keys);
    expect(verifyManifest({ ...manifest, signature: { value } }, keys.publicKey, value)).toBe(true);
    expect(verifyManifest({ ...manifest, title: 'B' }, keys.publicKey, value)).toBe(false);
    expect(verifyManifest(manifest, generateKeyPair().publicKey, value)).toBe(false);
    expect(verifyManifest(manifest, 'kein Schlüssel', value)).toBe(false);
  });

  it('shows a fingerprint as ten groups of four hex digits', () => {
    expect(fingerprintOf(Buffer.alloc(32).toString('base64'))).toMatch(/^([0-9A-F]{4} ){9}[0-9A-F]{4}$/);
  });
});

describe('entry names', () => {
  it.each(['manifest.json', 'attachments/abc.pdf', 'attachments/'])('accepts %s', (name) => expect(isSafeEntryName(name)).toBe(true));
  it.each(['../x', 'a/../../x', '/etc/passwd', 'C:/x', 'c:x', 'a\\b', 'a\0b', '', 'a//b', './x'])('refuses %j', (name) => expect(isSafeEntryName(name)).toBe(false));
});

describe('writePack and the demo packs', () => {
  it('writes the same bytes for the same content', () => {
    const meta = { id: 'x', title: 'T', createdAt: '2026-11-01T10:00:00Z', publisher: { name: 'Stadt' }, license: 'CC0-1.0', language: 'de' };
    expect(Buffer.from(writePack(meta, [{ id: 'p', title: 'P' }])).equals(Buffer.from(writePack(meta, [{ id: 'p', title: 'P' }])))).toBe(true);
  });

  it('ships two valid demo packs with 60 projects, labelled as demo data', () => {
    const packs = listDemoPacks().map((d) => readPack(demoPackFile(d.id).bytes, 'de'));
    expect(packs.reduce((n, p) => n + p.projects.length, 0)).toBe(60);
    for (const p of packs) {
      expect(p.manifest.title).toMatch(/Demo-Daten, fiktiv/);
      expect(p.manifest.publisher.name).toMatch(/\(Demo\)$/);
      expect(p.manifest.publisher.contact?.email).toMatch(/\.example$/);
    }
    expect(packs.map((p) => p.fingerprint !== null)).toEqual([true, false]);
  });
});
