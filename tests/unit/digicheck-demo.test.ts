/**
 * The Musterstadt demo's DigiChecks: the Wohngeldstelle assessed twice a year
 * apart with visible progress, and a first check of IT und Digitalisierung;
 * reproducible for the same creation day and found by search.
 */
import type { Clock } from '../../core/clock.ts';
import { value } from '../support/core-harness.ts';
import { demoWorkspaceForFile } from '../support/workspaces.ts';

const clock: Clock = { now: () => '2026-11-22T09:00:00.000Z', newId: () => crypto.randomUUID() };
const h = demoWorkspaceForFile({ clock });

describe('DigiCheck demo', () => {
  it('has the Wohngeldstelle in 2025 and 2026 with a higher Ist in 2026, and one check of IT und Digitalisierung', async () => {
    const list = value(await h.api.listDigicheckAssessments());
    expect(list.map((a) => [a.title, a.unit.name])).toEqual([
      ['DigiCheck Wohngeldstelle 2026', 'Wohngeldstelle'],
      ['DigiCheck IT und Digitalisierung 2026', 'IT und Digitalisierung'],
      ['DigiCheck Wohngeldstelle 2025', 'Wohngeldstelle'],
    ]);
    const [now, , before] = list;
    expect(now!.ist!).toBeGreaterThan(before!.ist! + 0.5);
    // Moved with the demo calendar: held 13 January of the base year plus ten months.
    expect(now!.heldOn).toBe('2026-11-13');
    const c = value(await h.api.compareDigicheckAssessments({ id: now!.id }));
    expect(c.earlier?.id).toBe(before!.id);
    expect(c.rows.find((r) => r.key === 'prozesse')!.difference).toBeGreaterThan(0);
    const full = value(await h.api.getDigicheckAssessment({ id: now!.id }));
    expect(full.startingPosition).toMatch(/Wohngeldantrag/);
    expect(full.answered).toBe(full.questions);
  });

  it('is found by search with folded German', async () => {
    const hits = value(await h.api.search({ query: 'Bearbeitungszeit Wohngeldstelle' })).filter((x) => x.entity === 'digicheckAssessment');
    expect(hits.map((x) => x.title).sort()).toEqual(['DigiCheck Wohngeldstelle 2025', 'DigiCheck Wohngeldstelle 2026']);
  });
});
