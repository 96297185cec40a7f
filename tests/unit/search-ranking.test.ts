/**
 * The order of search hits (core/search/rank.ts): whole-word title hits, then
 * title hits, then body hits, each by bm25; German folding and prefixes as one
 * types; and a very common word, whose matches are ranked only in part, still
 * shows the workspace's own exact title hit among thousands of library rows.
 */
import { createHash } from 'node:crypto';
import { openWorkspaceFile } from '../../core/index.ts';
import { RANKED_AT_MOST } from '../../core/search/rank.ts';
import { rebuildIndex, searchRowid } from '../../core/search/search.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

async function titles(query: string, limit = 20): Promise<string[]> {
  return value(await h.api.search({ query, limit })).map((hit) => hit.title);
}

async function measures(...rows: { title: string; description?: string }[]): Promise<void> {
  for (const m of rows) value(await h.api.saveMeasure(m));
}

interface Peer { id: string; title: string; summary: string }

/** Peer projects as a pack import leaves them: raw rows, then the index. */
function peerLibrary(peers: Peer[]): void {
  const raw = h.core.raw();
  const at = '2026-11-01T10:00:00.000Z';
  raw.prepare(`INSERT INTO peer_packs (id, pack_id, title, publisher_name, publisher_ags, license, pack_created_at, signed, project_count, imported_at, updated_at)
    VALUES ('pack', 'pack', 'Paket', 'Kommune', '05770000', 'CC-BY-4.0', ?, 0, ?, ?, ?)`).run(at, peers.length, at, at);
  const project = raw.prepare(`INSERT INTO peer_projects (id, pack_row_id, project_id, title, summary, field_id, ozg_ids, tags, status, budget, content_hash, imported_at)
    VALUES (?, 'pack', ?, ?, ?, NULL, '[]', '[]', 'in_progress', 0, ?, ?)`);
  raw.transaction(() => {
    for (const p of peers) project.run(p.id, p.id, p.title, p.summary, `h-${p.id}`, at);
  })();
  rebuildIndex(h.core);
}

/** More library rows than a search ranks at once, titled by `title(i)`. */
const many = (title: (i: number) => string, summary = 'Gemeinsames Projekt mehrerer Kommunen.'): Peer[] =>
  Array.from({ length: RANKED_AT_MOST + 500 }, (_, i) => ({ id: `peer-${i}`, title: title(i), summary }));

describe('the order of search hits', () => {
  it('puts a title hit before a body hit, however often the body repeats the word', async () => {
    await measures(
      { title: 'Kita', description: 'Portal, Portal, Portal: das Portal der Kita im Portal der Stadt.' },
      { title: 'Portal für die Anmeldung in allen Einrichtungen der Stadt und des Kreises', description: 'Anmeldung in der Kita online.' },
      { title: 'Online-Anmeldung Kindertagesstätte', description: 'Ein Portal für jede Kita.' },
    );
    const hits = await titles('portal');
    expect(hits[0]).toBe('Portal für die Anmeldung in allen Einrichtungen der Stadt und des Kreises');
    expect(hits).toHaveLength(3);
  });

  it('puts a whole-word title hit before titles where the word only begins a longer one', async () => {
    await measures(
      { title: 'Kitaplatzvergabe' },
      { title: 'Kitabedarfsplanung' },
      { title: 'Neue Kita am Markt', description: 'Ein Neubau mit 80 Plätzen für Kinder aus dem ganzen Stadtteil.' },
    );
    const hits = await titles('kita');
    expect(hits[0]).toBe('Neue Kita am Markt');
    expect(hits.slice(1).sort()).toEqual(['Kitabedarfsplanung', 'Kitaplatzvergabe']);
  });

  it('ranks by bm25 inside a group: the shorter title with the word first', async () => {
    await measures(
      { title: 'Schulverwaltung: Anbindung der Grundschulen an das Schulportal des Landes' },
      { title: 'Schulverwaltung digital' },
    );
    expect(await titles('schulverwaltung')).toEqual(['Schulverwaltung digital', 'Schulverwaltung: Anbindung der Grundschulen an das Schulportal des Landes']);
  });

  it('folds German spellings in both directions and matches prefixes as one types', async () => {
    await measures({ title: 'Straßenbeleuchtung mit LED' }, { title: 'Bürgerportal' }, { title: 'Öffentliches WLAN', description: 'Freies WLAN an der Bürgerhalle.' });
    for (const q of ['b', 'bü', 'bue', 'bürg', 'BUERGER', 'Bürgerportal']) expect({ q, first: (await titles(q))[0] }).toEqual({ q, first: 'Bürgerportal' });
    expect(await titles('bürger')).toEqual(['Bürgerportal', 'Öffentliches WLAN']);
    expect(await titles('STRASSE')).toEqual(['Straßenbeleuchtung mit LED']);
    expect(await titles('oeffentl')).toEqual(['Öffentliches WLAN']);
    expect(await titles('wlan bürgerh')).toEqual(['Öffentliches WLAN']);
  });
});

