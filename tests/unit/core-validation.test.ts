/**
 * Bad input at the API door: every method rejects wrong types, missing fields
 * and oversized strings with `invalid_input`, the offending field paths and a
 * message a person understands (German, English with lang en) — and nothing
 * is written: rows, backups, the registry and the open workspace stay as they were.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { METHODS, type Lang } from '../../api/index.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

let h: Harness;
let measureId: string;
let fieldId: string;

beforeAll(async () => {
  h = createHarness();
  value(await h.api.createWorkspace({ ags: '05770024' }));
  fieldId = value(await h.api.saveField({ name: 'Smart City' })).id;
  measureId = value(await h.api.saveMeasure({ title: 'Bürgerportal', fieldId })).id;
  value(await h.api.createBackup());
});
afterAll(() => h.cleanup());

/** Everything a call could change, read straight from disk and the store. */
async function snapshot() {
  const raw = h.core.raw();
  const count = (table: string) => (raw.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const file = h.core.workspace().store.file;
  const data = join(h.dir, 'data');
  return {
    rows: Object.fromEntries(['measures', 'fields', 'change_log', 'search_index', 'workspace_meta', 'ozg_services'].map((t) => [t, count(t)])),
    measures: raw.prepare('SELECT * FROM measures ORDER BY id').all(),
    fields: raw.prepare('SELECT * FROM fields ORDER BY id').all(),
    backups: readdirSync(`${file}.backups`).sort(),
    workspaces: readdirSync(join(data, 'workspaces')).sort(),
    registry: existsSync(join(data, 'workspaces.json')) ? readFileSync(join(data, 'workspaces.json'), 'utf8') : null,
    open: h.core.current?.id ?? null,
    undo: value(await h.api.getUndoState()),
  };
}

async function call(method: string, input: unknown, lang: Lang = 'de') {
  const r = await h.transport.invoke(method, input, { lang });
  if (r.ok) throw new Error(`${method} accepted ${JSON.stringify(input).slice(0, 80)}`);
  return r.error;
}

const long = (n: number) => 'x'.repeat(n);

const DE = {
  required: 'Pflichtfeld: bitte ausfüllen.',
  max200: 'Höchstens 200 Zeichen.',
  max64: 'Höchstens 64 Zeichen.',
  max20k: 'Höchstens 20.000 Zeichen.',
  choice: 'Bitte einen der vorgesehenen Werte wählen.',
  format: 'Das Format stimmt nicht.',
};
const EN = {
  required: 'Required: please fill in.',
  max200: 'At most 200 characters.',
  max64: 'At most 64 characters.',
  max20k: 'At most 20,000 characters.',
  choice: 'Please choose one of the offered values.',
  format: 'The format is not right.',
};
type Msg = keyof typeof DE;

/** [method, input, offending path, expected message (when it is one of the common ones)] */
type Case = [string, unknown, string, Msg?];

const idCases = (method: string): Case[] => [
  [method, {}, 'id', 'required'],
  [method, { id: 7 }, 'id'],
  [method, { id: '' }, 'id', 'required'],
  [method, { id: long(65) }, 'id', 'max64'],
];

/** A pack one byte over the cap that prints short in the test name (a plain 50 MB array would print 50 million numbers). */
function bigPack(): Uint8Array {
  return new (class extends Uint8Array {
    toJSON() {
      return '50 MB + 1 Byte';
    }
  })(50 * 1024 * 1024 + 1);
}

const CASES: Case[] = [
  ['searchMunicipalities', {}, 'query', 'required'],
  ['searchMunicipalities', { query: 5 }, 'query'],
  ['searchMunicipalities', { query: long(201) }, 'query', 'max200'],
  ['searchMunicipalities', { query: 'Minden', limit: 0 }, 'limit'],
  ['searchMunicipalities', { query: 'Minden', limit: 2.5 }, 'limit'],
  ['searchMunicipalities', { query: 'Minden', limit: '10' }, 'limit'],
  ['createWorkspace', {}, 'ags', 'required'],
  ['createWorkspace', { ags: 5770024 }, 'ags'],
  ['createWorkspace', { ags: long(10_000) }, 'ags'],
  ...idCases('openWorkspace'),
  ...idCases('forgetWorkspace'),
  ['saveField', {}, 'name', 'required'],
  ['saveField', { name: '   ' }, 'name', 'required'],
  ['saveField', { name: long(201) }, 'name', 'max200'],
  ['saveField', { name: ['Smart'] }, 'name'],
  ['saveField', { name: 'Neu', color: 'red' }, 'color', 'format'],
  ['saveField', { name: 'Neu', sortOrder: -1 }, 'sortOrder'],
  ['saveField', { name: 'Neu', sortOrder: 1.5 }, 'sortOrder'],
  ['saveField', { name: 'Neu', description: long(20_001) }, 'description', 'max20k'],
  ['saveField', { id: long(65), name: 'Neu' }, 'id', 'max64'],
  ...idCases('deleteField'),
  ['listMeasures', { sort: 'zufall' }, 'sort', 'choice'],
  ['listMeasures', { dir: 'up' }, 'dir', 'choice'],
  ['listMeasures', { phase: 'fertig' }, 'phase', 'choice'],
  ['listMeasures', { priority: 1 }, 'priority'],
  ['listMeasures', { limit: 0 }, 'limit'],
  ['listMeasures', { limit: 20_001 }, 'limit'],
  ['listMeasures', { offset: -1 }, 'offset'],
  ['listMeasures', { query: long(201) }, 'query', 'max200'],
  ['listMeasures', { fieldId: long(65) }, 'fieldId', 'max64'],
  ...idCases('getMeasure'),
  ['saveMeasure', {}, 'title', 'required'],
  ['saveMeasure', { title: '  ' }, 'title', 'required'],
  ['saveMeasure', { title: long(201) }, 'title', 'max200'],
  ['saveMeasure', { title: long(1_000_000) }, 'title', 'max200'],
  ['saveMeasure', { title: { de: 'Titel' } }, 'title'],
  ['saveMeasure', { title: 'Neu', phase: 'fertig' }, 'phase', 'choice'],
  ['saveMeasure', { title: 'Neu', priority: 'dringend' }, 'priority', 'choice'],
  ['saveMeasure', { title: 'Neu', start: '15.03.2026' }, 'start'],
  ['saveMeasure', { title: 'Neu', start: '2026-02-30' }, 'start'],
  ['saveMeasure', { title: 'Neu', start: '2026-05-01', end: '2026-04-01' }, 'end'],
  ['saveMeasure', { title: 'Neu', budget: -1 }, 'budget'],
  ['saveMeasure', { title: 'Neu', budget: 'viel' }, 'budget'],
  ['saveMeasure', { title: 'Neu', budget: 1e13 }, 'budget'],
  ['saveMeasure', { title: 'Neu', leadUnit: long(201) }, 'leadUnit', 'max200'],
  ['saveMeasure', { title: 'Neu', description: long(20_001) }, 'description', 'max20k'],
  ['saveMeasure', { title: 'Neu', fieldId: long(65) }, 'fieldId', 'max64'],
  ['saveMeasure', { id: 12, title: 'Neu' }, 'id'],
  ...idCases('deleteMeasure'),
  ['listHistory', { entity: 'wetter', id: 'x' }, 'entity', 'choice'],
  ['listHistory', { entity: 'measure' }, 'id', 'required'],
  ['search', {}, 'query', 'required'],
  ['search', { query: '' }, 'query', 'required'],
  ['search', { query: '   ' }, 'query', 'required'],
  ['search', { query: long(201) }, 'query', 'max200'],
  ['search', { query: 'a', limit: 101 }, 'limit'],
  ['listBackups', { workspaceId: long(65) }, 'workspaceId', 'max64'],
  ['listBackups', { workspaceId: 3 }, 'workspaceId'],
  ['restoreBackup', {}, 'backupId', 'required'],
  ['restoreBackup', { backupId: '../../etc/passwd' }, 'backupId', 'format'],
  ['restoreBackup', { backupId: 'C:\\Windows\\system.cdo' }, 'backupId', 'format'],
  ['restoreBackup', { backupId: long(121) }, 'backupId', 'format'],
  ['restoreBackup', { backupId: 'x.cdo', workspaceId: 5 }, 'workspaceId'],
  // ideas
  ['listIdeas', { status: 'offen' }, 'status', 'choice'],
  ['listIdeas', { source: 'presse' }, 'source', 'choice'],
  ['listIdeas', { sort: 'zufall' }, 'sort', 'choice'],
  ['listIdeas', { query: long(201) }, 'query', 'max200'],
  ['listIdeas', { measureId: long(65) }, 'measureId', 'max64'],
  ['listIdeas', { limit: 0 }, 'limit'],
  ...idCases('getIdea'),
  ['saveIdea', { source: 'citizens' }, 'title', 'required'],
  ['saveIdea', { title: long(201), source: 'citizens' }, 'title', 'max200'],
  ['saveIdea', { title: 'Neu' }, 'source', 'choice'],
  ['saveIdea', { title: 'Neu', source: 'presse' }, 'source', 'choice'],
  ['saveIdea', { title: 'Neu', source: 'citizens', status: 'erledigt' }, 'status', 'choice'],
  ['saveIdea', { title: 'Neu', source: 'citizens', status: 'rejected' }, 'statusReason'],
  ['saveIdea', { title: 'Neu', source: 'citizens', submitter: long(201) }, 'submitter', 'max200'],
  ['saveIdea', { title: 'Neu', source: 'citizens', description: long(20_001) }, 'description', 'max20k'],
  ['saveIdea', { title: 'Neu', source: 'citizens', submittedOn: '08.01.2026' }, 'submittedOn'],
  ['saveIdea', { title: 'Neu', source: 'citizens', fieldId: 9 }, 'fieldId'],
  ...idCases('deleteIdea'),
  ...idCases('adoptIdea'),
  ['adoptIdea', { id: 'x', phase: 'fertig' }, 'phase', 'choice'],
  ['adoptIdea', { id: 'x', priority: 'dringend' }, 'priority', 'choice'],
  // Scoring
  ['saveScoringModel', {}, 'criteria', 'required'],
  ['saveScoringModel', { criteria: [] }, 'criteria'],
  ['saveScoringModel', { criteria: [{ name: long(121), weight: 100 }] }, 'criteria.0.name'],
  ['saveScoringModel', { criteria: [{ name: 'Nutzen', weight: 'viel' }] }, 'criteria.0.weight'],
  ['saveScoringModel', { criteria: [{ name: 'Nutzen', weight: 100, direction: 'oben' }] }, 'criteria.0.direction', 'choice'],
  ['saveScoringModel', { criteria: [{ name: 'Nutzen', weight: 100, scaleMax: 11 }] }, 'criteria.0.scaleMax'],
  ['saveScoringModel', { criteria: [{ name: 'Nutzen', weight: 60 }, { name: 'Aufwand', weight: 30 }] }, 'criteria'],
  ...idCases('deleteCriterion'),
  ['getMeasureScoring', {}, 'measureId', 'required'],
  ['getMeasureScoring', { measureId: long(65) }, 'measureId', 'max64'],
  ['saveScores', { measureId: 'x' }, 'scores', 'required'],
  ['saveScores', { measureId: 'x', scores: [{ criterionId: 'c', score: 1.5 }] }, 'scores.0.score'],
  ['saveScores', { measureId: 'x', scores: [{ criterionId: 'c', score: -1 }] }, 'scores.0.score'],
  ['saveScores', { measureId: 'x', scores: [{ criterionId: 'c', score: '3' }] }, 'scores.0.score'],
  ['saveScores', { measureId: 'x', scores: [{ criterionId: 'c', score: 1, justification: long(2001) }] }, 'scores.0.justification'],
  ['listScoreHistory', { measureId: 7 }, 'measureId'],
  ['getRanking', { weights: { a: 101 } }, 'weights.a'],
  ['getRanking', { weights: { a: 'viel' } }, 'weights.a'],
  ['getSensitivity', {}, 'criterionId', 'required'],
  ['getSensitivity', { criterionId: 'c', deltas: [] }, 'deltas'],
  ['getSensitivity', { criterionId: 'c', deltas: ['zehn'] }, 'deltas.0'],
  // Charts
  ['getValueEffortChart', { limit: 0 }, 'limit'],
  ['getValueEffortChart', { grid: 'zehn' }, 'grid'],
  ['getPhaseFunnel', { fieldId: 7 }, 'fieldId'],
  ['getPhaseFunnel', { fieldId: long(65) }, 'fieldId', 'max64'],
  ['getBudgetByYear', { from: 'letztes Jahr' }, 'from'],
  ['getBudgetByYear', { from: 2027, to: 2026 }, 'to'],
  ['getMilestoneTimeline', { year: 1900 }, 'year'],
  ['getMilestoneTimeline', { groupBy: 'phase' }, 'groupBy', 'choice'],
  ['getFundingShare', { from: 2027, to: 2026 }, 'to'],
  ['getFundingShare', { to: 'nächstes Jahr' }, 'to'],
  ['getStatusMatrix', { limit: 0 }, 'limit'],
  ['getStatusMatrix', { fieldId: long(65) }, 'fieldId', 'max64'],
  // Fact sheet: the measure's extra fields, milestones, dependencies, OZG links
  ['saveMeasure', { title: 'Neu', progress: 101 }, 'progress'],
  ['saveMeasure', { title: 'Neu', tags: [long(41)] }, 'tags.0'],
  ['saveMeasure', { title: 'Neu', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) }, 'tags'],
  ['saveMeasure', { title: 'Neu', goals: long(20_001) }, 'goals', 'max20k'],
  ['saveMeasure', { title: 'Neu', projectLead: long(201) }, 'projectLead', 'max200'],
  ['saveMeasure', { title: 'Neu', mustCritical: 'ja' }, 'mustCritical'],
  ['listMilestones', {}, 'measureId', 'required'],
  ['saveMilestone', { measureId: 'x' }, 'title', 'required'],
  ['saveMilestone', { measureId: 'x', title: long(201) }, 'title', 'max200'],
  ['saveMilestone', { measureId: 'x', title: 'Go-live', plannedOn: '30.06.2026' }, 'plannedOn'],
  ['saveMilestone', { measureId: 'x', title: 'Go-live', done: 'ja' }, 'done'],
  ...idCases('deleteMilestone'),
  ['listDependencies', { measureId: 7 }, 'measureId'],
  ['addDependency', { measureId: 'x' }, 'dependsOnId', 'required'],
  ['addDependency', { measureId: 'x', dependsOnId: long(65) }, 'dependsOnId', 'max64'],
  ...idCases('removeDependency'),
  ['listOzgServices', { query: long(201) }, 'query', 'max200'],
  ['listOzgServices', { query: 'Wohngeld', limit: 201 }, 'limit'],
  ['listOzgServices', { query: 'Wohngeld', municipalOnly: 'ja' }, 'municipalOnly'],
  ['listMeasureOzgServices', {}, 'measureId', 'required'],
  ['linkOzgService', { measureId: 'x', ozgId: 'Wohngeld' }, 'ozgId'],
  ['linkOzgService', { measureId: 'x' }, 'ozgId', 'required'],
  ...idCases('unlinkOzgService'),
  // Finance: cost items, financing stack, roll-ups
  ['listCostItems', {}, 'measureId', 'required'],
  ['saveCostItem', { measureId: 'x', kind: 'investive' }, 'year', 'required'],
  ['saveCostItem', { measureId: 'x', year: 2026, kind: 'teuer' }, 'kind', 'choice'],
  ['saveCostItem', { measureId: 'x', year: 2026, kind: 'investive', plan: -1 }, 'plan'],
  ['saveCostItem', { measureId: 'x', year: 2026, kind: 'investive', plan: 1e11 }, 'plan'],
  ['saveCostItem', { measureId: 'x', year: 2026, kind: 'investive', actual: 'viel' }, 'actual'],
  ['saveCostItem', { measureId: 'x', year: 2101, kind: 'investive' }, 'year'],
  ['saveCostItem', { measureId: 'x', year: 2026, kind: 'investive', category: long(101) }, 'category'],
  ...idCases('deleteCostItem'),
  ['listFinancing', { measureId: long(65) }, 'measureId', 'max64'],
  ['saveFinancing', { measureId: 'x' }, 'items', 'required'],
  ['saveFinancing', { measureId: 'x', items: [{ sourceType: 'own', amount: -1 }] }, 'items.0.amount'],
  ['saveFinancing', { measureId: 'x', items: [{ sourceType: 'spende', amount: 1 }] }, 'items.0.sourceType', 'choice'],
  ['saveFinancing', { measureId: 'x', items: [{ sourceType: 'own', amount: 1, programmeId: 'p' }] }, 'items.0.programmeId'],
  ['getFinanceRollup', {}, 'by'],
  ['getFinanceRollup', { by: 'monat' }, 'by', 'choice'],
  // Funding programmes and applications
  ['listFundingProgrammes', { funder: 'nasa' }, 'funder', 'choice'],
  ['listFundingProgrammes', { query: long(201) }, 'query', 'max200'],
  ...idCases('getFundingProgramme'),
  ['saveFundingProgramme', { funder: 'bund' }, 'name', 'required'],
  ['saveFundingProgramme', { name: long(201), funder: 'bund' }, 'name', 'max200'],
  ['saveFundingProgramme', { name: 'P', funder: 'mond' }, 'funder', 'choice'],
  ['saveFundingProgramme', { name: 'P', funder: 'bund', maxQuota: 101 }, 'maxQuota'],
  ['saveFundingProgramme', { name: 'P', funder: 'bund', minOwnShare: 'zehn' }, 'minOwnShare'],
  ['saveFundingProgramme', { name: 'P', funder: 'bund', url: 'javascript:alert(1)' }, 'url'],
  ['saveFundingProgramme', { name: 'P', funder: 'bund', deadline: '31.03.2026' }, 'deadline'],
  ['saveFundingProgramme', { name: 'P', funder: 'bund', description: long(20_001) }, 'description', 'max20k'],
  ...idCases('deleteFundingProgramme'),
  ['deleteFundingProgramme', { id: 'x', confirm: 'ja' }, 'confirm'],
  ['importFundingProgrammes', {}, 'bytes'],
  ['importFundingProgrammes', { bytes: 'Name;Fördergeber' }, 'bytes'],
  ['importFundingProgrammes', { bytes: new Uint8Array(2 * 1024 * 1024 + 1) }, 'bytes'],
  ['importFundingProgrammes', { bytes: new Uint8Array(0), confirm: 'ja' }, 'confirm'],
  ['listApplications', { measureId: 7 }, 'measureId'],
  ['saveApplication', { programmeId: 'p' }, 'measureId', 'required'],
  ['saveApplication', { measureId: 'x', programmeId: 'p', status: 'gewonnen' }, 'status', 'choice'],
  ['saveApplication', { measureId: 'x', programmeId: 'p', amountRequested: -1 }, 'amountRequested'],
  ['saveApplication', { measureId: 'x', programmeId: 'p', amountRequested: 10, amountApproved: 20 }, 'amountApproved'],
  ['saveApplication', { measureId: 'x', programmeId: 'p', submittedOn: '2025-05-01', decisionOn: '2025-04-01' }, 'decisionOn'],
  ['saveApplication', { measureId: 'x', programmeId: 'p', reportingDeadline: '31.12.2026' }, 'reportingDeadline'],
  ...idCases('deleteApplication'),
  ['listFundingDeadlines', { days: 0 }, 'days'],
  ['listFundingDeadlines', { days: 'neunzig' }, 'days'],
  ['suggestProgrammes', {}, 'measureId', 'required'],
  ['suggestProgrammes', { measureId: 'x', limit: 51 }, 'limit'],
  // Status reports
  ['listStatusReports', {}, 'measureId', 'required'],
  ...idCases('getStatusReport'),
  ['fileStatusReport', { measureId: 'x', schedule: 'green', cost: 'orange', scope: 'green', resources: 'green', impact: 'green' }, 'cost', 'choice'],
  ['fileStatusReport', { measureId: 'x', schedule: 'green', cost: 'green', scope: 'green', resources: 'green' }, 'impact', 'choice'],
  ['fileStatusReport', { measureId: 'x', schedule: 'green', cost: 'green', scope: 'green', resources: 'green', impact: 'green', reportedOn: '31.12.2025' }, 'reportedOn'],
  ['fileStatusReport', { measureId: 'x', schedule: 'green', cost: 'green', scope: 'green', resources: 'green', impact: 'green', overall: 'blau' }, 'overall', 'choice'],
  ['fileStatusReport', { measureId: 'x', schedule: 'green', cost: 'green', scope: 'green', resources: 'green', impact: 'green', risks: long(20_001) }, 'risks', 'max20k'],
  ['proposeStatus', { measureId: long(65) }, 'measureId', 'max64'],
  ['listUpcomingMilestones', { days: 0 }, 'days'],
  ['listUpcomingMilestones', { days: 367 }, 'days'],
  ['listUpcomingMilestones', { days: 'neunzig' }, 'days'],
  ['getOverviewLights', { shown: 0 }, 'shown'],
  ['getOverviewLights', { shown: 'fünf' }, 'shown'],
  // Portfolio views
  ['saveView', { config: {} }, 'name', 'required'],
  ['saveView', { name: long(81), config: {} }, 'name'],
  ['saveView', { name: 'Ansicht' }, 'config', 'required'],
  ['saveView', { name: 'Ansicht', config: { columns: ['farbe'] } }, 'config.columns.0', 'choice'],
  ['saveView', { name: 'Ansicht', config: { sort: { key: 'farbe' } } }, 'config.sort.key', 'choice'],
  ['saveView', { name: 'Ansicht', config: { filters: { tag: long(41) } } }, 'config.filters.tag'],
  ...idCases('deleteView'),
  ['listMeasures', { sort: 'farbe' }, 'sort', 'choice'],
  ['listMeasures', { must: 'ja' }, 'must'],
  ['listMeasures', { tag: long(41) }, 'tag'],
  ['listMeasures', { leadUnit: long(201) }, 'leadUnit', 'max200'],
  // Spreadsheets
  ['exportPortfolio', {}, 'format', 'choice'],
  ['exportPortfolio', { format: 'pdf' }, 'format', 'choice'],
  ['exportPortfolio', { format: 'csv', config: { columns: ['geheim'] } }, 'config.columns.0', 'choice'],
  ['exportPortfolio', { format: 'csv', config: { sort: { key: 'zufall' } } }, 'config.sort.key', 'choice'],
  ['previewProjectImport', { fileName: 'a.csv' }, 'bytes'],
  ['previewProjectImport', { bytes: 'Titel;Budget', fileName: 'a.csv' }, 'bytes'],
  ['previewProjectImport', { bytes: new Uint8Array(0), fileName: 'a.csv' }, 'bytes'],
  // toJSON keeps the case's title short: the test name prints its input.
  ['previewProjectImport', { bytes: Object.assign(new Uint8Array(20 * 1024 * 1024 + 1), { toJSON: () => '20 MB + 1 byte' }), fileName: 'a.csv' }, 'bytes'],
  ['previewProjectImport', { bytes: new Uint8Array([65]) }, 'fileName', 'required'],
  ['previewProjectImport', { bytes: new Uint8Array([65]), fileName: long(201) }, 'fileName', 'max200'],
  ['importProjects', { bytes: new Uint8Array([65]), fileName: 'a.csv', skipInvalid: 'ja' }, 'skipInvalid'],
  ['importProjects', { fileName: 'a.csv' }, 'bytes'],
  // Agenda
  ['getAgenda', {}, 'agendaId', 'required'],
  ['getAgenda', { agendaId: long(65) }, 'agendaId', 'max64'],
  ['saveAgenda', { periodFrom: 2026, periodTo: 2030 }, 'title', 'required'],
  ['saveAgenda', { title: long(201), periodFrom: 2026, periodTo: 2030 }, 'title', 'max200'],
  ['saveAgenda', { title: 'A', periodFrom: '2026', periodTo: 2030 }, 'periodFrom'],
  ['saveAgenda', { title: 'A', periodFrom: 2026.5, periodTo: 2030 }, 'periodFrom'],
  ['saveAgenda', { title: 'A', periodFrom: 2026, periodTo: 2040 }, 'periodTo'],
  ['saveAgenda', { title: 'A', periodFrom: 2026, periodTo: 2030, vision: long(20_001) }, 'vision', 'max20k'],
  ['saveAgenda', { title: 'A', periodFrom: 2026, periodTo: 2030, principles: 'Digital zuerst' }, 'principles'],
  ['saveAgenda', { title: 'A', periodFrom: 2026, periodTo: 2030, principles: Array(31).fill('P') }, 'principles'],
  ['saveAgenda', { title: 'A', periodFrom: 2026, periodTo: 2030, startingFigures: [{ label: 'Quote' }] }, 'startingFigures.0.value', 'required'],
  ['getAgendaSnapshot', { agendaId: 'x', versionNumber: 0 }, 'versionNumber'],
  ['saveAgendaGoal', { agendaId: 'x' }, 'title', 'required'],
  ['saveAgendaGoal', { agendaId: 'x', title: long(201) }, 'title', 'max200'],
  ['saveAgendaGoal', { title: 'Z' }, 'agendaId', 'required'],
  ...idCases('deleteAgendaGoal'),
  ['linkAgendaMeasure', { goalId: 'x' }, 'measureId', 'required'],
  ['unlinkAgendaMeasure', { measureId: 'x' }, 'goalId', 'required'],
  ['saveAgendaIndicator', { agendaId: 'x', goalId: 'g', unit: '%', level: 'outcome' }, 'name', 'required'],
  ['saveAgendaIndicator', { agendaId: 'x', goalId: 'g', name: 'K', unit: '%', level: 'wirkung' }, 'level', 'choice'],
  ['saveAgendaIndicator', { agendaId: 'x', goalId: 'g', name: 'K', unit: '%', level: 'outcome', target: 'hoch' }, 'target'],
  ['saveAgendaIndicator', { agendaId: 'x', goalId: 'g', name: 'K', unit: '%', level: 'outcome', targetOn: '31.12.2030' }, 'targetOn'],
  ['saveAgendaIndicator', { agendaId: 'x', name: 'K', unit: '%', level: 'outcome' }, 'goalId'],
  ['saveAgendaIndicator', { agendaId: 'x', goalId: 'g', name: 'K', unit: '%', level: 'outcome', baselineOn: '2026-01-01', targetOn: '2025-01-01' }, 'targetOn'],
  ...idCases('deleteAgendaIndicator'),
  ['saveAgendaMeasurement', { indicatorId: 'x', value: 1 }, 'measuredOn', 'required'],
  ['saveAgendaMeasurement', { indicatorId: 'x', measuredOn: '2026-02-30', value: 1 }, 'measuredOn'],
  ['saveAgendaMeasurement', { indicatorId: 'x', measuredOn: '2026-02-01', value: Infinity }, 'value'],
  ...idCases('deleteAgendaMeasurement'),
  ['listAgendaVersions', {}, 'agendaId', 'required'],
  ['createAgendaVersion', { agendaId: 'x', label: long(201) }, 'label', 'max200'],
  ['updateAgendaVersion', { id: 'x', status: 'adopted' }, 'status', 'choice'],
  ...idCases('freezeAgendaVersion'),
  ['adoptAgendaVersion', { id: 'x', councilBody: 'Rat', decisionNumber: 'DS 1' }, 'decidedOn', 'required'],
  ['adoptAgendaVersion', { id: 'x', decisionNumber: 'DS 1', decidedOn: '2026-01-01' }, 'councilBody', 'required'],
  ['compareAgendaVersions', { agendaId: 'x', from: 'eins' }, 'from'],
  ['getAgendaRoadmap', { agendaId: 7 }, 'agendaId'],
  ['moveRoadmapMeasure', { measureId: 'x', start: '2026-01-01' }, 'end', 'required'],
  ['moveRoadmapMeasure', { measureId: 'x', start: '2026-05-01', end: '2026-01-01' }, 'end'],
  // Agenda export
  ['exportAgenda', { format: 'pdf' }, 'agendaId', 'required'],
  ['exportAgenda', { agendaId: 'x', format: 'exe' }, 'format', 'choice'],
  ['exportAgenda', { agendaId: 'x', format: 'pdf', sections: [] }, 'sections'],
  ['exportAgenda', { agendaId: 'x', format: 'pdf', sections: ['geheim'] }, 'sections.0', 'choice'],
  ['exportAgenda', { agendaId: 'x', format: 'pdf', audience: 'presse' }, 'audience', 'choice'],
  ['exportAgenda', { agendaId: 'x', format: 'pdf', versionNumber: 0 }, 'versionNumber'],
  // Peer packs
  ['previewPackImport', {}, 'bytes'],
  ['previewPackImport', { bytes: 'UEsDBA==' }, 'bytes'],
  ['previewPackImport', { bytes: bigPack() }, 'bytes'],
  ['previewPackImport', { bytes: new Uint8Array(0), fileName: long(256) }, 'fileName'],
  ['importPack', {}, 'bytes'],
  ['importPack', { bytes: new Uint8Array(0), fieldMappings: 'alle' }, 'fieldMappings'],
  ['importPack', { bytes: new Uint8Array(0), fieldMappings: [{ packField: 'Schulen' }] }, 'fieldMappings.0.fieldId'],
  ...idCases('removePeerPack'),
  ['exportPack', { license: 'MIT' }, 'license', 'choice'],
  ['exportPack', { measureIds: 'alle' }, 'measureIds'],
  ['exportPack', { sign: 'ja' }, 'sign'],
  ['exportPack', { includePersonalData: 1 }, 'includePersonalData'],
  ['exportPack', { contactEmail: 'keine Adresse' }, 'contactEmail'],
  ['exportPack', { measureIds: ['a'], viewId: 'b' }, 'viewId'],
  ['getDemoPack', {}, 'id', 'required'],
  ['getDemoPack', { id: '../../etc/passwd' }, 'id'],
  // Peer library, matching, cooperation
  ['listPeerProjects', { query: long(201) }, 'query', 'max200'],
  ['listPeerProjects', { status: 'fertig' }, 'status', 'choice'],
  ['listPeerProjects', { land: 'NRW' }, 'land'],
  ['listPeerProjects', { ozgId: 'Wohngeld' }, 'ozgId'],
  ['listPeerProjects', { year: 1800 }, 'year'],
  ['listPeerProjects', { budgetMin: 10, budgetMax: 5 }, 'budgetMax'],
  ['listPeerProjects', { limit: 501 }, 'limit'],
  ['listPeerProjects', { sort: 'zufall' }, 'sort', 'choice'],
  ...idCases('getPeerProject'),
  ['findPeerMatches', { kind: 'stakeholder', id: 'x' }, 'kind', 'choice'],
  ['findPeerMatches', { kind: 'idea' }, 'id', 'required'],
  ['findPeerMatches', { kind: 'idea', id: 'x', limit: 51 }, 'limit'],
  ['findOwnMatches', {}, 'peerProjectId', 'required'],
  ['findOwnMatches', { peerProjectId: long(65) }, 'peerProjectId', 'max64'],
  ['listPeerMatchOverview', { perItem: 0 }, 'perItem'],
  ['adoptPeerProject', {}, 'peerProjectId', 'required'],
  ['adoptPeerProject', { peerProjectId: 'x', fieldId: long(65) }, 'fieldId', 'max64'],
  ['listPeerAdoptions', { ideaId: 7 }, 'ideaId'],
  ['listPartnerships', { measureId: long(65) }, 'measureId', 'max64'],
  ['savePartnership', { kind: 'ikz', partnerName: 'Kreis' }, 'measureId', 'required'],
  ['savePartnership', { measureId: 'x', kind: 'freundschaft', partnerName: 'Kreis' }, 'kind', 'choice'],
  ['savePartnership', { measureId: 'x', kind: 'ikz' }, 'partnerName'],
  ['savePartnership', { measureId: 'x', kind: 'ikz', partnerAgs: '123' }, 'partnerAgs'],
  ['savePartnership', { measureId: 'x', kind: 'ikz', partnerName: long(201) }, 'partnerName', 'max200'],
  ['savePartnership', { measureId: 'x', kind: 'ikz', partnerName: 'Kreis', costShare: 101 }, 'costShare'],
  ['savePartnership', { measureId: 'x', kind: 'ikz', partnerName: 'Kreis', agreement: 'handschlag' }, 'agreement'],
  ['savePartnership', { measureId: 'x', kind: 'ikz', partnerName: 'Kreis', status: 'fertig' }, 'status', 'choice'],
  ...idCases('deletePartnership'),
  // Stakeholders
  ...idCases('getStakeholder'),
  ['saveStakeholder', { kind: 'person', scope: 'internal', influence: 3, interest: 3, attitude: 'neutral', engagementNow: 'neutral', engagementWanted: 'neutral' }, 'name', 'required'],
  ['saveStakeholder', { name: long(201), kind: 'person', scope: 'internal', influence: 3, interest: 3, attitude: 'neutral', engagementNow: 'neutral', engagementWanted: 'neutral' }, 'name', 'max200'],
  ['saveStakeholder', { name: 'Presse', kind: 'tier', scope: 'internal', influence: 3, interest: 3, attitude: 'neutral', engagementNow: 'neutral', engagementWanted: 'neutral' }, 'kind', 'choice'],
  ['saveStakeholder', { name: 'Presse', kind: 'group', scope: 'internal', influence: 6, interest: 3, attitude: 'neutral', engagementNow: 'neutral', engagementWanted: 'neutral' }, 'influence'],
  ['saveStakeholder', { name: 'Presse', kind: 'group', scope: 'internal', influence: 3, interest: 0, attitude: 'neutral', engagementNow: 'neutral', engagementWanted: 'neutral' }, 'interest'],
  ['saveStakeholder', { name: 'Presse', kind: 'group', scope: 'internal', influence: 2.5, interest: 3, attitude: 'neutral', engagementNow: 'neutral', engagementWanted: 'neutral' }, 'influence'],
  ['saveStakeholder', { name: 'Presse', kind: 'group', scope: 'internal', influence: 3, interest: 3, attitude: 'feind', engagementNow: 'neutral', engagementWanted: 'neutral' }, 'attitude', 'choice'],
  ['saveStakeholder', { name: 'Presse', kind: 'group', scope: 'internal', influence: 3, interest: 3, attitude: 'neutral', engagementNow: 'neutral', engagementWanted: 'neutral', nextContact: '01.12.2026' }, 'nextContact'],
  ['saveStakeholder', { name: 'Presse', kind: 'group', scope: 'internal', influence: 3, interest: 3, attitude: 'neutral', engagementNow: 'neutral', engagementWanted: 'neutral', goalIds: [7] }, 'goalIds.0'],
  ['moveStakeholder', { id: 'x', influence: 6, interest: 3 }, 'influence'],
  ['moveStakeholder', { id: 'x', influence: 3 }, 'interest'],
  ...idCases('deleteStakeholder'),
  ['saveStakeholderRelation', { fromId: 'a', toId: 'a', kind: 'influences' }, 'toId'],
  ['saveStakeholderRelation', { fromId: 'a', toId: 'b', kind: 'liebt' }, 'kind', 'choice'],
  ...idCases('deleteStakeholderRelation'),
  // OZG maturity
  ['listOzgMaturity', { scope: 'bund' }, 'scope', 'choice'],
  ['saveOzgMaturity', { ozgId: '10092', model: '1.1', ist: 5 }, 'ist'],
  ['saveOzgMaturity', { ozgId: '10092', model: '2.0', soll: 8 }, 'soll'],
  ['saveOzgMaturity', {}, 'ozgId', 'required'],
  ['deleteOzgMaturity', { ozgId: '' }, 'ozgId', 'required'],
  ['getOzgMaturityChart', { model: '3.0' }, 'model', 'choice'],
  // ecosystem: org units, actors, roles
  ['saveOrgUnit', { kind: 'office' }, 'name', 'required'],
  ['saveOrgUnit', { name: long(201), kind: 'office' }, 'name', 'max200'],
  ['saveOrgUnit', { name: 'Wohngeldstelle', kind: 'amt' }, 'kind', 'choice'],
  ['saveOrgUnit', { name: 'Wohngeldstelle', kind: 'office', parentId: long(65) }, 'parentId', 'max64'],
  ['saveOrgUnit', { name: 'Wohngeldstelle', kind: 'office', shortName: long(51) }, 'shortName'],
  ...idCases('deleteOrgUnit'),
  ['listActors', { sphere: 'weltall' }, 'sphere', 'choice'],
  ...idCases('getActor'),
  ['saveActor', { kind: 'person', sphere: 'external' }, 'name', 'required'],
  ['saveActor', { name: 'KGSt', kind: 'verein', sphere: 'external' }, 'kind', 'choice'],
  ['saveActor', { name: 'KGSt', kind: 'organisation', sphere: 'aussen' }, 'sphere', 'choice'],
  ['saveActor', { name: 'KGSt', kind: 'organisation', sphere: 'external', fieldIds: 'alle' }, 'fieldIds'],
  ['saveActor', { name: 'KGSt', kind: 'organisation', sphere: 'external', description: long(5001) }, 'description'],
  ...idCases('deleteActor'),
  ['saveActorRelation', { fromId: 'a', toId: 'a', kind: 'steers' }, 'toId'],
  ['saveActorRelation', { fromId: 'a', toId: 'b', kind: 'liebt' }, 'kind', 'choice'],
  ...idCases('deleteActorRelation'),
  ['saveRoleAssignment', { role: 'kaiser', holderName: 'X' }, 'role', 'choice'],
  ['saveRoleAssignment', { role: 'cdo' }, 'holderName'],
  ['saveRoleAssignment', { role: 'other', holderName: 'X' }, 'title'],
  ['saveRoleAssignment', { role: 'cdo', holderName: long(201) }, 'holderName', 'max200'],
  ...idCases('deleteRoleAssignment'),
  ['deleteField', { id: 'x', reassignTo: 7 }, 'reassignTo'],
  // DigiCheck: catalogue, assessments
  ['getDigicheckCatalogue', { id: 7 }, 'id'],
  ['saveDigicheckCatalogue', { name: 'DigiCheck', dimensions: [] }, 'id', 'required'],
  ['saveDigicheckCatalogue', { id: 'c', name: 'DigiCheck', dimensions: [] }, 'dimensions'],
  ['saveDigicheckCatalogue', { id: 'c', name: '', dimensions: [{ name: 'Daten', questions: [{ text: 'Gibt es Daten?' }] }] }, 'name', 'required'],
  ['saveDigicheckCatalogue', { id: 'c', name: 'DigiCheck', dimensions: [{ name: 'Daten', questions: [] }] }, 'dimensions.0.questions'],
  ['saveDigicheckCatalogue', { id: 'c', name: 'DigiCheck', dimensions: [{ name: 'Daten', questions: [{ text: 'Gibt es Daten?', weight: -1 }] }] }, 'dimensions.0.questions.0.weight'],
  ['saveDigicheckCatalogue', { id: 'c', name: 'DigiCheck', dimensions: [{ key: 'Daten mit Leerzeichen', name: 'Daten', questions: [{ text: 'Gibt es Daten?' }] }] }, 'dimensions.0.key'],
  ...idCases('getDigicheckAssessment'),
  ...idCases('deleteDigicheckAssessment'),
  ['saveDigicheckAssessment', { title: 'DigiCheck', heldOn: '2026-03-10' }, 'orgUnitId'],
  ['saveDigicheckAssessment', { orgUnitId: 'u', heldOn: '2026-03-10' }, 'title', 'required'],
  ['saveDigicheckAssessment', { orgUnitId: 'u', title: 'DigiCheck', heldOn: '10.03.2026' }, 'heldOn'],
  ['saveDigicheckAssessment', { orgUnitId: 'u', title: long(201), heldOn: '2026-03-10' }, 'title', 'max200'],
  ['saveDigicheckAnswer', { assessmentId: 'a', questionId: 'q', ist: 5, soll: 4 }, 'ist'],
  ['saveDigicheckAnswer', { assessmentId: 'a', questionId: 'q', ist: 2, soll: -1 }, 'soll'],
  ['saveDigicheckAnswer', { assessmentId: 'a', questionId: 'q', ist: 1.5, soll: 2 }, 'ist'],
  ['saveDigicheckAnswer', { questionId: 'q', ist: 1, soll: 2 }, 'assessmentId', 'required'],
  ['compareDigicheckAssessments', {}, 'id', 'required'],
  ['compareDigicheckAssessments', { id: 'a', earlierId: 7 }, 'earlierId'],
  // DigiCheck: recommendations, partial strategy
  ['listRecommendations', {}, 'assessmentId', 'required'],
  ...idCases('getRecommendation'),
  ...idCases('deleteRecommendation'),
  ['saveRecommendation', { assessmentId: 'a', title: 'E-Akte', year: 4 }, 'year'],
  ['saveRecommendation', { assessmentId: 'a', year: 1 }, 'title', 'required'],
  ['saveRecommendation', { assessmentId: 'a', title: 'E-Akte', year: 1, oneOffMin: 9000, oneOffMax: 100 }, 'oneOffMax'],
  ['saveRecommendation', { assessmentId: 'a', title: 'E-Akte', year: 1, yearlyMax: 1e11 }, 'yearlyMax'],
  ['saveRecommendation', { assessmentId: 'a', title: 'E-Akte', year: 1, staffFte: -0.5 }, 'staffFte'],
  ['saveRecommendation', { assessmentId: 'a', title: 'E-Akte', year: 1, priority: 'dringend' }, 'priority', 'choice'],
  ['convertRecommendation', { id: 'r', to: 'projekt' }, 'to', 'choice'],
  ['convertRecommendation', { id: 'r', to: 'measure', phase: 'implementation' }, 'phase', 'choice'],
  ['getRecommendationOrigin', {}, 'ideaId'],
  ['getPartialStrategy', { assessmentId: 7 }, 'assessmentId'],
  ['exportPartialStrategy', { assessmentId: 'a', format: 'exe' }, 'format', 'choice'],
  // value propositions
  ['listValuePropositions', { query: long(201) }, 'query', 'max200'],
  ...idCases('getValueProposition'),
  ['saveValueProposition', { targetGroup: 'Gewerbetreibende' }, 'title', 'required'],
  ['saveValueProposition', { title: long(201), targetGroup: 'Gewerbetreibende' }, 'title', 'max200'],
  ['saveValueProposition', { title: 'Gewerbe', targetGroup: '  ' }, 'targetGroup', 'required'],
  ['saveValueProposition', { title: 'Gewerbe', targetGroup: 'Gewerbetreibende', description: long(20_001) }, 'description', 'max20k'],
  ['saveValueProposition', { title: 'Gewerbe', targetGroup: 'Gewerbetreibende', stakeholderId: 7 }, 'stakeholderId'],
  ...idCases('deleteValueProposition'),
  ['saveValueItem', { propositionId: 'x', kind: 'wunsch', text: 'Schnell' }, 'kind', 'choice'],
  ['saveValueItem', { propositionId: 'x', kind: 'problem' }, 'text', 'required'],
  ['saveValueItem', { propositionId: 'x', kind: 'problem', text: long(1001) }, 'text'],
  ['saveValueItem', { kind: 'problem', text: 'Wartezeit' }, 'propositionId', 'required'],
  ...idCases('deleteValueItem'),
  ['reorderValueItems', { propositionId: 'x', kind: 'problem', ids: [] }, 'ids'],
  ['reorderValueItems', { propositionId: 'x', kind: 'problem', ids: [5] }, 'ids.0'],
  ['reorderValueItems', { propositionId: 'x', kind: 'schmerz', ids: ['a'] }, 'kind', 'choice'],
  ['saveValueFit', { ourItemId: 'a', theirItemId: 'a' }, 'theirItemId'],
  ['saveValueFit', { ourItemId: 'a' }, 'theirItemId', 'required'],
  ...idCases('deleteValueFit'),
  ['linkValueMeasure', { propositionId: 'x' }, 'measureId', 'required'],
  ['unlinkValueMeasure', { propositionId: long(65), measureId: 'm' }, 'propositionId', 'max64'],
];

