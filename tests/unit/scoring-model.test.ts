/**
 * The scoring model as the CDO edits it: a default set in every new
 * workspace, weights that must make 100, one undo step per save, and
 * criteria that carry scores deleted only on confirmation.
 */
import type { Criterion } from '../../api/index.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const count = (table: string) => (h.core.raw().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const asInput = (c: Criterion) => ({ id: c.id, name: c.name, description: c.description, weight: c.weight, scaleMax: c.scaleMax, direction: c.direction, axis: c.axis });

async function firstMeasure(): Promise<string> {
  return value(await h.api.saveMeasure({ title: 'E-Akte' })).id;
}

describe('the default scoring model', () => {
  it('is seeded into every new workspace with weights that make 100', async () => {
    const criteria = value(await h.api.listCriteria());
    expect(criteria.map((c) => c.name)).toEqual([
      'Strategische Passung', 'Nutzen für Bürgerinnen und Bürger', 'Nutzen für die Beschäftigten', 'Dringlichkeit', 'Aufwand', 'Risiko',
    ]);
    expect(criteria.reduce((a, c) => a + c.weight, 0)).toBe(100);
    expect(criteria.find((c) => c.name === 'Aufwand')).toMatchObject({ weight: 15, direction: 'cost', axis: 'effort', scaleMax: 5 });
    expect(criteria.find((c) => c.name === 'Risiko')).toMatchObject({ weight: 10, direction: 'cost' });
    // Seeding is part of creating the workspace, not an edit to undo.
    expect(value(await h.api.getUndoState()).undo).toBeNull();
  });
});

describe('saveScoringModel', () => {
  it('saves changed weights, a new criterion and the order as one undo step', async () => {
    const before = value(await h.api.listCriteria());
    const edited = before.map(asInput);
    edited[0]!.weight = 20; // Strategische Passung 25 → 20
    edited[5]!.weight = 5; // Risiko 10 → 5
    const saved = value(await h.api.saveScoringModel({ criteria: [...edited, { name: 'Nachnutzbarkeit (EfA)', weight: 10 }] }));
    expect(saved).toHaveLength(7);
    expect(saved.at(-1)).toMatchObject({ name: 'Nachnutzbarkeit (EfA)', weight: 10, direction: 'benefit', axis: 'value', scaleMax: 5 });
    expect(saved[0]!.weight).toBe(20);

    expect(value(await h.api.undo()).done).toMatchObject({ entity: 'criterion', action: 'update' });
    expect(value(await h.api.listCriteria())).toEqual(before);
    expect(value(await h.api.getUndoState()).undo).toBeNull();
  });

  it('swaps the names of two criteria without a clash', async () => {
    const before = value(await h.api.listCriteria()).map(asInput);
    const [a, b] = [before[0]!.name, before[1]!.name];
    before[0]!.name = b;
    before[1]!.name = a;
    const saved = value(await h.api.saveScoringModel({ criteria: before }));
    expect(saved.slice(0, 2).map((c) => c.name)).toEqual([b, a]);
  });

  it('refuses weights that do not make 100, says so in German and changes nothing', async () => {
    const before = value(await h.api.listCriteria());
    const edited = before.map(asInput);
    edited[0]!.weight = 20;
    const r = await h.api.saveScoringModel({ criteria: edited });
    expect(!r.ok && r.error.code).toBe('invalid_input');
    expect(!r.ok && r.error.message).toBe('Die Gewichte müssen zusammen genau 100 % ergeben; derzeit sind es 95 %.');
    expect(!r.ok && r.error.details?.issues?.[0]?.path).toBe('criteria');
    expect(value(await h.api.listCriteria())).toEqual(before);
    expect(count('change_log')).toBe(0);
  });

  it('says it in English with lang en', async () => {
    const edited = value(await h.api.listCriteria()).map(asInput);
    edited[0]!.weight = 40;
    const r = await h.dispatcher.call('saveScoringModel', { criteria: edited }, { lang: 'en' });
    expect(!r.ok && r.error.message).toBe('The weights must add up to exactly 100 %; they are 115 % now.');
  });

  it.each([
    ['a weight above 100', { name: 'X', weight: 101 }, 'criteria.0.weight'],
    ['a negative weight', { name: 'X', weight: -1 }, 'criteria.0.weight'],
    ['a weight as text', { name: 'X', weight: '100' }, 'criteria.0.weight'],
    ['an empty name', { name: '  ', weight: 100 }, 'criteria.0.name'],
    ['a name that is too long', { name: 'x'.repeat(121), weight: 100 }, 'criteria.0.name'],
    ['an unknown direction', { name: 'X', weight: 100, direction: 'up' }, 'criteria.0.direction'],
    ['a scale of 0', { name: 'X', weight: 100, scaleMax: 0 }, 'criteria.0.scaleMax'],
    ['a scale of 2.5', { name: 'X', weight: 100, scaleMax: 2.5 }, 'criteria.0.scaleMax'],
  ])('refuses %s and writes nothing', async (_, criterion, path) => {
    const r = await h.dispatcher.call('saveScoringModel', { criteria: [criterion] });
    expect(!r.ok && r.error.code).toBe('invalid_input');
    expect(!r.ok && r.error.details?.issues?.map((i) => i.path)).toContain(path);
    expect(count('scoring_criteria')).toBe(6);
    expect(count('change_log')).toBe(0);
  });

  it('refuses an empty model, duplicate names and unknown ids', async () => {
    const empty = await h.api.saveScoringModel({ criteria: [] });
    expect(!empty.ok && empty.error.details?.issues?.[0]?.path).toBe('criteria');
    const dup = await h.api.saveScoringModel({ criteria: [{ name: 'Nutzen', weight: 50 }, { name: 'nutzen', weight: 50 }] });
    expect(!dup.ok && dup.error.message).toBe('Ein Kriterium „nutzen“ gibt es in diesem Bewertungsmodell bereits.');
    expect(!dup.ok && dup.error.details?.issues?.[0]?.path).toBe('criteria.1.name');
    const unknown = await h.api.saveScoringModel({ criteria: [{ id: 'gibt-es-nicht', name: 'Nutzen', weight: 100 }] });
    expect(!unknown.ok && unknown.error.details?.issues?.[0]?.path).toBe('criteria.0.id');
    expect(count('scoring_criteria')).toBe(6);
    expect(count('change_log')).toBe(0);
  });

  it('removes criteria left out of the model, but one with scores only when confirmed', async () => {
    const measureId = await firstMeasure();
    const criteria = value(await h.api.listCriteria());
    const risk = criteria.find((c) => c.name === 'Risiko')!;
    value(await h.api.saveScores({ measureId, scores: [{ criterionId: risk.id, score: 2, justification: 'Erprobtes Produkt' }] }));
    const without = criteria.filter((c) => c.id !== risk.id).map(asInput);
    without[0]!.weight += 10;

    const refused = await h.api.saveScoringModel({ criteria: without });
    expect(!refused.ok && refused.error.code).toBe('conflict');
    expect(!refused.ok && refused.error.message).toBe('Für „Risiko“ gibt es schon 1 Bewertungen. Sie werden mit dem Kriterium gelöscht; bitte bestätigen Sie das.');
    expect(count('scoring_criteria')).toBe(6);

    value(await h.api.saveScoringModel({ criteria: without, confirm: true }));
    expect(count('scoring_criteria')).toBe(5);
    expect(count('measure_scores')).toBe(0);
    value(await h.api.undo());
    expect(value(await h.api.listCriteria())).toEqual(criteria.map((c) => (c.id === risk.id ? { ...c, scoreCount: 1 } : c)));
    expect(value(await h.api.getMeasureScoring({ measureId })).scores).toMatchObject([{ criterionId: risk.id, score: 2, justification: 'Erprobtes Produkt' }]);
  });

  it('refuses a smaller scale than the scores already given', async () => {
    const measureId = await firstMeasure();
    const criteria = value(await h.api.listCriteria());
    value(await h.api.saveScores({ measureId, scores: [{ criterionId: criteria[0]!.id, score: 5, justification: null }] }));
    const edited = criteria.map(asInput);
    edited[0]!.scaleMax = 4;
    const r = await h.api.saveScoringModel({ criteria: edited });
    expect(!r.ok && r.error.details?.issues?.[0]).toEqual({ path: 'criteria.0.scaleMax', message: 'Es gibt schon Bewertungen bis 5 Punkte; die Skala kann deshalb nicht kleiner werden.' });
  });
});

