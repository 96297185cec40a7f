/**
 * The global search finds ideas beside measures, with German folding
 * (Bürger = Buerger, Straße = Strasse), follows edits, undo and a full rebuild.
 */
import { rebuildIndex } from '../../core/search/search.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

async function hits(query: string) {
  return value(await h.api.search({ query })).map((x) => `${x.entity}:${x.title}`).sort();
}

describe('search over ideas', () => {
  it('finds an idea by title, description or submitter with German folding', async () => {
    value(await h.api.saveIdea({ title: 'Straßenschäden per App melden', source: 'citizens', description: 'Fotos von Schlaglöchern an den Bauhof.', submitter: 'Bürgerverein Nordstadt' }));
    value(await h.api.saveMeasure({ title: 'Bürgerportal mit Servicekonto' }));
    for (const q of ['Straße', 'STRASSE', 'strassensch']) expect({ q, hits: await hits(q) }).toEqual({ q, hits: ['idea:Straßenschäden per App melden'] });
    expect(await hits('schlagloecher')).toEqual(['idea:Straßenschäden per App melden']);
    expect(await hits('Buerger')).toEqual(['idea:Straßenschäden per App melden', 'measure:Bürgerportal mit Servicekonto']);
  });

  it('answers an idea hit with its entity, id and a snippet of its description', async () => {
    const idea = value(await h.api.saveIdea({ title: 'Chatbot im Bürgerbüro', source: 'citizens', description: 'Antworten rund um die Uhr.' }));
    expect(value(await h.api.search({ query: 'chatbot' }))).toEqual([{ entity: 'idea', id: idea.id, title: 'Chatbot im Bürgerbüro', snippet: 'Antworten rund um die Uhr.' }]);
  });

  it('follows edits, deletion and undo', async () => {
    const idea = value(await h.api.saveIdea({ title: 'Chatbot im Bürgerbüro', source: 'citizens' }));
    value(await h.api.saveIdea({ id: idea.id, title: 'Digitaler Assistent im Bürgerbüro', source: 'citizens' }));
    expect(await hits('chatbot')).toEqual([]);
    expect(await hits('assistent')).toEqual(['idea:Digitaler Assistent im Bürgerbüro']);
    value(await h.api.deleteIdea({ id: idea.id }));
    expect(await hits('assistent')).toEqual([]);
    value(await h.api.undo());
    expect(await hits('assistent')).toEqual(['idea:Digitaler Assistent im Bürgerbüro']);
  });

  it('finds the measure an idea became beside the idea, and rebuilds both from scratch', async () => {
    const idea = value(await h.api.saveIdea({ title: 'Hundesteuer online', source: 'department' }));
    value(await h.api.adoptIdea({ id: idea.id }));
    expect(await hits('hundesteuer')).toEqual(['idea:Hundesteuer online', 'measure:Hundesteuer online']);
    h.core.raw().prepare('DELETE FROM search_index').run();
    expect(await hits('hundesteuer')).toEqual([]);
    rebuildIndex(h.core);
    expect(await hits('hundesteuer')).toEqual(['idea:Hundesteuer online', 'measure:Hundesteuer online']);
  });

  it('finds the demo\'s ideas after the demo is created', async () => {
    value(await h.api.createDemoWorkspace());
    expect(await hits('fuellstandssensoren')).toEqual(['idea:Füllstandssensoren für öffentliche Abfallbehälter']);
  });
});
