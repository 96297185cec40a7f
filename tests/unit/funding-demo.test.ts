/**
 * The Musterstadt demo's funding: example programmes (marked as such),
 * applications of several measures, deadlines within 90 days of the demo's
 * date, and suggestions that make sense.
 */
import { value } from '../support/core-harness.ts';
import { countingClock, demoWorkspaceForFile } from '../support/workspaces.ts';

const h = demoWorkspaceForFile({ clock: countingClock('2026-01-15T09:00:00.000Z', 'demo') });

describe('the Musterstadt funding demo', () => {
  it('has about eight programmes of every kind of funder, each marked as an example', async () => {
    const rows = value(await h.api.listFundingProgrammes({})).rows;
    expect(rows.length).toBeGreaterThanOrEqual(8);
    expect(new Set(rows.map((p) => p.funder))).toEqual(new Set(['eu', 'bund', 'land', 'foundation']));
    expect(rows.every((p) => p.description?.includes('Beispiel') && p.url?.startsWith('https://'))).toBe(true);
  });

  it('has applications in every status for several measures, and deadlines within 90 days of 15.01.2026', async () => {
    const apps = value(await h.api.listApplications({}));
    expect(new Set(apps.map((a) => a.status))).toEqual(new Set(['planned', 'submitted', 'approved', 'rejected']));
    expect(new Set(apps.map((a) => a.measureId)).size).toBeGreaterThanOrEqual(6);
    const deadlines = value(await h.api.listFundingDeadlines({ days: 90 }));
    expect(deadlines.filter((d) => d.kind === 'application').length).toBeGreaterThanOrEqual(3);
    expect(deadlines.some((d) => d.kind === 'reporting')).toBe(true);
  });

  it('suggests the climate programme for the digital heat planning', async () => {
    const m = value(await h.api.listMeasures({ query: 'Wärmeplanung' })).rows[0]!;
    const s = value(await h.api.suggestProgrammes({ measureId: m.id }));
    expect(s[0]!.programme.name).toBe('Kommunalrichtlinie – Klimaschutz');
    expect(s[0]!.reasons.map((r) => r.kind)).toEqual(['field', 'keyword']);
  });
});
