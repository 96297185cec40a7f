/** The Musterstadt demo's OZG maturity: some 40 services across the Themenfelder, both model versions, a chart with content. */
import { value } from '../support/core-harness.ts';
import { demoWorkspaceForFile } from '../support/workspaces.ts';

const h = demoWorkspaceForFile();

describe('the Musterstadt OZG maturity demo', () => {
  it('assesses about 40 services in at least ten Themenfelder, with responsible units', async () => {
    const list = value(await h.api.listOzgMaturity({ scope: 'all', limit: 1000 }));
    const assessed = list.rows.filter((r) => r.maturity);
    expect(assessed.length).toBeGreaterThanOrEqual(38);
    expect(new Set(assessed.map((r) => r.service.themenfeld)).size).toBeGreaterThanOrEqual(10);
    expect(assessed.every((r) => r.maturity?.unit)).toBe(true);
    expect(assessed.some((r) => r.maturity?.efaProvider)).toBe(true);
    expect(assessed.some((r) => r.measures.length > 0)).toBe(true);
  });

  it('charts model 1.1 and 2.0, with a share at level 3 or higher between 0 and 1', async () => {
    const chart = value(await h.api.getOzgMaturityChart({}));
    expect(chart.rows.length).toBeGreaterThanOrEqual(10);
    expect(chart.share).toBeGreaterThan(0.2);
    expect(chart.share).toBeLessThan(0.6);
    expect(value(await h.api.getOzgMaturityChart({ model: '2.0' })).assessed).toBe(3);
  });
});
