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
