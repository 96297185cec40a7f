/**
 * The Musterstadt demo's partial strategy: the newer Wohngeld DigiCheck holds
 * a full three-year strategy (one recommendation carried out within the demo
 * measure), the older one three recommendations, one of which became the
 * demo idea of the online Wohngeld application (the measure's origin); search
 * finds them and the strategy exports.
 */
import { value } from '../support/core-harness.ts';
import { demoWorkspaceForFile } from '../support/workspaces.ts';
import { pdfText } from './agenda-export-read.ts';

const h = demoWorkspaceForFile();

async function wohngeldChecks() {
  const all = value(await h.api.listDigicheckAssessments({}));
  return all.filter((a) => a.title.startsWith('DigiCheck Wohngeldstelle')).sort((a, b) => a.heldOn.localeCompare(b.heldOn));
}

describe('the demo partial strategy', () => {
  it('plans the three years after the newer Wohngeld DigiCheck with costs in every year', async () => {
    const [, newer] = await wohngeldChecks();
    const s = value(await h.api.getPartialStrategy({ assessmentId: newer!.id }));
    const year = Number(newer!.heldOn.slice(0, 4));
    expect([s.firstYear, s.lastYear]).toEqual([year + 1, year + 3]);
    expect(s.totals.count).toBeGreaterThanOrEqual(6);
    expect(s.totals.count).toBeLessThanOrEqual(10);
    expect(s.years.every((y) => y.recommendations.length > 0)).toBe(true);
    expect(s.totals.threeYears.min).toBeGreaterThan(s.totals.oneOff.min);
    expect(s.years.flatMap((y) => y.recommendations).every((r) => r.dimensionName)).toBe(true);
    // The interface recommendation is carried out within the demo measure of the digital Wohngeld application.
    const linked = s.years.flatMap((y) => y.recommendations).filter((r) => r.ideaId || r.measureId);
    expect(linked.map((r) => r.measureTitle)).toEqual(['Digitaler Wohngeldantrag']);
  });

  it('links the older check\'s online application to the demo idea it became', async () => {
    const [older] = await wohngeldChecks();
    const list = value(await h.api.listRecommendations({ assessmentId: older!.id }));
    expect(list).toHaveLength(3);
    const online = list.find((r) => r.ideaId);
    expect(online?.ideaTitle).toBe('Wohngeld online beantragen, Nachweise hochladen');
    const origin = value(await h.api.getRecommendationOrigin({ ideaId: online!.ideaId! }));
    expect(origin?.assessmentId).toBe(older!.id);
    // The measure adopted from that idea names the earlier DigiCheck as its origin.
    const measure = value(await h.api.listMeasures({ query: 'Digitaler Wohngeldantrag' })).rows[0]!;
    expect(value(await h.api.getRecommendationOrigin({ measureId: measure.id }))?.recommendationTitle).toBe('Online-Antrag mit Nachweis-Upload anbinden');
  });

  it('is found by the search and exports as a PDF report', async () => {
    const hits = value(await h.api.search({ query: 'Statusabruf' }));
    expect(hits.map((x) => x.entity)).toContain('recommendation');
    const [, newer] = await wohngeldChecks();
    const s = value(await h.api.getPartialStrategy({ assessmentId: newer!.id }));
    const pdf = value(await h.api.exportPartialStrategy({ assessmentId: newer!.id, format: 'pdf' }));
    const text = pdfText(pdf.bytes).replace(/\s+/g, ' ');
    expect(text).toContain(`Teilstrategie Digitalisierung – Wohngeldstelle ${s.firstYear}–${s.lastYear}`);
    expect(text).toContain('Bescheide digital ins BundID-Postfach zustellen');
  });
});
