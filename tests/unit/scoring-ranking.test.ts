/**
 * Scores, the ranking and its sensitivity on a small model whose totals are
 * worked out by hand below (not taken from the code's output).
 */
import type { Criterion, RankingRow } from '../../api/index.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
let A: Criterion; // Strategie: 50 %, benefit, 0–5, value axis
let B: Criterion; // Nutzen:    30 %, benefit, 0–10, value axis
let C: Criterion; // Aufwand:   20 %, cost,    0–5, effort axis
const ids: Record<string, string> = {};

const count = (table: string) => (h.core.raw().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

async function score(title: string, a: number | null, b: number | null, c: number | null) {
  const scores = [[A, a], [B, b], [C, c]].flatMap(([k, s]) => (s === null ? [] : [{ criterionId: (k as Criterion).id, score: s as number, justification: `${title}: ${String(s)}` }]));
  value(await h.api.saveScores({ measureId: ids[title]!, scores }));
}

beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
  [A, B, C] = value(await h.api.saveScoringModel({
    criteria: [
      { name: 'Strategie', weight: 50 },
      { name: 'Nutzen', weight: 30, scaleMax: 10 },
      { name: 'Aufwand', weight: 20, direction: 'cost', axis: 'effort' },
    ],
    confirm: true,
  })) as [Criterion, Criterion, Criterion];
  for (const title of ['X', 'Y', 'Z', 'P', 'U']) ids[title] = value(await h.api.saveMeasure({ title })).id;
  await score('X', 4, 5, 1);
  await score('Y', 5, 10, 5);
  await score('Z', 2, 2, 0);
  await score('P', 5, null, null); // partly scored
  // U stays unscored
});
afterEach(() => h.cleanup());

const byTitle = (rows: RankingRow[]) => Object.fromEntries(rows.map((r) => [r.title, r]));

describe('the ranking', () => {
  it('weighs normalised scores, inverts cost criteria and sums to 0..100', async () => {
    const { rows } = value(await h.api.getRanking({}));
    const r = byTitle(rows);
    // X: 50·4/5 + 30·5/10 + 20·(1 − 1/5) = 40 + 15 + 16 = 71
    expect(r.X!.total).toBe(71);
    // Y: 50·5/5 + 30·10/10 + 20·(1 − 5/5) = 50 + 30 + 0 = 80
    expect(r.Y!.total).toBe(80);
    // Z: 50·2/5 + 30·2/10 + 20·(1 − 0) = 20 + 6 + 20 = 46
    expect(r.Z!.total).toBe(46);
    // P: only Strategie scored: 50·5/5 = 50; the unscored criteria add nothing
    expect(r.P!.total).toBe(50);
    expect(r.P!.scored).toBe(1);
    // value = weighted average of the value axis: X (40 + 15) / 80 = 68.75 %; effort = how much effort: X 1/5 = 20 %
    expect([r.X!.value, r.X!.effort]).toEqual([68.75, 20]);
    expect([r.Y!.value, r.Y!.effort]).toEqual([100, 100]);
    expect([r.Z!.value, r.Z!.effort]).toEqual([32.5, 0]);
    expect([r.P!.value, r.P!.effort]).toEqual([100, null]);
  });

  it('ranks by total and puts unscored measures last without a rank', async () => {
    const { rows } = value(await h.api.getRanking({}));
    expect(rows.map((r) => [r.title, r.rank])).toEqual([['Y', 1], ['X', 2], ['P', 3], ['Z', 4], ['U', null]]);
    expect(byTitle(rows).U).toMatchObject({ total: null, scored: 0, criteriaCount: 3 });
  });

  it('ranks measures meeting a must criterion ahead, by earliest legal deadline, then by score', async () => {
    const raw = h.core.raw();
    raw.prepare('UPDATE measures SET must_critical = 1 WHERE id = ?').run(ids.Z);
    raw.prepare('UPDATE measures SET must_political = 1 WHERE id = ?').run(ids.P);
    raw.prepare("UPDATE measures SET must_legal = 1, must_legal_deadline = '2026-12-31' WHERE id = ?").run(ids.U);
    const { rows } = value(await h.api.getRanking({}));
    expect(rows.map((r) => [r.title, r.rank])).toEqual([['U', 1], ['P', 2], ['Z', 3], ['Y', 4], ['X', 5]]);
    expect(byTitle(rows).U).toMatchObject({ must: ['legal'], mustLegalDeadline: '2026-12-31' });
    expect(byTitle(rows).Z!.must).toEqual(['critical']);
  });

  it('uses weights given for a try without saving them', async () => {
    // Aufwand 60, Strategie 20, Nutzen 20 — X: 20·0.8 + 20·0.5 + 60·0.8 = 16 + 10 + 48 = 74; Y: 20 + 20 + 0 = 40
    const { rows, weights } = value(await h.api.getRanking({ weights: { [A.id]: 20, [B.id]: 20, [C.id]: 60 } }));
    expect(byTitle(rows).X!.total).toBe(74);
    expect(byTitle(rows).Y!.total).toBe(40);
    expect(weights[C.id]).toBe(60);
    expect(value(await h.api.listCriteria()).map((c) => c.weight)).toEqual([50, 30, 20]);
    const unknown = await h.api.getRanking({ weights: { fremd: 10 } });
    expect(!unknown.ok && unknown.error.details?.issues?.[0]?.path).toBe('weights.fremd');
  });
});

