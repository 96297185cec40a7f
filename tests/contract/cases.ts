/**
 * ONE table of contract cases, run in order through every transport (see
 * contract.test.ts). Each case names a method, builds its input from what
 * earlier cases learnt (ids), and states what the answer must be.
 */
import { expect } from 'vitest';
import type { z } from 'zod';
import { LIMITS, type Result } from '../../api/index.ts';
import * as shape from './shapes.ts';
import type { Lang } from './transports.ts';

export interface State {
  criterionId?: string;
  fieldId?: string;
  measureId?: string;
  backupId?: string;
  ideaId?: string;
  programmeId?: string;
  applicationId?: string;
  costItemId?: string;
  viewId?: string;
  agendaId?: string;
  goalId?: string;
  indicatorId?: string;
  measurementId?: string;
  agendaVersionId?: string;
}

/** What the peer-pack cases pass on (the pack's bytes, its row id). */
type PackState = State & { packBytes?: Uint8Array; packRowId?: string };
/** What the DigiCheck cases pass on. */
type DigicheckState = State & { digicheckUnitId?: string; assessmentId?: string; questionId?: string };
/** What the DigiCheck recommendation cases pass on. */
type RecommendationState = DigicheckState & { recAssessmentId?: string; recommendationId?: string; recIdeaId?: string };
/** What the ecosystem cases pass on. */
type EcosystemState = State & { ecoUnitId?: string; ecoChildId?: string; ecoActorId?: string; ecoOtherActorId?: string; ecoRelationId?: string; ecoRoleId?: string };
/** What the value proposition cases pass on. */
type ValueState = State & { valueId?: string; valueItem0?: string; valueItem1?: string; valueItem2?: string; valueFitId?: string };
/** What the stakeholder cases pass on. */
type StakeholderState = State & { stakeholderId?: string; otherStakeholderId?: string; relationId?: string };

export interface Case {
  name: string;
  method: string;
  input: unknown | ((s: State) => unknown);
  lang?: Lang;
  expect: (r: Result<unknown>, s: State) => void;
  /** The answer holds no ids or times, so both transports must give exactly the same Result. */
  comparable?: boolean;
}