describe('deleteCriterion', () => {
  it('shares the weight out among the others so the model keeps making 100', async () => {
    const criteria = value(await h.api.listCriteria());
    const risk = criteria.find((c) => c.name === 'Risiko')!;
    const rest = value(await h.api.deleteCriterion({ id: risk.id }));
    expect(rest.map((c) => c.name)).not.toContain('Risiko');
    expect(rest.reduce((a, c) => a + c.weight, 0)).toBe(100);
    // 25/20/15/15/15 of 90 → 100: 27.8/22.2/16.7/16.7/16.7, in whole percent by largest remainder.
    expect(rest.map((c) => c.weight)).toEqual([28, 22, 17, 17, 16]);
    value(await h.api.undo());
    expect(value(await h.api.listCriteria())).toEqual(criteria);
  });

  it('deletes a criterion in use only with confirm, its scores in the same undo step', async () => {
    const measureId = await firstMeasure();
    const criteria = value(await h.api.listCriteria());
    const target = criteria[0]!;
    value(await h.api.saveScores({ measureId, scores: [{ criterionId: target.id, score: 4, justification: 'Kernziel der Strategie' }] }));

    const refused = await h.api.deleteCriterion({ id: target.id });
    expect(!refused.ok && refused.error.code).toBe('conflict');
    expect(count('measure_scores')).toBe(1);

    value(await h.api.deleteCriterion({ id: target.id, confirm: true }));
    expect(count('measure_scores')).toBe(0);
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'delete', entity: 'criterion', title: target.name });
    value(await h.api.undo());
    expect(value(await h.api.listCriteria())).toEqual(criteria.map((c) => (c.id === target.id ? { ...c, scoreCount: 1 } : c)));
    expect(count('measure_scores')).toBe(1);
  });

  it('answers not_found for an unknown criterion and refuses to delete the last one', async () => {
    const r = await h.api.deleteCriterion({ id: 'unbekannt' });
    expect(!r.ok && r.error.code).toBe('not_found');
    value(await h.api.saveScoringModel({ criteria: [{ name: 'Nutzen', weight: 100 }] }));
    const only = value(await h.api.listCriteria())[0]!;
    const last = await h.api.deleteCriterion({ id: only.id });
    expect(!last.ok && last.error.code).toBe('conflict');
    expect(count('scoring_criteria')).toBe(1);
  });
});