describe('every API method rejects bad input and writes nothing', () => {
  it.each(METHODS)('%s rejects an input that is not an object', async (method) => {
    const before = await snapshot();
    for (const input of ['kaputt', 42, [], true]) {
      const error = await call(method, input);
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe('Die Eingaben sind nicht gültig. Bitte prüfen Sie die markierten Felder.');
      expect(error.details?.issues?.[0]?.path).toBe('');
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each(CASES)('%s(%j) is refused at "%s"', async (method, input, path, msg) => {
    const before = await snapshot();
    const de = await call(method, input, 'de');
    const en = await call(method, input, 'en');
    expect(de.code).toBe('invalid_input');
    expect(en.code).toBe('invalid_input');
    const issueDe = de.details?.issues?.find((i) => i.path === path);
    const issueEn = en.details?.issues?.find((i) => i.path === path);
    expect({ path, issues: de.details?.issues }).toEqual({ path, issues: expect.arrayContaining([expect.objectContaining({ path })]) });
    expect(issueDe!.message).not.toBe('');
    expect(issueEn!.message).not.toBe(issueDe!.message);
    // Where the case names a common message, it must be exactly that one, in each language.
    expect([issueDe!.message, issueEn!.message]).toEqual(msg ? [DE[msg], EN[msg]] : [issueDe!.message, issueEn!.message]);
    expect(await snapshot()).toEqual(before);
  });

  it('covers every method that takes fields with at least one case', () => {
    const covered = new Set(CASES.map((c) => c[0]));
    const withoutFields = ['getAppInfo', 'getSession', 'listWorkspaces', 'createDemoWorkspace', 'closeWorkspace', 'listFields', 'getUndoState', 'undo', 'redo', 'getOverview', 'createBackup', 'listCriteria', 'listOzgThemenfelder', 'listPortfolioStatus', 'listViews', 'listMeasureFacets', 'listPeerFacets', 'listPartners', 'listPeerPacks', 'getPackSigningKey', 'listDemoPacks', 'listAgendas', 'getStakeholderRegister', 'listOrgUnits', 'getActorNetwork', 'listRoleAssignments', 'getEcosystemMap', 'listDigicheckCatalogues', 'listDigicheckAssessments'];
    const missing = METHODS.filter((m) => !covered.has(m) && !withoutFields.includes(m));
    expect(missing).toEqual([]);
  });
});

describe('messages a person understands', () => {
  it('names the dates problem in words, German and English', async () => {
    const de = await call('saveMeasure', { title: 'Neu', start: '2026-05-01', end: '2026-04-01' }, 'de');
    expect(de.details?.issues).toEqual([{ path: 'end', message: 'Das Ende liegt vor dem Beginn.' }]);
    const en = await call('saveMeasure', { title: 'Neu', start: '2026-02-30' }, 'en');
    expect(en.details?.issues).toEqual([{ path: 'start', message: 'This date does not exist.' }]);
    const format = await call('saveMeasure', { title: 'Neu', start: '15.03.2026' }, 'de');
    expect(format.details?.issues).toEqual([{ path: 'start', message: 'Bitte ein Datum im Format JJJJ-MM-TT angeben.' }]);
  });

  it('names the expected kind of value in the language of the call, one message per field', async () => {
    const de = await call('saveMeasure', { title: 'Neu', budget: 'viel' }, 'de');
    expect(de.details?.issues).toEqual([{ path: 'budget', message: 'Ungültiger Wert: erwartet wird eine Zahl.' }]);
    const en = await call('searchMunicipalities', { query: 'a', limit: 2.5 }, 'en');
    expect(en.details?.issues).toEqual([{ path: 'limit', message: 'Please enter a whole number.' }]);
    const root = await call('getOverview', 'x', 'de');
    expect(root.details?.issues).toEqual([{ path: '', message: 'Ungültiger Wert: erwartet wird ein Objekt.' }]);
  });

  it('reports every offending field at once', async () => {
    const error = await call('saveMeasure', { title: '', phase: 'x', budget: -5 }, 'de');
    expect(error.details?.issues?.map((i) => i.path).sort()).toEqual(['budget', 'phase', 'title']);
  });

  it('refuses a field of action that does not exist, naming the field, and writes nothing', async () => {
    const before = await snapshot();
    const error = await call('saveMeasure', { title: 'Neu', fieldId: 'gibt-es-nicht' }, 'de');
    expect(error.code).toBe('invalid_input');
    expect(error.details?.issues).toEqual([{ path: 'fieldId', message: 'Das gewählte Handlungsfeld gibt es nicht (mehr).' }]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a duplicate field name as a conflict on "name"', async () => {
    const before = await snapshot();
    const en = await call('saveField', { name: 'Smart City' }, 'en');
    expect(en.code).toBe('conflict');
    expect(en.details?.issues).toEqual([{ path: 'name', message: 'A field of action "Smart City" already exists.' }]);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an unknown method by name', async () => {
    const error = await call('dropAllTables', {}, 'de');
    expect(error).toEqual({ code: 'unknown_method', message: 'Unbekannte Funktion „dropAllTables“.' });
    expect((await call('dropAllTables', {}, 'en')).message).toBe('Unknown function "dropAllTables".');
  });

  it('answers not_found for well-formed ids that do not exist, and writes nothing', async () => {
    const before = await snapshot();
    for (const [method, input] of [['getMeasure', { id: 'nope' }], ['deleteMeasure', { id: 'nope' }], ['deleteField', { id: 'nope' }], ['saveMeasure', { id: 'nope', title: 'x' }], ['openWorkspace', { id: 'nope' }]] as const) {
      const error = await call(method, input, 'en');
      expect({ method, code: error.code }).toEqual({ method, code: 'not_found' });
    }
    expect(await snapshot()).toEqual(before);
    expect(value(await h.api.getMeasure({ id: measureId })).fieldId).toBe(fieldId);
  });
});
