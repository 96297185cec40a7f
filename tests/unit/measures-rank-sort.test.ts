/**
 * The measures list sorted by the ranking's total or place. The ranking is
 * kept between calls while nothing is written (a large Kreis has 60,000
 * scores to read); every write — a score, its undo, a new measure — must show
 * in the next sorted page at once.
 */
import { value } from '../support/core-harness.ts';
import { workspaceForEachTest } from '../support/workspaces.ts';

const h = workspaceForEachTest();
let criteria: { id: string; scaleMax: number; direction: string }[];
beforeEach(async () => {
  criteria = value(await h.api.listCriteria());
});

/** Scores every criterion at `level` (0 worst … 1 best, whatever the criterion's direction). */
async function score(measureId: string, level: number): Promise<void> {
  const scores = criteria.map((c) => ({ criterionId: c.id, score: Math.round((c.direction === 'cost' ? 1 - level : level) * c.scaleMax) }));
  value(await h.api.saveScores({ measureId, scores }));
}

const titles = async (sort: 'score' | 'rank', dir: 'asc' | 'desc') =>
  value(await h.api.listMeasures({ sort, dir, limit: 50 })).rows.map((m) => m.title);

it('follows every write: scores, undo, a new measure', async () => {
  const a = value(await h.api.saveMeasure({ title: 'Bürgerportal' }));
  const b = value(await h.api.saveMeasure({ title: 'E-Akte' }));
  value(await h.api.saveMeasure({ title: 'Glasfaser' }));
  await score(a.id, 1);
  await score(b.id, 0.5);
  expect(await titles('score', 'desc')).toEqual(['Bürgerportal', 'E-Akte', 'Glasfaser']);
  expect(await titles('rank', 'asc')).toEqual(['Bürgerportal', 'E-Akte', 'Glasfaser']);
  // Unscored stays last in both directions.
  expect(await titles('score', 'asc')).toEqual(['E-Akte', 'Bürgerportal', 'Glasfaser']);

  await score(b.id, 0);
  await score(a.id, 0.25);
  expect(await titles('score', 'desc')).toEqual(['Bürgerportal', 'E-Akte', 'Glasfaser']);
  await score(b.id, 1);
  expect(await titles('score', 'desc')).toEqual(['E-Akte', 'Bürgerportal', 'Glasfaser']);

  value(await h.api.undo());
  expect(await titles('score', 'desc')).toEqual(['Bürgerportal', 'E-Akte', 'Glasfaser']);

  const d = value(await h.api.saveMeasure({ title: 'Digitale Schule' }));
  await score(d.id, 0.9);
  expect(await titles('rank', 'asc')).toEqual(['Digitale Schule', 'Bürgerportal', 'E-Akte', 'Glasfaser']);
});

/** The table sorted by rank lists the ranked measures exactly as the ranking page does. */
async function expectRankingOrder(): Promise<void> {
  const ranking = value(await h.api.getRanking({})).rows.filter((r) => r.rank !== null).map((r) => r.title);
  expect((await titles('rank', 'asc')).slice(0, ranking.length)).toEqual(ranking);
}

it('follows renames, deletions and their undo, must criteria and a new scoring model', async () => {
  const ids: string[] = [];
  for (const title of ['Aktenplan', 'Bürgerkonto', 'Chatbot', 'Dokumentenmanagement']) {
    ids.push(value(await h.api.saveMeasure({ title })).id);
    await score(ids.at(-1)!, 0.6);
  }
  // Equal totals: German title order decides, and a rename moves the measure.
  expect(await titles('rank', 'asc')).toEqual(['Aktenplan', 'Bürgerkonto', 'Chatbot', 'Dokumentenmanagement']);
  value(await h.api.saveMeasure({ ...value(await h.api.getMeasure({ id: ids[0]! })), title: 'Zentrale Aktenordnung' }));
  expect(await titles('rank', 'asc')).toEqual(['Bürgerkonto', 'Chatbot', 'Dokumentenmanagement', 'Zentrale Aktenordnung']);
  await expectRankingOrder();

  value(await h.api.deleteMeasure({ id: ids[1]! }));
  expect(await titles('rank', 'asc')).toEqual(['Chatbot', 'Dokumentenmanagement', 'Zentrale Aktenordnung']);
  value(await h.api.undo());
  expect(await titles('rank', 'asc')).toEqual(['Bürgerkonto', 'Chatbot', 'Dokumentenmanagement', 'Zentrale Aktenordnung']);

  // A legal duty puts a measure first, whatever its score.
  value(await h.api.saveMeasure({ ...value(await h.api.getMeasure({ id: ids[3]! })), mustLegal: true, mustLegalDeadline: '2027-06-30' }));
  expect((await titles('rank', 'asc'))[0]).toBe('Dokumentenmanagement');
  await expectRankingOrder();

  // Another model: every total changes at once. The chatbot is best on the first criterion only.
  const model = value(await h.api.listCriteria());
  value(await h.api.saveScores({ measureId: ids[2]!, scores: model.map((c, i) => ({ criterionId: c.id, score: (i === 0) === (c.direction === 'benefit') ? c.scaleMax : 0 })) }));
  expect((await titles('rank', 'asc')).at(-1)).toBe('Chatbot');
  value(await h.api.saveScoringModel({ criteria: model.map((c, i) => ({ id: c.id, name: c.name, weight: i === 0 ? 100 : 0, scaleMax: c.scaleMax, direction: c.direction, axis: c.axis })), confirm: true }));
  expect((await titles('rank', 'asc')).slice(0, 2)).toEqual(['Dokumentenmanagement', 'Chatbot']);
  await expectRankingOrder();
  value(await h.api.undo());
  await expectRankingOrder();
});
