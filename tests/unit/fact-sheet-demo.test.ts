/** The Musterstadt demo shows filled fact sheets: leads, milestones (reached and overdue), dependencies, OZG links. */
import { demoClock } from '../../core/demo/demo-clock.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(() => {
  // The demo's own base day: its dates are then exactly as written.
  h = createHarness({ clock: demoClock('2026-01-15') });
});
afterEach(() => h.cleanup());

describe('the demo fact sheets', () => {
  it('fills the Wohngeld measure: goals, lead, EfA, legal duty, tags, milestones, the Bürgerportal dependency and OZG 10092', async () => {
    value(await h.api.createDemoWorkspace());
    const rows = value(await h.api.listMeasures({ limit: 100 })).rows;
    const wohngeld = rows.find((m) => m.title === 'Digitaler Wohngeldantrag')!;
    expect(wohngeld).toMatchObject({ projectLead: 'Petra Schneider', efaReuse: true, mustLegal: true, mustLegalDeadline: '2026-12-31', tags: ['OZG', 'EfA', 'Soziales'] });
    expect(wohngeld.goals).toMatch(/online beantragen/);

    const milestones = value(await h.api.listMilestones({ measureId: wohngeld.id }));
    expect(milestones.some((m) => m.done)).toBe(true);
    expect(value(await h.api.listDependencies({ measureId: wohngeld.id })).dependsOn.map((d) => d.title)).toEqual(['Bürgerportal mit Servicekonto']);
    expect(value(await h.api.listMeasureOzgServices({ measureId: wohngeld.id })).map((o) => [o.ozgId, o.name])).toEqual([['10092', 'Wohngeld']]);

    // Across the portfolio: reached milestones and overdue ones (planned in 2025, still open).
    const all = (h.core.raw().prepare('SELECT done, planned_on FROM milestones').all() as { done: number; planned_on: string }[]);
    expect(all.filter((m) => m.done === 1).length).toBeGreaterThan(5);
    expect(all.filter((m) => m.done === 0 && m.planned_on < '2026-01-01').length).toBeGreaterThan(2);
    expect((h.core.raw().prepare('SELECT count(*) AS n FROM measure_dependencies').get() as { n: number }).n).toBeGreaterThan(4);
    expect(rows.filter((m) => m.mustLegal || m.mustCritical || m.mustPolitical).length).toBeGreaterThanOrEqual(3);
  });
});