/** Asserts ok and the output shape; answers the typed value. */
function okAs<S extends z.ZodType>(r: Result<unknown>, schema: S): z.output<S> {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message}`);
  return schema.parse(r.value);
}

function failure(r: Result<unknown>, code: string, issue?: { path: string; message: RegExp }): void {
  expect(r.ok).toBe(false);
  if (r.ok) return;
  shape.apiError.parse(r.error);
  expect(r.error.code).toBe(code);
  if (issue) {
    const found = r.error.details?.issues?.find((i) => i.path === issue.path);
    expect(found, `issue for "${issue.path}" in ${JSON.stringify(r.error.details)}`).toBeDefined();
    expect(found!.message).toMatch(issue.message);
  }
}

const validMeasure = (s: State) => ({
  title: 'Bürgerportal einführen',
  description: 'Online-Zugang zu den wichtigsten Leistungen der Stadtverwaltung',
  fieldId: s.fieldId,
  phase: 'concept',
  priority: 'high',
  start: '2026-01-01',
  end: '2026-12-31',
  leadUnit: 'Amt für IT und Digitalisierung',
  budget: 120_000,
});

const totalIs = (n: number) => (r: Result<unknown>) => expect(okAs(r, shape.measurePage).total).toBe(n);

export const CASES: Case[] = [
  // Before any workspace exists
  {
    name: 'getSession answers no workspace before one is opened',
    method: 'getSession',
    input: {},
    comparable: true,
    expect: (r) => expect(okAs(r, shape.session)).toEqual({ workspace: null, undo: { undo: null, redo: null }, damaged: null }),
  },
  { name: 'listMeasures without a workspace answers no_workspace', method: 'listMeasures', input: {}, comparable: true, expect: (r) => failure(r, 'no_workspace') },
  { name: 'getOverview without a workspace answers no_workspace', method: 'getOverview', input: {}, comparable: true, expect: (r) => failure(r, 'no_workspace') },
  {
    name: 'saveMeasure without a workspace answers no_workspace in German',
    method: 'saveMeasure',
    input: { title: 'Etwas' },
    comparable: true,
    expect: (r) => {
      failure(r, 'no_workspace');
      if (!r.ok) expect(r.error.message).toMatch(/kein Arbeitsbereich geöffnet/);
    },
  },
  {
    name: 'searchMunicipalities finds Minden by name',
    method: 'searchMunicipalities',
    input: { query: 'Minden', limit: 5 },
    comparable: true,
    expect: (r) => {
      const hits = okAs(r, shape.municipality.array());
      expect(hits[0]).toMatchObject({ ags: '05770024', land: 'Nordrhein-Westfalen' });
    },
  },
  // Creating a workspace: bad input first
  {
    name: 'createWorkspace refuses an AGS that does not exist',
    method: 'createWorkspace',
    input: { ags: '99999999' },
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'ags', message: /keine Kommune/ }),
  },
  {
    name: 'createWorkspace refuses an AGS with the wrong number of digits',
    method: 'createWorkspace',
    input: { ags: '123' },
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'ags', message: /8 Ziffern/ }),
  },
  {
    name: 'createWorkspace refuses an AGS given as a number',
    method: 'createWorkspace',
    input: { ags: 5770024 },
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'ags', message: /Ungültiger Wert/ }),
  },
  { name: 'createWorkspace refuses a missing AGS', method: 'createWorkspace', input: {}, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'ags', message: /Pflichtfeld/ }) },
  {
    name: 'createWorkspace answers in English when asked',
    method: 'createWorkspace',
    input: { ags: '99999999' },
    lang: 'en',
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'ags', message: /no municipality/ }),
  },
  {
    name: 'the failed attempts left no workspace behind',
    method: 'listWorkspaces',
    input: {},
    comparable: true,
    expect: (r) => expect(r).toEqual({ ok: true, value: [] }),
  },
  {
    name: 'createWorkspace creates a workspace for Minden (05770024)',
    method: 'createWorkspace',
    input: { ags: '05770024' },
    expect: (r) => {
      const ws = okAs(r, shape.workspaceInfo);
      expect(ws).toMatchObject({ ags: '05770024', name: 'Minden, Stadt', kind: 'gemeinde', land: 'Nordrhein-Westfalen', isDemo: false });
      expect(ws.population).toBeGreaterThan(50_000);
    },
  },
  {
    name: 'getSession then names the open workspace',
    method: 'getSession',
    input: {},
    expect: (r) => expect(okAs(r, shape.session).workspace?.ags).toBe('05770024'),
  },
  {
    name: 'listFields answers the default fields of action',
    method: 'listFields',
    input: {},
    expect: (r, s) => {
      const fields = okAs(r, shape.field.array());
      expect(fields.length).toBeGreaterThan(3);
      s.fieldId = fields[0]!.id;
    },
  },
  // Measures: bad input changes nothing
  { name: 'saveMeasure refuses a missing title', method: 'saveMeasure', input: { phase: 'idea' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'title', message: /Pflichtfeld/ }) },
  { name: 'saveMeasure refuses a title of the wrong type', method: 'saveMeasure', input: { title: 42 }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'title', message: /Ungültiger Wert/ }) },
  {
    name: 'saveMeasure refuses an oversized title',
    method: 'saveMeasure',
    input: { title: 'x'.repeat(LIMITS.title + 1) },
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'title', message: /Höchstens 200 Zeichen/ }),
  },
  {
    name: 'saveMeasure refuses an oversized description',
    method: 'saveMeasure',
    input: { title: 'Gut', description: 'y'.repeat(LIMITS.text + 1) },
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'description', message: /Höchstens 20\.000 Zeichen/ }),
  },
  {
    name: 'saveMeasure refuses a date that does not exist',
    method: 'saveMeasure',
    input: { title: 'Gut', start: '2026-02-30' },
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'start', message: /Dieses Datum gibt es nicht/ }),
  },
  {
    name: 'saveMeasure refuses a German-formatted date',
    method: 'saveMeasure',
    input: { title: 'Gut', start: '01.02.2026' },
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'start', message: /JJJJ-MM-TT/ }),
  },
  {
    name: 'saveMeasure refuses an end before the start',
    method: 'saveMeasure',
    input: { title: 'Gut', start: '2026-06-01', end: '2026-05-31' },
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'end', message: /Ende liegt vor dem Beginn/ }),
  },
  {
    name: 'saveMeasure refuses an end before the start in English',
    method: 'saveMeasure',
    input: { title: 'Gut', start: '2026-06-01', end: '2026-05-31' },
    lang: 'en',
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'end', message: /end is before the start/ }),
  },
  { name: 'saveMeasure refuses an unknown phase', method: 'saveMeasure', input: { title: 'Gut', phase: 'irgendwann' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'phase', message: /vorgesehenen Werte/ }) },
  { name: 'saveMeasure refuses a negative budget', method: 'saveMeasure', input: { title: 'Gut', budget: -5 }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'budget', message: /mindestens 0/ }) },
  { name: 'saveMeasure refuses a budget given as text', method: 'saveMeasure', input: { title: 'Gut', budget: '1000' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'budget' , message: /Ungültiger Wert/ }) },
  { name: 'saveMeasure refuses an array as input', method: 'saveMeasure', input: ['Gut'], comparable: true, expect: (r) => failure(r, 'invalid_input') },
  { name: 'saveMeasure refuses a string as input', method: 'saveMeasure', input: 'Gut', comparable: true, expect: (r) => failure(r, 'invalid_input') },
  {
    name: 'saveMeasure refuses an unknown field of action',
    method: 'saveMeasure',
    input: { title: 'Gut', fieldId: 'gibt-es-nicht' },
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'fieldId', message: /Handlungsfeld gibt es nicht/ }),
  },
  { name: 'the refused measures wrote nothing', method: 'listMeasures', input: {}, comparable: true, expect: totalIs(0) },
  {
    name: 'the refused measures left nothing to undo',
    method: 'getUndoState',
    input: {},
    comparable: true,
    expect: (r) => expect(okAs(r, shape.undoState)).toEqual({ undo: null, redo: null }),
  },
  // Measures: the good path
  {
    name: 'saveMeasure creates a measure and answers it whole',
    method: 'saveMeasure',
    input: validMeasure,
    expect: (r, s) => {
      const m = okAs(r, shape.measure);
      expect(m).toMatchObject({ ...validMeasure(s), origin: 'local' });
      expect(m.fieldName).toEqual(expect.any(String));
      s.measureId = m.id;
    },
  },
  {
    name: 'listMeasures lists it',
    method: 'listMeasures',
    input: { sort: 'title', dir: 'asc' },
    expect: (r, s) => {
      const page = okAs(r, shape.measurePage);
      expect(page.total).toBe(1);
      expect(page.rows.map((m) => m.id)).toEqual([s.measureId]);
    },
  },
  { name: 'listMeasures refuses a limit given as text', method: 'listMeasures', input: { limit: 'zehn' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'limit', message: /Ungültiger Wert/ }) },
  { name: 'listMeasures refuses an unknown sort column', method: 'listMeasures', input: { sort: 'password' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'sort', message: /vorgesehenen Werte/ }) },
  { name: 'getMeasure answers it by id', method: 'getMeasure', input: (s: State) => ({ id: s.measureId }), expect: (r, s) => expect(okAs(r, shape.measure).id).toBe(s.measureId) },
  { name: 'getMeasure answers not_found for an unknown id', method: 'getMeasure', input: { id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'getMeasure refuses a missing id', method: 'getMeasure', input: {}, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'id', message: /Pflichtfeld/ }) },
  { name: 'getMeasure refuses an oversized id', method: 'getMeasure', input: { id: 'i'.repeat(65) }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'id', message: /Höchstens 64 Zeichen/ }) },
  // Search with German folding
  {
    name: 'search finds "Bürger" when typed "Buerger"',
    method: 'search',
    input: { query: 'Buerger' },
    expect: (r, s) => expect(okAs(r, shape.searchHit.array()).map((h) => h.id)).toContain(s.measureId),
  },
  {
    name: 'search finds it in capitals with umlaut too',
    method: 'search',
    input: { query: 'BÜRGERPORTAL' },
    expect: (r, s) => expect(okAs(r, shape.searchHit.array()).map((h) => h.id)).toContain(s.measureId),
  },
  { name: 'search answers nothing for a word that is not there', method: 'search', input: { query: 'Breitbandausbau' }, comparable: true, expect: (r) => expect(r).toEqual({ ok: true, value: [] }) },
  { name: 'search refuses an empty query', method: 'search', input: { query: '   ' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'query', message: /Pflichtfeld/ }) },
  { name: 'search refuses an oversized query', method: 'search', input: { query: 'q'.repeat(LIMITS.query + 1) }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'query', message: /Höchstens 200 Zeichen/ }) },
  // Overview
  {
    name: 'getOverview counts the measure and its budget',
    method: 'getOverview',
    input: {},
    expect: (r, s) => {
      const o = okAs(r, shape.overview);
      expect(o).toMatchObject({ measureCount: 1, budgetTotal: 120_000 });
      expect(o.byFieldPhase).toEqual([expect.objectContaining({ fieldId: s.fieldId, counts: expect.objectContaining({ concept: 1, idea: 0 }) })]);
    },
  },
  // Undo / redo
  {
    name: 'saveMeasure updates the measure',
    method: 'saveMeasure',
    input: (s: State) => ({ ...validMeasure(s), id: s.measureId, title: 'Bürgerportal ausbauen' }),
    expect: (r, s) => expect(okAs(r, shape.measure)).toMatchObject({ id: s.measureId, title: 'Bürgerportal ausbauen' }),
  },
  {
    name: 'undo takes the update back and names it',
    method: 'undo',
    input: {},
    expect: (r) => expect(okAs(r, shape.undoResult).done).toMatchObject({ action: 'update', entity: 'measure' }),
  },
  { name: 'after undo the old title is back', method: 'getMeasure', input: (s: State) => ({ id: s.measureId }), expect: (r) => expect(okAs(r, shape.measure).title).toBe('Bürgerportal einführen') },
  {
    name: 'redo does the update again',
    method: 'redo',
    input: {},
    expect: (r) => {
      const u = okAs(r, shape.undoResult);
      expect(u.done).toMatchObject({ action: 'update', entity: 'measure' });
      expect(u.state.redo).toBeNull();
    },
  },
  { name: 'after redo the new title is back', method: 'getMeasure', input: (s: State) => ({ id: s.measureId }), expect: (r) => expect(okAs(r, shape.measure).title).toBe('Bürgerportal ausbauen') },
  {
    name: 'redo with nothing to redo says so',
    method: 'redo',
    input: {},
    comparable: true,
    expect: (r) => {
      failure(r, 'conflict');
      if (!r.ok) expect(r.error.message).toBe('Es gibt nichts wiederherzustellen.');
    },
  },
  // Delete and undo the delete
  { name: 'deleteMeasure deletes it', method: 'deleteMeasure', input: (s: State) => ({ id: s.measureId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'the deleted measure is gone', method: 'getMeasure', input: (s: State) => ({ id: s.measureId }), comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'the list is empty again', method: 'listMeasures', input: {}, comparable: true, expect: totalIs(0) },
  { name: 'deleteMeasure of an unknown id answers not_found', method: 'deleteMeasure', input: { id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  {
    name: 'undo brings the deleted measure back',
    method: 'undo',
    input: {},
    expect: (r) => expect(okAs(r, shape.undoResult).done).toMatchObject({ action: 'delete', entity: 'measure', title: 'Bürgerportal ausbauen' }),
  },
  { name: 'the measure is there again', method: 'getMeasure', input: (s: State) => ({ id: s.measureId }), expect: (r) => expect(okAs(r, shape.measure).title).toBe('Bürgerportal ausbauen') },
  // Backups
  {
    name: 'createBackup writes a manual backup',
    method: 'createBackup',
    input: {},
    expect: (r, s) => {
      const b = okAs(r, shape.backup);
      expect(b.reason).toBe('manual');
      s.backupId = b.id;
    },
  },
  {
    name: 'listBackups lists it beside the backup taken on open',
    method: 'listBackups',
    input: {},
    expect: (r, s) => {
      const list = okAs(r, shape.backup.array());
      expect(list.map((b) => b.id)).toContain(s.backupId);
      expect(list.map((b) => b.reason)).toContain('open');
    },
  },
  { name: 'listBackups of an unknown workspace answers not_found', method: 'listBackups', input: { workspaceId: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'restoreBackup refuses a backup name that escapes the folder', method: 'restoreBackup', input: { backupId: '../../etc/passwd' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'backupId', message: /Format/ }) },
  // Unknown methods
  {
    name: 'an unknown method answers unknown_method and names it',
    method: 'dropDatabase',
    input: {},
    comparable: true,
    expect: (r) => {
      failure(r, 'unknown_method');
      if (!r.ok) expect(r.error.message).toBe('Unbekannte Funktion „dropDatabase“.');
    },
  },
  { name: 'an inherited property name is no method', method: 'constructor', input: {}, comparable: true, expect: (r) => failure(r, 'unknown_method') },
  { name: '__proto__ is no method', method: '__proto__', input: {}, comparable: true, expect: (r) => failure(r, 'unknown_method') },
  { name: 'the measure survived all of it', method: 'listMeasures', input: {}, expect: totalIs(1) },
  // Fact sheet: milestones, dependencies, OZG links
  {
    name: 'saveMilestone adds a milestone to the measure',
    method: 'saveMilestone',
    input: (s: State) => ({ measureId: s.measureId, title: 'Go-live', plannedOn: '2026-06-30' }),
    expect: (r, s) => expect(okAs(r, shape.milestone)).toMatchObject({ measureId: s.measureId, title: 'Go-live', done: false }),
  },
  { name: 'listMilestones lists it', method: 'listMilestones', input: (s: State) => ({ measureId: s.measureId }), expect: (r) => expect(okAs(r, shape.milestone.array()).map((m) => m.title)).toEqual(['Go-live']) },
  {
    name: 'saveMilestone refuses a German-formatted date',
    method: 'saveMilestone',
    input: (s: State) => ({ measureId: s.measureId, title: 'X', plannedOn: '30.06.2026' }),
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'plannedOn', message: /JJJJ-MM-TT/ }),
  },
  { name: 'saveMilestone of an unknown measure answers not_found', method: 'saveMilestone', input: { measureId: 'unbekannt', title: 'X' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  {
    name: 'addDependency refuses a measure depending on itself',
    method: 'addDependency',
    input: (s: State) => ({ measureId: s.measureId, dependsOnId: s.measureId }),
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'dependsOnId', message: /nicht von sich selbst/ }),
  },
  { name: 'listDependencies answers both directions', method: 'listDependencies', input: (s: State) => ({ measureId: s.measureId }), expect: (r) => expect(okAs(r, shape.measureDependencies)).toEqual({ dependsOn: [], neededBy: [] }) },
  { name: 'listOzgServices finds Wohngeld', method: 'listOzgServices', input: { query: 'Wohngeld', limit: 5 }, comparable: true, expect: (r) => expect(okAs(r, shape.ozgService.array())[0]?.ozgId).toBe('10092') },
  {
    name: 'linkOzgService links Wohngeld to the measure',
    method: 'linkOzgService',
    input: (s: State) => ({ measureId: s.measureId, ozgId: '10092' }),
    expect: (r) => expect(okAs(r, shape.measureOzgService).name).toBe('Wohngeld'),
  },
  {
    name: 'linkOzgService refuses an id that is not in the catalogue',
    method: 'linkOzgService',
    input: (s: State) => ({ measureId: s.measureId, ozgId: '99999' }),
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'ozgId', message: /gibt es im Katalog nicht/ }),
  },
  { name: 'listMeasureOzgServices lists the link', method: 'listMeasureOzgServices', input: (s: State) => ({ measureId: s.measureId }), expect: (r) => expect(okAs(r, shape.measureOzgService.array()).map((o) => o.ozgId)).toEqual(['10092']) },
  // Ideas
  {
    name: 'saveIdea records an idea',
    method: 'saveIdea',
    input: { title: 'Chatbot im Bürgerbüro', source: 'citizens', submittedOn: '2026-01-08' },
    expect: (r, s) => {
      const i = okAs(r, shape.idea);
      expect(i).toMatchObject({ title: 'Chatbot im Bürgerbüro', status: 'new', measureId: null });
      s.ideaId = i.id;
    },
  },
  {
    name: 'saveIdea refuses a rejection without a reason',
    method: 'saveIdea',
    input: (s: State) => ({ id: s.ideaId, title: 'Chatbot im Bürgerbüro', source: 'citizens', status: 'rejected' }),
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'statusReason', message: /begründen/ }),
  },
  {
    name: 'saveIdea refuses an unknown source in English with lang en',
    method: 'saveIdea',
    input: { title: 'X', source: 'press' },
    lang: 'en',
    comparable: true,
    expect: (r) => failure(r, 'invalid_input', { path: 'source', message: /choose one of the offered values/ }),
  },
  { name: 'getIdea of an unknown id answers not_found', method: 'getIdea', input: { id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  {
    name: 'listIdeas lists it with counts per status',
    method: 'listIdeas',
    input: {},
    expect: (r) => expect(okAs(r, shape.ideaList)).toMatchObject({ total: 1, counts: { new: 1, in_assessment: 0, adopted: 0, rejected: 0, deferred: 0 } }),
  },
  {
    name: 'adoptIdea creates the measure and links it',
    method: 'adoptIdea',
    input: (s: State) => ({ id: s.ideaId, priority: 'high' }),
    expect: (r) => {
      const a = okAs(r, shape.adoptResult);
      expect(a.idea).toMatchObject({ status: 'adopted', measureId: a.measure.id });
      expect(a.measure).toMatchObject({ title: 'Chatbot im Bürgerbüro', phase: 'concept', priority: 'high' });
    },
  },
  {
    name: 'adoptIdea refuses a second adoption',
    method: 'adoptIdea',
    input: (s: State) => ({ id: s.ideaId }),
    comparable: true,
    expect: (r) => failure(r, 'conflict'),
  },
  {
    name: 'search finds the idea with German folding',
    method: 'search',
    input: { query: 'buergerbuero' },
    expect: (r, s) => expect(okAs(r, shape.searchHit.array()).find((h) => h.entity === 'idea')?.id).toBe(s.ideaId),
  },
  { name: 'undo takes back the adoption in one step', method: 'undo', input: {}, expect: (r) => expect(okAs(r, shape.undoResult).done).toEqual({ action: 'create', entity: 'measure', title: 'Chatbot im Bürgerbüro' }) },
  { name: 'the idea is new again', method: 'getIdea', input: (s: State) => ({ id: s.ideaId }), expect: (r) => expect(okAs(r, shape.idea)).toMatchObject({ status: 'new', measureId: null }) },
  { name: 'deleteIdea deletes it', method: 'deleteIdea', input: (s: State) => ({ id: s.ideaId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'deleteIdea of an unknown id answers not_found', method: 'deleteIdea', input: { id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  // Scoring
  {
    name: 'listCriteria answers the default model, weights making 100',
    method: 'listCriteria',
    input: {},
    expect: (r, s) => {
      const list = okAs(r, shape.criterion.array());
      expect(list.reduce((a, c) => a + c.weight, 0)).toBe(100);
      s.criterionId = list[0]!.id;
    },
  },
  { name: 'saveScoringModel refuses weights that do not make 100', method: 'saveScoringModel', input: { criteria: [{ name: 'Nutzen', weight: 60 }, { name: 'Aufwand', weight: 30 }] }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'criteria', message: /derzeit sind es 90 %/ }) },
  { name: 'saveScoringModel says so in English with lang en', method: 'saveScoringModel', lang: 'en', input: { criteria: [{ name: 'Nutzen', weight: 60 }] }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'criteria', message: /they are 60 % now/ }) },
  { name: 'saveScoringModel refuses a weight as text', method: 'saveScoringModel', input: { criteria: [{ name: 'Nutzen', weight: 'hundert' }] }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'criteria.0.weight', message: /Zahl/ }) },
  {
    name: 'saveScores saves a score and answers the total',
    method: 'saveScores',
    input: (s: State) => ({ measureId: s.measureId, scores: [{ criterionId: s.criterionId, score: 4, justification: 'Kernziel der Strategie' }] }),
    expect: (r) => expect(okAs(r, shape.measureScoring)).toMatchObject({ scored: 1, total: 20 }),
  },
  { name: 'saveScores refuses a score above the scale', method: 'saveScores', input: (s: State) => ({ measureId: s.measureId, scores: [{ criterionId: s.criterionId, score: 6 }] }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'scores.0.score', message: /von 0 bis 5/ }) },
  { name: 'saveScores refuses a fraction', method: 'saveScores', input: (s: State) => ({ measureId: s.measureId, scores: [{ criterionId: s.criterionId, score: 2.5 }] }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'scores.0.score', message: /ganze Zahl/ }) },
  { name: 'saveScores refuses an unknown criterion', method: 'saveScores', input: (s: State) => ({ measureId: s.measureId, scores: [{ criterionId: 'unbekannt', score: 1 }] }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'scores.0.criterionId', message: /Bewertungskriterium/ }) },
  { name: 'saveScores of an unknown measure answers not_found', method: 'saveScores', input: { measureId: 'unbekannt', scores: [] }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'getMeasureScoring answers the score', method: 'getMeasureScoring', input: (s: State) => ({ measureId: s.measureId }), expect: (r) => expect(okAs(r, shape.measureScoring).scores.map((x) => x.score)).toEqual([4]) },
  { name: 'listScoreHistory answers the change', method: 'listScoreHistory', input: (s: State) => ({ measureId: s.measureId }), expect: (r) => expect(okAs(r, shape.scoreHistoryEntry.array()).map((e) => [e.from, e.to])).toEqual([[null, 4]]) },
  { name: 'getRanking ranks the scored measure', method: 'getRanking', input: {}, expect: (r, s) => expect(okAs(r, shape.ranking).rows.find((x) => x.measureId === s.measureId)?.rank).toBe(1) },
  { name: 'getRanking refuses weights of unknown criteria', method: 'getRanking', input: { weights: { unbekannt: 10 } }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'weights.unbekannt', message: /Bewertungskriterium/ }) },
  { name: 'getSensitivity answers the steps', method: 'getSensitivity', input: (s: State) => ({ criterionId: s.criterionId }), expect: (r) => expect(okAs(r, shape.sensitivity).steps.map((x) => x.delta)).toEqual([-10, -5, 5, 10]) },
  { name: 'getSensitivity of an unknown criterion answers not_found', method: 'getSensitivity', input: { criterionId: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'deleteCriterion in use answers conflict without confirm', method: 'deleteCriterion', input: (s: State) => ({ id: s.criterionId }), expect: (r) => failure(r, 'conflict') },
  // Funding programmes and applications
  {
    name: 'saveFundingProgramme adds a programme to the catalogue',
    method: 'saveFundingProgramme',
    input: { name: 'Digitale Modellkommunen', funder: 'land', maxQuota: 80, minOwnShare: 20, keywords: 'Bürgerportal, OZG', deadline: '2099-12-31', url: 'https://www.example.org/foerderung' },
    expect: (r, s) => {
      const p = okAs(r, shape.fundingProgramme);
      expect(p).toMatchObject({ funder: 'land', maxQuota: 80, applicationCount: 0 });
      s.programmeId = p.id;
    },
  },
  { name: 'saveFundingProgramme refuses a javascript: link', method: 'saveFundingProgramme', input: { name: 'Falle', funder: 'eu', url: 'javascript:alert(1)' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'url', message: /https:\/\// }) },
  { name: 'listFundingProgrammes finds it with German folding', method: 'listFundingProgrammes', input: { query: 'buergerportal', funder: 'land' }, expect: (r, s) => expect(okAs(r, shape.fundingProgrammeList).rows.map((p) => p.id)).toEqual([s.programmeId]) },
  { name: 'getFundingProgramme of an unknown id answers not_found', method: 'getFundingProgramme', input: { id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  {
    name: 'importFundingProgrammes previews a CSV sent as bytes and writes nothing',
    method: 'importFundingProgrammes',
    input: { bytes: new Uint8Array([0x4e, 0x61, 0x6d, 0x65, 0x3b, 0x46, 0xf6, 0x72, 0x64, 0x65, 0x72, 0x67, 0x65, 0x62, 0x65, 0x72, 0x0a, 0x4b, 0x6c, 0x69, 0x6d, 0x61, 0x3b, 0x42, 0x75, 0x6e, 0x64, 0x0a]) },
    comparable: true,
    expect: (r) => expect(okAs(r, shape.programmeImport)).toMatchObject({ encoding: 'windows-1252', delimiter: ';', add: [{ row: 2, name: 'Klima' }], written: false }),
  },
  { name: 'importFundingProgrammes refuses a file without a name column', method: 'importFundingProgrammes', input: { bytes: new TextEncoder().encode('Titel;Geber\nA;B\n') }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'bytes', message: /Es fehlen Spalten/ }) },
  {
    name: 'saveApplication records an application of the measure',
    method: 'saveApplication',
    input: (s: State) => ({ measureId: s.measureId, programmeId: s.programmeId, status: 'approved', amountRequested: 50_000, amountApproved: 40_000, submittedOn: '2026-01-10', decisionOn: '2026-03-01', reportingDeadline: '2099-06-30' }),
    expect: (r, s) => {
      const a = okAs(r, shape.fundingApplication);
      expect(a).toMatchObject({ programmeName: 'Digitale Modellkommunen', status: 'approved', amountApproved: 40_000 });
      s.applicationId = a.id;
    },
  },
  { name: 'saveApplication refuses an approved amount above the requested one', method: 'saveApplication', input: (s: State) => ({ measureId: s.measureId, programmeId: s.programmeId, amountRequested: 10, amountApproved: 20 }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'amountApproved', message: /nicht höher/ }) },
  { name: 'saveApplication of an unknown programme answers not_found', method: 'saveApplication', input: (s: State) => ({ measureId: s.measureId, programmeId: 'unbekannt' }), comparable: true, expect: (r) => failure(r, 'not_found', { path: 'programmeId', message: /Förderprogramm/ }) },
  { name: 'listApplications lists it for the measure', method: 'listApplications', input: (s: State) => ({ measureId: s.measureId }), expect: (r, s) => expect(okAs(r, shape.fundingApplication.array()).map((a) => a.id)).toEqual([s.applicationId]) },
  { name: 'listFundingDeadlines answers deadlines within the window', method: 'listFundingDeadlines', input: { days: 730 }, expect: (r) => expect(okAs(r, shape.fundingDeadline.array()).every((d) => d.daysLeft <= 730)).toBe(true) },
  { name: 'suggestProgrammes says why a programme fits', method: 'suggestProgrammes', input: (s: State) => ({ measureId: s.measureId }), expect: (r, s) => expect(okAs(r, shape.programmeSuggestion.array()).find((x) => x.programme.id === s.programmeId)?.reasons).toContainEqual({ kind: 'keyword', term: 'Bürgerportal', matched: 'Bürgerportal' }) },
  { name: 'deleteFundingProgramme with applications asks for confirmation', method: 'deleteFundingProgramme', input: (s: State) => ({ id: s.programmeId }), expect: (r) => failure(r, 'conflict') },
  { name: 'deleteApplication deletes it', method: 'deleteApplication', input: (s: State) => ({ id: s.applicationId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'deleteFundingProgramme deletes the programme', method: 'deleteFundingProgramme', input: (s: State) => ({ id: s.programmeId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  // Status reports
  { name: 'proposeStatus proposes lights with reasons', method: 'proposeStatus', input: (s: State) => ({ measureId: s.measureId }), expect: (r) => expect(okAs(r, shape.statusProposal).lights.scope).toEqual({ light: 'grey', reason: { key: 'needs_judgement', params: {} } }) },
  {
    name: 'fileStatusReport files a report with the proposal beside it',
    method: 'fileStatusReport',
    input: (s: State) => ({ measureId: s.measureId, schedule: 'green', cost: 'yellow', scope: 'green', resources: 'red', impact: 'grey', achievements: 'Ausschreibung veröffentlicht' }),
    expect: (r) => expect(okAs(r, shape.statusReport)).toMatchObject({ overall: 'red', achievements: 'Ausschreibung veröffentlicht' }),
  },
  { name: 'fileStatusReport refuses an unknown light', method: 'fileStatusReport', input: (s: State) => ({ measureId: s.measureId, schedule: 'lila', cost: 'green', scope: 'green', resources: 'green', impact: 'green' }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'schedule', message: /vorgesehenen Werte/ }) },
  { name: 'fileStatusReport refuses a date in the future', method: 'fileStatusReport', input: (s: State) => ({ measureId: s.measureId, reportedOn: '2999-01-01', schedule: 'green', cost: 'green', scope: 'green', resources: 'green', impact: 'green' }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'reportedOn', message: /Zukunft/ }) },
  { name: 'fileStatusReport of an unknown measure answers not_found', method: 'fileStatusReport', input: { measureId: 'unbekannt', schedule: 'green', cost: 'green', scope: 'green', resources: 'green', impact: 'green' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'listStatusReports lists the filed report', method: 'listStatusReports', input: (s: State) => ({ measureId: s.measureId }), expect: (r) => expect(okAs(r, shape.statusReport.array()).map((x) => x.overall)).toEqual(['red']) },
  { name: 'getStatusReport of an unknown id answers not_found', method: 'getStatusReport', input: { id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'listPortfolioStatus answers the latest lights', method: 'listPortfolioStatus', input: {}, expect: (r, s) => expect(okAs(r, shape.portfolioStatus).rows.find((x) => x.measureId === s.measureId)).toMatchObject({ overall: 'red', noCurrentReport: false }) },
  { name: 'getOverviewLights counts the latest lights and names the red one', method: 'getOverviewLights', input: {}, expect: (r, s) => expect(okAs(r, shape.overviewLights).attention.find((x) => x.measureId === s.measureId)).toMatchObject({ overall: 'red' }) },
  { name: 'getOverviewLights refuses a list longer than 50', method: 'getOverviewLights', input: { shown: 51 }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'shown', message: /50/ }) },
  { name: 'listUpcomingMilestones answers the open milestones ahead', method: 'listUpcomingMilestones', input: { days: 366 }, expect: (r) => expect(okAs(r, shape.upcomingMilestone.array()).every((m) => m.daysUntil <= 366)).toBe(true) },
  { name: 'undo takes back the filing', method: 'undo', input: {}, expect: (r) => expect(okAs(r, shape.undoResult).done).toMatchObject({ action: 'create', entity: 'statusReport' }) },
  // Finance: cost items, financing stack, roll-ups
  {
    name: 'saveCostItem adds a cost item',
    method: 'saveCostItem',
    input: (s: State) => ({ measureId: s.measureId, year: 2026, kind: 'investive', category: 'Dienstleistung', plan: 100_000, actual: 98_500.5 }),
    expect: (r, s) => {
      const item = okAs(r, shape.costItem);
      expect(item).toMatchObject({ year: 2026, recurrence: 'one_off', plan: 100_000, actual: 98_500.5 });
      s.costItemId = item.id;
    },
  },
  { name: 'saveCostItem refuses a negative plan', method: 'saveCostItem', input: (s: State) => ({ measureId: s.measureId, year: 2026, kind: 'investive', plan: -1 }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'plan', message: /mindestens 0/ }) },
  { name: 'saveCostItem refuses a year out of range', method: 'saveCostItem', input: (s: State) => ({ measureId: s.measureId, year: 1999, kind: 'investive' }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'year', message: /mindestens 2\.000/ }) },
  { name: 'saveCostItem of an unknown measure answers not_found', method: 'saveCostItem', input: { measureId: 'unbekannt', year: 2026, kind: 'investive' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'listCostItems answers the items with totals', method: 'listCostItems', input: (s: State) => ({ measureId: s.measureId }), expect: (r) => expect(okAs(r, shape.costItemList).total).toMatchObject({ plan: 100_000, planInvestive: 100_000, actual: 98_500.5 }) },
  { name: 'saveFinancing refuses shares that do not add up, naming both sums', method: 'saveFinancing', input: (s: State) => ({ measureId: s.measureId, items: [{ sourceType: 'own', amount: 90_000 }] }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'items', message: /^Die Finanzierung ergibt 90\.000\s€, die geplanten Kosten betragen 100\.000\s€\. Es fehlen 10\.000\s€\.$/ }) },
  { name: 'saveFinancing says so in English with lang en', method: 'saveFinancing', lang: 'en', input: (s: State) => ({ measureId: s.measureId, items: [{ sourceType: 'own', amount: 90_000 }] }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'items', message: /adds up to €90,000, the planned costs are €100,000/ }) },
  { name: 'saveFinancing refuses a negative share', method: 'saveFinancing', input: (s: State) => ({ measureId: s.measureId, items: [{ sourceType: 'own', amount: -5 }] }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'items.0.amount', message: /mindestens 0/ }) },
  {
    name: 'saveFinancing saves a stack that adds up',
    method: 'saveFinancing',
    input: (s: State) => ({ measureId: s.measureId, items: [{ sourceType: 'funding', name: 'Landesförderung', amount: 60_000 }, { sourceType: 'own', amount: 40_000 }] }),
    expect: (r) => expect(okAs(r, shape.financing)).toMatchObject({ total: 100_000, plannedCost: 100_000, gap: 0, complete: true }),
  },
  { name: 'listFinancing answers the stack', method: 'listFinancing', input: (s: State) => ({ measureId: s.measureId }), expect: (r) => expect(okAs(r, shape.financing).items.map((i) => i.sourceType)).toEqual(['own', 'funding']) },
  { name: 'undo takes back the stack in one step', method: 'undo', input: {}, expect: (r) => expect(okAs(r, shape.undoResult).done).toMatchObject({ action: 'update', entity: 'financingItem' }) },
  { name: 'getFinanceRollup sums per year', method: 'getFinanceRollup', input: { by: 'year' }, comparable: true, expect: (r) => expect(okAs(r, shape.financeRollup).rows).toEqual([{ key: '2026', label: '2026', planInvestive: 100_000, planConsumptive: 0, actualInvestive: 98_500.5, actualConsumptive: 0 }]) },
  { name: 'getFinanceRollup refuses an unknown grouping', method: 'getFinanceRollup', input: { by: 'monat' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'by', message: /vorgesehenen Werte/ }) },
  { name: 'deleteCostItem deletes it', method: 'deleteCostItem', input: (s: State) => ({ id: s.costItemId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'deleteCostItem of an unknown id answers not_found', method: 'deleteCostItem', input: { id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  // --- charts ---
  { name: 'getValueEffortChart answers bubbles for a small portfolio', method: 'getValueEffortChart', input: {}, expect: (r) => expect(okAs(r, shape.valueEffortChart).mode).toBe('bubbles') },
  { name: 'getValueEffortChart refuses a grid of one cell', method: 'getValueEffortChart', input: { grid: 1 }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'grid', message: /2/ }) },
  { name: 'getPhaseFunnel counts every measure once', method: 'getPhaseFunnel', input: {}, expect: (r) => { const f = okAs(r, shape.phaseFunnel); expect(f.steps.reduce((n, x) => n + x.count, f.stopped.count)).toBe(f.total); } },
  { name: 'getPhaseFunnel of an unknown field answers not_found', method: 'getPhaseFunnel', input: { fieldId: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'getBudgetByYear answers plan and actual per year', method: 'getBudgetByYear', input: { from: 2025, to: 2027 }, expect: (r) => expect(okAs(r, shape.budgetByYear).years.map((y) => y.year)).toEqual([2025, 2026, 2027]) },
  { name: 'getBudgetByYear refuses an end year before the start', method: 'getBudgetByYear', input: { from: 2027, to: 2026 }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'to', message: /Endjahr liegt vor dem Anfangsjahr/ }) },
  { name: 'getMilestoneTimeline answers the window around the year', method: 'getMilestoneTimeline', input: { year: 2026 }, expect: (r) => expect(okAs(r, shape.milestoneTimeline)).toMatchObject({ from: '2025-01-01', to: '2027-12-31', groupBy: 'measure' }) },
  { name: 'getMilestoneTimeline refuses an unknown grouping', method: 'getMilestoneTimeline', input: { groupBy: 'phase' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'groupBy', message: /vorgesehenen Werte/ }) },
  { name: 'getFundingShare answers every year of the range', method: 'getFundingShare', input: { from: 2025, to: 2027 }, expect: (r) => expect(okAs(r, shape.fundingShare).years.map((y) => y.year)).toEqual([2025, 2026, 2027]) },
  { name: 'getFundingShare refuses an end year before the start', method: 'getFundingShare', input: { from: 2027, to: 2026 }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'to', message: /Endjahr liegt vor dem Anfangsjahr/ }) },
  { name: 'getStatusMatrix counts every latest report once', method: 'getStatusMatrix', input: {}, expect: (r) => { const m = okAs(r, shape.statusMatrix); expect(Object.values(m.counts.overall).reduce((a, n) => a + n, 0)).toBe(m.reported); } },
  { name: 'getStatusMatrix of an unknown field answers not_found', method: 'getStatusMatrix', input: { fieldId: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  // --- portfolio views ---
  { name: 'saveView keeps only the known parts of the config', method: 'saveView', input: { name: 'Pflichtaufgaben', config: { columns: ['rank', 'must'], filters: { must: 'yes', extra: 1 }, sort: { key: 'rank', dir: 'asc' }, other: true } }, expect: (r, s) => { const v = okAs(r, shape.savedView); s.viewId = v.id; expect(v.config.columns).toEqual(['must', 'rank']); } },
  { name: 'saveView refuses a duplicate name at "name"', method: 'saveView', input: { name: 'pflichtaufgaben', config: {} }, comparable: true, expect: (r) => failure(r, 'conflict', { path: 'name', message: /gibt es bereits/ }) },
  { name: 'saveView refuses an unknown column', method: 'saveView', input: { name: 'X', config: { columns: ['farbe'] } }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'config.columns.0', message: /vorgesehenen Werte/ }) },
  { name: 'listViews answers the saved views', method: 'listViews', input: {}, expect: (r) => expect(okAs(r, shape.savedViewList).map((v) => v.name)).toEqual(['Pflichtaufgaben']) },
  { name: 'listMeasureFacets answers lead units and tags', method: 'listMeasureFacets', input: {}, expect: (r) => expect(Array.isArray(okAs(r, shape.measureFacets).leadUnits)).toBe(true) },
  { name: 'listMeasures sorts by rank and filters by must criteria', method: 'listMeasures', input: { sort: 'rank', must: false }, expect: (r) => expect(okAs(r, shape.measurePage).total).toBeGreaterThanOrEqual(0) },
  { name: 'listMeasures filters by light and funding', method: 'listMeasures', input: { light: 'none', funding: 'none' }, expect: (r) => expect(okAs(r, shape.measurePage).total).toBeGreaterThanOrEqual(0) },
  { name: 'listMeasures refuses an unknown light', method: 'listMeasures', input: { light: 'lila' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'light', message: /vorgesehenen Werte/ }) },
  { name: 'deleteView deletes it', method: 'deleteView', input: (s: State) => ({ id: s.viewId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'deleteView of an unknown id answers not_found', method: 'deleteView', input: { id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  // --- spreadsheets: portfolio export, project import ---
  {
    name: 'previewProjectImport maps a Windows-1252 CSV sent as bytes and writes nothing',
    method: 'previewProjectImport',
    // "Titel;Priorität\nKlima-Check;Hoch\n" in Windows-1252 (ä = 0xe4)
    input: { bytes: new Uint8Array([0x54, 0x69, 0x74, 0x65, 0x6c, 0x3b, 0x50, 0x72, 0x69, 0x6f, 0x72, 0x69, 0x74, 0xe4, 0x74, 0x0a, 0x4b, 0x6c, 0x69, 0x6d, 0x61, 0x2d, 0x43, 0x68, 0x65, 0x63, 0x6b, 0x3b, 0x48, 0x6f, 0x63, 0x68, 0x0a]), fileName: 'liste.csv' },
    comparable: true,
    expect: (r) => expect(okAs(r, shape.projectImport)).toMatchObject({ format: 'csv', encoding: 'windows-1252', add: 1, errorRows: 0, columns: [{ column: 'title' }, { column: 'priority' }], written: false }),
  },
  { name: 'previewProjectImport refuses a file without a title column', method: 'previewProjectImport', input: { bytes: new TextEncoder().encode('Name der Sache;Budget\nA;1\n'), fileName: 'x.csv' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'bytes', message: /Spalte „Titel“/ }) },
  { name: 'importProjects writes the rows as one undo step', method: 'importProjects', input: { bytes: new TextEncoder().encode('Titel;Phase;Budget\nVertragsmanagement digital;Idee;12.000\n'), fileName: 'liste.csv' }, expect: (r) => expect(okAs(r, shape.projectImport)).toMatchObject({ add: 1, written: true }) },
  { name: 'importProjects refuses a file with row errors', method: 'importProjects', input: { bytes: new TextEncoder().encode('Titel;Phase\nX;irgendwann\n'), fileName: 'liste.csv' }, comparable: true, expect: (r) => failure(r, 'invalid_input') },
  { name: 'exportPortfolio answers the table as XLSX bytes with a file name', method: 'exportPortfolio', input: { format: 'xlsx', config: { columns: ['phase', 'budget'] } }, expect: (r) => { const f = okAs(r, shape.portfolioExport); expect(f.fileName).toMatch(/\.xlsx$/); expect([...f.bytes.subarray(0, 2)]).toEqual([0x50, 0x4b]); } },
  { name: 'exportPortfolio refuses an unknown format', method: 'exportPortfolio', input: { format: 'pdf' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'format', message: /vorgesehenen Werte/ }) },
  // --- agenda: goals, indicators, versions, roadmap ---
  { name: 'saveAgenda creates an agenda with a first draft version', method: 'saveAgenda', input: (s: State) => ({ title: 'Digitale Agenda 2026–2030', periodFrom: 2026, periodTo: 2030, vision: '<b>Zielbild</b> & mehr', principles: ['Digital zuerst'], fieldIds: [s.fieldId] }), expect: (r, s) => { const a = okAs(r, shape.agendaSummary); s.agendaId = a.id; expect(a.latest).toMatchObject({ number: 1, status: 'draft', frozenAt: null }); } },
  { name: 'saveAgenda refuses a period that ends before it starts', method: 'saveAgenda', input: { title: 'X', periodFrom: 2030, periodTo: 2026 }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'periodTo', message: /Endjahr des Zeitraums liegt vor dem Anfangsjahr/ }) },
  { name: 'saveAgenda refuses an unknown field of action', method: 'saveAgenda', input: { title: 'X', periodFrom: 2026, periodTo: 2028, fieldIds: ['unbekannt'] }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'fieldIds.0', message: /Handlungsfeld gibt es nicht/ }) },
  { name: 'listAgendas answers the agendas', method: 'listAgendas', input: {}, expect: (r) => expect(okAs(r, shape.agendaSummaryList).map((a) => a.title)).toEqual(['Digitale Agenda 2026–2030']) },
  { name: 'getAgenda of an unknown id answers not_found', method: 'getAgenda', input: { agendaId: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'saveAgendaGoal adds a strategic goal', method: 'saveAgendaGoal', input: (s: State) => ({ agendaId: s.agendaId, title: 'Service für alle', fieldId: s.fieldId }), expect: (r, s) => { const g = okAs(r, shape.agendaGoal); s.goalId = g.id; expect(g.kind).toBe('strategic'); } },
  { name: 'saveAgendaGoal refuses a parent from nowhere', method: 'saveAgendaGoal', input: (s: State) => ({ agendaId: s.agendaId, parentId: 'unbekannt', title: 'Z' }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'parentId', message: /strategischen Ziel/ }) },
  { name: 'linkAgendaMeasure links a measure to the goal', method: 'linkAgendaMeasure', input: (s: State) => ({ goalId: s.goalId, measureId: s.measureId }), expect: (r) => expect(okAs(r, shape.agendaGoal).measures).toHaveLength(1) },
  { name: 'linkAgendaMeasure refuses a second link of the same measure', method: 'linkAgendaMeasure', input: (s: State) => ({ goalId: s.goalId, measureId: s.measureId }), comparable: true, expect: (r) => failure(r, 'conflict') },
  { name: 'saveAgendaIndicator adds an indicator to the goal', method: 'saveAgendaIndicator', input: (s: State) => ({ agendaId: s.agendaId, goalId: s.goalId, name: 'Online-Anteil', unit: '%', level: 'outcome', baseline: 10, baselineOn: '2025-12-31', target: 60, targetOn: '2030-12-31' }), expect: (r, s) => { const i = okAs(r, shape.agendaIndicator); s.indicatorId = i.id; expect(i).toMatchObject({ level: 'outcome', target: 60 }); } },
  { name: 'saveAgendaIndicator refuses an indicator for both a goal and a measure', method: 'saveAgendaIndicator', input: (s: State) => ({ agendaId: s.agendaId, goalId: s.goalId, measureId: s.measureId, name: 'X', unit: '%', level: 'output' }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'goalId', message: /entweder zu einem Ziel oder zu einer Maßnahme/ }) },
  { name: 'saveAgendaMeasurement records a value', method: 'saveAgendaMeasurement', input: (s: State) => ({ indicatorId: s.indicatorId, measuredOn: '2026-06-30', value: 14.5 }), expect: (r, s) => { const m = okAs(r, shape.agendaMeasurement); s.measurementId = m.id; expect(m.value).toBe(14.5); } },
  { name: 'saveAgendaMeasurement refuses a value that is not a number', method: 'saveAgendaMeasurement', input: (s: State) => ({ indicatorId: s.indicatorId, measuredOn: '2026-06-30', value: 'viel' }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'value', message: /Zahl/ }) },
  { name: 'getAgendaSnapshot answers the live draft as a goal tree', method: 'getAgendaSnapshot', input: (s: State) => ({ agendaId: s.agendaId }), expect: (r) => { const a = okAs(r, shape.agendaSnapshot); expect(a.vision).toBe('<b>Zielbild</b> & mehr'); expect(a.goals[0]!.indicators[0]!.measurements).toHaveLength(1); } },
  { name: 'listAgendaVersions answers the draft', method: 'listAgendaVersions', input: (s: State) => ({ agendaId: s.agendaId }), expect: (r, s) => { const v = okAs(r, shape.agendaVersionList); s.agendaVersionId = v[0]!.id; expect(v).toHaveLength(1); } },
  { name: 'updateAgendaVersion puts the draft into consultation', method: 'updateAgendaVersion', input: (s: State) => ({ id: s.agendaVersionId, status: 'consultation', label: 'Beteiligung' }), expect: (r) => expect(okAs(r, shape.agendaVersion).status).toBe('consultation') },
  { name: 'adoptAgendaVersion records the decision and freezes', method: 'adoptAgendaVersion', input: (s: State) => ({ id: s.agendaVersionId, councilBody: 'Rat', decisionNumber: 'DS 2026/1', decidedOn: '2026-03-12' }), expect: (r) => expect(okAs(r, shape.agendaVersion).frozenAt).not.toBeNull() },
  { name: 'saveAgendaGoal refuses to change an adopted version, naming the decision', method: 'saveAgendaGoal', input: (s: State) => ({ agendaId: s.agendaId, title: 'Neu' }), expect: (r) => { expect(r.ok).toBe(false); if (!r.ok) expect(r.error.message).toMatch(/beschlossen \(Rat, Beschluss DS 2026\/1 vom 12\.03\.2026\)/); } },
  { name: 'freezeAgendaVersion refuses an adopted version', method: 'freezeAgendaVersion', input: (s: State) => ({ id: s.agendaVersionId }), expect: (r) => failure(r, 'conflict') },
  { name: 'createAgendaVersion opens version 2 as a draft', method: 'createAgendaVersion', input: (s: State) => ({ agendaId: s.agendaId, label: 'Fortschreibung' }), expect: (r) => expect(okAs(r, shape.agendaVersion)).toMatchObject({ number: 2, status: 'draft' }) },
  { name: 'unlinkAgendaMeasure takes the measure out of the draft', method: 'unlinkAgendaMeasure', input: (s: State) => ({ goalId: s.goalId, measureId: s.measureId }), expect: (r) => expect(okAs(r, shape.agendaGoal).measures).toEqual([]) },
  { name: 'compareAgendaVersions names the removed measure', method: 'compareAgendaVersions', input: (s: State) => ({ agendaId: s.agendaId, from: 1, to: null }), expect: (r) => expect(okAs(r, shape.agendaDiff).measures.map((m) => m.change)).toEqual(['removed']) },
  { name: 'compareAgendaVersions of an unknown version answers not_found', method: 'compareAgendaVersions', input: (s: State) => ({ agendaId: s.agendaId, from: 9, to: null }), expect: (r) => failure(r, 'not_found') },
  { name: 'getAgendaRoadmap answers lanes and undated measures', method: 'getAgendaRoadmap', input: (s: State) => ({ agendaId: s.agendaId }), expect: (r) => expect(okAs(r, shape.agendaRoadmap).from).toBe('2026-01-01') },
  { name: 'moveRoadmapMeasure moves a bar', method: 'moveRoadmapMeasure', input: (s: State) => ({ measureId: s.measureId, start: '2026-02-01', end: '2027-01-31' }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'moveRoadmapMeasure refuses an end before the start', method: 'moveRoadmapMeasure', input: (s: State) => ({ measureId: s.measureId, start: '2026-02-01', end: '2025-01-31' }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'end', message: /Ende liegt vor dem Beginn/ }) },
  { name: 'deleteAgendaMeasurement deletes it', method: 'deleteAgendaMeasurement', input: (s: State) => ({ id: s.measurementId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'deleteAgendaIndicator deletes it', method: 'deleteAgendaIndicator', input: (s: State) => ({ id: s.indicatorId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'deleteAgendaGoal deletes it', method: 'deleteAgendaGoal', input: (s: State) => ({ id: s.goalId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'deleteAgendaGoal of an unknown id answers not_found', method: 'deleteAgendaGoal', input: { id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  // --- agenda export ---
  { name: 'exportAgenda answers the adopted version as Markdown bytes with a safe file name', method: 'exportAgenda', input: (s: State) => ({ agendaId: s.agendaId, versionNumber: 1, format: 'md', sections: ['vision', 'fields'] }), expect: (r) => { const f = okAs(r, shape.agendaExport); expect(f.fileName).toBe('Digitale Agenda 2026–2030 – Version 1.md'); expect(new TextDecoder().decode(f.bytes)).toContain('\\<b\\>Zielbild\\</b\\> \\& mehr'); } },
  { name: 'exportAgenda refuses an empty choice of sections', method: 'exportAgenda', input: (s: State) => ({ agendaId: s.agendaId, format: 'pdf', sections: [] }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'sections', message: /mindestens einen Abschnitt/ }) },
  { name: 'exportAgenda of an unknown agenda answers not_found', method: 'exportAgenda', input: { agendaId: 'unbekannt', format: 'html' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  // --- peer packs: read, verify, import, export ---
  { name: 'listDemoPacks answers the two demo packs', method: 'listDemoPacks', input: {}, comparable: true, expect: (r) => expect(okAs(r, shape.demoPack.array()).map((p) => p.id)).toEqual(['lindenau', 'hohenfeld']) },
  { name: 'getDemoPack answers the pack as bytes', method: 'getDemoPack', input: { id: 'lindenau' }, expect: (r, s) => { (s as PackState).packBytes = okAs(r, shape.demoPackFile).bytes; expect((s as PackState).packBytes!.length).toBeGreaterThan(1000); } },
  { name: 'getDemoPack of an unknown pack answers not_found', method: 'getDemoPack', input: { id: 'atlantis' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'previewPackImport previews a signed pack and writes nothing', method: 'previewPackImport', input: (s: State) => ({ bytes: (s as PackState).packBytes, fileName: 'lindenau.cdopack' }), expect: (r) => expect(okAs(r, shape.packPreview)).toMatchObject({ state: 'new', signed: true, projectCount: 32 }) },
  { name: 'previewPackImport refuses a file that is not a pack', method: 'previewPackImport', input: { bytes: new TextEncoder().encode('kein Paket') }, comparable: true, expect: (r) => { failure(r, 'invalid_input'); expect(r.ok ? '' : r.error.message).toMatch(/kein ZIP-Archiv/); } },
  { name: 'importPack imports the pack in one go', method: 'importPack', input: (s: State) => ({ bytes: (s as PackState).packBytes, fileName: 'lindenau.cdopack' }), expect: (r) => expect(okAs(r, shape.packImportResult)).toMatchObject({ added: 32 }) },
  { name: 'importPack refuses a mapping without a pack', method: 'importPack', input: { fieldMappings: [] }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'bytes', message: /Paketdatei/ }) },
  { name: 'listPeerPacks lists it', method: 'listPeerPacks', input: {}, expect: (r, s) => { const packs = okAs(r, shape.peerPack.array()); (s as PackState).packRowId = packs[0]!.id; expect(packs.map((p) => p.projectCount)).toEqual([32]); } },
  { name: 'getPackSigningKey answers the fingerprint, never the private key', method: 'getPackSigningKey', input: {}, expect: (r) => expect(Object.keys(okAs(r, shape.packSigningKey))).not.toContain('privateKey') },
  { name: 'exportPack exports own measures as a signed pack', method: 'exportPack', input: { sign: true, license: 'CC-BY-4.0' }, expect: (r) => expect(okAs(r, shape.packExport).signed).toBe(true) },
  { name: 'exportPack refuses an unknown licence', method: 'exportPack', input: { license: 'alle Rechte vorbehalten' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'license', message: /vorgesehenen Werte/ }) },
  { name: 'removePeerPack of an unknown pack answers not_found', method: 'removePeerPack', input: { id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  // --- peer library, matching, cooperation ---
  { name: 'listPeerProjects answers a page of peer projects', method: 'listPeerProjects', input: { query: 'Bürgerportal', limit: 5 }, expect: (r) => expect(okAs(r, shape.peerProjectPage).rows.length).toBeLessThanOrEqual(5) },
  { name: 'listPeerProjects refuses a Land that is not two digits', method: 'listPeerProjects', input: { land: 'NRW' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'land', message: /zwei Ziffern/ }) },
  { name: 'listPeerFacets answers the filter choices', method: 'listPeerFacets', input: {}, expect: (r) => expect(okAs(r, shape.peerFacets).total).toBeGreaterThanOrEqual(0) },
  { name: 'getPeerProject of an unknown id answers not_found', method: 'getPeerProject', input: { id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'findPeerMatches answers ranked matches for a measure', method: 'findPeerMatches', input: (s: State) => ({ kind: 'measure', id: s.measureId }), expect: (r) => expect(Array.isArray(okAs(r, shape.peerMatch.array()))).toBe(true) },
  { name: 'findPeerMatches of an unknown idea answers not_found', method: 'findPeerMatches', input: { kind: 'idea', id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'findOwnMatches of an unknown peer project answers not_found', method: 'findOwnMatches', input: { peerProjectId: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'listPeerMatchOverview answers own items with matches', method: 'listPeerMatchOverview', input: {}, expect: (r) => expect(okAs(r, shape.peerMatchOverview).peerCount).toBeGreaterThanOrEqual(0) },
  { name: 'adoptPeerProject of an unknown project answers not_found', method: 'adoptPeerProject', input: { peerProjectId: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'listPeerAdoptions answers the adopted ideas', method: 'listPeerAdoptions', input: {}, expect: (r) => expect(Array.isArray(okAs(r, shape.peerAdoption.array()))).toBe(true) },
  {
    name: 'savePartnership records an IKZ partner from the municipality list',
    method: 'savePartnership',
    input: (s: State) => ({ measureId: s.measureId, kind: 'ikz', partnerAgs: '05770004', agreement: 'public_law', costShare: 30, status: 'active' }),
    expect: (r, s) => { const p = okAs(r, shape.partnership); (s as State & { partnershipId?: string }).partnershipId = p.id; expect(p.partnerName).toBe('Bad Oeynhausen, Stadt'); },
  },
  { name: 'savePartnership refuses a partner without name or municipality', method: 'savePartnership', input: (s: State) => ({ measureId: s.measureId, kind: 'science' }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'partnerName', message: /Kommune aus der Liste/ }) },
  { name: 'listPartnerships answers the measure\'s partners', method: 'listPartnerships', input: (s: State) => ({ measureId: s.measureId }), expect: (r) => expect(okAs(r, shape.partnership.array()).map((p) => p.kind)).toEqual(['ikz']) },
  { name: 'listPartners groups by partner', method: 'listPartners', input: {}, expect: (r) => expect(okAs(r, shape.partnerSummary.array()).map((p) => p.partnerName)).toEqual(['Bad Oeynhausen, Stadt']) },
  { name: 'deletePartnership deletes it', method: 'deletePartnership', input: (s: State) => ({ id: (s as State & { partnershipId?: string }).partnershipId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'deletePartnership of an unknown id answers not_found', method: 'deletePartnership', input: { id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },

  // --- stakeholders ---
  {
    name: 'saveStakeholder registers a stakeholder linked to a measure',
    method: 'saveStakeholder',
    input: (s: State) => ({ name: 'Personalrat', kind: 'group', scope: 'internal', influence: 4, interest: 5, attitude: 'critic', engagementNow: 'resistant', engagementWanted: 'supportive', power: true, measureIds: [s.measureId] }),
    expect: (r, s) => { const x = okAs(r, shape.stakeholder); (s as StakeholderState).stakeholderId = x.id; expect(x.measures.length).toBe(1); },
  },
  {
    name: 'saveStakeholder registers a second stakeholder',
    method: 'saveStakeholder',
    input: { name: 'Bürgermeisterin', kind: 'person', scope: 'internal', influence: 5, interest: 4, attitude: 'champion', engagementNow: 'leading', engagementWanted: 'leading' },
    expect: (r, s) => { const x = okAs(r, shape.stakeholder); (s as StakeholderState).otherStakeholderId = x.id; expect(x.duplicateName).toBe(false); },
  },
  { name: 'saveStakeholder refuses a score outside 1 to 5', method: 'saveStakeholder', input: { name: 'Presse', kind: 'group', scope: 'external', influence: 9, interest: 3, attitude: 'neutral', engagementNow: 'neutral', engagementWanted: 'neutral' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'influence', message: /höchstens 5/ }) },
  { name: 'getStakeholder answers the stakeholder', method: 'getStakeholder', input: (s: State) => ({ id: (s as StakeholderState).stakeholderId }), expect: (r) => expect(okAs(r, shape.stakeholder).name).toBe('Personalrat') },
  { name: 'moveStakeholder changes both scores', method: 'moveStakeholder', input: (s: State) => ({ id: (s as StakeholderState).stakeholderId, influence: 2, interest: 1 }), expect: (r) => expect(okAs(r, shape.stakeholder)).toMatchObject({ influence: 2, interest: 1 }) },
  {
    name: 'saveStakeholderRelation relates two stakeholders',
    method: 'saveStakeholderRelation',
    input: (s: State) => ({ fromId: (s as StakeholderState).otherStakeholderId, toId: (s as StakeholderState).stakeholderId, kind: 'cooperates' }),
    expect: (r, s) => { const x = okAs(r, shape.stakeholderRelation); (s as StakeholderState).relationId = x.id; expect(x.fromName).toBe('Bürgermeisterin'); },
  },
  { name: 'saveStakeholderRelation refuses a relation to itself', method: 'saveStakeholderRelation', input: { fromId: 'a', toId: 'a', kind: 'influences' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'toId', message: /zu sich selbst/ }) },
  { name: 'getStakeholderRegister answers rows, relations and engagement gaps', method: 'getStakeholderRegister', input: {}, expect: (r) => { const x = okAs(r, shape.stakeholderRegister); expect([x.rows.length, x.relations.length, x.gaps.map((g) => g.gap)]).toEqual([2, 1, [2]]); } },
  { name: 'deleteStakeholderRelation deletes it', method: 'deleteStakeholderRelation', input: (s: State) => ({ id: (s as StakeholderState).relationId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'deleteStakeholder deletes it', method: 'deleteStakeholder', input: (s: State) => ({ id: (s as StakeholderState).stakeholderId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'deleteStakeholder of an unknown id answers not_found', method: 'deleteStakeholder', input: { id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },

  // --- OZG maturity ---
  { name: 'saveOzgMaturity records Wohngeld at level 2 of 4', method: 'saveOzgMaturity', input: { ozgId: '10092', model: '1.1', ist: 2, soll: 4, unit: 'Sozialamt', assessedOn: '2026-10-01' }, expect: (r) => expect(okAs(r, shape.ozgMaturityRow).maturity).toMatchObject({ ist: 2, soll: 4 }) },
  { name: 'saveOzgMaturity refuses a level above the model maximum', method: 'saveOzgMaturity', input: { ozgId: '10092', model: '1.1', ist: 5 }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'ist', message: /höchste Stufe 4/ }) },
  { name: 'listOzgMaturity lists assessed services first', method: 'listOzgMaturity', input: { limit: 3 }, expect: (r) => expect(okAs(r, shape.ozgMaturityList).rows[0]?.service.ozgId).toBe('10092') },
  { name: 'getOzgMaturityChart counts the assessed service', method: 'getOzgMaturityChart', input: {}, expect: (r) => expect(okAs(r, shape.ozgMaturityChart)).toMatchObject({ assessed: 1, atLeast3: 0, share: 0 }) },
  { name: 'deleteOzgMaturity removes the record', method: 'deleteOzgMaturity', input: { ozgId: '10092' }, expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'deleteOzgMaturity of a service without record answers not_found', method: 'deleteOzgMaturity', input: { ozgId: '10092' }, comparable: true, expect: (r) => failure(r, 'not_found') },

  // --- ecosystem: org units, actors, roles ---
  {
    name: 'saveOrgUnit adds a division', method: 'saveOrgUnit', input: { name: 'Fachbereich 5 – Soziales, Jugend und Wohnen', shortName: 'FB 5', kind: 'division' },
    expect: (r, s) => { const u = okAs(r, shape.orgUnit); (s as EcosystemState).ecoUnitId = u.id; expect(u.depth).toBe(0); },
  },
  {
    name: 'saveOrgUnit adds an office below it', method: 'saveOrgUnit', input: (s: State) => ({ name: 'Wohngeldstelle', shortName: '50.3', kind: 'office', parentId: (s as EcosystemState).ecoUnitId }),
    expect: (r, s) => { const u = okAs(r, shape.orgUnit); (s as EcosystemState).ecoChildId = u.id; expect(u.depth).toBe(1); },
  },
  { name: 'listOrgUnits lists the tree parent first', method: 'listOrgUnits', input: {}, expect: (r) => expect(okAs(r, shape.orgUnit.array()).filter((u) => u.name === 'Wohngeldstelle' || u.shortName === 'FB 5').map((u) => u.depth)).toEqual([0, 1]) },
  { name: 'saveOrgUnit refuses a unit below its own sub-unit', method: 'saveOrgUnit', input: (s: State) => ({ id: (s as EcosystemState).ecoUnitId, name: 'FB 5', kind: 'division', parentId: (s as EcosystemState).ecoChildId }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'parentId', message: /unter sich selbst/ }) },
  { name: 'deleteOrgUnit refuses a unit with sub-units', method: 'deleteOrgUnit', input: (s: State) => ({ id: (s as EcosystemState).ecoUnitId }), comparable: true, expect: (r) => failure(r, 'conflict') },
  {
    name: 'saveActor places the Stadtwerke in Konzern Kommune with a field', method: 'saveActor',
    input: (s: State) => ({ name: 'Stadtwerke Musterstadt', kind: 'organisation', sphere: 'municipal_group', fieldIds: [s.fieldId] }),
    expect: (r, s) => { const a = okAs(r, shape.actor); (s as EcosystemState).ecoActorId = a.id; expect(a.fields).toHaveLength(1); },
  },
  {
    name: 'saveActor adds an internal actor linked to its unit', method: 'saveActor',
    input: (s: State) => ({ name: 'Wohngeldstelle', kind: 'organisation', sphere: 'core_admin', orgUnitId: (s as EcosystemState).ecoChildId }),
    expect: (r, s) => { const a = okAs(r, shape.actor); (s as EcosystemState).ecoOtherActorId = a.id; expect(a.orgUnitName).toBe('Wohngeldstelle'); },
  },
  { name: 'saveActor refuses an unknown field', method: 'saveActor', input: { name: 'KGSt', kind: 'organisation', sphere: 'external', fieldIds: ['gibt-es-nicht'] }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'fieldIds.0', message: /Handlungsfeld/ }) },
  { name: 'listActors filters by sphere', method: 'listActors', input: { sphere: 'municipal_group' }, expect: (r) => expect(okAs(r, shape.actor.array()).map((a) => a.name)).toEqual(['Stadtwerke Musterstadt']) },
  { name: 'getActor answers the actor', method: 'getActor', input: (s: State) => ({ id: (s as EcosystemState).ecoActorId }), expect: (r) => expect(okAs(r, shape.actor).sphere).toBe('municipal_group') },
  { name: 'getActor of an unknown id answers not_found', method: 'getActor', input: { id: 'gibt-es-nicht' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  {
    name: 'saveActorRelation records who supplies whom', method: 'saveActorRelation', input: (s: State) => ({ fromId: (s as EcosystemState).ecoActorId, toId: (s as EcosystemState).ecoOtherActorId, kind: 'supplies' }),
    expect: (r, s) => { const rel = okAs(r, shape.actorRelation); (s as EcosystemState).ecoRelationId = rel.id; expect([rel.fromName, rel.toName]).toEqual(['Stadtwerke Musterstadt', 'Wohngeldstelle']); },
  },
  { name: 'saveActorRelation refuses a twin', method: 'saveActorRelation', input: (s: State) => ({ fromId: (s as EcosystemState).ecoActorId, toId: (s as EcosystemState).ecoOtherActorId, kind: 'supplies' }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'toId', message: /gibt es bereits/ }) },
  { name: 'getActorNetwork answers actors and relations', method: 'getActorNetwork', input: {}, expect: (r) => expect(okAs(r, shape.actorNetwork).relations).toHaveLength(1) },
  {
    name: 'saveRoleAssignment names a Digitallotsin for the office', method: 'saveRoleAssignment', input: (s: State) => ({ role: 'digital_pilot', title: 'Digitallotsin', holderName: 'Nadine Schäfer', orgUnitId: (s as EcosystemState).ecoChildId }),
    expect: (r, s) => { const a = okAs(r, shape.roleAssignment); (s as EcosystemState).ecoRoleId = a.id; expect(a.orgUnitName).toBe('Wohngeldstelle'); },
  },
  { name: 'saveRoleAssignment refuses a role without holder', method: 'saveRoleAssignment', input: { role: 'cio' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'holderName', message: /wer die Rolle innehat/ }) },
  { name: 'listRoleAssignments lists the assignment', method: 'listRoleAssignments', input: {}, expect: (r) => expect(okAs(r, shape.roleAssignment.array()).map((a) => a.role)).toEqual(['digital_pilot']) },
  { name: 'getEcosystemMap places the Stadtwerke in their field and sphere', method: 'getEcosystemMap', input: {}, expect: (r) => expect(okAs(r, shape.ecosystemMap).totals.find((t) => t.sphere === 'municipal_group')?.actors).toBe(1) },
  { name: 'deleteField refuses to reassign to an unknown field', method: 'deleteField', input: (s: State) => ({ id: s.fieldId, reassignTo: 'gibt-es-nicht' }), comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'reassignTo', message: /Handlungsfeld/ }) },
  { name: 'deleteActorRelation removes the relation', method: 'deleteActorRelation', input: (s: State) => ({ id: (s as EcosystemState).ecoRelationId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'deleteRoleAssignment removes the assignment', method: 'deleteRoleAssignment', input: (s: State) => ({ id: (s as EcosystemState).ecoRoleId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'deleteActor removes the actor', method: 'deleteActor', input: (s: State) => ({ id: (s as EcosystemState).ecoOtherActorId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'deleteOrgUnit removes a unit without sub-units', method: 'deleteOrgUnit', input: (s: State) => ({ id: (s as EcosystemState).ecoChildId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },

  // --- DigiCheck: catalogue, assessments ---
  { name: 'getDigicheckCatalogue answers the default catalogue, version 1', method: 'getDigicheckCatalogue', input: {}, expect: (r) => expect(okAs(r, shape.digicheckCatalogue)).toMatchObject({ name: 'DigiCheck Kommune', version: 1 }) },
  { name: 'listDigicheckCatalogues lists one version', method: 'listDigicheckCatalogues', input: {}, expect: (r) => expect(okAs(r, shape.digicheckCatalogueSummary.array()).map((c) => c.version)).toEqual([1]) },
  {
    name: 'saveOrgUnit adds the unit a DigiCheck is about', method: 'saveOrgUnit', input: { name: 'Wohngeldstelle', kind: 'office' },
    expect: (r, s) => { (s as DigicheckState).digicheckUnitId = (r as { ok: true; value: { id: string } }).value.id; expect(r.ok).toBe(true); },
  },
  {
    name: 'saveDigicheckAssessment creates a DigiCheck for the unit', method: 'saveDigicheckAssessment',
    input: (s: State) => ({ orgUnitId: (s as DigicheckState).digicheckUnitId, title: 'DigiCheck Wohngeldstelle 2026', heldOn: '2026-03-10', participants: 'Leitung Wohngeldstelle' }),
    expect: (r, s) => { const a = okAs(r, shape.digicheckAssessment); (s as DigicheckState).assessmentId = a.id; (s as DigicheckState).questionId = a.answers[0]!.questionId; expect(a.unit.name).toBe('Wohngeldstelle'); },
  },
  { name: 'saveDigicheckAssessment refuses a DigiCheck without unit', method: 'saveDigicheckAssessment', input: { title: 'Ohne Einheit', heldOn: '2026-03-10' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'orgUnitId', message: /Organisationseinheit oder das Handlungsfeld/ }) },
  {
    name: 'saveDigicheckAnswer scores a question Ist 1, Soll 3', method: 'saveDigicheckAnswer',
    input: (s: State) => ({ assessmentId: (s as DigicheckState).assessmentId, questionId: (s as DigicheckState).questionId, ist: 1, soll: 3, justification: 'Ziele nur mündlich vereinbart.' }),
    expect: (r) => expect(okAs(r, shape.digicheckAssessment)).toMatchObject({ ist: 1, soll: 3, answered: 1 }),
  },
  { name: 'saveDigicheckAnswer refuses a score of 5', method: 'saveDigicheckAnswer', input: { assessmentId: 'a', questionId: 'q', ist: 5, soll: 4 }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'ist', message: /0 \(nicht vorhanden\) bis 4/ }) },
  { name: 'getDigicheckAssessment answers the DigiCheck', method: 'getDigicheckAssessment', input: (s: State) => ({ id: (s as DigicheckState).assessmentId }), expect: (r) => expect(okAs(r, shape.digicheckAssessment).dimensions).toHaveLength(9) },
  { name: 'listDigicheckAssessments lists it', method: 'listDigicheckAssessments', input: {}, expect: (r) => expect(okAs(r, shape.digicheckAssessmentSummary.array()).map((a) => a.title)).toContain('DigiCheck Wohngeldstelle 2026') },
  { name: 'compareDigicheckAssessments has no earlier DigiCheck yet', method: 'compareDigicheckAssessments', input: (s: State) => ({ id: (s as DigicheckState).assessmentId }), expect: (r) => expect(okAs(r, shape.digicheckComparison)).toMatchObject({ earlier: null, rows: [] }) },
  {
    name: 'saveDigicheckCatalogue of an unknown catalogue answers not_found', method: 'saveDigicheckCatalogue',
    input: { id: 'unknown-catalogue', name: 'DigiCheck Kommune', dimensions: [{ name: 'Daten', questions: [{ text: 'Gibt es Daten?' }] }] },
    comparable: true, expect: (r) => failure(r, 'not_found'),
  },
  { name: 'deleteDigicheckAssessment removes it', method: 'deleteDigicheckAssessment', input: (s: State) => ({ id: (s as DigicheckState).assessmentId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },

  // --- DigiCheck: recommendations, partial strategy ---
  {
    name: 'saveDigicheckAssessment creates a DigiCheck for the recommendations', method: 'saveDigicheckAssessment',
    input: (s: State) => ({ orgUnitId: (s as DigicheckState).digicheckUnitId, title: 'DigiCheck Wohngeldstelle 2026', heldOn: '2026-03-10' }),
    expect: (r, s) => { const a = okAs(r, shape.digicheckAssessment); (s as RecommendationState).recAssessmentId = a.id; expect(a.unit.name).toBe('Wohngeldstelle'); },
  },
  {
    name: 'saveRecommendation adds a recommendation for year 1 with a cost range', method: 'saveRecommendation',
    input: (s: State) => ({ assessmentId: (s as RecommendationState).recAssessmentId, title: 'Nachweise digital einreichen', priority: 'high', year: 1, dimensionKey: 'prozesse', oneOffMin: 20_000, oneOffMax: 30_000, yearlyMax: 5000, staffFte: 0.5 }),
    expect: (r, s) => { const x = okAs(r, shape.recommendation); (s as RecommendationState).recommendationId = x.id; expect(x).toMatchObject({ calendarYear: 2027, yearlyMin: 5000, yearlyMax: 5000, dimensionName: 'Prozesse' }); },
  },
  { name: 'saveRecommendation refuses year 4', method: 'saveRecommendation', input: { assessmentId: 'a', title: 'E-Akte', year: 4 }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'year', message: /Jahr 1, 2 oder 3/ }) },
  { name: 'saveRecommendation refuses a range whose end is below its start', method: 'saveRecommendation', input: { assessmentId: 'a', title: 'E-Akte', year: 1, oneOffMin: 9000, oneOffMax: 100 }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'oneOffMax', message: /kleiner als der Betrag „von“/ }) },
  { name: 'listRecommendations lists it', method: 'listRecommendations', input: (s: State) => ({ assessmentId: (s as RecommendationState).recAssessmentId }), expect: (r) => expect(okAs(r, shape.recommendation.array()).map((x) => x.title)).toEqual(['Nachweise digital einreichen']) },
  { name: 'getRecommendation answers it', method: 'getRecommendation', input: (s: State) => ({ id: (s as RecommendationState).recommendationId }), expect: (r) => expect(okAs(r, shape.recommendation).priority).toBe('high') },
  {
    name: 'getPartialStrategy counts the yearly cost in each of the three years', method: 'getPartialStrategy', input: (s: State) => ({ assessmentId: (s as RecommendationState).recAssessmentId }),
    expect: (r) => expect(okAs(r, shape.partialStrategy).totals.threeYears).toEqual({ min: 35_000, max: 45_000 }),
  },
  {
    name: 'convertRecommendation turns it into an idea and keeps the link', method: 'convertRecommendation', input: (s: State) => ({ id: (s as RecommendationState).recommendationId, to: 'idea' }),
    expect: (r, s) => { const x = okAs(r, shape.recommendation); (s as RecommendationState).recIdeaId = x.ideaId ?? undefined; expect(x.ideaTitle).toBe('Nachweise digital einreichen'); },
  },
  { name: 'convertRecommendation refuses a second conversion', method: 'convertRecommendation', input: (s: State) => ({ id: (s as RecommendationState).recommendationId, to: 'measure' }), expect: (r) => failure(r, 'conflict') },
  {
    name: 'getRecommendationOrigin names the DigiCheck the idea came from', method: 'getRecommendationOrigin', input: (s: State) => ({ ideaId: (s as RecommendationState).recIdeaId }),
    expect: (r) => expect(okAs(r, shape.recommendationOrigin)).toMatchObject({ assessmentTitle: 'DigiCheck Wohngeldstelle 2026' }),
  },
  { name: 'getRecommendationOrigin answers null for a measure of another origin', method: 'getRecommendationOrigin', input: { measureId: 'unbekannt' }, comparable: true, expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  {
    name: 'exportPartialStrategy answers the strategy as Markdown with a safe file name', method: 'exportPartialStrategy', input: (s: State) => ({ assessmentId: (s as RecommendationState).recAssessmentId, format: 'md' }),
    expect: (r) => { const f = okAs(r, shape.agendaExport); expect(f.fileName).toBe('Teilstrategie Wohngeldstelle 2027-2029.md'); expect(new TextDecoder().decode(f.bytes)).toContain('Nachweise digital einreichen'); },
  },
  { name: 'exportPartialStrategy of an unknown DigiCheck answers not_found', method: 'exportPartialStrategy', input: { assessmentId: 'unbekannt', format: 'pdf' }, comparable: true, expect: (r) => failure(r, 'not_found') },
  { name: 'deleteRecommendation removes it', method: 'deleteRecommendation', input: (s: State) => ({ id: (s as RecommendationState).recommendationId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },

  // --- value propositions ---
  {
    name: 'saveValueProposition creates a value proposition for a target group',
    method: 'saveValueProposition',
    input: { title: 'Wohngeld digital', targetGroup: 'Wohngeld-Antragstellende', stakeholderId: '' },
    expect: (r, s) => { const x = okAs(r, shape.valueProposition); Object.assign(s, { valueId: x.id }); expect(x).toMatchObject({ stakeholder: null, items: [] }); },
  },
  { name: 'saveValueProposition refuses an empty target group', method: 'saveValueProposition', input: { title: 'Wohngeld', targetGroup: ' ' }, comparable: true, expect: (r) => failure(r, 'invalid_input', { path: 'targetGroup', message: /Pflichtfeld/ }) },
  {
    name: 'saveValueItem adds the problem „Wartezeiten“',
    method: 'saveValueItem',
    input: (s: State) => ({ propositionId: (s as ValueState).valueId, kind: 'problem', text: 'Wartezeiten' }),
    expect: (r, s) => { const x = okAs(r, shape.valueProposition).items.find((i) => i.text === 'Wartezeiten'); expect(x).toMatchObject({ kind: 'problem', rank: 1, duplicate: false }); (s as ValueState).valueItem0 = x!.id; },
  },
  {
    name: 'saveValueItem adds the problem „Unklare Nachweise“',
    method: 'saveValueItem',
    input: (s: State) => ({ propositionId: (s as ValueState).valueId, kind: 'problem', text: 'Unklare Nachweise' }),
    expect: (r, s) => { const x = okAs(r, shape.valueProposition).items.find((i) => i.text === 'Unklare Nachweise'); expect(x).toMatchObject({ kind: 'problem', rank: 2, duplicate: false }); (s as ValueState).valueItem1 = x!.id; },
  },
  {
    name: 'saveValueItem adds the reliever „Online-Antrag“',
    method: 'saveValueItem',
    input: (s: State) => ({ propositionId: (s as ValueState).valueId, kind: 'reliever', text: 'Online-Antrag' }),
    expect: (r, s) => { const x = okAs(r, shape.valueProposition).items.find((i) => i.text === 'Online-Antrag'); expect(x).toMatchObject({ kind: 'reliever', rank: 1, duplicate: false }); (s as ValueState).valueItem2 = x!.id; },
  },
  {
    name: 'reorderValueItems puts the second problem first',
    method: 'reorderValueItems',
    input: (s: State) => ({ propositionId: (s as ValueState).valueId, kind: 'problem', ids: [(s as ValueState).valueItem1, (s as ValueState).valueItem0] }),
    expect: (r) => expect(okAs(r, shape.valueProposition).items.filter((i) => i.kind === 'problem').map((i) => i.text)).toEqual(['Unklare Nachweise', 'Wartezeiten']),
  },
  {
    name: 'saveValueFit links the reliever to a problem and the summary counts it',
    method: 'saveValueFit',
    input: (s: State) => ({ ourItemId: (s as ValueState).valueItem2, theirItemId: (s as ValueState).valueItem0 }),
    expect: (r, s) => { const x = okAs(r, shape.valueProposition); Object.assign(s, { valueFitId: x.fits[0]!.id }); expect(x.summary.counts.problem).toEqual({ covered: 1, total: 2 }); },
  },
  {
    name: 'saveValueFit refuses two problems', method: 'saveValueFit', comparable: true,
    input: (s: State) => ({ ourItemId: (s as ValueState).valueItem1, theirItemId: (s as ValueState).valueItem0 }),
    expect: (r) => failure(r, 'invalid_input', { path: 'theirItemId', message: /derselben Seite/ }),
  },
  { name: 'getValueProposition answers it', method: 'getValueProposition', input: (s: State) => ({ id: (s as ValueState).valueId }), expect: (r) => expect(okAs(r, shape.valueProposition).summary.rows[0]!.item.text).toBe('Unklare Nachweise') },
  { name: 'listValuePropositions lists it with its coverage', method: 'listValuePropositions', input: {}, expect: (r) => expect(okAs(r, shape.valuePropositionSummary.array()).map((p) => p.counts.problem)).toEqual([{ covered: 1, total: 2 }]) },
  { name: 'linkValueMeasure links a measure', method: 'linkValueMeasure', input: (s: State) => ({ propositionId: (s as ValueState).valueId, measureId: s.measureId }), expect: (r) => expect(okAs(r, shape.valueProposition).measures).toHaveLength(1) },
  { name: 'unlinkValueMeasure unlinks it', method: 'unlinkValueMeasure', input: (s: State) => ({ propositionId: (s as ValueState).valueId, measureId: s.measureId }), expect: (r) => expect(okAs(r, shape.valueProposition).measures).toEqual([]) },
  { name: 'deleteValueFit deletes the link', method: 'deleteValueFit', input: (s: State) => ({ id: (s as ValueState).valueFitId }), expect: (r) => expect(okAs(r, shape.valueProposition).fits).toEqual([]) },
  { name: 'deleteValueItem deletes an item', method: 'deleteValueItem', input: (s: State) => ({ id: (s as ValueState).valueItem2 }), expect: (r) => expect(okAs(r, shape.valueProposition).items).toHaveLength(2) },
  { name: 'deleteValueProposition deletes it', method: 'deleteValueProposition', input: (s: State) => ({ id: (s as ValueState).valueId }), expect: (r) => expect(r).toEqual({ ok: true, value: null }) },
  { name: 'getValueProposition of a deleted one answers not_found', method: 'getValueProposition', input: { id: 'unbekannt' }, comparable: true, expect: (r) => failure(r, 'not_found') },
];
