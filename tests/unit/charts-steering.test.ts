/** The funding share over time and the traffic-light matrix (core/charts). */
import type { Clock } from '../../core/clock.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let n = 0;
const clock: Clock = { now: () => '2026-05-15T08:00:00.000Z', newId: () => `id-${String(++n).padStart(6, '0')}` };
let h: Harness;
beforeEach(async () => {
  h = createHarness({ clock });
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const measure = async (title: string, extra: Record<string, unknown> = {}) => value(await h.api.saveMeasure({ title, phase: 'implementation', ...extra })).id;
const cost = async (measureId: string, year: number, plan: number) => value(await h.api.saveCostItem({ measureId, year, kind: 'investive', plan }));

describe('getFundingShare', () => {
  it("spreads each measure's financing stack over its cost years in proportion to the plan", async () => {
    const a = await measure('Glasfaser');
    await cost(a, 2026, 300_000);
    await cost(a, 2027, 100_000);
    value(await h.api.saveFinancing({ measureId: a, items: [{ sourceType: 'funding', amount: 200_000 }, { sourceType: 'partner', amount: 100_000 }, { sourceType: 'own', amount: 100_000 }] }));
    const b = await measure('E-Akte');
    await cost(b, 2027, 100_000);
    // No stack at all: the whole plan is open.
    const r = value(await h.api.getFundingShare({}));
    expect(r.years).toEqual([
      { year: 2026, plan: 300_000, own: 75_000, funding: 150_000, partner: 75_000, other: 0, open: 0, share: 0.5 },
      { year: 2027, plan: 200_000, own: 25_000, funding: 50_000, partner: 25_000, other: 0, open: 100_000, share: 0.25 },
    ]);
    expect(r.totals).toEqual({ plan: 500_000, funding: 200_000, share: 0.4 });
    expect(r.measures).toBe(2);
  });

  it('scales a stack larger than the plan down to the plan, shows empty years of a range, and answers nothing for no costs', async () => {
    expect(value(await h.api.getFundingShare({})).years).toEqual([]);
    const a = await measure('WLAN', { budget: 50_000 });
    await cost(a, 2026, 50_000);
    // The stack was planned on the old budget: 80,000 for a plan of 50,000.
    h.core.raw().prepare("INSERT INTO financing_items (id, measure_id, source_type, name, amount, origin, created_at, updated_at) VALUES ('f1', ?, 'funding', 'Land', 80000, 'local', '', '')").run(a);
    const r = value(await h.api.getFundingShare({ from: 2025, to: 2027 }));
    expect(r.years.map((y) => [y.year, y.plan, y.funding, y.open])).toEqual([[2025, 0, 0, 0], [2026, 50_000, 50_000, 0], [2027, 0, 0, 0]]);
    expect(r.years[0]!.share).toBeNull();
  });
});

describe('getStatusMatrix', () => {
  const green = { schedule: 'green', cost: 'green', scope: 'green', resources: 'green', impact: 'green', achievements: 'Läuft.', nextSteps: 'Weiter.' } as const;

  it('lists the latest report of each measure worst first and counts every light per dimension', async () => {
    const a = await measure('Bauantrag');
    const b = await measure('Kita-Portal');
    const c = await measure('E-Akte');
    await measure('Glasfaser');
    value(await h.api.fileStatusReport({ measureId: a, ...green, schedule: 'red', reportedOn: '2026-01-10' }));
    value(await h.api.fileStatusReport({ measureId: a, ...green, reportedOn: '2026-05-01' }));
    value(await h.api.fileStatusReport({ measureId: b, ...green, cost: 'yellow', reportedOn: '2026-04-01' }));
    value(await h.api.fileStatusReport({ measureId: c, ...green, cost: 'red', scope: 'yellow', reportedOn: '2026-01-20' }));
    const m = value(await h.api.getStatusMatrix({}));
    expect(m.rows.map((r) => [r.title, r.overall, r.current])).toEqual([['E-Akte', 'red', false], ['Kita-Portal', 'yellow', true], ['Bauantrag', 'green', true]]);
    expect(m.rows[0]!.lights).toEqual({ schedule: 'green', cost: 'red', scope: 'yellow', resources: 'green', impact: 'green' });
    expect(m.counts.cost).toEqual({ green: 1, yellow: 1, red: 1, grey: 0 });
    expect(m.counts.overall).toEqual({ green: 1, yellow: 1, red: 1, grey: 0 });
    expect([m.reported, m.unreported, m.asOf]).toEqual([3, 1, '2026-05-15']);
  });

  it('stops the rows at the limit but keeps the counts complete, and filters by field', async () => {
    const fields = value(await h.api.listFields());
    const admin = fields[0]!.id;
    for (let i = 0; i < 5; i++) {
      const id = await measure(`Maßnahme ${i}`, { fieldId: i < 2 ? admin : fields[1]!.id });
      value(await h.api.fileStatusReport({ measureId: id, ...green, reportedOn: '2026-05-01' }));
    }
    const m = value(await h.api.getStatusMatrix({ limit: 2 }));
    expect([m.rows.length, m.reported, m.counts.overall.green]).toEqual([2, 5, 5]);
    expect(value(await h.api.getStatusMatrix({ fieldId: admin })).reported).toBe(2);
  });
});
