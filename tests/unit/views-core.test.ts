/**
 * Portfolio views in the core: saved views (create, rename, delete, undo), the
 * strict config schema, the new filters and sort keys of the measures list.
 */
import type { ApiError, Criterion, Result } from '../../api/index.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
const count = (table: string) => (h.core.raw().prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
function failure(r: Result<unknown>): ApiError {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}
const titles = async (input: Parameters<Harness['api']['listMeasures']>[0]) => value(await h.api.listMeasures(input)).rows.map((m) => m.title);

beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

describe('saved views', () => {
  it('saves, lists by name, renames and deletes a view, each as one undo step', async () => {
    const a = value(await h.api.saveView({ name: 'Förderfähig', config: { columns: ['budget', 'field'], filters: { phase: 'concept' }, sort: { key: 'budget', dir: 'desc' } } }));
    value(await h.api.saveView({ name: 'Alle', config: {} }));
    expect(value(await h.api.listViews()).map((v) => v.name)).toEqual(['Alle', 'Förderfähig']);
    expect(a.config).toEqual({
      columns: ['field', 'budget'],
      filters: { text: '', fieldId: '', phase: 'concept', priority: '', leadUnit: '', tag: '', must: '', light: '', funding: '' },
      sort: { key: 'budget', dir: 'desc' },
    });

    const renamed = value(await h.api.saveView({ id: a.id, name: 'Förderung', config: a.config }));
    expect(renamed).toMatchObject({ id: a.id, name: 'Förderung' });
    value(await h.api.undo());
    expect(value(await h.api.listViews()).map((v) => v.name)).toEqual(['Alle', 'Förderfähig']);

    value(await h.api.deleteView({ id: a.id }));
    expect(value(await h.api.listViews()).map((v) => v.name)).toEqual(['Alle']);
    expect(value(await h.api.undo()).done).toMatchObject({ entity: 'view', action: 'delete', title: 'Förderfähig' });
    expect(value(await h.api.listViews())).toHaveLength(2);
  });

  it('gives a new view the default columns and sort', async () => {
    const v = value(await h.api.saveView({ name: 'Standard', config: {} }));
    expect(v.config.columns).toEqual(['field', 'phase', 'priority', 'start', 'end', 'budget']);
    expect(v.config.sort).toEqual({ key: 'updatedAt', dir: 'desc' });
  });

  it('drops unknown keys from the config and stores nothing else', async () => {
    const v = value(await h.api.saveView({
      name: 'Mit Extras',
      config: { columns: ['rank', 'score', 'rank'], filters: { tag: 'OZG', colour: 'rot' }, sort: { key: 'rank', dir: 'asc', nulls: 'first' }, script: '<b>x</b>' } as never,
    }));
    expect(v.config).toEqual({
      columns: ['score', 'rank'],
      filters: { text: '', fieldId: '', phase: '', priority: '', leadUnit: '', tag: 'OZG', must: '', light: '', funding: '' },
      sort: { key: 'rank', dir: 'asc' },
    });
    const stored = h.core.raw().prepare('SELECT config FROM saved_views WHERE id = ?').get(v.id) as { config: string };
    expect(JSON.parse(stored.config)).toEqual(v.config);
    expect(stored.config).not.toContain('script');
    expect(stored.config).not.toContain('colour');
  });

  it('refuses an unknown column, sort key or filter value, naming the place, and writes nothing', async () => {
    for (const [config, path] of [
      [{ columns: ['title', 'farbe'] }, 'config.columns.0'],
      [{ sort: { key: 'colour' } }, 'config.sort.key'],
      [{ filters: { phase: 'fertig' } }, 'config.filters.phase'],
      [{ filters: { must: 'ja' } }, 'config.filters.must'],
      [{ columns: 'field' }, 'config.columns'],
    ] as const) {
      const error = failure(await h.api.saveView({ name: 'X', config: config as never }));
      expect(error.code).toBe('invalid_input');
      expect(error.details?.issues?.map((i) => i.path)).toContain(path);
    }
    expect(count('saved_views')).toBe(0);
    expect(value(await h.api.getUndoState()).undo).toBeNull();
  });

  it('refuses a duplicate name (any case) next to the name field, and writes nothing', async () => {
    const a = value(await h.api.saveView({ name: 'Pflichtaufgaben', config: {} }));
    const b = value(await h.api.saveView({ name: 'Hoch', config: {} }));
    const error = failure(await h.api.saveView({ name: 'pflichtaufgaben', config: {} }));
    expect(error.code).toBe('conflict');
    expect(error.details?.issues).toEqual([{ path: 'name', message: 'Eine Ansicht „pflichtaufgaben“ gibt es bereits. Bitte wählen Sie einen anderen Namen.' }]);
    expect(failure(await h.api.saveView({ id: b.id, name: 'Pflichtaufgaben', config: {} })).code).toBe('conflict');
    // Saving a view under its own name is an update, not a clash.
    expect(value(await h.api.saveView({ id: a.id, name: 'Pflichtaufgaben', config: { columns: ['must'] } })).config.columns).toEqual(['must']);
    expect(count('saved_views')).toBe(2);
  });

  it('answers not_found for an unknown view and changes nothing', async () => {
    expect(failure(await h.api.deleteView({ id: 'nope' })).code).toBe('not_found');
    expect(failure(await h.api.saveView({ id: 'nope', name: 'X', config: {} })).code).toBe('not_found');
    expect(count('saved_views')).toBe(0);
  });

  it('reads a damaged stored config as the default one instead of failing', async () => {
    const v = value(await h.api.saveView({ name: 'Alt', config: {} }));
    h.core.raw().prepare("UPDATE saved_views SET config = '{\"columns\":[\"gone\"]}' WHERE id = ?").run(v.id);
    expect(value(await h.api.listViews())[0]!.config.columns).toEqual(['field', 'phase', 'priority', 'start', 'end', 'budget']);
  });
});

describe('the measures list: filters and sort keys of the portfolio views', () => {
  beforeEach(async () => {
    value(await h.api.saveMeasure({ title: 'Alpha', leadUnit: 'Hauptamt', projectLead: 'Weber', progress: 80, tags: ['OZG', 'EfA'], efaReuse: true, mustLegal: true, mustLegalDeadline: '2026-12-31' }));
    value(await h.api.saveMeasure({ title: 'Beta', leadUnit: 'Bürgerbüro', projectLead: 'Adam', progress: 10, tags: ['OZG-Plus'], mustCritical: true, mustPolitical: true }));
    value(await h.api.saveMeasure({ title: 'Gamma', leadUnit: 'Hauptamt', progress: 50 }));
  });

  it('filters by lead unit, by a whole tag and by must criteria', async () => {
    expect(await titles({ leadUnit: 'Hauptamt', sort: 'title', dir: 'asc' })).toEqual(['Alpha', 'Gamma']);
    expect(await titles({ tag: 'OZG', sort: 'title', dir: 'asc' })).toEqual(['Alpha']);
    expect(await titles({ tag: 'OZG-Plus' })).toEqual(['Beta']);
    expect(await titles({ must: true, sort: 'title', dir: 'asc' })).toEqual(['Alpha', 'Beta']);
    expect(await titles({ must: false })).toEqual(['Gamma']);
    expect(value(await h.api.listMeasures({ must: true, leadUnit: 'Hauptamt' })).total).toBe(1);
  });

  it('sorts by lead unit, project lead, progress, must criteria, tags and EfA, missing values last', async () => {
    expect((await titles({ sort: 'leadUnit', dir: 'asc' }))[0]).toBe('Beta');
    expect((await titles({ sort: 'leadUnit', dir: 'desc' }))[2]).toBe('Beta');
    expect(await titles({ sort: 'projectLead', dir: 'asc' })).toEqual(['Beta', 'Alpha', 'Gamma']);
    expect(await titles({ sort: 'projectLead', dir: 'desc' })).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(await titles({ sort: 'progress', dir: 'desc' })).toEqual(['Alpha', 'Gamma', 'Beta']);
    expect(await titles({ sort: 'must', dir: 'desc' })).toEqual(['Beta', 'Alpha', 'Gamma']);
    expect(await titles({ sort: 'tags', dir: 'asc' })).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect((await titles({ sort: 'efa', dir: 'desc' }))[0]).toBe('Alpha');
  });

  it('sorts by score total and rank as the ranking has them, unscored last, and pages after sorting', async () => {
    const [c] = value(await h.api.saveScoringModel({ criteria: [{ name: 'Nutzen', weight: 100 }], confirm: true })) as [Criterion];
    const ids = Object.fromEntries(value(await h.api.listMeasures({})).rows.map((m) => [m.title, m.id]));
    const delta = value(await h.api.saveMeasure({ title: 'Delta' })); // scored, no must criterion
    value(await h.api.saveScores({ measureId: ids.Alpha!, scores: [{ criterionId: c.id, score: 1 }] }));
    value(await h.api.saveScores({ measureId: ids.Beta!, scores: [{ criterionId: c.id, score: 3 }] }));
    value(await h.api.saveScores({ measureId: delta.id, scores: [{ criterionId: c.id, score: 5 }] }));
    const ranking = value(await h.api.getRanking({})).rows.filter((r) => r.rank !== null).map((r) => r.title);

    expect(await titles({ sort: 'rank', dir: 'asc' })).toEqual([...ranking, 'Gamma']);
    expect(await titles({ sort: 'rank', dir: 'desc' })).toEqual([...ranking].reverse().concat('Gamma'));
    expect(await titles({ sort: 'score', dir: 'desc' })).toEqual(['Delta', 'Beta', 'Alpha', 'Gamma']);
    expect(await titles({ sort: 'score', dir: 'asc' })).toEqual(['Alpha', 'Beta', 'Delta', 'Gamma']);
    expect(await titles({ sort: 'score', dir: 'desc', limit: 2, offset: 1 })).toEqual(['Beta', 'Alpha']);
    expect(value(await h.api.listMeasures({ sort: 'score', must: true })).total).toBe(2);
  });

  it('keeps the original sort keys working as before', async () => {
    expect(await titles({ sort: 'title', dir: 'desc' })).toEqual(['Gamma', 'Beta', 'Alpha']);
  });

  it('offers the lead units and tags the measures carry, sorted', async () => {
    expect(value(await h.api.listMeasureFacets())).toEqual({ leadUnits: ['Bürgerbüro', 'Hauptamt'], tags: ['EfA', 'OZG', 'OZG-Plus'] });
  });
});

describe('the Musterstadt demo', () => {
  it('brings saved views whose filters find measures', async () => {
    value(await h.api.createDemoWorkspace());
    const views = value(await h.api.listViews());
    expect(views.map((v) => v.name)).toEqual(['Hohe Priorität mit Budget', 'Laufende Umsetzung', 'Ohne Förderung nach Budget', 'Pflichtaufgaben nach Rang', 'Rote Ampeln']);
    const must = views.find((v) => v.name === 'Pflichtaufgaben nach Rang')!.config;
    const page = value(await h.api.listMeasures({ must: must.filters.must === 'yes', sort: must.sort.key, dir: must.sort.dir }));
    expect(page.total).toBeGreaterThan(0);
    // The steering views find some measures, not all of them.
    for (const name of ['Rote Ampeln', 'Ohne Förderung nach Budget']) {
      const { light, funding } = views.find((v) => v.name === name)!.config.filters;
      const found = value(await h.api.listMeasures({ ...(light ? { light } : {}), ...(funding ? { funding } : {}) })).total;
      expect(found).toBeGreaterThan(0);
      expect(found).toBeLessThan(30);
    }
  });
});
