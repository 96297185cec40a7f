/**
 * Global search and the measure list's text filter with German folding:
 * Bürger = Buerger = BÜRGER, Straße = Strasse, word prefixes; and the index
 * follows every edit, undo and redo.
 */
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

async function titles(query: string): Promise<string[]> {
  return value(await h.api.search({ query })).map((hit) => hit.title).sort();
}

async function filtered(query: string): Promise<string[]> {
  return value(await h.api.listMeasures({ query, sort: 'title', dir: 'asc' })).rows.map((m) => m.title);
}

async function seed() {
  const ids: Record<string, string> = {};
  for (const m of [
    { title: 'Bürgerportal mit Servicekonto', description: 'Anbindung an die BundID.' },
    { title: 'Straßenbeleuchtung mit LED', description: 'Smarte Laternen im ganzen Stadtgebiet.' },
    { title: 'Öffentliches WLAN', description: 'Freies WLAN an 24 Standorten.', leadUnit: 'Stadtmarketing' },
    { title: 'E-Akte', description: 'Für alle Fachbereiche, auch für Bürgeranliegen.' },
    { title: 'Glasfaser Gewerbegebiet', description: 'Gigabit für 180 Betriebe.' },
  ]) {
    ids[m.title] = value(await h.api.saveMeasure(m)).id;
  }
  return ids;
}

describe('search with German folding', () => {
  it('finds Bürger, Buerger and BÜRGER alike, in titles and descriptions', async () => {
    await seed();
    const expected = ['Bürgerportal mit Servicekonto', 'E-Akte'];
    for (const q of ['Bürger', 'Buerger', 'BÜRGER', 'bürgerPORTAL'.slice(0, 6)]) {
      expect({ q, hits: await titles(q) }).toEqual({ q, hits: expected });
    }
    expect(await titles('Bürgerportal')).toEqual(['Bürgerportal mit Servicekonto']);
    expect(await titles('BUERGERPORTAL')).toEqual(['Bürgerportal mit Servicekonto']);
  });

  it('finds Straße as Strasse and STRASSE, and Öffentlich as Oeffentlich', async () => {
    await seed();
    for (const q of ['Straße', 'Strasse', 'STRASSE', 'strassenbeleuchtung']) {
      expect({ q, hits: await titles(q) }).toEqual({ q, hits: ['Straßenbeleuchtung mit LED'] });
    }
    expect(await titles('oeffentliches')).toEqual(['Öffentliches WLAN']);
    expect(await titles('ÖFFENTLICH')).toEqual(['Öffentliches WLAN']);
  });

  it('matches word prefixes and needs every word', async () => {
    await seed();
    expect(await titles('Glas')).toEqual(['Glasfaser Gewerbegebiet']);
    expect(await titles('glas giga')).toEqual(['Glasfaser Gewerbegebiet']);
    expect(await titles('glas bürger')).toEqual([]);
    expect(await titles('stadtmark')).toEqual(['Öffentliches WLAN']); // lead unit is searched too
    expect(await titles('faser')).toEqual([]); // a prefix, not an infix
  });

  it('ranks a title match before a description match', async () => {
    await seed();
    expect(value(await h.api.search({ query: 'Bürger' }))[0]?.title).toBe('Bürgerportal mit Servicekonto');
  });

  it('filters the measure list the same way, combined with other filters', async () => {
    await seed();
    expect(await filtered('buerger')).toEqual(['Bürgerportal mit Servicekonto', 'E-Akte']);
    expect(await filtered('STRASSE')).toEqual(['Straßenbeleuchtung mit LED']);
    expect(value(await h.api.listMeasures({ query: 'buerger', phase: 'operation' })).total).toBe(0);
  });

  it('treats search syntax in the query as plain words instead of failing', async () => {
    await seed();
    for (const q of ['"', 'NEAR(bürger', 'bürger OR *', 'title:glas', '-glas', '^', ')))']) {
      const r = await h.api.search({ query: q });
      const list = await h.api.listMeasures({ query: q });
      expect({ q, search: r.ok, list: list.ok }).toEqual({ q, search: true, list: true });
    }
    expect(await titles('"glas" OR')).toEqual([]); // OR is a word here, not an operator
    expect(await titles('(glas*)')).toEqual(['Glasfaser Gewerbegebiet']);
  });
});

describe('the search index follows edits, undo and redo', () => {
  it('finds a new measure, forgets it on undo and finds it again on redo', async () => {
    value(await h.api.saveMeasure({ title: 'Digitale Schulverwaltung' }));
    expect(await titles('schulverw')).toEqual(['Digitale Schulverwaltung']);
    value(await h.api.undo());
    expect(await titles('schulverw')).toEqual([]);
    value(await h.api.redo());
    expect(await titles('schulverw')).toEqual(['Digitale Schulverwaltung']);
  });

  it('indexes the new title after a rename and the old one again after undo', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Mängelmelder' }));
    value(await h.api.saveMeasure({ id: m.id, title: 'Schadensmeldung online' }));
    expect(await titles('maengel')).toEqual([]);
    expect(await titles('schaden')).toEqual(['Schadensmeldung online']);
    value(await h.api.undo());
    expect(await titles('Mängel')).toEqual(['Mängelmelder']);
    expect(await titles('schaden')).toEqual([]);
    value(await h.api.redo());
    expect(await titles('maengel')).toEqual([]);
    expect(await titles('schaden')).toEqual(['Schadensmeldung online']);
  });

  it('drops a deleted measure from the index and brings it back on undo', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Wärmeplanung', description: 'Digitaler Zwilling' }));
    value(await h.api.deleteMeasure({ id: m.id }));
    expect(await titles('waerme')).toEqual([]);
    expect(await titles('zwilling')).toEqual([]);
    value(await h.api.undo());
    expect(await titles('waerme')).toEqual(['Wärmeplanung']);
    expect(await titles('zwilling')).toEqual(['Wärmeplanung']);
  });

  it('keeps exactly one index row per measure through many edits', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Eins' }));
    for (const title of ['Zwei', 'Drei', 'Vier']) value(await h.api.saveMeasure({ id: m.id, title }));
    value(await h.api.undo());
    value(await h.api.undo());
    value(await h.api.redo());
    const rows = h.core.raw().prepare("SELECT count(*) AS n FROM search_index WHERE entity = 'measure' AND entity_id = ?").get(m.id);
    expect(rows).toEqual({ n: 1 });
    expect(await titles('drei')).toEqual(['Drei']);
  });
});
