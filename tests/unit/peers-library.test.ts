/**
 * The peer library (browse, filter, search with German folding), "who has the
 * same idea?" on both sides, and adopting a peer project as an own idea.
 */
import { value } from '../support/core-harness.ts';
import { countingClock, fieldIdOf, workspaceForEachTest } from '../support/workspaces.ts';
import { seedPack } from './peers-seed.ts';

const h = workspaceForEachTest({ clock: countingClock('2026-11-22T09:00:00.000Z') });

const fieldId = (name: string) => fieldIdOf(h, name);

async function seed() {
  const soz = await fieldId('Soziales & Teilhabe');
  const mob = await fieldId('Mobilität & Verkehr');
  seedPack(h.core, {
    rowId: 'pk-minden', packId: 'pack-minden', title: 'Digitalprojekte Minden', publisher: 'Stadt Minden', ags: '05770024', license: 'CC-BY-4.0',
    projects: [
      { id: 'p1', title: 'Digitaler Wohngeldantrag', summary: 'Online-Antrag auf Wohngeld mit Nachweis-Upload und Statusauskunft.', fieldId: soz, field: 'Soziales', ozgIds: ['10412'], tags: ['OZG', 'Antrag'], status: 'in_progress', start: '2025-03', end: '2026-06', budget: 180_000, lessonsLearned: 'Früh mit dem Datenschutz reden.', links: [{ title: 'Vorlage', url: 'https://example.org/v' }, { title: 'Böse', url: 'javascript:alert(1)' }] },
      { id: 'p2', title: 'Sensornetz für Parkplätze', summary: 'LoRaWAN-Sensoren melden freie Parkplätze.', fieldId: mob, status: 'operating', start: '2023', budget: 90_000 },
    ],
  });
  seedPack(h.core, {
    rowId: 'pk-bayern', packId: 'pack-bayern', title: 'Projekte aus Oberbayern', publisher: 'Landkreis Musterkreis', ags: '09175', license: 'dl-de/by-2-0',
    projects: [
      { id: 'q1', title: 'Bürgerportal mit Servicekonto', summary: 'Ein Portal für alle Online-Dienste.', status: 'completed', start: '2021', end: '2022', budget: 400_000 },
      { id: 'q2', title: 'Elterngeld online', summary: 'Antrag auf Elterngeld digital.', ozgIds: ['10412'], status: 'planned', start: '2027' },
    ],
  });
  return { soz, mob };
}

describe('listPeerProjects', () => {
  it('lists every peer project with publisher, pack, licence and import date', async () => {
    await seed();
    const page = value(await h.api.listPeerProjects({}));
    expect(page.total).toBe(4);
    expect(page.rows.map((r) => r.title)).toEqual(['Bürgerportal mit Servicekonto', 'Digitaler Wohngeldantrag', 'Elterngeld online', 'Sensornetz für Parkplätze']);
    expect(page.rows[1]).toMatchObject({ publisherName: 'Stadt Minden', packTitle: 'Digitalprojekte Minden', license: 'CC-BY-4.0', importedAt: '2026-11-01T10:00:00.000Z', ozgIds: ['10412'], tags: ['OZG', 'Antrag'], fieldName: 'Soziales & Teilhabe' });
  });

  it('filters by field, OZG service, status, publisher, Land, year and budget', async () => {
    const { mob } = await seed();
    const titles = async (q: Parameters<typeof h.api.listPeerProjects>[0]) => value(await h.api.listPeerProjects(q)).rows.map((r) => r.title);
    expect(await titles({ fieldId: mob })).toEqual(['Sensornetz für Parkplätze']);
    expect(await titles({ fieldId: 'none' })).toEqual(['Bürgerportal mit Servicekonto', 'Elterngeld online']);
    expect(await titles({ ozgId: '10412' })).toEqual(['Digitaler Wohngeldantrag', 'Elterngeld online']);
    expect(await titles({ status: 'completed' })).toEqual(['Bürgerportal mit Servicekonto']);
    expect(await titles({ publisher: 'Landkreis Musterkreis' })).toEqual(['Bürgerportal mit Servicekonto', 'Elterngeld online']);
    expect(await titles({ land: '05' })).toEqual(['Digitaler Wohngeldantrag', 'Sensornetz für Parkplätze']);
    // Running in 2025: the open-ended 2023 project too, not the 2021–2022 one nor the one starting 2027.
    expect(await titles({ year: 2025 })).toEqual(['Digitaler Wohngeldantrag', 'Sensornetz für Parkplätze']);
    expect(await titles({ budgetMin: 100_000, budgetMax: 200_000 })).toEqual(['Digitaler Wohngeldantrag']);
    expect(await titles({ sort: 'budget', dir: 'desc', limit: 2 })).toEqual(['Bürgerportal mit Servicekonto', 'Digitaler Wohngeldantrag']);
  });

  it('searches with German folding: "buergerportal" and "Bürgerportal" find the same project', async () => {
    await seed();
    const titles = async (query: string) => value(await h.api.listPeerProjects({ query })).rows.map((r) => r.title);
    expect(await titles('buergerportal')).toEqual(['Bürgerportal mit Servicekonto']);
    expect(await titles('BÜRGERPORTAL')).toEqual(['Bürgerportal mit Servicekonto']);
    expect(await titles('antrag online')).toEqual(['Digitaler Wohngeldantrag', 'Elterngeld online']);
    expect(await titles('minden parkpl')).toEqual(['Sensornetz für Parkplätze']);
    expect(await titles('Hundesteuer')).toEqual([]);
  });

  it('refuses bad filters with German messages', async () => {
    const r = await h.api.listPeerProjects({ land: 'NRW', budgetMin: 10, budgetMax: 5 } as never);
    expect(!r.ok && r.error.code).toBe('invalid_input');
    expect(!r.ok && r.error.details?.issues).toEqual([
      { path: 'land', message: 'Ein Land wird mit den ersten zwei Ziffern des Gemeindeschlüssels angegeben, z. B. 05.' },
      { path: 'budgetMax', message: 'Das höchste Budget liegt unter dem niedrigsten.' },
    ]);
  });
});