describe('a very common word among many library rows', () => {
  it(`still shows the workspace's own exact title hit first among ${RANKED_AT_MOST + 500} library rows with the same word`, async () => {
    peerLibrary(many((i) => `Bürgerportal: Einführung in Kommune ${i}`));
    await measures({ title: 'Bürgerportal', description: 'Das Portal der Stadt.' });
    const hits = await titles('Bürgerportal');
    expect(hits).toHaveLength(20);
    expect(hits[0]).toBe('Bürgerportal');
    expect(hits.slice(1).every((t) => t.startsWith('Bürgerportal: Einführung'))).toBe(true);
  });

  it('still puts a rare title hit before thousands of body hits', async () => {
    peerLibrary(many((i) => `Projekt ${i}`, 'Anbindung an das Bürgerportal des Landes.'));
    await measures({ title: 'Terminvergabe', description: 'Termine über das Bürgerportal.' });
    const idea = value(await h.api.saveIdea({ title: 'Bürgerportal in leichter Sprache', source: 'citizens' }));
    const hits = value(await h.api.search({ query: 'bürgerp', limit: 20 }));
    expect(hits).toHaveLength(20);
    expect(hits[0]).toMatchObject({ entity: 'idea', id: idea.id });
    // Below the title hit come body hits only; the own measure's is among them (own records are ranked first when matches are many).
    expect(hits.slice(1).map((x) => x.title)).toContain('Terminvergabe');
  });

  it('still puts a library title hit first when it lies beyond the ranked part of the body hits', async () => {
    // The library row numbered last of 100 candidates: FTS5 walks matches in rowid order, so it comes after the first RANKED_AT_MOST body hits.
    const last = Array.from({ length: 100 }, (_, k) => `peer-title-${k}`).reduce((a, b) => (searchRowid('peerProject', a) > searchRowid('peerProject', b) ? a : b));
    peerLibrary([...many((i) => `Projekt ${i}`, 'Anbindung an das Bürgerportal des Landes.'), { id: last, title: 'Bürgerportal-Verbund', summary: 'Ein Verbund.' }]);
    const hits = value(await h.api.search({ query: 'bürgerp', limit: 20 }));
    expect(hits[0]).toMatchObject({ entity: 'peerProject', id: last, title: 'Bürgerportal-Verbund' });
    expect(hits).toHaveLength(20);
  });

  it('answers a word no row holds, and a rare word, exactly as before', async () => {
    peerLibrary(many((i) => `Bürgerportal: Einführung in Kommune ${i}`));
    await measures({ title: 'Friedhofsverwaltung', description: 'Grabstellen online.' });
    expect(await titles('grabst')).toEqual(['Friedhofsverwaltung']);
    expect(await titles('zzz')).toEqual([]);
  });
});

describe('index rows numbered the old way', () => {
  it('are renumbered when the file is opened, so an edit replaces its row instead of adding one', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Wärmeplanung' }));
    const raw = h.core.raw();
    // Before: the rowid was 63 bits of SHA-1 of entity and id.
    const old = (entity: string, id: string) => createHash('sha1').update(`${entity}\0${id}`).digest().readBigUInt64BE(0) >> 1n;
    const rows = raw.prepare('SELECT entity, entity_id, title, body FROM search_index').all() as { entity: string; entity_id: string; title: string; body: string }[];
    raw.prepare('DELETE FROM search_index').run();
    const insert = raw.prepare('INSERT INTO search_index (rowid, entity, entity_id, title, body) VALUES (?, ?, ?, ?, ?)');
    for (const r of rows) insert.run(old(r.entity, r.entity_id), r.entity, r.entity_id, r.title, r.body);
    const file = h.core.workspace().store.file;
    h.core.close();

    openWorkspaceFile(h.core, file);
    const rowid = h.core.raw().prepare("SELECT rowid FROM search_index WHERE entity = 'measure' AND entity_id = ?").safeIntegers(true).pluck().get(m.id);
    expect(rowid).toBe(searchRowid('measure', m.id));
    value(await h.api.saveMeasure({ id: m.id, title: 'Kommunale Wärmeplanung' }));
    expect(h.core.raw().prepare("SELECT count(*) FROM search_index WHERE entity = 'measure' AND entity_id = ?").pluck().get(m.id)).toBe(1);
    expect(await titles('wärmepl')).toEqual(['Kommunale Wärmeplanung']);
  });
});
