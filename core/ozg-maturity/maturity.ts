/**
 * core/ozg-maturity/: the OZG-Reifegrad of this municipality's services.
 * The catalogue (ozg_services) is shipped reference data and only read; one
 * maturity record per service holds relevance, model version, Ist/Soll,
 * responsible unit, EfA provider and date. Every edit is one undo step.
 */
import type { OzgMaturity, OzgMaturityList, OzgMaturityRow, OzgModel, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep } from '../changes/log.ts';
import { foldGerman } from '../fold.ts';

interface JoinedRow {
  ozg_id: string; name: string; lebenslage: string; themenfeld: string; leika_count: number; municipal: number;
  m_id: string | null; relevant: number | null; model: OzgModel | null; level_ist: number | null; level_soll: number | null;
  unit: string | null; efa_provider: string | null; assessed_on: string | null; note: string | null; updated_at: string | null;
}

const SELECT = `SELECT s.ozg_id, s.name, s.lebenslage, s.themenfeld, s.leika_count, s.municipal,
  m.id AS m_id, m.relevant, m.model, m.level_ist, m.level_soll, m.unit, m.efa_provider, m.assessed_on, m.note, m.updated_at
  FROM ozg_services s LEFT JOIN ozg_maturity m ON m.ozg_id = s.ozg_id`;

const toMaturity = (r: JoinedRow): OzgMaturity | null =>
  r.m_id === null
    ? null
    : {
        id: r.m_id, relevant: r.relevant === 1, model: r.model ?? '1.1', ist: r.level_ist, soll: r.level_soll, unit: r.unit,
        efaProvider: r.efa_provider, assessedOn: r.assessed_on, note: r.note, updatedAt: r.updated_at ?? '',
      };

/** Measures linked to services, by OZG id (one query for the whole list). */
function linkedMeasures(core: Core, ozgIds: string[]): Map<string, { id: string; title: string }[]> {
  const byService = new Map<string, { id: string; title: string }[]>();
  if (ozgIds.length === 0) return byService;
  const rows = core.raw().prepare(
    `SELECT l.ozg_id, m.id, m.title FROM measure_ozg_services l JOIN measures m ON m.id = l.measure_id
     WHERE l.ozg_id IN (SELECT value FROM json_each(?)) ORDER BY m.title COLLATE NOCASE`,
  ).all(JSON.stringify(ozgIds)) as { ozg_id: string; id: string; title: string }[];
  for (const r of rows) {
    const list = byService.get(r.ozg_id) ?? [];
    list.push({ id: r.id, title: r.title });
    byService.set(r.ozg_id, list);
  }
  return byService;
}

function toRows(core: Core, rows: JoinedRow[]): OzgMaturityRow[] {
  const measures = linkedMeasures(core, rows.map((r) => r.ozg_id));
  return rows.map((r) => ({
    service: { ozgId: r.ozg_id, name: r.name, lebenslage: r.lebenslage, themenfeld: r.themenfeld, municipal: r.municipal === 1, leikaCount: r.leika_count },
    maturity: toMaturity(r),
    measures: measures.get(r.ozg_id) ?? [],
  }));
}

/**
 * A service counts as relevant when its record says so; without a record, when
 * municipalities carry it out (LeiKa type 2/3 or 4) — the default filter.
 */
const isRelevant = (r: JoinedRow): boolean => (r.m_id === null ? r.municipal === 1 : r.relevant === 1);

/** The services with their maturity: filtered by scope, Themenfeld and folded words; assessed ones first. */
export function listOzgMaturity(core: Core, q: Parsed<'listOzgMaturity'>): OzgMaturityList {
  const words = foldGerman(q.query).match(/[\p{L}\p{N}]+/gu) ?? [];
  const all = core.raw().prepare(`${SELECT} ORDER BY m.id IS NULL, s.name COLLATE NOCASE`).all() as JoinedRow[];
  const hits = all.filter((r) => {
    if (q.themenfeld && r.themenfeld !== q.themenfeld) return false;
    if (q.scope === 'municipal' && r.municipal !== 1) return false;
    if (q.scope === 'relevant' && !isRelevant(r)) return false;
    if (words.length === 0) return true;
    const text = foldGerman([r.ozg_id, r.name, r.lebenslage, r.themenfeld, r.unit, r.efa_provider].filter(Boolean).join(' '));
    return words.every((w) => text.includes(w));
  });
  return { total: hits.length, rows: toRows(core, hits.slice(0, q.limit)) };
}

export function getOzgMaturityRow(core: Core, ozgId: string): OzgMaturityRow {
  const row = core.raw().prepare(`${SELECT} WHERE s.ozg_id = ?`).get(ozgId) as JoinedRow | undefined;
  if (!row) throw new CoreError('invalid_input', 'ozg_unknown', { ozgId }, [{ path: 'ozgId', key: 'ozg_unknown' }]);
  return toRows(core, [row])[0]!;
}

/** Creates or replaces the service's maturity record (one undo step). */
export function saveOzgMaturity(core: Core, input: Parsed<'saveOzgMaturity'>): OzgMaturityRow {
  const current = getOzgMaturityRow(core, input.ozgId);
  const raw = core.raw();
  const now = core.clock.now();
  const values = [input.relevant ? 1 : 0, input.model, input.ist, input.soll, input.unit, input.efaProvider, input.assessedOn, input.note];
  const existing = current.maturity;
  const id = existing?.id ?? core.clock.newId();
  inStep(core, { action: existing ? 'update' : 'create', entity: 'ozgMaturity', title: current.service.name }, (step) =>
    step.track('ozgMaturity', id, existing ? 'update' : 'create', () => {
      if (existing) {
        raw.prepare(`UPDATE ozg_maturity SET name = ?, relevant = ?, model = ?, level_ist = ?, level_soll = ?, unit = ?, efa_provider = ?,
          assessed_on = ?, note = ?, updated_at = ? WHERE id = ?`).run(current.service.name, ...values, now, id);
      } else {
        raw.prepare(`INSERT INTO ozg_maturity (id, ozg_id, name, relevant, model, level_ist, level_soll, unit, efa_provider, assessed_on, note,
          origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'local', ?, ?)`)
          .run(id, input.ozgId, current.service.name, ...values, now, now);
      }
    }),
  );
  return getOzgMaturityRow(core, input.ozgId);
}

export function deleteOzgMaturity(core: Core, ozgId: string): null {
  const row = core.raw().prepare('SELECT id, name FROM ozg_maturity WHERE ozg_id = ?').get(ozgId) as { id: string; name: string } | undefined;
  if (!row) throw notFound();
  inStep(core, { action: 'delete', entity: 'ozgMaturity', title: row.name }, (step) =>
    step.track('ozgMaturity', row.id, 'delete', () => core.raw().prepare('DELETE FROM ozg_maturity WHERE id = ?').run(row.id)),
  );
  return null;
}
