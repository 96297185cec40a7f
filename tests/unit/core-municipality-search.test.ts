/**
 * Finding a municipality in the shipped list by name (German folding), PLZ or
 * AGS prefix — the picker of "create a workspace". Expected values are taken
 * from the source CSV (Destatis Gemeindeverzeichnis 31.12.2019), not from the code.
 */
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeAll(() => {
  h = createHarness();
});
afterAll(() => h.cleanup());

const find = async (query: string, limit?: number) => value(await h.api.searchMunicipalities(limit ? { query, limit } : { query }));

describe('municipality search', () => {
  it('puts the Stadt Minden first for "Minden", before smaller namesakes and the Kreis', async () => {
    const hits = await find('Minden');
    expect(hits[0]).toMatchObject({ name: 'Minden, Stadt', ags: '05770024', kind: 'gemeinde', kreis: 'Kreis Minden-Lübbecke', land: 'Nordrhein-Westfalen', plz: '32423' });
    expect(hits.map((m) => m.ags)).toEqual(expect.arrayContaining(['07232082', '05770']));
  });

  it('lists the 12 places called Neuenkirchen*, each told apart by Kreis, Land and PLZ', async () => {
    const hits = await find('Neuenkirchen');
    expect(hits).toHaveLength(12);
    expect(hits.every((m) => m.name.startsWith('Neuenkirchen'))).toBe(true);
    const exact = hits.filter((m) => m.name === 'Neuenkirchen');
    expect(exact).toHaveLength(11);
    // 11 Gemeinden in 10 Kreise (two in Vorpommern-Greifswald, with different PLZ) and 4 Länder.
    expect(new Set(exact.map((m) => m.kreis)).size).toBe(10);
    expect(new Set(exact.map((m) => m.land))).toEqual(new Set(['Schleswig-Holstein', 'Niedersachsen', 'Nordrhein-Westfalen', 'Mecklenburg-Vorpommern']));
    expect(new Set(hits.map((m) => `${m.kreis} ${m.plz}`)).size).toBe(12);
    expect(hits.map((m) => m.ags)).toContain('03460007'); // Neuenkirchen-Vörden, Landkreis Vechta
    expect(hits.some((m) => m.name === 'Merzen')).toBe(false); // only in the Samtgemeinde's name, not its own
  });

  it('finds a place by its PLZ', async () => {
    expect((await find('32423')).map((m) => m.name)).toEqual(['Minden, Stadt']);
  });

  it('finds a Kreis and its Gemeinden by AGS prefix, the Kreis first', async () => {
    const hits = await find('05770');
    expect(hits[0]).toMatchObject({ ags: '05770', name: 'Kreis Minden-Lübbecke', kind: 'kreis' });
    expect(hits).toHaveLength(12); // the Kreis and its 11 Gemeinden
    expect(hits.slice(1).every((m) => m.kind === 'gemeinde' && m.ags.startsWith('05770'))).toBe(true);
    expect((await find('05770024')).map((m) => m.name)).toEqual(['Minden, Stadt']);
  });

  it('folds umlauts and ß both ways', async () => {
    for (const q of ['Lübbecke', 'Luebbecke', 'LÜBBECKE']) {
      expect({ q, ags: (await find(q)).map((m) => m.ags) }).toEqual({ q, ags: expect.arrayContaining(['05770020']) });
    }
    for (const q of ['Preußisch Oldendorf', 'Preussisch Oldendorf']) {
      expect({ q, first: (await find(q))[0]?.ags }).toEqual({ q, first: '05770036' });
    }
  });

  it('shows Land and population for every hit, and respects the limit', async () => {
    const hits = await find('Stadt', 5);
    expect(hits).toHaveLength(5);
    for (const m of hits) {
      expect(m.land).not.toBe('');
      expect(m.population).toBeGreaterThan(0);
    }
  });

  it('answers an empty list for nothing found or an empty query', async () => {
    expect(await find('Xyzzyhausen')).toEqual([]);
    expect(await find('   ')).toEqual([]);
    expect(await find('00000')).toEqual([]);
  });
});
