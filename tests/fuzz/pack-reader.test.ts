/**
 * Fuzzing the pack reader through previewPackImport and importPack: random
 * bytes, valid packs with bytes flipped, cut or spliced, hand-made zips with
 * random entries, and valid zips around random JSON. 0 crashes, every refusal
 * a German invalid_input, 0 writes on refusal and 0 writes by any preview.
 */
import * as fc from 'fast-check';
import { createHarness, value, type Harness } from '../support/core-harness.ts';
import { baseManifest, craftZip, deflated, packFrom, projectsJson, type CraftEntry } from '../support/pack-craft.ts';
import { fuzz, FUZZ_RUNS } from './fuzz-run.ts';
import { junk, NASTY_STRINGS } from './hostile-values.ts';
import { sendFile } from './file-probe.ts';

let h: Harness;
const outcomes = { accepted: 0, refused: 0 };
const enc = new TextEncoder();
const messages = new Set<string>();

beforeAll(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterAll(() => {
  console.log(`Paket-Fuzz: ${JSON.stringify(outcomes)}, ${messages.size} verschiedene Meldungen`);
  h.cleanup();
});

/** Preview, then import, the same bytes; preview and import must agree on refusing. */
async function tryPack(bytes: Uint8Array): Promise<void> {
  const preview = await sendFile(h, 'previewPackImport', { bytes, fileName: 'fuzz.cdopack' }, 'preview');
  const imported = await sendFile(h, 'importPack', { bytes, fileName: 'fuzz.cdopack' }, 'import');
  if (!preview.ok && imported.ok) throw new Error(`import accepted what the preview refused: ${preview.message}`);
  outcomes[imported.ok ? 'accepted' : 'refused']++;
  if (imported.message) messages.add(imported.message);
}

const VALID = packFrom(projectsJson([
  { id: 'p1', title: 'Digitaler Bauantrag', description: 'Antrag online, Bescheid digital', status: 'operating', start: '2024-02', tags: ['OZG'] },
  { id: 'p2', title: 'Schul-WLAN', status: 'planned', links: [{ title: 'Konzept', url: 'https://example.org/wlan' }] },
]));

/** A valid pack with bytes changed: flips, cuts, inserted garbage, two packs spliced together. */
const mutatedPack = fc.oneof(
  fc.array(fc.tuple(fc.nat(VALID.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
    const b = VALID.slice();
    for (const [at, x] of flips) b[at]! ^= x;
    return b;
  }),
  fc.nat(VALID.length - 1).map((n) => VALID.slice(0, n)),
  fc.tuple(fc.nat(VALID.length), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, extra]) => new Uint8Array([...VALID.subarray(0, at), ...extra, ...VALID.subarray(at)])),
  fc.tuple(fc.nat(VALID.length), fc.nat(VALID.length)).map(([a, b]) => new Uint8Array([...VALID.subarray(0, a), ...VALID.subarray(b)])),
);

const entryName = fc.oneof(
  fc.constantFrom('manifest.json', 'projects.json', '../manifest.json', '/etc/passwd', 'C:\\x.json', 'a\\..\\b', 'ok/../../x', 'x\u0000.json', 'projects.json/', ''),
  fc.string({ maxLength: 30 }),
  fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length < 300)),
);

const randomEntry: fc.Arbitrary<CraftEntry> = fc.record({
  name: entryName,
  data: fc.uint8Array({ maxLength: 200 }),
  method: fc.constantFrom<0 | 8>(0, 8),
  size: fc.option(fc.oneof(fc.nat(1000), fc.constant(0xffffffff)), { nil: undefined }),
  os: fc.constantFrom(0, 3),
  attrs: fc.constantFrom(0, 0o120777 << 16, 0o100644 << 16),
});

/** Zips with random entries, sometimes beside a valid manifest and project list. */
const randomZip = fc.tuple(fc.array(randomEntry, { maxLength: 6 }), fc.boolean()).map(([entries, withValid]) => {
  const projects = enc.encode(projectsJson([{ id: 'p1', title: 'Fuzz' }]));
  const base: CraftEntry[] = withValid
    ? [{ name: 'manifest.json', data: enc.encode(JSON.stringify(baseManifest(projects))) }, { name: 'projects.json', data: deflated(projects), method: 8, size: projects.length }]
    : [];
  return craftZip([...base, ...entries]);
});

/** A well-formed pack (right checksums) around generated projects: junk in every field. */
const project = fc.record(
  {
    id: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), junk),
    title: fc.oneof(fc.string({ minLength: 1, maxLength: 80 }), fc.constantFrom(...NASTY_STRINGS), junk),
    description: fc.oneof(fc.string(), junk),
    status: fc.oneof(fc.constantFrom('idea', 'planned', 'in_progress', 'operating', 'completed', 'stopped'), junk),
    start: fc.oneof(fc.constantFrom('2024', '2024-05', '2024-05-31', '2024-13', '31.05.2024'), junk),
    tags: fc.oneof(fc.array(fc.string({ maxLength: 20 }), { maxLength: 4 }), junk),
    links: fc.oneof(fc.array(fc.record({ title: fc.string({ maxLength: 20 }), url: fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', 'file:///etc/passwd', 'mailto:a@b.de')) }), { maxLength: 3 }), junk),
    budget: fc.oneof(fc.double(), junk),
  },
  { requiredKeys: [] },
);
const generatedPack = fc.array(project, { maxLength: 4 }).map((projects) => {
  let text: string;
  try {
    text = projectsJson(projects);
  } catch {
    text = '{"projects":[]}'; // bigint and the like do not go into JSON
  }
  return packFrom(text);
});

it('refuses random bytes cleanly and writes nothing', async () => {
  expect(await fuzz(fc.oneof(fc.uint8Array({ maxLength: 2048 }), fc.constant(new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Uint8Array(18)]))), tryPack)).toBeGreaterThanOrEqual(FUZZ_RUNS);
  expect(outcomes.refused).toBeGreaterThan(0);
});

it('survives valid packs with bytes flipped, cut, inserted or spliced', async () => {
  expect(await fuzz(mutatedPack, tryPack, 40)).toBeGreaterThanOrEqual(40);
});

it('survives hand-made zips with random entries (names that escape, symlinks, lying sizes)', async () => {
  expect(await fuzz(randomZip, tryPack, 40)).toBeGreaterThanOrEqual(40);
});

it('survives well-formed packs with junk in every project field, and no prototype is polluted', async () => {
  expect(await fuzz(generatedPack, tryPack, 40)).toBeGreaterThanOrEqual(40);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(outcomes.accepted).toBeGreaterThan(0);
});
