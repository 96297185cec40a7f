/**
 * The funding catalogue import reads XLSX and ODS through the shared
 * spreadsheet reader, with the same mapping, row errors and one undo step as
 * its CSV import.
 */
import { createHarness, value, type Harness } from '../support/core-harness.ts';
import { makeOds, makeXlsx, odsDate, odsFloat, odsRow, odsText } from '../fixtures/spreadsheets/make.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

describe('importFundingProgrammes from XLSX and ODS', () => {
  it('previews an Excel catalogue with real numbers and dates, then writes it as one step', async () => {
    const xlsx = await makeXlsx([
      ['Name', 'Fördergeber', 'Förderquote (%)', 'Frist', 'URL'],
      ['Digitale Modellkommune', 'Land', 80, new Date(Date.UTC(2026, 2, 31)), 'https://example.org/a'],
      ['Gigabit', 'Bund', 50.5, null, null],
      ['Falsch', 'Mars', 120, null, null],
    ], (ws) => { ws.getColumn(4).numFmt = 'dd.mm.yyyy'; });
    const p = value(await h.api.importFundingProgrammes({ bytes: xlsx, fileName: 'katalog.xlsx' }));
    expect(p).toMatchObject({ format: 'xlsx', encoding: null, delimiter: null, rowCount: 3, written: false });
    expect(p.add.map((a) => a.name)).toEqual(['Digitale Modellkommune', 'Gigabit']);
    expect(p.errors.map((e) => `${e.row} ${e.header}`)).toEqual(['4 Fördergeber', '4 Förderquote (%)']);
    const done = value(await h.api.importFundingProgrammes({ bytes: xlsx, fileName: 'katalog.xlsx', confirm: true, skipInvalid: true }));
    expect(done.written).toBe(true);
    expect(value(await h.api.listFundingProgrammes({})).rows.find((r) => r.name === 'Digitale Modellkommune')).toMatchObject({ funder: 'land', maxQuota: 80, deadline: '2026-03-31' });
  });

  it('reads an ODS catalogue, also without a file name', async () => {
    const ods = makeOds(odsRow(`${odsText('Name')}${odsText('Funder')}${odsText('Max quota')}${odsText('Deadline')}`) + odsRow(`${odsText('Smart Region')}${odsText('EU')}${odsFloat(60)}${odsDate('2026-07-01')}`));
    const p = value(await h.api.importFundingProgrammes({ bytes: ods, confirm: true }));
    expect(p).toMatchObject({ format: 'ods', written: true, errors: [] });
    expect(value(await h.api.listFundingProgrammes({})).rows[0]).toMatchObject({ name: 'Smart Region', funder: 'eu', maxQuota: 60, deadline: '2026-07-01' });
  });

  it('refuses an XLSX with merged header cells and writes nothing', async () => {
    const xlsx = await makeXlsx([['Name', 'Förderung', ''], ['A', 'Land', '']], (ws) => ws.mergeCells('B1:C1'));
    const r = await h.api.importFundingProgrammes({ bytes: xlsx, fileName: 'x.xlsx', confirm: true });
    expect(!r.ok && r.error.details?.issues?.[0]?.message).toMatch(/verbundene Zellen \(B1:C1\)/);
    expect(value(await h.api.listFundingProgrammes({})).total).toBe(0);
  });
});
