/**
 * Money of a measure: cost items per year with totals, the financing stack
 * that must add up to the planned cost (within 1 €), saved as one undo step,
 * and the portfolio roll-ups by year, field and phase. Bad input changes nothing.
 */
import type { Input } from '../../api/index.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const count = (table: string) => (h.core.raw().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function measure(title: string, extra: Partial<Input<'saveMeasure'>> = {}) {
  return value(await h.api.saveMeasure({ title, ...extra }));
}

async function cost(measureId: string, year: number, kind: 'investive' | 'consumptive', plan: number, actual: number | null = null, category = 'Lizenzen') {
  return value(await h.api.saveCostItem({ measureId, year, kind, plan, actual, category }));
}

async function failure(r: Promise<{ ok: boolean; error?: { code: string; message: string; details?: { issues?: { path: string; message: string }[] } } }>) {
  const res = await r;
  expect(res.ok).toBe(false);
  return res.error!;
}

describe('cost items', () => {
  it('lists the items of a measure by year with totals per year and overall, investive and consumptive apart', async () => {
    const m = await measure('Digitaler Wohngeldantrag');
    await cost(m.id, 2026, 'consumptive', 12_000, null, 'Betrieb');
    await cost(m.id, 2025, 'investive', 80_000, 78_500.5, 'Dienstleistung');
    await cost(m.id, 2025, 'consumptive', 10_000, 9_000, 'Lizenzen');
    await cost(m.id, 2026, 'investive', 30_000);
    const list = value(await h.api.listCostItems({ measureId: m.id }));
    expect(list.items.map((i) => [i.year, i.kind, i.category])).toEqual([
      [2025, 'investive', 'Dienstleistung'], [2025, 'consumptive', 'Lizenzen'], [2026, 'investive', 'Lizenzen'], [2026, 'consumptive', 'Betrieb'],
    ]);
    expect(list.years).toEqual([
      { year: 2025, planInvestive: 80_000, planConsumptive: 10_000, plan: 90_000, actualInvestive: 78_500.5, actualConsumptive: 9_000, actual: 87_500.5 },
      { year: 2026, planInvestive: 30_000, planConsumptive: 12_000, plan: 42_000, actualInvestive: 0, actualConsumptive: 0, actual: 0 },
    ]);
    expect(list.total).toEqual({ planInvestive: 110_000, planConsumptive: 22_000, plan: 132_000, actualInvestive: 78_500.5, actualConsumptive: 9_000, actual: 87_500.5 });
  });

  it('edits and deletes an item, each one undo step, and undo brings it back', async () => {
    const m = await measure('E-Akte');
    const item = await cost(m.id, 2026, 'investive', 50_000);
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'create', entity: 'costItem', title: 'Lizenzen 2026' });
    const edited = value(await h.api.saveCostItem({ id: item.id, measureId: m.id, year: 2027, kind: 'consumptive', recurrence: 'recurring', category: '', plan: 4_000, actual: 3_900 }));
    expect(edited).toMatchObject({ year: 2027, kind: 'consumptive', recurrence: 'recurring', category: null, plan: 4_000, actual: 3_900 });
    value(await h.api.deleteCostItem({ id: item.id }));
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'delete', entity: 'costItem', title: 'E-Akte 2027' });
    expect(value(await h.api.listCostItems({ measureId: m.id })).items).toEqual([]);
    value(await h.api.undo());
    expect(value(await h.api.listCostItems({ measureId: m.id })).items).toEqual([edited]);
  });

  it('refuses negative, absurd and out-of-range values with German messages and writes nothing', async () => {
    const m = await measure('E-Akte');
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ plan: -1 }, 'plan', /mindestens 0/],
      [{ plan: 2e10 }, 'plan', /höchstens 10\.000\.000\.000/],
      [{ actual: -5 }, 'actual', /mindestens 0/],
      [{ plan: 'viel' }, 'plan', /Zahl/],
      [{ year: 1999 }, 'year', /mindestens 2\.000/],
      [{ year: 2101 }, 'year', /höchstens 2\.100/],
      [{ year: 2026.5 }, 'year', /ganze Zahl/],
      [{ kind: 'teuer' }, 'kind', /vorgesehenen Werte/],
      [{ category: 'x'.repeat(101) }, 'category', /Höchstens 100 Zeichen/],
    ];
    for (const [bad, path, msg] of cases) {
      const e = await failure(h.api.saveCostItem({ measureId: m.id, year: 2026, kind: 'investive', plan: 1, ...bad } as Input<'saveCostItem'>));
      expect(e.code).toBe('invalid_input');
      expect(e.details?.issues?.find((i) => i.path === path)?.message).toMatch(msg);
    }
    expect(count('cost_items')).toBe(0);
  });

  it('answers not_found for an unknown measure, an unknown item and another measure\'s item', async () => {
    const a = await measure('A');
    const b = await measure('B');
    const item = await cost(a.id, 2026, 'investive', 1_000);
    expect((await failure(h.api.saveCostItem({ measureId: 'gibt-es-nicht', year: 2026, kind: 'investive' }))).code).toBe('not_found');
    expect((await failure(h.api.saveCostItem({ id: item.id, measureId: b.id, year: 2026, kind: 'investive', plan: 5 }))).code).toBe('not_found');
    expect((await failure(h.api.deleteCostItem({ id: 'gibt-es-nicht' }))).code).toBe('not_found');
    expect((await failure(h.api.listCostItems({ measureId: 'gibt-es-nicht' }))).code).toBe('not_found');
    expect(value(await h.api.listCostItems({ measureId: a.id })).items.map((i) => i.plan)).toEqual([1_000]);
  });
});

