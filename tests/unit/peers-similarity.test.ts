/**
 * The matching algorithm as pure functions: German folding and stemming,
 * compound parts, TF-IDF ranking, OZG/field/tag boosts and the reasons a hit gives.
 */
import { Corpus, type MatchDoc } from '../../core/peers/similarity.ts';
import { stem, tokens } from '../../core/peers/text.ts';

const doc = (title: string, more: Partial<MatchDoc> = {}): MatchDoc => ({ title, ozgIds: [], fieldId: null, tags: [], ...more });

describe('stem and tokens', () => {
  it('brings inflected and differently spelled German words to one stem', () => {
    expect(stem('antraege')).toBe(stem('antrag'));
    expect(stem('buergerportale')).toBe(stem('buergerportal'));
    const a = tokens('Bürgerportal').map((t) => t.term);
    const b = tokens('Buergerportal').map((t) => t.term);
    expect(a).toEqual(b);
  });

  it('drops stop words and numbers and gives long words their head and tail', () => {
    const t = tokens('Der digitale Wohngeldantrag für 2026');
    expect(t.map((x) => x.surface)).not.toContain('Der');
    expect(t.map((x) => x.surface)).not.toContain('2026');
    expect(t.map((x) => x.term)).toEqual(expect.arrayContaining(['^wohnge', '$antrag']));
  });
});

describe('Corpus.match', () => {
  const peers = [
    doc('Digitaler Wohngeldantrag', { summary: 'Online-Antrag auf Wohngeld mit Nachweis-Upload.', ozgIds: ['10412'], fieldId: 'f-soz', tags: ['OZG', 'Antrag'] }),
    doc('LoRaWAN-Sensornetz für Parkplätze', { summary: 'Freie Parkplätze in der Innenstadt in Echtzeit.', fieldId: 'f-mob' }),
    doc('Bürgerportal mit Servicekonto', { summary: 'Ein Portal für alle Online-Dienste der Stadt.', fieldId: 'f-vb' }),
    doc('Schulträger-Tablets', { summary: 'Tablets für Grundschulen, zentral verwaltet.', fieldId: 'f-bil' }),
    doc('Elterngeld digital', { summary: 'Antrag auf Elterngeld online.', ozgIds: ['10412'] }),
  ];
  const corpus = new Corpus(peers);

  it('ranks the project with the same words first and says which words matched', () => {
    const hits = corpus.match(doc('Wohngeld online beantragen', { summary: 'Anträge auf Wohngeld digital stellen' }), 5);
    expect(hits[0]?.index).toBe(0);
    expect(hits[0]?.words.map((w) => w.toLowerCase())).toContain('wohngeld');
    expect(hits.map((h) => h.index)).not.toContain(1);
  });

  it('finds "Buergerportal" spelled with ue as the same as "Bürgerportal"', () => {
    const hits = corpus.match(doc('Buergerportal erneuern'), 3);
    expect(hits[0]?.index).toBe(2);
  });

  it('boosts the same OZG service, field and shared tags and reports each', () => {
    const hits = corpus.match(doc('Wohngeld', { ozgIds: ['10412'], fieldId: 'f-soz', tags: ['antrag'] }), 5);
    expect(hits[0]).toMatchObject({ index: 0, ozgIds: ['10412'], sameField: true, tags: ['antrag'] });
    // Same OZG service alone is reason enough to show a project.
    expect(hits.find((h) => h.index === 4)?.ozgIds).toEqual(['10412']);
  });

  it('returns nothing for text that shares nothing, and skips what it is told to skip', () => {
    expect(corpus.match(doc('Hundesteuer Kataster'), 5)).toEqual([]);
    expect(corpus.match(peers[0]!, 5, (i) => i === 0).map((h) => h.index)).not.toContain(0);
  });
});
