/**
 * Ideas through the API on a real workspace: intake, assessment with reasons,
 * adoption into a measure as one undo step, the link both ways, and bad input
 * answered clearly with nothing written.
 */
import type { Idea } from '../../api/index.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
beforeEach(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' })); // Minden, Stadt
});
afterEach(() => h.cleanup());

async function fieldId(name: string): Promise<string> {
  const f = value(await h.api.listFields()).find((x) => x.name === name);
  if (!f) throw new Error(`no field ${name}`);
  return f.id;
}

const chatbot = { title: 'Chatbot für das Bürgerbüro', description: 'Antworten rund um die Uhr.', source: 'citizens', submitter: 'Umfrage 2025', submittedOn: '2026-01-08' } as const;

/** Everything an edit could touch, to prove that a refused call wrote nothing. */
function snapshot(): unknown {
  const raw = h.core.raw();
  return {
    ideas: raw.prepare('SELECT * FROM ideas ORDER BY id').all(),
    measures: raw.prepare('SELECT * FROM measures ORDER BY id').all(),
    log: raw.prepare('SELECT count(*) AS n FROM change_log').get(),
  };
}

async function issueAt(r: Awaited<ReturnType<typeof h.api.saveIdea>>, path: string): Promise<string | undefined> {
  expect(r.ok).toBe(false);
  return r.ok ? undefined : r.error.details?.issues?.find((i) => i.path === path)?.message;
}

describe('saveIdea and getIdea', () => {
  it('records an idea with source, submitter, date and field, status "new" by default', async () => {
    const fid = await fieldId('Verwaltung & Bürgerservice');
    const idea = value(await h.api.saveIdea({ ...chatbot, fieldId: fid }));
    expect(idea).toMatchObject({
      title: 'Chatbot für das Bürgerbüro', description: 'Antworten rund um die Uhr.', source: 'citizens', submitter: 'Umfrage 2025',
      submittedOn: '2026-01-08', fieldId: fid, fieldName: 'Verwaltung & Bürgerservice', status: 'new', statusReason: null, measureId: null, measureTitle: null, origin: 'local',
    });
    expect(value(await h.api.getIdea({ id: idea.id }))).toEqual(idea);
  });

  it('updates an idea and keeps a reason for a rejection', async () => {
    const idea = value(await h.api.saveIdea(chatbot));
    const rejected = value(await h.api.saveIdea({ ...chatbot, id: idea.id, status: 'rejected', statusReason: 'Das Bürgerportal beantwortet diese Fragen bereits.' }));
    expect(rejected).toMatchObject({ id: idea.id, status: 'rejected', statusReason: 'Das Bürgerportal beantwortet diese Fragen bereits.' });
    const deferred = value(await h.api.saveIdea({ ...chatbot, id: idea.id, status: 'deferred', statusReason: 'Erst nach der E-Akte.' }));
    expect(deferred.status).toBe('deferred');
  });

  it('treats empty optional texts and dates as "not set"', async () => {
    const idea = value(await h.api.saveIdea({ title: 'WLAN im Rathaus', source: 'department', submitter: '  ', submittedOn: '', description: '' }));
    expect(idea).toMatchObject({ submitter: null, submittedOn: null, description: null, fieldId: null });
  });

  it('is one undo step per save, undone back to the previous values', async () => {
    const idea = value(await h.api.saveIdea(chatbot));
    value(await h.api.saveIdea({ ...chatbot, id: idea.id, status: 'in_assessment' }));
    expect(value(await h.api.undo()).done).toEqual({ action: 'update', entity: 'idea', title: 'Chatbot für das Bürgerbüro' });
    expect(value(await h.api.getIdea({ id: idea.id }))).toEqual(idea);
    value(await h.api.undo());
    const gone = await h.api.getIdea({ id: idea.id });
    expect(!gone.ok && gone.error.code).toBe('not_found');
  });
});