describe('the financing stack', () => {
  async function wohngeld() {
    const m = await measure('Digitaler Wohngeldantrag');
    await cost(m.id, 2025, 'investive', 120_000);
    await cost(m.id, 2026, 'consumptive', 60_000);
    return m;
  }

  it('saves a stack that adds up exactly and answers the totals per source', async () => {
    const m = await wohngeld();
    const f = value(await h.api.saveFinancing({ measureId: m.id, items: [
      { sourceType: 'own', name: 'Eigenanteil', amount: 60_000 },
      { sourceType: 'funding', name: 'Landesförderung Digitale Verwaltung', amount: 120_000 },
    ] }));
    expect(f).toMatchObject({ total: 180_000, plannedCost: 180_000, plannedFrom: 'costs', gap: 0, complete: true, bySource: { own: 60_000, funding: 120_000, partner: 0, other: 0 } });
    expect(f.items.map((i) => [i.sourceType, i.name, i.amount, i.programmeId])).toEqual([['own', 'Eigenanteil', 60_000, null], ['funding', 'Landesförderung Digitale Verwaltung', 120_000, null]]);
    expect(value(await h.api.listFinancing({ measureId: m.id }))).toEqual(f);
  });

  it('accepts a stack within 1 € of the planned cost (rounding of shares)', async () => {
    const m = await measure('Glasfaser');
    await cost(m.id, 2026, 'investive', 100_000.5);
    const f = value(await h.api.saveFinancing({ measureId: m.id, items: [
      { sourceType: 'funding', name: 'Bund', amount: 50_000.25 }, { sourceType: 'funding', name: 'Land', amount: 40_000.2 }, { sourceType: 'own', amount: 10_000.05 - 1 },
    ] }));
    expect(f).toMatchObject({ total: 99_999.5, gap: 1, complete: true });
  });

  it('refuses a stack off by more than 1 €, stating both sums in German, and writes nothing', async () => {
    const m = await wohngeld();
    const before = count('change_log');
    const e = await failure(h.api.saveFinancing({ measureId: m.id, items: [{ sourceType: 'own', amount: 50_000 }, { sourceType: 'funding', amount: 120_000 }] }));
    expect(e.code).toBe('invalid_input');
    expect(e.message).toBe('Die Finanzierung ergibt 170.000 €, die geplanten Kosten betragen 180.000 €. Es fehlen 10.000 €.'.replaceAll(' €', '\u00a0€'));
    expect(e.details?.issues).toEqual([{ path: 'items', message: e.message }]);
    const over = await failure(h.api.saveFinancing({ measureId: m.id, items: [{ sourceType: 'own', amount: 180_001.5 }] }));
    expect(over.message).toMatch(/ergibt 180\.001,50\s€, die geplanten Kosten betragen 180\.000\s€\. Das sind 1,50\s€ zu viel\./);
    expect(count('financing_items')).toBe(0);
    expect(count('change_log')).toBe(before);
  });

  it('says so in English with lang en', async () => {
    const m = await wohngeld();
    const r = await h.transport.invoke('saveFinancing', { measureId: m.id, items: [{ sourceType: 'own', amount: 170_000 }] }, { lang: 'en' });
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^The financing adds up to €170,000, the planned costs are €180,000\. €10,000 are missing\.$/) } });
  });

  it('checks against the measure\'s budget while there are no cost items, and asks for costs when there is neither', async () => {
    const withBudget = await measure('Open Data', { budget: 45_000 });
    expect(value(await h.api.listFinancing({ measureId: withBudget.id }))).toMatchObject({ plannedCost: 45_000, plannedFrom: 'budget', total: 0, gap: 45_000, complete: false });
    expect(value(await h.api.saveFinancing({ measureId: withBudget.id, items: [{ sourceType: 'own', amount: 45_000 }] })).complete).toBe(true);
    // Cost items take over from the budget as soon as there is one.
    await cost(withBudget.id, 2026, 'investive', 50_000);
    expect(value(await h.api.listFinancing({ measureId: withBudget.id }))).toMatchObject({ plannedCost: 50_000, plannedFrom: 'costs', gap: 5_000, complete: false });

    const bare = await measure('Ohne Kosten');
    const e = await failure(h.api.saveFinancing({ measureId: bare.id, items: [{ sourceType: 'own', amount: 1 }] }));
    expect(e.details?.issues).toEqual([{ path: 'items', message: expect.stringMatching(/noch keine Kosten geplant/) }]);
    // An empty stack is "not planned yet" and always allowed.
    expect(value(await h.api.saveFinancing({ measureId: bare.id, items: [] })).items).toEqual([]);
  });

  it('replaces the whole stack as ONE undo step, keeping the ids it is given', async () => {
    const m = await wohngeld();
    const first = value(await h.api.saveFinancing({ measureId: m.id, items: [{ sourceType: 'own', amount: 60_000 }, { sourceType: 'funding', name: 'Land', amount: 120_000 }] }));
    const [own, land] = first.items;
    const second = value(await h.api.saveFinancing({ measureId: m.id, items: [
      { id: own!.id, sourceType: 'own', amount: 40_000 },
      { sourceType: 'partner', name: 'Nachbargemeinde', amount: 20_000 },
      { id: land!.id, sourceType: 'funding', name: 'Land', amount: 120_000 },
    ] }));
    expect(second.items.map((i) => [i.sourceType, i.amount])).toEqual([['own', 40_000], ['funding', 120_000], ['partner', 20_000]]);
    expect(second.items[0]!.id).toBe(own!.id);
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'update', entity: 'financingItem', title: 'Digitaler Wohngeldantrag' });

    value(await h.api.undo());
    expect(value(await h.api.listFinancing({ measureId: m.id })).items).toEqual(first.items);
    value(await h.api.redo());
    expect(value(await h.api.listFinancing({ measureId: m.id })).items).toEqual(second.items);

    value(await h.api.saveFinancing({ measureId: m.id, items: [] }));
    expect(count('financing_items')).toBe(0);
    value(await h.api.undo());
    expect(value(await h.api.listFinancing({ measureId: m.id })).items).toEqual(second.items);
  });

  it('refuses negative or absurd amounts, an unknown programme and a foreign item id, writing nothing', async () => {
    const m = await wohngeld();
    const bad: [unknown[], string, RegExp][] = [
      [[{ sourceType: 'own', amount: -1 }], 'items.0.amount', /mindestens 0/],
      [[{ sourceType: 'own', amount: 1e11 }], 'items.0.amount', /höchstens/],
      [[{ sourceType: 'own', amount: 180_000 }, { sourceType: 'spende', amount: 0 }], 'items.1.sourceType', /vorgesehenen Werte/],
      [[{ sourceType: 'own', amount: 180_000, programmeId: 'p1' }], 'items.0.programmeId', /nur bei der Quelle „Fördermittel“/],
      [[{ sourceType: 'funding', amount: 180_000, programmeId: 'gibt-es-nicht' }], 'items.0.programmeId', /Förderprogramm gibt es nicht/],
      [Array.from({ length: 51 }, () => ({ sourceType: 'own', amount: 0 })), 'items', /Höchstens 50 Einträge/],
    ];
    for (const [items, path, msg] of bad) {
      const e = await failure(h.api.saveFinancing({ measureId: m.id, items } as Input<'saveFinancing'>));
      expect(e.code).toBe('invalid_input');
      expect(e.details?.issues?.find((i) => i.path === path)?.message).toMatch(msg);
    }
    expect((await failure(h.api.saveFinancing({ measureId: m.id, items: [{ id: 'fremd', sourceType: 'own', amount: 180_000 }] }))).code).toBe('not_found');
    expect((await failure(h.api.saveFinancing({ measureId: 'gibt-es-nicht', items: [] }))).code).toBe('not_found');
    expect(count('financing_items')).toBe(0);
  });

  it('names a linked funding programme', async () => {
    const m = await wohngeld();
    const now = new Date().toISOString();
    h.core.raw().prepare("INSERT INTO funding_programmes (id, name, funder, origin, created_at, updated_at) VALUES ('p1', 'Digitale Kommune NRW', 'land', 'local', ?, ?)").run(now, now);
    const f = value(await h.api.saveFinancing({ measureId: m.id, items: [{ sourceType: 'funding', amount: 120_000, programmeId: 'p1' }, { sourceType: 'own', amount: 60_000 }] }));
    expect(f.items.find((i) => i.programmeId === 'p1')?.programmeName).toBe('Digitale Kommune NRW');
  });
});

