/**
 * Portfolio views: saved table configurations (name + config) and the values
 * the table's select filters offer. Imports api/ and core helpers only.
 */
import { VIEW_LIMITS, viewConfig, type MeasureFacets, type Parsed, type SavedView, type ViewConfig } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep, readRow } from '../changes/log.ts';
import { decodeTags } from '../measures/measure-row.ts';
import { compareGerman } from '../collate.ts';

interface ViewRow { id: string; name: string; config: string; created_at: string; updated_at: string }

/** A stored config is read through the same schema: whatever an older version wrote, the table gets a valid one. */
function readConfig(text: string): ViewConfig {
  let parsed: unknown = {};
  try {
    parsed = JSON.parse(text);
  } catch {
    // A damaged config falls back to the defaults rather than hiding the view.
  }
  const r = viewConfig.safeParse(parsed);
  return r.success ? r.data : viewConfig.parse({});
}

const toView = (r: ViewRow): SavedView => ({ id: r.id, name: r.name, config: readConfig(r.config), createdAt: r.created_at, updatedAt: r.updated_at });

export function listViews(core: Core): SavedView[] {
  return (core.raw().prepare('SELECT * FROM saved_views ORDER BY name COLLATE NOCASE, id').all() as ViewRow[]).map(toView);
}

function getView(core: Core, id: string): SavedView {
  const row = core.raw().prepare('SELECT * FROM saved_views WHERE id = ?').get(id) as ViewRow | undefined;
  if (!row) throw notFound();
  return toView(row);
}

export function saveView(core: Core, input: Parsed<'saveView'>): SavedView {
  const raw = core.raw();
  const existing = input.id ? readRow(core, 'view', input.id) : null;
  if (input.id && !existing) throw notFound();
  // Names are compared without regard to case: "Förderung" and "förderung" would be confusing in one select.
  const clash = raw.prepare('SELECT id FROM saved_views WHERE lower(name) = lower(?) AND id IS NOT ?').get(input.name, input.id ?? null);
  if (clash) throw new CoreError('conflict', 'view_name_taken', { name: input.name }, [{ path: 'name', key: 'view_name_taken' }]);
  if (!existing) {
    const { n } = raw.prepare('SELECT count(*) AS n FROM saved_views').get() as { n: number };
    if (n >= VIEW_LIMITS.views) throw new CoreError('invalid_input', 'view_limit', { max: VIEW_LIMITS.views }, [{ path: 'name', key: 'view_limit' }]);
  }
  const id = input.id ?? core.clock.newId();
  const now = core.clock.now();
  // Only what the schema kept is stored: the parsed config, never the raw input.
  const config = JSON.stringify(input.config);
  const action = existing ? 'update' : 'create';
  inStep(core, { action, entity: 'view', title: input.name }, (step) =>
    step.track('view', id, action, () => {
      if (existing) raw.prepare('UPDATE saved_views SET name = ?, config = ?, updated_at = ? WHERE id = ?').run(input.name, config, now, id);
      else raw.prepare('INSERT INTO saved_views (id, name, config, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, input.name, config, now, now);
    }),
  );
  return getView(core, id);
}

export function deleteView(core: Core, id: string): null {
  const view = getView(core, id);
  inStep(core, { action: 'delete', entity: 'view', title: view.name }, (step) =>
    step.track('view', id, 'delete', () => core.raw().prepare('DELETE FROM saved_views WHERE id = ?').run(id)),
  );
  return null;
}

export function listMeasureFacets(core: Core): MeasureFacets {
  const raw = core.raw();
  const leadUnits = (raw.prepare("SELECT DISTINCT lead_unit AS v FROM measures WHERE lead_unit IS NOT NULL AND lead_unit <> ''").all() as { v: string }[]).map((r) => r.v);
  const tags = new Set<string>();
  for (const r of raw.prepare("SELECT DISTINCT tags AS v FROM measures WHERE tags IS NOT NULL AND tags <> ''").all() as { v: string }[]) {
    for (const tag of decodeTags(r.v)) tags.add(tag);
  }
  const byName = compareGerman;
  return { leadUnits: leadUnits.sort(byName), tags: [...tags].sort(byName) };
}
