/**
 * The Musterstadt demo's stakeholders: about 25, in every quadrant of the
 * grid, with engagement gaps, relations, links to measures that exist,
 * and found by search.
 */
import { DEMO_GOAL_LINKS, DEMO_STAKEHOLDERS } from '../../core/demo/musterstadt-stakeholders.ts';
import { quadrantOf } from '../../renderer/features/stakeholders/grid-model.ts';
import { value } from '../support/core-harness.ts';
import { countingClock, demoWorkspaceForFile } from '../support/workspaces.ts';

const h = demoWorkspaceForFile({ clock: countingClock('2026-01-15T09:00:00.000Z', 'demo') });

describe('the Musterstadt stakeholder demo', () => {
  it('has 25 stakeholders in all four quadrants, with gaps, relations and measure links', async () => {
    const reg = value(await h.api.getStakeholderRegister());
    expect(reg.rows).toHaveLength(25);
    expect(new Set(reg.rows.map((s) => quadrantOf(s.influence, s.interest)))).toEqual(new Set(['manage', 'satisfy', 'inform', 'monitor']));
    expect(new Set(reg.rows.map((s) => s.attitude)).size).toBeGreaterThanOrEqual(4);
    expect(reg.gaps.length).toBeGreaterThanOrEqual(10);
    expect(reg.relations.length).toBeGreaterThanOrEqual(8);
    // Every named measure exists in the demo portfolio: no link was silently dropped.
    expect(reg.rows.reduce((sum, s) => sum + s.measures.length, 0)).toBe(DEMO_STAKEHOLDERS.reduce((sum, s) => sum + s.measures.length, 0));
    expect(reg.rows.some((s) => s.duplicateName)).toBe(false);
    // Every named agenda goal exists in the demo agenda.
    expect(reg.rows.reduce((sum, s) => sum + s.goals.length, 0)).toBe(DEMO_GOAL_LINKS.flatMap(([, goals]) => goals).length);
  });

  it('is found by search', async () => {
    const hits = value(await h.api.search({ query: 'Personalrat' }));
    expect(hits.some((x) => x.entity === 'stakeholder' && x.title === 'Personalrat')).toBe(true);
  });
});
