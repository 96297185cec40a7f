/** The steering filters of the measures list: the latest overall light and funding; both keep in saved views. */
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
const ids: Record<string, string> = {};
const green = { schedule: 'green', cost: 'green', scope: 'green', resources: 'green', impact: 'green', achievements: 'Läuft.', nextSteps: 'Weiter so.' } as const;

beforeAll(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
  for (const title of ['Bauantrag', 'Kita-Portal', 'E-Akte', 'Glasfaser', 'Open Data']) ids[title] = value(await h.api.saveMeasure({ title, phase: 'implementation', budget: 100_000 })).id;
  // Bauantrag: red then green (the latest counts); Kita-Portal: red; E-Akte: yellow; Glasfaser and Open Data: no report.
  value(await h.api.fileStatusReport({ measureId: ids.Bauantrag!, ...green, schedule: 'red', reportedOn: '2026-01-10' }));
  value(await h.api.fileStatusReport({ measureId: ids.Bauantrag!, ...green, reportedOn: '2026-02-10' }));
  value(await h.api.fileStatusReport({ measureId: ids['Kita-Portal']!, ...green, cost: 'red', reportedOn: '2026-02-01' }));
  value(await h.api.fileStatusReport({ measureId: ids['E-Akte']!, ...green, scope: 'yellow', reportedOn: '2026-02-01' }));
  const programme = value(await h.api.saveFundingProgramme({ name: 'Gigabitförderung', funder: 'bund' })).id;
  // Glasfaser: approved; E-Akte: funding in its stack; Kita-Portal: submitted; Open Data: rejected only.
  value(await h.api.saveApplication({ measureId: ids.Glasfaser!, programmeId: programme, status: 'approved', amountRequested: 100_000, amountApproved: 90_000 }));
  value(await h.api.saveFinancing({ measureId: ids['E-Akte']!, items: [{ sourceType: 'funding', name: 'Landesmittel', amount: 50_000 }, { sourceType: 'own', name: 'Haushalt', amount: 50_000 }] }));
  value(await h.api.saveApplication({ measureId: ids['Kita-Portal']!, programmeId: programme, status: 'submitted', amountRequested: 20_000 }));
  value(await h.api.saveApplication({ measureId: ids['Open Data']!, programmeId: programme, status: 'rejected', amountRequested: 20_000 }));
});
afterAll(() => h.cleanup());

const titles = async (q: Record<string, unknown>) =>
  value(await h.api.listMeasures({ sort: 'title', dir: 'asc', ...q } as Parameters<typeof h.api.listMeasures>[0])).rows.map((m) => m.title);

describe('listMeasures by light and funding', () => {
  it('filters by the overall light of the latest report, or by having no report', async () => {
    expect(await titles({ light: 'red' })).toEqual(['Kita-Portal']);
    expect(await titles({ light: 'green' })).toEqual(['Bauantrag']);
    expect(await titles({ light: 'yellow' })).toEqual(['E-Akte']);
    expect(await titles({ light: 'none' })).toEqual(['Glasfaser', 'Open Data']);
  });

  it('filters by funding: in the stack or approved, applied and undecided, or none (a rejection is none)', async () => {
    expect(await titles({ funding: 'funded' })).toEqual(['E-Akte', 'Glasfaser']);
    expect(await titles({ funding: 'applied' })).toEqual(['Kita-Portal']);
    expect(await titles({ funding: 'none' })).toEqual(['Bauantrag', 'Open Data']);
    expect(await titles({ funding: 'none', light: 'none' })).toEqual(['Open Data']);
  });

  it('refuses an unknown light or funding value with a German message', async () => {
    for (const bad of [{ light: 'purple' }, { funding: 'maybe' }]) {
      const r = await h.api.listMeasures(bad as never);
      expect(r.ok ? null : r.error.code).toBe('invalid_input');
      expect(r.ok ? [] : r.error.details?.issues?.map((i) => i.path)).toEqual(Object.keys(bad));
    }
  });

  it('keeps both filters in a saved view and drops an unknown value', async () => {
    const v = value(await h.api.saveView({ name: 'Rot ohne Förderung', config: { filters: { light: 'red', funding: 'none' } } as never }));
    expect(v.config.filters).toMatchObject({ light: 'red', funding: 'none' });
    const bad = await h.api.saveView({ name: 'Kaputt', config: { filters: { light: 'purple' } } as never });
    expect(bad.ok).toBe(false);
  });
});
