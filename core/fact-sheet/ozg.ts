/**
 * OZG services (Onlinezugangsgesetz) linked to a measure. The catalogue
 * (ozg_services, leika_services) is shipped reference data and only read here.
 */
import type { MeasureOzgService, OzgService, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep } from '../changes/log.ts';
import { foldGerman } from '../fold.ts';
import { measureTitle } from './milestones.ts';

interface ServiceRow {
  ozg_id: string; name: string; lebenslage: string; themenfeld: string; leika_count: number; municipal: number;
}

interface Entry {
  service: OzgService;
  /** Folded name, and folded name + life situation + topic + LeiKa service names. */
  name: string;
  text: string;
}

const toService = (r: ServiceRow): OzgService => ({
  ozgId: r.ozg_id, name: r.name, lebenslage: r.lebenslage, themenfeld: r.themenfeld, municipal: r.municipal === 1, leikaCount: r.leika_count,
});

// The catalogue never changes while a workspace is open: fold it once per connection.
const catalogues = new WeakMap<object, Entry[]>();

function catalogue(core: Core): Entry[] {
  const raw = core.raw();
  const known = catalogues.get(raw);
  if (known) return known;
  const leika = new Map<string, string[]>();
  for (const l of raw.prepare('SELECT ozg_id, name FROM leika_services WHERE ozg_id IS NOT NULL').all() as { ozg_id: string; name: string }[]) {
    const list = leika.get(l.ozg_id) ?? [];
    list.push(l.name);
    leika.set(l.ozg_id, list);
  }
  const rows = raw.prepare('SELECT * FROM ozg_services ORDER BY name COLLATE NOCASE').all() as ServiceRow[];
  const entries = rows.map((r) => ({
    service: toService(r),
    name: foldGerman(r.name),
    text: foldGerman([r.name, r.lebenslage, r.themenfeld, ...(leika.get(r.ozg_id) ?? [])].join(' ')),
  }));
  catalogues.set(raw, entries);
  return entries;
}

/** Finds services by words in their name, life situation, topic or LeiKa services ("Wohngeld", "Gewerbe anmelden"), or by OZG id. */
export function listOzgServices(core: Core, q: Parsed<'listOzgServices'>): OzgService[] {
  const words = foldGerman(q.query).match(/[\p{L}\p{N}]+/gu) ?? [];
  const hits: { entry: Entry; rank: number }[] = [];
  for (const entry of catalogue(core)) {
    const s = entry.service;
    if (q.themenfeld && s.themenfeld !== q.themenfeld) continue;
    if (q.municipalOnly && !s.municipal) continue;
    if (words.length === 0) {
      hits.push({ entry, rank: 0 });
      continue;
    }
    if (words.length === 1 && words[0] === s.ozgId) {
      hits.push({ entry, rank: -1 });
      continue;
    }
    if (!words.every((w) => entry.text.includes(w))) continue;
    // Name matches first, then matches through the LeiKa services.
    const rank = words.every((w) => entry.name.includes(w)) ? (entry.name.startsWith(words[0]!) ? 0 : 1) : 2;
    hits.push({ entry, rank });
  }
  return hits
    .sort((a, b) => a.rank - b.rank)
    .slice(0, q.limit)
    .map((h) => h.entry.service);
}

export function listOzgThemenfelder(core: Core): string[] {
  return (core.raw().prepare('SELECT DISTINCT themenfeld FROM ozg_services ORDER BY themenfeld').all() as { themenfeld: string }[]).map((r) => r.themenfeld);
}

interface LinkRow extends ServiceRow {
  id: string;
  link_ozg_id: string;
}

const LINKS = `SELECT l.id, l.ozg_id AS link_ozg_id, s.* FROM measure_ozg_services l LEFT JOIN ozg_services s ON s.ozg_id = l.ozg_id`;

/** A link whose service left the catalogue still shows, by its id. */
const toLink = (r: LinkRow): MeasureOzgService => ({
  id: r.id,
  ...(r.ozg_id ? toService(r) : { ozgId: r.link_ozg_id, name: r.link_ozg_id, lebenslage: '', themenfeld: '', municipal: false, leikaCount: 0 }),
});

export function listMeasureOzgServices(core: Core, measureId: string): MeasureOzgService[] {
  measureTitle(core, measureId);
  return (core.raw().prepare(`${LINKS} WHERE l.measure_id = ? ORDER BY s.name COLLATE NOCASE, l.ozg_id`).all(measureId) as LinkRow[]).map(toLink);
}

export function linkOzgService(core: Core, input: Parsed<'linkOzgService'>): MeasureOzgService {
  measureTitle(core, input.measureId);
  const raw = core.raw();
  const service = raw.prepare('SELECT * FROM ozg_services WHERE ozg_id = ?').get(input.ozgId) as ServiceRow | undefined;
  if (!service) throw new CoreError('invalid_input', 'ozg_unknown', { ozgId: input.ozgId }, [{ path: 'ozgId', key: 'ozg_unknown' }]);
  if (raw.prepare('SELECT 1 FROM measure_ozg_services WHERE measure_id = ? AND ozg_id = ?').get(input.measureId, input.ozgId)) {
    throw new CoreError('conflict', 'ozg_link_exists', { name: service.name }, [{ path: 'ozgId', key: 'ozg_link_exists' }]);
  }
  const id = core.clock.newId();
  const now = core.clock.now();
  inStep(core, { action: 'create', entity: 'ozgLink', title: service.name }, (step) =>
    step.track('ozgLink', id, 'create', () => {
      raw.prepare('INSERT INTO measure_ozg_services (id, measure_id, ozg_id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)')
        .run(id, input.measureId, input.ozgId, 'local', now, now);
    }),
  );
  return toLink(raw.prepare(`${LINKS} WHERE l.id = ?`).get(id) as LinkRow);
}

export function unlinkOzgService(core: Core, id: string): null {
  const raw = core.raw();
  const row = raw.prepare(`${LINKS} WHERE l.id = ?`).get(id) as LinkRow | undefined;
  if (!row) throw notFound();
  inStep(core, { action: 'delete', entity: 'ozgLink', title: toLink(row).name }, (step) =>
    step.track('ozgLink', id, 'delete', () => raw.prepare('DELETE FROM measure_ozg_services WHERE id = ?').run(id)),
  );
  return null;
}
