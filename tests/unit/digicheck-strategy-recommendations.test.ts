/**
 * Recommendations of a DigiCheck through the API on a real workspace: saved
 * with priority, year 1–3, cost ranges and staff need, listed by year and
 * priority, changed and deleted as one undo step each, found by the search,
 * and bad input refused with a clear German message and nothing written.
 */
import { value } from '../support/core-harness.ts';
import { workspaceForEachTest } from '../support/workspaces.ts';
import { insertAssessment, recommendation } from './digicheck-strategy-fixture.ts';

const h = workspaceForEachTest();
let assessmentId: string;
beforeEach(async () => {
  assessmentId = insertAssessment(h).id;
});

function snapshot(): unknown {
  const raw = h.core.raw();
  return {
    recommendations: raw.prepare('SELECT * FROM digicheck_recommendations ORDER BY id').all(),
    ideas: raw.prepare('SELECT count(*) AS n FROM ideas').get(),
    log: raw.prepare('SELECT count(*) AS n FROM change_log').get(),
  };
}

describe('saveRecommendation, listRecommendations', () => {
  it('keeps every field, names the dimension and the calendar year, and lists by year then priority', async () => {
    const r = value(await h.api.saveRecommendation(recommendation(assessmentId, {
      dimensionKey: 'daten', description: 'Upload im Antragsportal', year: 2, priority: 'medium',
      oneOffMin: 20_000, oneOffMax: 35_000, yearlyMin: 4000, yearlyMax: 6000, staffFte: 0.5, staffNote: 'Sachbearbeitung, befristet',
    })));
    expect(r).toMatchObject({
      assessmentId, dimensionKey: 'daten', dimensionName: 'Daten', year: 2, calendarYear: 2028, priority: 'medium',
      oneOffMin: 20_000, oneOffMax: 35_000, yearlyMin: 4000, yearlyMax: 6000, staffFte: 0.5, staffNote: 'Sachbearbeitung, befristet',
      ideaId: null, measureId: null,
    });
    value(await h.api.saveRecommendation(recommendation(assessmentId, { title: 'E-Akte einführen', year: 2, priority: 'high' })));
    value(await h.api.saveRecommendation(recommendation(assessmentId, { title: 'Schulung Fachverfahren', year: 1, priority: 'low' })));
    const list = value(await h.api.listRecommendations({ assessmentId }));
    expect(list.map((x) => x.title)).toEqual(['Schulung Fachverfahren', 'E-Akte einführen', 'Nachweise digital einreichen']);
    expect(value(await h.api.getRecommendation({ id: r.id }))).toEqual(list[2]);
  });

  it('reads one end of a cost range alone as that amount', async () => {
    const r = value(await h.api.saveRecommendation(recommendation(assessmentId, { oneOffMax: 12_000, yearlyMin: 800 })));
    expect(r).toMatchObject({ oneOffMin: 12_000, oneOffMax: 12_000, yearlyMin: 800, yearlyMax: 800 });
  });

  it('changes and deletes as one undo step each', async () => {
    const r = value(await h.api.saveRecommendation(recommendation(assessmentId)));
    value(await h.api.saveRecommendation({ ...recommendation(assessmentId), id: r.id, year: 3 }));
    expect(value(await h.api.getRecommendation({ id: r.id })).year).toBe(3);
    expect(value(await h.api.undo()).done).toEqual({ action: 'update', entity: 'recommendation', title: 'Nachweise digital einreichen' });
    expect(value(await h.api.getRecommendation({ id: r.id })).year).toBe(1);
    value(await h.api.deleteRecommendation({ id: r.id }));
    expect(value(await h.api.listRecommendations({ assessmentId }))).toEqual([]);
    value(await h.api.undo());
    expect(value(await h.api.listRecommendations({ assessmentId })).map((x) => x.id)).toEqual([r.id]);
  });

  it('is found by the search with German folding', async () => {
    value(await h.api.saveRecommendation(recommendation(assessmentId, { title: 'Bürgerkonto anbinden', description: 'Anmeldung mit dem Bürgerkonto des Landes' })));
    const hits = value(await h.api.search({ query: 'Buergerkonto' }));
    expect(hits).toEqual([expect.objectContaining({ entity: 'recommendation', title: 'Bürgerkonto anbinden' })]);
  });
});

describe('bad input', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ['year 0', { year: 0 }, 'year', /Jahr 1, 2 oder 3/],
    ['year 4', { year: 4 }, 'year', /Jahr 1, 2 oder 3/],
    ['year 1.5', { year: 1.5 }, 'year', /Jahr 1, 2 oder 3/],
    ['one-off min above max', { oneOffMin: 50_000, oneOffMax: 10_000 }, 'oneOffMax', /„bis“ ist kleiner als der Betrag „von“/],
    ['yearly min above max', { yearlyMin: 9000, yearlyMax: 1000 }, 'yearlyMax', /„bis“ ist kleiner/],
    ['a negative amount', { oneOffMin: -5 }, 'oneOffMin', /mindestens 0/],
    ['an absurd amount', { yearlyMax: 1e11 }, 'yearlyMax', /höchstens 10\.000\.000\.000/],
    ['staff above 100 VZÄ', { staffFte: 250 }, 'staffFte', /höchstens 100/],
    ['negative staff', { staffFte: -1 }, 'staffFte', /mindestens 0/],
    ['no title', { title: '  ' }, 'title', /Pflichtfeld/],
    ['an unknown priority', { priority: 'urgent' }, 'priority', /vorgesehenen Werte/],
  ];
  it.each(cases)('refuses %s with a German message at the field and writes nothing', async (_, extra, path, text) => {
    const before = snapshot();
    const r = await h.api.saveRecommendation({ ...recommendation(assessmentId), ...extra } as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.details?.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path, message: expect.stringMatching(text) })]));
    expect(snapshot()).toEqual(before);
  });

  it('refuses an unknown DigiCheck or dimension, and moving a recommendation to another DigiCheck', async () => {
    const r = value(await h.api.saveRecommendation(recommendation(assessmentId)));
    const other = insertAssessment(h, { title: 'DigiCheck Bürgerbüro 2026' });
    const before = snapshot();
    const unknown = await h.api.saveRecommendation(recommendation('nope'));
    expect(!unknown.ok && unknown.error.details?.issues?.[0]).toMatchObject({ path: 'assessmentId', message: 'Diesen DigiCheck gibt es nicht (mehr).' });
    const dim = await h.api.saveRecommendation(recommendation(assessmentId, { dimensionKey: 'kultur' }));
    expect(!dim.ok && dim.error.details?.issues?.[0]).toMatchObject({ path: 'dimensionKey', message: expect.stringContaining('Fragenkatalog') });
    const moved = await h.api.saveRecommendation({ ...recommendation(other.id), id: r.id });
    expect(moved.ok).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('answers in English when asked', async () => {
    const r = await h.dispatcher.call('saveRecommendation', { ...recommendation(assessmentId), year: 7 }, { lang: 'en' });
    expect(!r.ok && r.error.details?.issues?.[0]?.message).toBe('Please choose year 1, 2 or 3 of the partial strategy.');
  });
});