describe('saveIdea with bad input', () => {
  it('rejects "rejected" without a reason, in German at statusReason, and writes nothing', async () => {
    const idea = value(await h.api.saveIdea(chatbot));
    const before = snapshot();
    for (const statusReason of [undefined, '', '   ', null]) {
      const r = await h.api.saveIdea({ ...chatbot, id: idea.id, status: 'rejected', statusReason });
      expect(await issueAt(r, 'statusReason')).toBe('Bitte begründen Sie, warum die Idee abgelehnt oder zurückgestellt wird.');
      expect(!r.ok && r.error.code).toBe('invalid_input');
    }
    expect(snapshot()).toEqual(before);
  });

  it('rejects "deferred" without a reason, in English with lang en', async () => {
    const en = await h.dispatcher.call('saveIdea', { ...chatbot, status: 'deferred' }, { lang: 'en' });
    expect(!en.ok && en.error.details?.issues).toEqual([{ path: 'statusReason', message: 'Please give a reason why the idea is rejected or deferred.' }]);
  });

  it('reports a missing reason together with a missing title', async () => {
    const r = await h.api.saveIdea({ ...chatbot, title: '', status: 'rejected' });
    expect(!r.ok && r.error.details?.issues?.map((i) => i.path).sort()).toEqual(['statusReason', 'title']);
  });

  it('rejects an unknown field, source, status or date and writes nothing', async () => {
    const before = snapshot();
    expect(await issueAt(await h.api.saveIdea({ ...chatbot, fieldId: 'kein-feld' }), 'fieldId')).toBe('Das gewählte Handlungsfeld gibt es nicht (mehr).');
    expect(await issueAt(await h.api.saveIdea({ ...chatbot, source: 'press' as never }), 'source')).toBe('Bitte einen der vorgesehenen Werte wählen.');
    expect(await issueAt(await h.api.saveIdea({ ...chatbot, status: 'done' as never }), 'status')).toBe('Bitte einen der vorgesehenen Werte wählen.');
    expect(await issueAt(await h.api.saveIdea({ ...chatbot, submittedOn: '2026-02-30' }), 'submittedOn')).toBe('Dieses Datum gibt es nicht.');
    expect(await issueAt(await h.api.saveIdea({ ...chatbot, submittedOn: '08.01.2026' }), 'submittedOn')).toBe('Bitte ein Datum im Format JJJJ-MM-TT angeben.');
    expect(await issueAt(await h.api.saveIdea({ ...chatbot, title: 42 as never }), 'title')).toBe('Ungültiger Wert: erwartet wird ein Text.');
    expect(await issueAt(await h.api.saveIdea({ title: 'Ohne Quelle' } as never), 'source')).toBe('Bitte einen der vorgesehenen Werte wählen.');
    expect(snapshot()).toEqual(before);
  });

  it('rejects oversized texts and writes nothing', async () => {
    const before = snapshot();
    expect(await issueAt(await h.api.saveIdea({ ...chatbot, title: 'x'.repeat(201) }), 'title')).toBe('Höchstens 200 Zeichen.');
    expect(await issueAt(await h.api.saveIdea({ ...chatbot, submitter: 'x'.repeat(201) }), 'submitter')).toBe('Höchstens 200 Zeichen.');
    expect(await issueAt(await h.api.saveIdea({ ...chatbot, description: 'x'.repeat(20_001) }), 'description')).toBe('Höchstens 20.000 Zeichen.');
    expect(await issueAt(await h.api.saveIdea({ ...chatbot, status: 'rejected', statusReason: 'x'.repeat(20_001) }), 'statusReason')).toBe('Höchstens 20.000 Zeichen.');
    expect(snapshot()).toEqual(before);
  });

  it('answers not_found for an unknown id and writes nothing', async () => {
    const before = snapshot();
    const r = await h.api.saveIdea({ ...chatbot, id: 'unbekannt' });
    expect(!r.ok && r.error).toMatchObject({ code: 'not_found', message: 'Der Eintrag wurde nicht gefunden. Vielleicht wurde er inzwischen gelöscht.' });
    const g = await h.api.getIdea({ id: 'unbekannt' });
    expect(!g.ok && g.error.code).toBe('not_found');
    expect(snapshot()).toEqual(before);
  });

  it('does not let saveIdea set "adopted": adoption goes through adoptIdea', async () => {
    const idea = value(await h.api.saveIdea(chatbot));
    const before = snapshot();
    expect(await issueAt(await h.api.saveIdea({ ...chatbot, id: idea.id, status: 'adopted' }), 'status')).toMatch(/In Maßnahme übernehmen/);
    expect(snapshot()).toEqual(before);
  });
});

