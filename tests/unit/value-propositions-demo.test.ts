/**
 * The Musterstadt demo's value propositions: three target groups, every
 * named measure, stakeholder and fit link found (nothing silently dropped),
 * gaps left open on purpose, and found by search.
 */
import { DEMO_VALUE_PROPOSITIONS } from '../../core/demo/musterstadt-value.ts';
import { value } from '../support/core-harness.ts';
import { countingClock, demoWorkspaceForFile } from '../support/workspaces.ts';

const h = demoWorkspaceForFile({ clock: countingClock('2026-01-15T09:00:00.000Z', 'demo') });

describe('the Musterstadt value proposition demo', () => {
  it('has the three target groups with their measures, stakeholders and every fit link', async () => {
    const list = value(await h.api.listValuePropositions({}));
    expect(list.map((p) => p.targetGroup).sort()).toEqual([
      'Beschäftigte der Verwaltung (digitaler Arbeitsplatz)', 'Gewerbetreibende (Gewerbeanmeldung)', 'Wohngeld-Antragstellende',
    ]);
    for (const demo of DEMO_VALUE_PROPOSITIONS) {
      const summary = list.find((p) => p.title === demo.title)!;
      const p = value(await h.api.getValueProposition({ id: summary.id }));
      expect(p.measures.map((m) => m.title).sort()).toEqual([...demo.measures].sort());
      expect(p.stakeholder?.name ?? null).toBe(demo.stakeholder);
      expect(p.fits).toHaveLength(Object.values(demo.ours).flat().reduce((sum, [, answers]) => sum + answers.length, 0));
      expect(p.items.some((i) => i.duplicate)).toBe(false);
      // Not everything is covered, so the summary has something to show.
      expect(p.summary.rows.filter((r) => r.coveredBy.length === 0).length).toBeGreaterThan(0);
      expect(p.summary.counts.problem.covered).toBeLessThan(p.summary.counts.problem.total);
      expect(p.summary.unused.length).toBeGreaterThan(0);
    }
  });

  it('is found by search, also by an item text', async () => {
    const hits = value(await h.api.search({ query: 'Gewerbebescheinigung' }));
    expect(hits.filter((x) => x.entity === 'valueProposition').map((x) => x.title)).toEqual(['Gewerbe in einem Schritt anmelden']);
  });
});