describe('the sensitivity of the ranking', () => {
  it('shows which measures change places when a weight moves and the others are rescaled', async () => {
    const s = value(await h.api.getSensitivity({ criterionId: C.id }));
    expect(s.steps.map((st) => st.delta)).toEqual([-10, -5, 5, 10]);
    const plus10 = s.steps.find((st) => st.delta === 10)!;
    // Aufwand 20 → 30; Strategie and Nutzen share 70 as 50:30 → 43.75 and 26.25
    expect(plus10.weights).toEqual({ [A.id]: 43.75, [B.id]: 26.25, [C.id]: 30 });
    // X: 43.75·0.8 + 26.25·0.5 + 30·0.8 = 35 + 13.125 + 24 = 72.125 > Y: 43.75 + 26.25 + 0 = 70
    // Z: 43.75·0.4 + 26.25·0.2 + 30 = 17.5 + 5.25 + 30 = 52.75 > P: 43.75
    expect(byTitle(plus10.rows).Y!.total).toBe(70);
    expect(byTitle(plus10.rows).X!.total).toBeCloseTo(72.125, 1);
    expect(plus10.changes).toEqual([
      { measureId: ids.X, title: 'X', from: 2, to: 1 },
      { measureId: ids.Y, title: 'Y', from: 1, to: 2 },
      { measureId: ids.Z, title: 'Z', from: 4, to: 3 },
      { measureId: ids.P, title: 'P', from: 3, to: 4 },
    ]);
    // Aufwand 10: Y = 56.25 + 33.75 = 90 stays ahead of X = 45 + 16.875 + 8 = 69.875
    expect(s.steps.find((st) => st.delta === -10)!.changes).toEqual([]);
    expect(s.base.map((r) => r.title)).toEqual(['Y', 'X', 'P', 'Z', 'U']);
  });

  it('keeps a weight within 0..100', async () => {
    const s = value(await h.api.getSensitivity({ criterionId: C.id, deltas: [-50, 90] }));
    expect(s.steps.map((st) => st.weight)).toEqual([0, 100]);
    expect(s.steps[1]!.weights).toEqual({ [A.id]: 0, [B.id]: 0, [C.id]: 100 });
  });

  it('answers not_found for an unknown criterion and refuses absurd deltas', async () => {
    const r = await h.api.getSensitivity({ criterionId: 'fremd' });
    expect(!r.ok && r.error.code).toBe('not_found');
    const absurd = await h.dispatcher.call('getSensitivity', { criterionId: C.id, deltas: [1000] });
    expect(!absurd.ok && absurd.error.details?.issues?.[0]?.path).toBe('deltas.0');
  });
});