describe('listIdeas', () => {
  async function seed() {
    const verwaltung = await fieldId('Verwaltung & Bürgerservice');
    const umwelt = await fieldId('Umwelt');
    const ideas: Record<string, Idea> = {};
    for (const i of [
      { title: 'Chatbot im Bürgerbüro', source: 'citizens', fieldId: verwaltung, submittedOn: '2026-01-08' },
      { title: 'Hundesteuer online', source: 'department', fieldId: verwaltung, submittedOn: '2026-01-12', description: 'Formular für das Steueramt' },
      { title: 'Abfallbehälter mit Sensoren', source: 'peer', fieldId: umwelt, submittedOn: '2025-10-02', status: 'in_assessment' },
      { title: 'Eigene Stadt-App', source: 'citizens', fieldId: verwaltung, submittedOn: '2025-04-22', status: 'rejected', statusReason: 'Portal genügt.' },
      { title: 'Straßenschäden melden', source: 'other', submittedOn: null, status: 'deferred', statusReason: 'Später mit dem Mängelmelder.' },
    ] as const) {
      ideas[i.title] = value(await h.api.saveIdea(i));
    }
    return { ideas, verwaltung, umwelt };
  }
  const titles = (l: { rows: Idea[] }) => l.rows.map((i) => i.title);

  it('lists newest submissions first by default, undated last, with counts per status', async () => {
    await seed();
    const list = value(await h.api.listIdeas({}));
    expect(list.total).toBe(5);
    expect(titles(list)).toEqual(['Hundesteuer online', 'Chatbot im Bürgerbüro', 'Abfallbehälter mit Sensoren', 'Eigene Stadt-App', 'Straßenschäden melden']);
    expect(list.counts).toEqual({ new: 2, in_assessment: 1, adopted: 0, rejected: 1, deferred: 1 });
  });

  it('filters by status, source, field and text, and counts statuses across the other filters', async () => {
    const { verwaltung, umwelt } = await seed();
    const byStatus = value(await h.api.listIdeas({ status: 'new' }));
    expect(titles(byStatus).sort()).toEqual(['Chatbot im Bürgerbüro', 'Hundesteuer online']);
    expect(byStatus.total).toBe(2);
    expect(byStatus.counts.rejected).toBe(1); // the status tabs still show the other statuses
    expect(titles(value(await h.api.listIdeas({ source: 'citizens' }))).sort()).toEqual(['Chatbot im Bürgerbüro', 'Eigene Stadt-App']);
    expect(titles(value(await h.api.listIdeas({ fieldId: umwelt })))).toEqual(['Abfallbehälter mit Sensoren']);
    const combined = value(await h.api.listIdeas({ fieldId: verwaltung, source: 'citizens', status: 'rejected' }));
    expect(titles(combined)).toEqual(['Eigene Stadt-App']);
    expect(combined.counts).toEqual({ new: 1, in_assessment: 0, adopted: 0, rejected: 1, deferred: 0 });
    expect(titles(value(await h.api.listIdeas({ query: 'steueramt' })))).toEqual(['Hundesteuer online']);
    expect(titles(value(await h.api.listIdeas({ query: 'STRASSE' })))).toEqual(['Straßenschäden melden']);
  });

  it('sorts by title and by status in the order of the assessment', async () => {
    await seed();
    expect(titles(value(await h.api.listIdeas({ sort: 'title', dir: 'asc' })))).toEqual(['Abfallbehälter mit Sensoren', 'Chatbot im Bürgerbüro', 'Eigene Stadt-App', 'Hundesteuer online', 'Straßenschäden melden']);
    const byStatus = value(await h.api.listIdeas({ sort: 'status', dir: 'asc' })).rows.map((i) => i.status);
    expect(byStatus).toEqual(['new', 'new', 'in_assessment', 'rejected', 'deferred']);
  });

  it('rejects bad filters with a German message', async () => {
    const r = await h.api.listIdeas({ status: 'open' as never, limit: 0, query: 'x'.repeat(201) });
    expect(!r.ok && r.error.details?.issues?.map((i) => i.path).sort()).toEqual(['limit', 'query', 'status']);
  });
});