describe('getPeerProject and listPeerFacets', () => {
  it('shows a project with its lessons learned and only safe links', async () => {
    await seed();
    const p = value(await h.api.getPeerProject({ id: 'pk-minden-p1' }));
    expect(p).toMatchObject({ lessonsLearned: 'Früh mit dem Datenschutz reden.', links: [{ title: 'Vorlage', url: 'https://example.org/v' }], adoptedAs: null });
    expect(value(await h.api.getPeerProject({ id: 'nope' }).then((r) => ({ ok: true as const, value: r.ok })))).toBe(false);
  });

  it('offers the filters with counts', async () => {
    await seed();
    const f = value(await h.api.listPeerFacets());
    expect(f.total).toBe(4);
    expect(f.publishers).toEqual([{ name: 'Landkreis Musterkreis', count: 2 }, { name: 'Stadt Minden', count: 2 }]);
    expect(f.lands).toEqual([{ key: '05', name: 'Nordrhein-Westfalen', count: 2 }, { key: '09', name: 'Bayern', count: 2 }]);
    expect(f.ozg[0]).toMatchObject({ ozgId: '10412', count: 2 });
    expect(f.years).toEqual({ min: 2021, max: 2027 });
  });
});

describe('findPeerMatches and findOwnMatches', () => {
  it('ranks similar peer projects for an own idea and says why they matched', async () => {
    const { soz } = await seed();
    const idea = value(await h.api.saveIdea({ title: 'Wohngeld digital beantragen', description: 'Bürgerinnen sollen Wohngeldanträge online stellen können.', source: 'department', fieldId: soz }));
    const matches = value(await h.api.findPeerMatches({ kind: 'idea', id: idea.id }));
    expect(matches[0]?.project.title).toBe('Digitaler Wohngeldantrag');
    expect(matches[0]?.reasons).toEqual(expect.arrayContaining([
      { kind: 'words', words: expect.arrayContaining(['Wohngeld']) },
      { kind: 'field', name: 'Soziales & Teilhabe' },
    ]));
    expect(matches.map((m) => m.project.title)).not.toContain('Sensornetz für Parkplätze');
  });

  it('uses a measure\'s OZG services and tags', async () => {
    await seed();
    const m = value(await h.api.saveMeasure({ title: 'Elterngeld als Online-Dienst', tags: ['Antrag'] }));
    value(await h.api.linkOzgService({ measureId: m.id, ozgId: '10412' }));
    const matches = value(await h.api.findPeerMatches({ kind: 'measure', id: m.id }));
    expect(matches[0]?.project.title).toBe('Elterngeld online');
    const wohngeld = matches.find((x) => x.project.title === 'Digitaler Wohngeldantrag');
    expect(wohngeld?.reasons).toEqual(expect.arrayContaining([{ kind: 'ozg', services: [{ ozgId: '10412', name: expect.any(String) }] }, { kind: 'tags', tags: ['Antrag'] }]));
  });

  it('on the peer side, names the own ideas and measures a project resembles', async () => {
    await seed();
    const idea = value(await h.api.saveIdea({ title: 'Freie Parkplätze anzeigen', source: 'citizens' }));
    value(await h.api.saveMeasure({ title: 'Neues Bürgerportal' }));
    const own = value(await h.api.findOwnMatches({ peerProjectId: 'pk-minden-p2' }));
    expect(own.map((o) => [o.kind, o.title])).toEqual([['idea', 'Freie Parkplätze anzeigen']]);
    expect(own[0]?.id).toBe(idea.id);
  });

  it('gives an overview of own items with their best peer matches', async () => {
    await seed();
    value(await h.api.saveIdea({ title: 'Bürgerportal ausbauen', source: 'politics' }));
    value(await h.api.saveIdea({ title: 'Hundesteuer-Kataster', source: 'department' }));
    const o = value(await h.api.listPeerMatchOverview({}));
    expect(o.peerCount).toBe(4);
    expect(o.items.map((i) => i.title)).toEqual(['Bürgerportal ausbauen']);
    expect(o.items[0]?.matches[0]?.project.title).toBe('Bürgerportal mit Servicekonto');
  });

  it('follows a newly imported pack without a restart', async () => {
    const idea = value(await h.api.saveIdea({ title: 'Bürgerportal ausbauen', source: 'politics' }));
    expect(value(await h.api.findPeerMatches({ kind: 'idea', id: idea.id }))).toEqual([]);
    await seed();
    expect(value(await h.api.findPeerMatches({ kind: 'idea', id: idea.id }))[0]?.project.title).toBe('Bürgerportal mit Servicekonto');
  });
});

