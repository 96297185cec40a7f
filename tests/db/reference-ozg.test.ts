/**
 * The shipped OZG catalogue: its "kommunal relevant" flag must follow the
 * source's LeiKa types, which list several types separated by ";".
 */
import { isMunicipalType } from '../../db/reference/ozg.ts';
import { createHarness, type Harness } from '../support/core-harness.ts';

describe('isMunicipalType', () => {
  it('marks LeiKa types 2/3 and 4 as carried out by municipalities, also in lists', () => {
    expect(isMunicipalType('2/3')).toBe(true);
    expect(isMunicipalType('1;2/3;4')).toBe(true);
    expect(isMunicipalType('1;5')).toBe(false);
    expect(isMunicipalType('1')).toBe(false);
  });
});

describe('the OZG catalogue in a new workspace', () => {
  let h: Harness;
  afterEach(() => h.cleanup());

  it('holds all 557 OZG-Leistungen and flags the 455 that the data README names as municipal', async () => {
    h = createHarness();
    const created = await h.api.createWorkspace({ ags: '05770024' });
    expect(created.ok).toBe(true);
    const counts = h.core.raw().prepare('SELECT count(*) AS total, sum(municipal) AS municipal FROM ozg_services').get();
    expect(counts).toEqual({ total: 557, municipal: 455 });
  });
});