describe('adoptIdea', () => {
  it('creates a measure with the idea\'s title, description and field, and links both ways', async () => {
    const fid = await fieldId('Verwaltung & Bürgerservice');
    const idea = value(await h.api.saveIdea({ ...chatbot, fieldId: fid, status: 'in_assessment' }));
    const { idea: adopted, measure } = value(await h.api.adoptIdea({ id: idea.id, phase: 'implementation', priority: 'high' }));
    expect(measure).toMatchObject({ title: chatbot.title, description: chatbot.description, fieldId: fid, phase: 'implementation', priority: 'high' });
    expect(adopted).toMatchObject({ status: 'adopted', measureId: measure.id, measureTitle: chatbot.title });
    expect(value(await h.api.getMeasure({ id: measure.id })).title).toBe(chatbot.title);
    // From the measure back to its idea.
    expect(value(await h.api.listIdeas({ measureId: measure.id })).rows.map((i) => i.id)).toEqual([idea.id]);
  });

  it('starts the measure in the concept phase with medium priority unless told otherwise', async () => {
    const idea = value(await h.api.saveIdea(chatbot));
    const { measure } = value(await h.api.adoptIdea({ id: idea.id }));
    expect(measure).toMatchObject({ phase: 'concept', priority: 'medium' });
  });

  it('is one undo step: undo takes back the measure and the idea\'s status, redo brings both back', async () => {
    const idea = value(await h.api.saveIdea(chatbot));
    const { measure } = value(await h.api.adoptIdea({ id: idea.id }));
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'create', entity: 'measure', title: chatbot.title });

    value(await h.api.undo());
    expect(value(await h.api.getIdea({ id: idea.id }))).toEqual(idea);
    expect(value(await h.api.listMeasures({})).total).toBe(0);
    // The next undo takes back the idea itself: the adoption was exactly one step.
    expect(value(await h.api.getUndoState()).undo).toEqual({ action: 'create', entity: 'idea', title: chatbot.title });

    value(await h.api.redo());
    expect(value(await h.api.getIdea({ id: idea.id }))).toMatchObject({ status: 'adopted', measureId: measure.id });
    expect(value(await h.api.getMeasure({ id: measure.id })).title).toBe(chatbot.title);
  });

  it('refuses to adopt an idea twice, naming the measure, and writes nothing', async () => {
    const idea = value(await h.api.saveIdea(chatbot));
    value(await h.api.adoptIdea({ id: idea.id }));
    const before = snapshot();
    const r = await h.api.adoptIdea({ id: idea.id });
    expect(!r.ok && r.error).toMatchObject({ code: 'conflict', message: 'Die Idee „Chatbot für das Bürgerbüro“ wurde bereits in die Maßnahme „Chatbot für das Bürgerbüro“ übernommen.' });
    expect(snapshot()).toEqual(before);
  });

  it('keeps an adopted idea adopted while its measure exists, but lets its text be edited', async () => {
    const idea = value(await h.api.saveIdea(chatbot));
    value(await h.api.adoptIdea({ id: idea.id }));
    const before = snapshot();
    const r = await h.api.saveIdea({ ...chatbot, id: idea.id, status: 'new' });
    expect(await issueAt(r, 'status')).toMatch(/bereits in die Maßnahme „Chatbot für das Bürgerbüro“ übernommen/);
    expect(snapshot()).toEqual(before);
    expect(value(await h.api.saveIdea({ ...chatbot, id: idea.id, status: 'adopted', title: 'Chatbot (Pilot)' })).title).toBe('Chatbot (Pilot)');
  });

  it('answers not_found for an unknown idea and rejects a bad phase, writing nothing', async () => {
    const idea = value(await h.api.saveIdea(chatbot));
    const before = snapshot();
    const unknown = await h.api.adoptIdea({ id: 'unbekannt' });
    expect(!unknown.ok && unknown.error.code).toBe('not_found');
    const bad = await h.api.adoptIdea({ id: idea.id, phase: 'someday' as never });
    expect(!bad.ok && bad.error.details?.issues?.[0]?.path).toBe('phase');
    expect(snapshot()).toEqual(before);
  });

  it('keeps the link through deleting the measure and undoing that', async () => {
    const idea = value(await h.api.saveIdea(chatbot));
    const { measure } = value(await h.api.adoptIdea({ id: idea.id }));
    value(await h.api.deleteMeasure({ id: measure.id }));
    expect(value(await h.api.getIdea({ id: idea.id }))).toMatchObject({ status: 'adopted', measureId: null });
    value(await h.api.undo());
    expect(value(await h.api.getIdea({ id: idea.id }))).toMatchObject({ status: 'adopted', measureId: measure.id });
  });

  it('can adopt again once the measure it became was deleted', async () => {
    const idea = value(await h.api.saveIdea(chatbot));
    const first = value(await h.api.adoptIdea({ id: idea.id })).measure;
    value(await h.api.deleteMeasure({ id: first.id }));
    const again = value(await h.api.adoptIdea({ id: idea.id }));
    expect(again.idea.measureId).toBe(again.measure.id);
  });
});

