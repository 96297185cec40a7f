/**
 * The DigiCheck question catalogue and its versions. Only the newest version
 * is edited; when assessments already use it, the edit becomes version n+1
 * (a copy with the same keys), so every old assessment keeps the questions and
 * weights it was answered with. An unused version is edited in place.
 */
import type { DigicheckCatalogue, DigicheckCatalogueSave, DigicheckCatalogueSummary, DigicheckDimension, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import type { Clock } from '../clock.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep, type Step } from '../changes/log.ts';
import { foldGerman } from '../fold.ts';
import { DEFAULT_CATALOGUE_NAME, DEFAULT_DIMENSIONS } from './default-catalogue.ts';

interface CatalogueRow { id: string; name: string; version: number; based_on_id: string | null; assessments: number; latest: number }

/** The newest version is the one no other version was copied from. */
const SELECT = `SELECT c.id, c.name, c.version, c.based_on_id,
  (SELECT count(*) FROM digicheck_assessments a WHERE a.catalogue_id = c.id) AS assessments,
  NOT EXISTS (SELECT 1 FROM digicheck_catalogues n WHERE n.based_on_id = c.id) AS latest
  FROM digicheck_catalogues c`;

/**
 * Writes the default catalogue when the workspace has none: new workspaces on
 * first use and workspaces made before the DigiCheck existed alike. Reference
 * content, not a user action, so it is not an undo step.
 */
export function ensureCatalogue(core: Core, clock: Clock = core.clock): void {
  const raw = core.raw();
  if (raw.prepare('SELECT 1 FROM digicheck_catalogues LIMIT 1').get()) return;
  const now = clock.now();
  const catalogueId = clock.newId();
  raw.transaction(() => {
    raw.prepare(`INSERT INTO digicheck_catalogues (id, name, version, origin, created_at, updated_at) VALUES (?, ?, 1, 'local', ?, ?)`)
      .run(catalogueId, DEFAULT_CATALOGUE_NAME, now, now);
    DEFAULT_DIMENSIONS.forEach((d, i) => {
      const dimensionId = clock.newId();
      raw.prepare(`INSERT INTO digicheck_dimensions (id, catalogue_id, key, name, description, weight, sort_order, origin, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`).run(dimensionId, catalogueId, d.key, d.name, d.description, d.weight ?? 1, (i + 1) * 10, now, now);
      d.questions.forEach((q, j) => {
        raw.prepare(`INSERT INTO digicheck_questions (id, dimension_id, key, text, help, weight, sort_order, origin, created_at, updated_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`).run(clock.newId(), dimensionId, q.key, q.text, q.help, q.weight ?? 1, (j + 1) * 10, now, now);
      });
    });
  })();
}

const summary = (r: CatalogueRow): DigicheckCatalogueSummary =>
  ({ id: r.id, name: r.name, version: r.version, assessments: r.assessments, latest: r.latest === 1 });

export function listCatalogues(core: Core): DigicheckCatalogueSummary[] {
  ensureCatalogue(core);
  return (core.raw().prepare(`${SELECT} ORDER BY c.version DESC`).all() as CatalogueRow[]).map(summary);
}

function dimensionsOf(core: Core, catalogueId: string): DigicheckDimension[] {
  const raw = core.raw();
  const dims = raw.prepare('SELECT id, key, name, description, weight FROM digicheck_dimensions WHERE catalogue_id = ? ORDER BY sort_order, name')
    .all(catalogueId) as Omit<DigicheckDimension, 'questions'>[];
  const questions = raw.prepare('SELECT id, key, text, help, weight FROM digicheck_questions WHERE dimension_id = ? ORDER BY sort_order, text');
  return dims.map((d) => ({ ...d, questions: questions.all(d.id) as DigicheckDimension['questions'] }));
}

/** The newest version: new assessments are answered with it. */
export function latestCatalogueId(core: Core): string {
  ensureCatalogue(core);
  const row = core.raw().prepare(`SELECT id FROM (${SELECT}) WHERE latest = 1 ORDER BY version DESC LIMIT 1`).get() as { id: string };
  return row.id;
}

/** One version with its dimensions and questions; without an id the newest. */
export function getCatalogue(core: Core, id?: string): DigicheckCatalogue {
  const catalogueId = id ?? latestCatalogueId(core);
  const row = core.raw().prepare(`${SELECT} WHERE c.id = ?`).get(catalogueId) as CatalogueRow | undefined;
  if (!row) throw notFound();
  return { ...summary(row), basedOnId: row.based_on_id, dimensions: dimensionsOf(core, row.id) };
}

type CatalogueInput = Parsed<'saveDigicheckCatalogue'>;

/** A key for a new dimension or question: readable, folded, unique among `taken`. */
function newKey(label: string, taken: Set<string>): string {
  const base = foldGerman(label).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'eintrag';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  taken.add(key);
  return key;
}

/** The input with every key filled in (kept where given, new where not). */
function withKeys(input: CatalogueInput) {
  const dimKeys = new Set(input.dimensions.flatMap((d) => (d.key ? [d.key] : [])));
  const questionKeys = new Set(input.dimensions.flatMap((d) => d.questions.flatMap((q) => (q.key ? [q.key] : []))));
  return input.dimensions.map((d) => ({
    ...d,
    key: d.key ?? newKey(d.name, dimKeys),
    questions: d.questions.map((q) => ({ ...q, key: q.key ?? newKey(q.text, questionKeys) })),
  }));
}

/** Same content (names, texts, weights, order, keys): saving it again changes nothing and makes no new version. */
function sameContent(current: DigicheckCatalogue, name: string, dims: ReturnType<typeof withKeys>): boolean {
  const shape = (n: string, ds: { key: string; name: string; description: string | null; weight: number; questions: { key: string; text: string; help: string | null; weight: number }[] }[]) =>
    JSON.stringify([n, ds.map((d) => [d.key, d.name, d.description, d.weight, d.questions.map((q) => [q.key, q.text, q.help, q.weight])])]);
  return shape(current.name, current.dimensions) === shape(name, dims);
}

function insertDimension(core: Core, step: Step, catalogueId: string, d: ReturnType<typeof withKeys>[number], order: number): void {
  const raw = core.raw();
  const now = core.clock.now();
  const dimensionId = core.clock.newId();
  step.track('digicheckDimension', dimensionId, 'create', () =>
    raw.prepare(`INSERT INTO digicheck_dimensions (id, catalogue_id, key, name, description, weight, sort_order, origin, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`).run(dimensionId, catalogueId, d.key, d.name, d.description, d.weight, order, now, now));
  d.questions.forEach((q, j) => insertQuestion(core, step, dimensionId, q, (j + 1) * 10));
}

function insertQuestion(core: Core, step: Step, dimensionId: string, q: ReturnType<typeof withKeys>[number]['questions'][number], order: number): void {
  const now = core.clock.now();
  const questionId = core.clock.newId();
  step.track('digicheckQuestion', questionId, 'create', () =>
    core.raw().prepare(`INSERT INTO digicheck_questions (id, dimension_id, key, text, help, weight, sort_order, origin, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`).run(questionId, dimensionId, q.key, q.text, q.help, q.weight, order, now, now));
}

/** Edits an unused version in place: matched by key, updated; new ones added; missing ones removed (questions before their dimension). */
function editInPlace(core: Core, step: Step, current: DigicheckCatalogue, name: string, dims: ReturnType<typeof withKeys>): void {
  const raw = core.raw();
  const now = core.clock.now();
  step.track('digicheckCatalogue', current.id, 'update', () =>
    raw.prepare('UPDATE digicheck_catalogues SET name = ?, updated_at = ? WHERE id = ?').run(name, now, current.id));
  const oldDims = new Map(current.dimensions.map((d) => [d.key, d]));
  for (const old of current.dimensions) {
    const next = dims.find((d) => d.key === old.key);
    const nextKeys = new Set(next?.questions.map((q) => q.key) ?? []);
    for (const q of old.questions.filter((x) => !nextKeys.has(x.key))) {
      step.track('digicheckQuestion', q.id, 'delete', () => raw.prepare('DELETE FROM digicheck_questions WHERE id = ?').run(q.id));
    }
    if (!next) step.track('digicheckDimension', old.id, 'delete', () => raw.prepare('DELETE FROM digicheck_dimensions WHERE id = ?').run(old.id));
  }
  dims.forEach((d, i) => {
    const old = oldDims.get(d.key);
    if (!old) return insertDimension(core, step, current.id, d, (i + 1) * 10);
    step.track('digicheckDimension', old.id, 'update', () =>
      raw.prepare('UPDATE digicheck_dimensions SET name = ?, description = ?, weight = ?, sort_order = ?, updated_at = ? WHERE id = ?')
        .run(d.name, d.description, d.weight, (i + 1) * 10, now, old.id));
    const oldQuestions = new Map(old.questions.map((q) => [q.key, q]));
    d.questions.forEach((q, j) => {
      const oq = oldQuestions.get(q.key);
      if (!oq) return insertQuestion(core, step, old.id, q, (j + 1) * 10);
      step.track('digicheckQuestion', oq.id, 'update', () =>
        raw.prepare('UPDATE digicheck_questions SET text = ?, help = ?, weight = ?, sort_order = ?, updated_at = ? WHERE id = ?')
          .run(q.text, q.help, q.weight, (j + 1) * 10, now, oq.id));
    });
  });
}

/**
 * Saves the newest catalogue version as a whole (one undo step). Older
 * versions are refused: they stay exactly as the assessments that use them
 * were answered.
 */
export function saveCatalogue(core: Core, input: CatalogueInput): DigicheckCatalogueSave {
  const current = getCatalogue(core, input.id);
  if (!current.latest) throw new CoreError('conflict', 'digicheck_catalogue_old_version', { version: current.version });
  const dims = withKeys(input);
  if (sameContent(current, input.name, dims)) return { catalogue: current, newVersion: false };
  const raw = core.raw();
  const taken = raw.prepare('SELECT 1 FROM digicheck_catalogues WHERE name = ? AND version = ? AND id <> ?');
  const newVersion = current.assessments > 0;
  const version = newVersion ? current.version + 1 : current.version;
  if (taken.get(input.name, version, current.id)) {
    throw new CoreError('invalid_input', 'digicheck_catalogue_name_taken', { name: input.name, version }, [{ path: 'name', key: 'digicheck_catalogue_name_taken' }]);
  }
  const label = { action: newVersion ? 'create' : 'update', entity: 'digicheckCatalogue', title: `${input.name} (${version})` } as const;
  const id = inStep(core, label, (step) => {
    if (!newVersion) {
      editInPlace(core, step, current, input.name, dims);
      return current.id;
    }
    const now = core.clock.now();
    const copyId = core.clock.newId();
    step.track('digicheckCatalogue', copyId, 'create', () =>
      raw.prepare(`INSERT INTO digicheck_catalogues (id, name, version, based_on_id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, 'local', ?, ?)`)
        .run(copyId, input.name, version, current.id, now, now));
    dims.forEach((d, i) => insertDimension(core, step, copyId, d, (i + 1) * 10));
    return copyId;
  });
  return { catalogue: getCatalogue(core, id), newVersion };
}