describe('saveScores', () => {
  it('saves a measure\'s scores as one undo step and gives back its total and rank', async () => {
    const saved = value(await h.api.saveScores({ measureId: ids.U!, scores: [
      { criterionId: A.id, score: 3, justification: 'Teil der Digitalstrategie' },
      { criterionId: B.id, score: 10, justification: 'Alle Haushalte profitieren' },
      { criterionId: C.id, score: 0, justification: null },
    ] }));
    // 50·3/5 + 30·1 + 20·1 = 30 + 30 + 20 = 80: ties with Y at 80 and comes first by title
    expect(saved).toMatchObject({ total: 80, scored: 3, rank: 1 });
    expect(saved.scores.map((s) => s.score)).toEqual([3, 10, 0]);
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'update', entity: 'score', title: 'U' });

    value(await h.api.undo());
    expect(value(await h.api.getMeasureScoring({ measureId: ids.U! }))).toMatchObject({ scores: [], total: null, rank: null });
    value(await h.api.redo());
    expect(value(await h.api.getMeasureScoring({ measureId: ids.U! })).total).toBe(80);
  });

  it('removes a score given as null and leaves unchanged ones out of the log', async () => {
    const before = count('change_log');
    value(await h.api.saveScores({ measureId: ids.X!, scores: [
      { criterionId: A.id, score: 4, justification: 'X: 4' }, // unchanged
      { criterionId: B.id, score: null, justification: null },
    ] }));
    expect(count('change_log')).toBe(before + 1);
    const x = value(await h.api.getMeasureScoring({ measureId: ids.X! }));
    expect(x.scores.map((s) => s.criterionId)).toEqual([A.id, C.id]);
  });

  it.each([
    ['a score above the scale', { score: 6 }, 'scores.0.score', 'Die Bewertung muss eine ganze Zahl von 0 bis 5 sein.'],
    ['a negative score', { score: -1 }, 'scores.0.score', 'Der Wert muss mindestens 0 sein.'],
    ['a fraction', { score: 2.5 }, 'scores.0.score', 'Bitte eine ganze Zahl angeben.'],
    ['a score as text', { score: '3' }, 'scores.0.score', 'Ungültiger Wert: erwartet wird eine Zahl.'],
    ['an unknown criterion', { criterionId: 'fremd' }, 'scores.0.criterionId', 'Dieses Bewertungskriterium gibt es nicht (mehr).'],
    ['a justification that is too long', { justification: 'x'.repeat(2001) }, 'scores.0.justification', 'Höchstens 2.000 Zeichen.'],
  ])('refuses %s and writes nothing', async (_, change, path, message) => {
    const before = count('change_log');
    const r = await h.dispatcher.call('saveScores', { measureId: ids.U, scores: [{ criterionId: A.id, score: 3, justification: null, ...change }] });
    expect(!r.ok && r.error.code).toBe('invalid_input');
    expect(!r.ok && r.error.details?.issues?.find((i) => i.path === path)?.message).toBe(message);
    expect(count('change_log')).toBe(before);
    expect(value(await h.api.getMeasureScoring({ measureId: ids.U! })).scores).toEqual([]);
  });

  it('refuses the whole save when one score is wrong, and the same criterion twice', async () => {
    const r = await h.api.saveScores({ measureId: ids.U!, scores: [{ criterionId: A.id, score: 3, justification: null }, { criterionId: B.id, score: 11, justification: null }] });
    expect(!r.ok && r.error.details?.issues).toEqual([{ path: 'scores.1.score', message: 'Die Bewertung muss eine ganze Zahl von 0 bis 10 sein.' }]);
    const twice = await h.api.saveScores({ measureId: ids.U!, scores: [{ criterionId: A.id, score: 3, justification: null }, { criterionId: A.id, score: 4, justification: null }] });
    expect(!twice.ok && twice.error.details?.issues?.[0]?.path).toBe('scores.1.criterionId');
    expect(value(await h.api.getMeasureScoring({ measureId: ids.U! })).scores).toEqual([]);
  });

  it('answers not_found for an unknown measure', async () => {
    const r = await h.api.saveScores({ measureId: 'fremd', scores: [] });
    expect(!r.ok && r.error.code).toBe('not_found');
    const scoring = await h.api.getMeasureScoring({ measureId: 'fremd' });
    expect(!scoring.ok && scoring.error.code).toBe('not_found');
    expect(!(await h.api.listScoreHistory({ measureId: 'fremd' })).ok).toBe(true);
  });
});

describe('the score history', () => {
  it('lists every change per criterion with old and new score and the justification, newest first', async () => {
    value(await h.api.saveScores({ measureId: ids.X!, scores: [{ criterionId: A.id, score: 5, justification: 'Ratsbeschluss zur Strategie' }] }));
    const history = value(await h.api.listScoreHistory({ measureId: ids.X! }));
    expect(history[0]).toMatchObject({ criterionId: A.id, criterionName: 'Strategie', action: 'update', from: 4, to: 5, justification: 'Ratsbeschluss zur Strategie', undone: false });
    expect(history.filter((e) => e.action === 'create').map((e) => [e.criterionName, e.from, e.to])).toEqual([['Aufwand', null, 1], ['Nutzen', null, 5], ['Strategie', null, 4]]);
    expect(history.every((e) => /^\d{4}-\d{2}-\d{2}T/.test(e.at))).toBe(true);
    value(await h.api.undo());
    expect(value(await h.api.listScoreHistory({ measureId: ids.X! }))[0]!.undone).toBe(true);
  });
});