describe('adoptPeerProject', () => {
  it('creates an own idea with source peer, keeping publisher, pack and licence, as one undo step', async () => {
    const { soz } = await seed();
    const { idea, adoption } = value(await h.api.adoptPeerProject({ peerProjectId: 'pk-minden-p1' }));
    expect(idea).toMatchObject({ title: 'Digitaler Wohngeldantrag', source: 'peer', submitter: 'Stadt Minden', status: 'new', fieldId: soz, origin: 'pack-minden' });
    expect(idea.description).toContain('Früh mit dem Datenschutz reden.');
    expect(adoption).toMatchObject({ ideaId: idea.id, packTitle: 'Digitalprojekte Minden', publisherName: 'Stadt Minden', license: 'CC-BY-4.0', projectTitle: 'Digitaler Wohngeldantrag' });
    expect(value(await h.api.getPeerProject({ id: 'pk-minden-p1' })).adoptedAs).toEqual({ ideaId: idea.id, title: 'Digitaler Wohngeldantrag' });

    const again = await h.api.adoptPeerProject({ peerProjectId: 'pk-minden-p1' });
    expect(!again.ok && again.error).toMatchObject({ code: 'conflict', message: 'Dieses Peer-Projekt wurde bereits als Idee „Digitaler Wohngeldantrag“ übernommen.' });

    expect(value(await h.api.undo()).done).toEqual({ action: 'create', entity: 'idea', title: 'Digitaler Wohngeldantrag' });
    expect(value(await h.api.listPeerAdoptions({}))).toEqual([]);
    expect(value(await h.api.listIdeas({})).total).toBe(0);
    value(await h.api.redo());
    expect(value(await h.api.listPeerAdoptions({}))).toHaveLength(1);
  });

  it('brings the origin back with the idea when deleting the idea is undone', async () => {
    await seed();
    const { idea } = value(await h.api.adoptPeerProject({ peerProjectId: 'pk-minden-p2' }));
    value(await h.api.deleteIdea({ id: idea.id }));
    expect(value(await h.api.listPeerAdoptions({}))).toEqual([]);
    expect(value(await h.api.getPeerProject({ id: 'pk-minden-p2' })).adoptedAs).toBeNull();
    value(await h.api.undo());
    expect(value(await h.api.listPeerAdoptions({ ideaId: idea.id }))[0]).toMatchObject({ publisherName: 'Stadt Minden', license: 'CC-BY-4.0' });
  });

  it('keeps where an idea came from after its pack is removed', async () => {
    await seed();
    const { idea } = value(await h.api.adoptPeerProject({ peerProjectId: 'pk-bayern-q1' }));
    h.core.raw().prepare("DELETE FROM peer_packs WHERE id = 'pk-bayern'").run();
    expect(value(await h.api.listPeerAdoptions({ ideaId: idea.id }))[0]).toMatchObject({ publisherName: 'Landkreis Musterkreis', license: 'dl-de/by-2-0' });
    expect(value(await h.api.listPeerProjects({})).total).toBe(2);
  });

  it('refuses an unknown project or field and writes nothing', async () => {
    await seed();
    const before = h.core.raw().prepare('SELECT count(*) FROM change_log').pluck().get();
    expect((await h.api.adoptPeerProject({ peerProjectId: 'nope' })).ok).toBe(false);
    const r = await h.api.adoptPeerProject({ peerProjectId: 'pk-minden-p1', fieldId: 'nope' });
    expect(!r.ok && r.error.details?.issues).toEqual([{ path: 'fieldId', message: 'Das gewählte Handlungsfeld gibt es nicht (mehr).' }]);
    expect(h.core.raw().prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(before);
  });
});
