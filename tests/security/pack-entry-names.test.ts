/**
 * QUALITY.md: pack entries that could escape the archive reject the whole
 * pack — `../`, absolute paths, drive letters, backslashes, NUL (symlinks are
 * in packs-hostile.test.ts). One named case each, beside a valid manifest and
 * project list, so the pack would otherwise be accepted; nothing is written.
 */
import { readdirSync } from 'node:fs';
import { createHarness, value, type Harness } from '../support/core-harness.ts';
import { baseManifest, craftZip, deflated, projectsJson, sha256 } from '../support/pack-craft.ts';

let h: Harness;
beforeAll(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterAll(() => h.cleanup());

const enc = new TextEncoder();
const projects = enc.encode(projectsJson([{ id: 'p1', title: 'Digitaler Bauantrag' }]));
const attachment = enc.encode('%PDF-1.4');
/** The attachment is listed with its checksum, as a real pack lists it. */
const packWith = (name: string) =>
  craftZip([
    { name: 'manifest.json', data: enc.encode(JSON.stringify(baseManifest(projects, { files: { 'projects.json': { sha256: sha256(projects) }, [name]: { sha256: sha256(attachment) } } }))) },
    { name: 'projects.json', data: deflated(projects), method: 8, size: projects.length },
    { name, data: attachment },
  ]);

const state = () => ({
  packs: h.core.raw().prepare('SELECT count(*) FROM peer_packs').pluck().get(),
  files: readdirSync(h.dir, { recursive: true }).sort(),
});

it('accepts the same pack with a harmless attachment name (the cases below fail for their name alone)', async () => {
  const r = await h.api.previewPackImport({ bytes: packWith('attachments/konzept.pdf') });
  expect(r.ok ? 'ok' : r.error.message).toBe('ok');
});

it.each([
  ['a parent step', '../konzept.pdf'],
  ['a parent step inside a folder', 'attachments/../../konzept.pdf'],
  ['an absolute Unix path', '/etc/konzept.pdf'],
  ['a Windows drive letter', 'C:/Users/konzept.pdf'],
  ['a drive-relative Windows path', 'C:konzept.pdf'],
  ['backslashes', 'attachments\\konzept.pdf'],
  ['a UNC path', '\\\\server\\share\\konzept.pdf'],
  ['a NUL byte', 'konzept.pdf\u0000.exe'],
])('refuses %s (%s) as invalid input in German, importing nothing', async (_, name) => {
  const before = state();
  for (const r of [await h.api.previewPackImport({ bytes: packWith(name) }), await h.api.importPack({ bytes: packWith(name) })]) {
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/unzulässigem Namen/) } });
  }
  expect(state()).toEqual(before);
});
