/** The Musterstadt demo's partnerships: on the named measures, partners from the official list, grouped in the partner view. */
import { DEMO_PARTNERSHIPS } from '../../core/demo/musterstadt-partnerships.ts';
import { value } from '../support/core-harness.ts';
import { demoWorkspaceForFile } from '../support/workspaces.ts';

const h = demoWorkspaceForFile();

describe('the demo partnerships', () => {
  it('records every demo partnership on its measure', async () => {
    const all = value(await h.api.listPartnerships({}));
    expect(all).toHaveLength(DEMO_PARTNERSHIPS.length);
    expect(new Set(all.map((p) => p.kind))).toEqual(new Set(['ikz', 'efa', 'provider', 'science']));
    expect(all.find((p) => p.measureTitle === 'Kommunale Wärmeplanung digital')).toMatchObject({ partnerAgs: '05770', partnerLand: 'Nordrhein-Westfalen', agreement: 'public_law' });
  });

  it('groups them by partner: the Kreis and the data centre each once, with two measures', async () => {
    const partners = value(await h.api.listPartners());
    const kreis = partners.find((p) => p.partnerAgs === '05770');
    expect(kreis?.partnerships.map((p) => p.measureTitle).sort()).toEqual(['Glasfaserausbau Gewerbegebiet Nord', 'Kommunale Wärmeplanung digital']);
    expect(partners.filter((p) => p.partnerName === 'Kommunales Rechenzentrum (Beispiel)')).toHaveLength(1);
  });
});