describe('roll-ups over the portfolio', () => {
  it('sums plan and actual, investive and consumptive, per year, field and phase (hand-computed)', async () => {
    const smart = value(await h.api.saveField({ name: 'Smart City' }));
    const a = await measure('A', { fieldId: smart.id, phase: 'implementation' });
    const b = await measure('B', { phase: 'concept' });
    const c = await measure('C', { fieldId: smart.id, phase: 'concept' });
    await cost(a.id, 2025, 'investive', 100, 90);
    await cost(a.id, 2026, 'consumptive', 20, 25);
    await cost(b.id, 2025, 'consumptive', 7.5);
    await cost(c.id, 2026, 'investive', 1_000, null);
    await cost(c.id, 2026, 'investive', 0.1, 0.2);

    const byYear = value(await h.api.getFinanceRollup({ by: 'year' }));
    expect(byYear).toEqual({ by: 'year', rows: [
      { key: '2025', label: '2025', planInvestive: 100, planConsumptive: 7.5, actualInvestive: 90, actualConsumptive: 0 },
      { key: '2026', label: '2026', planInvestive: 1_000.1, planConsumptive: 20, actualInvestive: 0.2, actualConsumptive: 25 },
    ] });
    const byField = value(await h.api.getFinanceRollup({ by: 'field' })).rows;
    expect(byField).toEqual([
      { key: smart.id, label: 'Smart City', planInvestive: 1_100.1, planConsumptive: 20, actualInvestive: 90.2, actualConsumptive: 25 },
      { key: '', label: '', planInvestive: 0, planConsumptive: 7.5, actualInvestive: 0, actualConsumptive: 0 },
    ]);
    const byPhase = value(await h.api.getFinanceRollup({ by: 'phase' })).rows;
    expect(byPhase.map((r) => [r.key, r.planInvestive, r.planConsumptive, r.actualInvestive, r.actualConsumptive])).toEqual([
      ['concept', 1_000.1, 7.5, 0.2, 0],
      ['implementation', 100, 20, 90, 25],
    ]);
  });

  it('answers no rows for a portfolio without costs and refuses an unknown grouping', async () => {
    expect(value(await h.api.getFinanceRollup({ by: 'year' })).rows).toEqual([]);
    const e = await failure(h.api.getFinanceRollup({ by: 'monat' } as unknown as Input<'getFinanceRollup'>));
    expect(e.details?.issues?.[0]).toEqual({ path: 'by', message: 'Bitte einen der vorgesehenen Werte wählen.' });
  });
});
