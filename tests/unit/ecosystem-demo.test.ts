/**
 * The Musterstadt ecosystem demo: an org tree with the units the DigiCheck
 * demo names, 30 actors in all four spheres with fields and relations, the
 * governance roles filled, a map with content in every sphere, and actors
 * and units found by search (German folding).
 */
import { DEMO_ACTOR_RELATIONS, DEMO_ACTORS } from '../../core/demo/musterstadt-ecosystem.ts';
import { SPHERES } from '../../api/index.ts';
import { value } from '../support/core-harness.ts';
import { countingClock, demoWorkspaceForFile } from '../support/workspaces.ts';

const h = demoWorkspaceForFile({ clock: countingClock('2026-01-15T09:00:00.000Z', 'demo') });

describe('the Musterstadt ecosystem demo', () => {
  it('has an org tree of about 15 units with the units the DigiCheck demo assesses', async () => {
    const units = value(await h.api.listOrgUnits());
    expect(units.length).toBeGreaterThanOrEqual(15);
    const byName = new Map(units.map((u) => [u.name, u]));
    const fb5 = byName.get('Fachbereich 5 – Soziales, Jugend und Wohnen');
    expect(fb5?.shortName).toBe('FB 5');
    expect(byName.get('Wohngeldstelle')).toMatchObject({ shortName: '50.3', parentId: fb5?.id, depth: 1 });
    expect(byName.get('IT und Digitalisierung')?.parentId).toBe(byName.get('Fachbereich 1 – Zentrale Dienste')?.id);
  });

  it('has 30 actors across the four spheres, each with a field, and every relation between known actors', async () => {
    const net = value(await h.api.getActorNetwork());
    expect(net.actors).toHaveLength(30);
    expect(new Set(net.actors.map((a) => a.sphere))).toEqual(new Set(SPHERES));
    expect(net.actors.every((a) => a.fields.length > 0)).toBe(true);
    // No field name in the demo list was misspelt: every link was written.
    expect(net.actors.reduce((s, a) => s + a.fields.length, 0)).toBe(DEMO_ACTORS.reduce((s, a) => s + a.fields.length, 0));
    expect(net.relations).toHaveLength(DEMO_ACTOR_RELATIONS.length);
    expect(net.actors.filter((a) => a.stakeholderName).length).toBeGreaterThanOrEqual(5);
  });

  it('fills the governance roles', async () => {
    const roles = value(await h.api.listRoleAssignments());
    for (const role of ['hvb', 'cdo', 'cio', 'digital_pilot', 'department_head', 'project_lead', 'steering_committee', 'council'] as const) {
      expect(roles.some((r) => r.role === role)).toBe(true);
    }
    expect(roles.find((r) => r.role === 'cdo')).toMatchObject({ holderName: 'Jana Albers', orgUnitName: 'Stabsstelle Digitalisierung' });
  });

  it('shows actors, measures and stakeholders on the map in every sphere', async () => {
    const map = value(await h.api.getEcosystemMap());
    for (const t of map.totals) expect(t.actors).toBeGreaterThan(0);
    const total = (k: 'measures' | 'stakeholders') => map.totals.reduce((s, t) => s + t[k], 0);
    expect(total('measures')).toBeGreaterThan(20);
    expect(total('stakeholders')).toBeGreaterThan(5);
    // "Verkehrsbetriebe Musterstadt" leads a measure: it counts in Konzern Kommune, not Kernverwaltung.
    expect(map.totals.find((t) => t.sphere === 'municipal_group')?.measures).toBeGreaterThan(0);
  });

  it('finds actors and org units by search with German folding', async () => {
    const hits = value(await h.api.search({ query: 'Buergerbuero' }));
    expect(hits.some((x) => x.entity === 'actor' && x.title === 'Bürgerbüro')).toBe(true);
    expect(hits.some((x) => x.entity === 'orgUnit' && x.title === 'Bürgerbüro')).toBe(true);
    const kgst = value(await h.api.search({ query: 'Gemeinschaftsstelle' }));
    expect(kgst.map((x) => x.title)).toContain('KGSt');
  });
});
