/**
 * OZG maturity through the API on a real workspace: the default list shows
 * the services municipalities carry out, a maturity record is saved, found,
 * changed, undone and searched; a level above the model's maximum is refused
 * naming that maximum, and nothing is written.
 */
import type { Input } from '../../api/index.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const wohngeld: Input<'saveOzgMaturity'> = {
  ozgId: '10092', model: '1.1', ist: 2, soll: 4, unit: 'Sozialamt', efaProvider: 'Land Schleswig-Holstein', assessedOn: '2026-10-01', note: 'Bescheid noch auf Papier',
};

function snapshot(): unknown {
  const raw = h.core.raw();
  return { rows: raw.prepare('SELECT * FROM ozg_maturity ORDER BY id').all(), log: raw.prepare('SELECT count(*) AS n FROM change_log').get() };
}

describe('listOzgMaturity', () => {
  it('shows by default only services municipalities carry out (LeiKa type 2/3 or 4)', async () => {
    const municipal = value(await h.api.listOzgMaturity({ limit: 1000 }));
    const all = value(await h.api.listOzgMaturity({ scope: 'all', limit: 1000 }));
    expect(municipal.total).toBeGreaterThan(300);
    expect(all.total).toBeGreaterThan(municipal.total);
    expect(municipal.rows.every((r) => r.service.municipal)).toBe(true);
    // Arbeitslosengeld (LeiKa type 1) is a federal service.
    expect(municipal.rows.some((r) => r.service.ozgId === '10073')).toBe(false);
    expect(all.rows.some((r) => r.service.ozgId === '10073')).toBe(true);
  });

  it('filters by Themenfeld and by folded words, and caps the rows but not the total', async () => {
    const byField = value(await h.api.listOzgMaturity({ themenfeld: 'Familie & Kind', limit: 1000 }));
    expect(byField.rows.every((r) => r.service.themenfeld === 'Familie & Kind')).toBe(true);
    expect(value(await h.api.listOzgMaturity({ query: 'KINDERTAGESBETREUUNG' })).rows.map((r) => r.service.ozgId)).toEqual(['10019']);
    const capped = value(await h.api.listOzgMaturity({ limit: 5 }));
    expect(capped.rows).toHaveLength(5);
    expect(capped.total).toBeGreaterThan(5);
  });
});

