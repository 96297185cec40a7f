/**
 * Fuzzing the spreadsheet importers (project lists: previewProjectImport,
 * importProjects; funding catalogue: importFundingProgrammes): random CSV
 * text in UTF-8, with BOM, Windows-1252 or UTF-16, with ; or , and hostile
 * cells; valid XLSX and ODS files with bytes flipped, cut or inserted; random
 * bytes. 0 crashes, every refusal a German invalid_input, 0 writes on
 * refusal, 0 writes by a preview.
 */
import * as fc from 'fast-check';
import { createHarness, value, type Harness } from '../support/core-harness.ts';
import { makeOds, makeXlsx, odsRow, odsText } from '../fixtures/spreadsheets/make.ts';
import { fuzz, FUZZ_RUNS } from './fuzz-run.ts';
import { NASTY_STRINGS } from './hostile-values.ts';
import { sendFile, type FileOutcome } from './file-probe.ts';

let h: Harness;
const outcomes = { accepted: 0, refused: 0 };

beforeAll(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
  value(await h.api.saveField({ name: 'Bildung' }));
});
afterAll(() => {
  console.log(`Tabellen-Fuzz: ${JSON.stringify(outcomes)}`);
  h.cleanup();
});

const count = (o: FileOutcome) => void outcomes[o.ok ? 'accepted' : 'refused']++;

/** The project import: preview, then import (all or nothing, then valid rows only). */
async function tryProjects(bytes: Uint8Array, fileName: string): Promise<void> {
  const preview = await sendFile(h, 'previewProjectImport', { bytes, fileName }, 'preview');
  count(preview);
  count(await sendFile(h, 'importProjects', { bytes, fileName }, 'import'));
  count(await sendFile(h, 'importProjects', { bytes, fileName, skipInvalid: true }, 'import'));
}

/** The funding catalogue import: a preview (confirm false) and a confirmed import. */
async function tryProgrammes(bytes: Uint8Array, fileName: string): Promise<void> {
  count(await sendFile(h, 'importFundingProgrammes', { bytes, fileName }, 'preview'));
  count(await sendFile(h, 'importFundingProgrammes', { bytes, fileName, confirm: true, skipInvalid: true }, 'import'));
}

const HEADERS = ['Titel', 'Beschreibung', 'Handlungsfeld', 'Phase', 'Priorität', 'Beginn', 'Ende', 'Budget (€)', 'Schlagworte', 'Title', 'Name', 'Förderquote', 'Frist', 'Gesamtwert', '', '=A1'];
const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.constantFrom('Bürgerportal', 'Bildung', 'Umsetzung', 'hoch', '01.03.2026', '2026-13-45', '180.000 €', '2.500,50', '-0', '1e309', 'ja', 'OZG; Portal', '"', '""', '"a;b"', '\r\n', '\n'),
  fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length < 300)),
);

/** CSV text: a header row (mostly known German headers) and rows of hostile cells. */
const csvText = fc
  .tuple(fc.array(fc.constantFrom(...HEADERS), { minLength: 1, maxLength: 8 }), fc.array(fc.array(cell, { maxLength: 9 }), { maxLength: 12 }), fc.constantFrom(';', ',', '\t'), fc.constantFrom('\r\n', '\n', '\r'))
  .map(([header, rows, sep, eol]) => [header, ...rows].map((r) => r.join(sep)).join(eol));

/** The text as bytes the way different programs save it. */
const encoded = fc.tuple(csvText, fc.constantFrom('utf8', 'bom', 'latin1', 'utf16le')).map(([text, encoding]) => {
  if (encoding === 'utf16le') return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
  const bytes = new Uint8Array(Buffer.from(text, encoding === 'latin1' ? 'latin1' : 'utf8'));
  return encoding === 'bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
});

/** Flips, cuts and inserts in a valid file. */
function mutated(valid: Uint8Array) {
  return fc.oneof(
    fc.array(fc.tuple(fc.nat(valid.length - 1), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 6 }).map((flips) => {
      const b = valid.slice();
      for (const [at, x] of flips) b[at]! ^= x;
      return b;
    }),
    fc.nat(valid.length - 1).map((n) => valid.slice(0, Math.max(1, n))),
    fc.tuple(fc.nat(valid.length), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([at, extra]) => new Uint8Array([...valid.subarray(0, at), ...extra, ...valid.subarray(at)])),
  );
}

let xlsx: Uint8Array;
let ods: Uint8Array;
beforeAll(async () => {
  xlsx = await makeXlsx([['Titel', 'Phase', 'Beginn', 'Budget (€)'], ['Bürgerportal', 'Umsetzung', new Date('2026-03-01'), 180000], ['=1+1', 'Idee', '2026', '-5']]);
  ods = makeOds([odsRow(odsText('Titel') + odsText('Phase')), odsRow(odsText('Schul-WLAN') + odsText('Konzeption')), odsRow(odsText('@SUMME(A1)') + odsText('x'))].join(''));
});

it('reads random CSV in any encoding and separator without crashing, writing only on a successful import', async () => {
  expect(await fuzz(fc.tuple(encoded, fc.constantFrom('liste.csv', 'liste.txt', 'LISTE.CSV')), ([bytes, name]) => tryProjects(bytes, name), 40)).toBeGreaterThanOrEqual(40);
  expect(outcomes.accepted).toBeGreaterThan(0);
  expect(outcomes.refused).toBeGreaterThan(0);
});

it('refuses random bytes under any file name', async () => {
  expect(await fuzz(fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 1024 }), fc.constantFrom('a.csv', 'a.xlsx', 'a.ods', 'a.xls', 'ohne-endung')), ([bytes, name]) => tryProjects(bytes, name))).toBeGreaterThanOrEqual(FUZZ_RUNS);
});

it('survives XLSX files with bytes flipped, cut or inserted', async () => {
  expect(await fuzz(mutated(xlsx), (bytes) => tryProjects(bytes, 'projekte.xlsx'), 30)).toBeGreaterThanOrEqual(30);
});

it('survives ODS files with bytes flipped, cut or inserted', async () => {
  expect(await fuzz(mutated(ods), (bytes) => tryProjects(bytes, 'projekte.ods'), 30)).toBeGreaterThanOrEqual(30);
});

it('the funding catalogue import takes the same random CSV without crashing', async () => {
  expect(await fuzz(fc.tuple(encoded, fc.constantFrom('programme.csv', 'programme.xlsx')), ([bytes, name]) => tryProgrammes(bytes, name), 30)).toBeGreaterThanOrEqual(30);
});