describe('deleteIdea', () => {
  it('deletes an idea in one undo step; the measure it became stays', async () => {
    const idea = value(await h.api.saveIdea(chatbot));
    const { measure } = value(await h.api.adoptIdea({ id: idea.id }));
    expect(value(await h.api.deleteIdea({ id: idea.id }))).toBeNull();
    expect(value(await h.api.listIdeas({})).total).toBe(0);
    expect(value(await h.api.getMeasure({ id: measure.id })).id).toBe(measure.id);
    expect(value(await h.api.undo()).done).toEqual({ action: 'delete', entity: 'idea', title: chatbot.title });
    expect(value(await h.api.getIdea({ id: idea.id })).measureId).toBe(measure.id);
  });

  it('answers not_found for an unknown id and writes nothing', async () => {
    const before = snapshot();
    const r = await h.api.deleteIdea({ id: 'unbekannt' });
    expect(!r.ok && r.error.code).toBe('not_found');
    expect(snapshot()).toEqual(before);
  });

  it('keeps an idea\'s field through deleting the field and undoing that', async () => {
    const fid = await fieldId('Umwelt');
    const idea = value(await h.api.saveIdea({ ...chatbot, fieldId: fid }));
    value(await h.api.deleteField({ id: fid }));
    expect(value(await h.api.getIdea({ id: idea.id })).fieldId).toBeNull();
    value(await h.api.undo());
    expect(value(await h.api.getIdea({ id: idea.id })).fieldId).toBe(fid);
  });
});

describe('the Musterstadt demo', () => {
  it('brings about a dozen ideas across sources and statuses, adopted ones linked to their measures', async () => {
    value(await h.api.createDemoWorkspace());
    const list = value(await h.api.listIdeas({}));
    expect(list.total).toBeGreaterThanOrEqual(10);
    expect(list.counts.new).toBe(2);
    expect(list.counts.rejected).toBeGreaterThanOrEqual(1);
    expect(new Set(list.rows.map((i) => i.source)).size).toBe(6);
    for (const i of list.rows.filter((x) => x.status === 'rejected' || x.status === 'deferred')) expect(i.statusReason).toBeTruthy();
    const wohngeld = list.rows.find((i) => i.measureTitle === 'Digitaler Wohngeldantrag');
    expect(wohngeld).toMatchObject({ source: 'digicheck', status: 'adopted' });
    for (const i of list.rows.filter((x) => x.status === 'adopted')) expect(i.measureId).toBeTruthy();
  });
});
