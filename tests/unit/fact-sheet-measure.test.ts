/**
 * The measure as the canonical fact sheet (Steckbrief): the extra fields of
 * saveMeasure, their defaults, their limits, and that older callers who do not
 * send them keep what is stored.
 */
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
});
afterEach(() => h.cleanup());

const changeLogRows = () => (h.core.raw().prepare('SELECT count(*) AS n FROM change_log').get() as { n: number }).n;

const sheet = {
  title: 'Digitaler Wohngeldantrag',
  goals: 'Wohngeld vollständig online beantragen.',
  impact: 'Kürzere Bearbeitungszeit, weniger Rückfragen.',
  projectLead: 'Petra Schneider',
  participants: 'Wohngeldstelle, IT-Abteilung',
  risks: 'Schnittstelle zum Fachverfahren verzögert sich.',
  efaReuse: true,
  efaProvider: 'Land Nordrhein-Westfalen',
  ikzPartners: 'Gemeinde Porta Westfalica',
  progress: 45,
  mustLegal: true,
  mustLegalDeadline: '2026-12-31',
  mustCritical: false,
  mustPolitical: true,
  tags: ['OZG', 'EfA', 'Soziales'],
};

describe('saveMeasure with the fact sheet', () => {
  it('stores every fact-sheet field and answers it', async () => {
    const m = value(await h.api.saveMeasure(sheet));
    expect(m).toMatchObject(sheet);
    expect(value(await h.api.getMeasure({ id: m.id }))).toEqual(m);
  });

  it('gives a new measure sensible defaults when the fact sheet is left out', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Open-Data-Portal' }));
    expect(m).toMatchObject({
      goals: null, impact: null, projectLead: null, participants: null, risks: null, efaReuse: false, efaProvider: null,
      ikzPartners: null, progress: 0, mustLegal: false, mustLegalDeadline: null, mustCritical: false, mustPolitical: false, tags: [],
    });
  });

  it('keeps the stored fact sheet when an update leaves its fields out, and clears a field sent empty', async () => {
    const m = value(await h.api.saveMeasure(sheet));
    const renamed = value(await h.api.saveMeasure({ id: m.id, title: 'Wohngeld digital' }));
    expect(renamed).toMatchObject({ ...sheet, title: 'Wohngeld digital' });
    const cleared = value(await h.api.saveMeasure({ id: m.id, title: 'Wohngeld digital', goals: '', risks: null, tags: [] }));
    expect(cleared).toMatchObject({ goals: null, risks: null, tags: [], impact: sheet.impact });
  });

  it('normalises tags: trimmed, inner spaces folded, duplicates dropped regardless of case', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Tags', tags: ['  OZG ', 'ozg', 'Digitale   Verwaltung', 'EfA'] }));
    expect(m.tags).toEqual(['OZG', 'Digitale Verwaltung', 'EfA']);
    const stored = h.core.raw().prepare('SELECT tags FROM measures WHERE id = ?').get(m.id) as { tags: string };
    expect(stored.tags).toBe('OZG,Digitale Verwaltung,EfA');
  });

  it('drops a legal deadline when there is no legal duty', async () => {
    const m = value(await h.api.saveMeasure({ title: 'Frist', mustLegal: false, mustLegalDeadline: '2026-06-30' }));
    expect(m.mustLegalDeadline).toBeNull();
  });

  it('undoes a fact-sheet edit back to the previous values', async () => {
    const m = value(await h.api.saveMeasure(sheet));
    value(await h.api.saveMeasure({ id: m.id, title: sheet.title, progress: 80, tags: ['Neu'] }));
    value(await h.api.undo());
    expect(value(await h.api.getMeasure({ id: m.id }))).toEqual(m);
  });

  const bad: [string, Record<string, unknown>, string, RegExp][] = [
    ['progress above 100', { progress: 101 }, 'progress', /höchstens 100/],
    ['negative progress', { progress: -1 }, 'progress', /mindestens 0/],
    ['progress with decimals', { progress: 12.5 }, 'progress', /ganze Zahl/],
    ['a tag longer than 40 characters', { tags: ['x'.repeat(41)] }, 'tags.0', /Höchstens 40 Zeichen/],
    ['more than 20 tags', { tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags', /Höchstens 20 Einträge/],
    ['a tag with a comma', { tags: ['OZG, EfA'] }, 'tags.0', /kein Komma/],
    ['tags given as text', { tags: 'OZG' }, 'tags', /Ungültiger Wert/],
    ['a legal deadline that does not exist', { mustLegal: true, mustLegalDeadline: '2026-02-30' }, 'mustLegalDeadline', /gibt es nicht/],
    ['EfA reuse as text', { efaReuse: 'ja' }, 'efaReuse', /ja oder nein/],
    ['goals longer than 20,000 characters', { goals: 'x'.repeat(20_001) }, 'goals', /Höchstens 20\.000 Zeichen/],
    ['a project lead longer than 200 characters', { projectLead: 'x'.repeat(201) }, 'projectLead', /Höchstens 200 Zeichen/],
  ];
  it.each(bad)('refuses %s with a German message and writes nothing', async (_, input, path, message) => {
    const log = changeLogRows();
    const r = await h.api.saveMeasure({ title: 'Gut', ...input });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    const issue = r.error.details?.issues?.find((i) => i.path === path);
    expect(issue?.message).toMatch(message);
    expect(value(await h.api.listMeasures({})).total).toBe(0);
    expect(changeLogRows()).toBe(log);
  });

  it('refuses a tag with a comma in English when asked in English', async () => {
    const r = await h.dispatcher.call('saveMeasure', { title: 'Gut', tags: ['a,b'] }, { lang: 'en' });
    expect(!r.ok && r.error.details?.issues?.[0]?.message).toMatch(/must not contain a comma/);
  });
});
