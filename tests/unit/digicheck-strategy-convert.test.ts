/**
 * One click from a recommendation to the portfolio: an idea (source
 * DigiCheck, submitted by the DigiCheck, the assessment's field) or a measure
 * (phase idea or concept, the recommendation's priority), one undo step, the
 * link kept both ways, and a second conversion refused.
 */
import { value } from '../support/core-harness.ts';
import { workspaceForEachTest } from '../support/workspaces.ts';
import { insertAssessment, recommendation } from './digicheck-strategy-fixture.ts';

const h = workspaceForEachTest();

describe('convertRecommendation', () => {
  it('turns a recommendation into a new idea from the DigiCheck, undone in one step', async () => {
    const a = insertAssessment(h);
    const r = value(await h.api.saveRecommendation(recommendation(a.id, { description: 'Upload im Portal' })));
    const done = value(await h.api.convertRecommendation({ id: r.id, to: 'idea' }));
    expect(done.ideaTitle).toBe('Nachweise digital einreichen');
    const idea = value(await h.api.getIdea({ id: done.ideaId as string }));
    expect(idea).toMatchObject({ title: 'Nachweise digital einreichen', description: 'Upload im Portal', source: 'digicheck', submitter: 'DigiCheck Wohngeldstelle 2026', fieldId: null, status: 'new' });
    expect(value(await h.api.getRecommendationOrigin({ ideaId: idea.id }))).toEqual({
      recommendationId: r.id, recommendationTitle: 'Nachweise digital einreichen', assessmentId: a.id, assessmentTitle: 'DigiCheck Wohngeldstelle 2026',
    });

    expect(value(await h.api.undo()).done).toEqual({ action: 'create', entity: 'idea', title: 'Nachweise digital einreichen' });
    expect(value(await h.api.getRecommendation({ id: r.id })).ideaId).toBeNull();
    expect(value(await h.api.listIdeas({})).total).toBe(0);
  });

  it('takes the field of a DigiCheck about a field of action', async () => {
    const field = value(await h.api.listFields())[0]!;
    const a = insertAssessment(h, { fieldId: field.id, title: 'DigiCheck Soziales' });
    const r = value(await h.api.saveRecommendation(recommendation(a.id)));
    const done = value(await h.api.convertRecommendation({ id: r.id, to: 'idea' }));
    expect(value(await h.api.getIdea({ id: done.ideaId as string })).fieldId).toBe(field.id);
  });

  it('turns a recommendation into a measure with its priority, and finds the origin also through an adopted idea', async () => {
    const a = insertAssessment(h);
    const r = value(await h.api.saveRecommendation(recommendation(a.id, { priority: 'low' })));
    const done = value(await h.api.convertRecommendation({ id: r.id, to: 'measure', phase: 'idea' }));
    expect(value(await h.api.getMeasure({ id: done.measureId as string }))).toMatchObject({ title: 'Nachweise digital einreichen', phase: 'idea', priority: 'low' });
    expect(value(await h.api.getRecommendationOrigin({ measureId: done.measureId as string }))?.recommendationId).toBe(r.id);

    const other = value(await h.api.saveRecommendation(recommendation(a.id, { title: 'E-Akte einführen' })));
    const viaIdea = value(await h.api.convertRecommendation({ id: other.id, to: 'idea' }));
    const adopted = value(await h.api.adoptIdea({ id: viaIdea.ideaId as string }));
    expect(value(await h.api.getRecommendationOrigin({ measureId: adopted.measure.id }))?.recommendationTitle).toBe('E-Akte einführen');
    expect(value(await h.api.getRecommendationOrigin({ measureId: 'none' }))).toBeNull();
  });

  it('loses the link when the idea or measure is deleted, and gets it back with undo', async () => {
    const a = insertAssessment(h);
    const r = value(await h.api.saveRecommendation(recommendation(a.id)));
    const asIdea = value(await h.api.convertRecommendation({ id: r.id, to: 'idea' }));
    value(await h.api.deleteIdea({ id: asIdea.ideaId! }));
    expect(value(await h.api.getRecommendation({ id: r.id })).ideaId).toBeNull();
    value(await h.api.undo());
    expect(value(await h.api.getRecommendation({ id: r.id })).ideaTitle).toBe('Nachweise digital einreichen');

    const other = value(await h.api.saveRecommendation(recommendation(a.id, { title: 'E-Akte einführen' })));
    const asMeasure = value(await h.api.convertRecommendation({ id: other.id, to: 'measure' }));
    value(await h.api.deleteMeasure({ id: asMeasure.measureId! }));
    expect(value(await h.api.getRecommendation({ id: other.id })).measureId).toBeNull();
    value(await h.api.undo());
    expect(value(await h.api.getRecommendation({ id: other.id })).measureTitle).toBe('E-Akte einführen');
  });

  it('refuses a second conversion and writes nothing', async () => {
    const a = insertAssessment(h);
    const r = value(await h.api.saveRecommendation(recommendation(a.id)));
    value(await h.api.convertRecommendation({ id: r.id, to: 'idea' }));
    const log = h.core.raw().prepare('SELECT count(*) AS n FROM change_log').get();
    const again = await h.api.convertRecommendation({ id: r.id, to: 'measure' });
    expect(!again.ok && again.error).toMatchObject({ code: 'conflict', message: 'Aus dieser Empfehlung ist bereits die Idee „Nachweise digital einreichen“ geworden.' });
    expect(h.core.raw().prepare('SELECT count(*) AS n FROM change_log').get()).toEqual(log);
    expect(value(await h.api.listMeasures({})).total).toBe(0);
  });

  it('refuses asking for the origin of both an idea and a measure, or of neither', async () => {
    const both = await h.api.getRecommendationOrigin({ ideaId: 'a', measureId: 'b' });
    expect(!both.ok && both.error.details?.issues?.[0]?.message).toBe('Bitte genau eine Idee oder genau eine Maßnahme angeben.');
    expect((await h.api.getRecommendationOrigin({})).ok).toBe(false);
  });
});