describe('saveOzgMaturity', () => {
  it('keeps every field, lists assessed services first, shows linked measures, and is one undo step', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Digitaler Wohngeldantrag' }));
    value(await h.api.linkOzgService({ measureId: m.id, ozgId: '10092' }));
    const row = value(await h.api.saveOzgMaturity(wohngeld));
    expect(row.service.name).toBe('Wohngeld');
    expect(row.maturity).toMatchObject({ relevant: true, model: '1.1', ist: 2, soll: 4, unit: 'Sozialamt', efaProvider: 'Land Schleswig-Holstein', assessedOn: '2026-10-01' });
    expect(row.measures).toEqual([{ id: m.id, title: 'Digitaler Wohngeldantrag' }]);
    expect(value(await h.api.listOzgMaturity({})).rows[0]!.service.ozgId).toBe('10092');

    value(await h.api.saveOzgMaturity({ ...wohngeld, ist: 3 }));
    expect(value(await h.api.undo()).done).toEqual({ action: 'update', entity: 'ozgMaturity', title: 'Wohngeld' });
    expect(value(await h.api.listOzgMaturity({ query: 'Wohngeld' })).rows[0]!.maturity?.ist).toBe(2);
  });

  it('is found by the search, also by its responsible unit', async () => {
    value(await h.api.saveOzgMaturity(wohngeld));
    const hits = value(await h.api.search({ query: 'sozialamt' }));
    expect(hits.some((hit) => hit.entity === 'ozgMaturity' && hit.title === 'Wohngeld')).toBe(true);
  });

  it('a service marked not relevant leaves the "relevant" scope and deleting its record brings the default back', async () => {
    value(await h.api.saveOzgMaturity({ ozgId: '10092', relevant: false }));
    const relevant = value(await h.api.listOzgMaturity({ scope: 'relevant', limit: 1000 }));
    expect(relevant.rows.some((r) => r.service.ozgId === '10092')).toBe(false);
    value(await h.api.deleteOzgMaturity({ ozgId: '10092' }));
    const again = value(await h.api.listOzgMaturity({ scope: 'relevant', limit: 1000 }));
    expect(again.rows.some((r) => r.service.ozgId === '10092')).toBe(true);
    expect((await h.api.deleteOzgMaturity({ ozgId: '10092' })).ok).toBe(false);
  });

  it.each([
    ['1.1', 5, /höchste Stufe 4/],
    ['2.0', 8, /höchste Stufe 7/],
  ] as const)('refuses level %s above the maximum (%i), naming the maximum, and writes nothing', async (model, level, text) => {
    const before = snapshot();
    const r = await h.api.saveOzgMaturity({ ...wohngeld, model, ist: level, soll: level });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.details?.issues?.map((i) => i.path).sort()).toEqual(['ist', 'soll']);
    expect(r.error.details?.issues?.[0]?.message).toMatch(text);
    expect(snapshot()).toEqual(before);
  });

  it('accepts level 7 in model 2.0, refuses unknown services and bad values in German and English', async () => {
    expect(value(await h.api.saveOzgMaturity({ ...wohngeld, model: '2.0', ist: 7, soll: 7 })).maturity?.ist).toBe(7);
    const before = snapshot();
    const ghost = await h.api.saveOzgMaturity({ ...wohngeld, ozgId: '99999' });
    expect(!ghost.ok && ghost.error.details?.issues?.[0]?.path).toBe('ozgId');
    const bad = await h.api.saveOzgMaturity({ ...wohngeld, model: '3.0', ist: -1, assessedOn: '01.10.2026' } as unknown as Input<'saveOzgMaturity'>);
    expect(!bad.ok && bad.error.details?.issues?.map((i) => i.path).sort()).toEqual(['assessedOn', 'ist', 'model']);
    const en = await h.dispatcher.call('saveOzgMaturity', { ...wohngeld, ist: 6 }, { lang: 'en' });
    expect(!en.ok && en.error.details?.issues?.[0]?.message).toMatch(/highest level is 4/);
    expect(snapshot()).toEqual(before);
  });
});

describe('getOzgMaturityChart', () => {
  it('counts relevant services per Ist level and Themenfeld, and the share at level 3 or higher', async () => {
    value(await h.api.saveOzgMaturity(wohngeld));
    value(await h.api.saveOzgMaturity({ ozgId: '10084', ist: 3 }));
    value(await h.api.saveOzgMaturity({ ozgId: '10019', ist: 4 }));
    value(await h.api.saveOzgMaturity({ ozgId: '10000', ist: 4, relevant: false }));
    value(await h.api.saveOzgMaturity({ ozgId: '10559', ist: 6, model: '2.0' }));
    const chart = value(await h.api.getOzgMaturityChart({}));
    expect(chart).toMatchObject({ model: '1.1', max: 4, assessed: 3, atLeast3: 2 });
    expect(chart.share).toBeCloseTo(2 / 3);
    expect(chart.rows).toEqual([
      { themenfeld: 'Arbeit & Ruhestand', counts: [0, 0, 1, 1, 0], assessed: 2, atLeast3: 1 },
      { themenfeld: 'Familie & Kind', counts: [0, 0, 0, 0, 1], assessed: 1, atLeast3: 1 },
    ]);
    const v2 = value(await h.api.getOzgMaturityChart({ model: '2.0' }));
    expect(v2).toMatchObject({ max: 7, assessed: 1, rows: [{ themenfeld: 'Querschnitt', counts: [0, 0, 0, 0, 0, 0, 1, 0] }] });
    expect(value(await h.api.getOzgMaturityChart({ model: '1.1' })).share).not.toBeNull();
  });

  it('has no share while nothing is assessed', async () => {
    expect(value(await h.api.getOzgMaturityChart({}))).toMatchObject({ rows: [], assessed: 0, share: null });
  });
});
