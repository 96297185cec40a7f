/**
 * Own measures as a pack for peers: chosen measures (or a saved view's), the
 * workspace as publisher, a licence, personal data only when asked for, and an
 * optional signature with the workspace's own key.
 */
import { createHash } from 'node:crypto';
import { contract, type PackExport, type Parsed, type Phase, type PeerStatus } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError } from '../errors.ts';
import { listMeasures } from '../measures/measures.ts';
import { listViews } from '../views/views.ts';
import { signingKeyPair } from './signing-key.ts';
import { fingerprintOf } from './signing.ts';
import { writePack, type PackMeta, type PackProjectOut } from './write-pack.ts';

const STATUS_OF_PHASE: Record<Phase, PeerStatus> = {
  idea: 'idea', concept: 'planned', implementation: 'in_progress', operation: 'operating', completed: 'completed', stopped: 'stopped',
};

interface MeasureRow {
  id: string; title: string; description: string | null; field: string | null; phase: Phase; start: string | null; end: string | null;
  budget: number | null; lead_unit: string | null; project_lead: string | null; goals: string | null; impact: string | null;
  ikz_partners: string | null; tags: string | null;
}

function viewMeasureIds(core: Core, viewId: string): string[] {
  const view = listViews(core).find((v) => v.id === viewId);
  if (!view) throw new CoreError('not_found', 'pack_view_unknown');
  const f = view.config.filters;
  const query = contract.listMeasures.input.parse({
    query: f.text || undefined, fieldId: f.fieldId || undefined, phase: f.phase || undefined, priority: f.priority || undefined,
    leadUnit: f.leadUnit || undefined, tag: f.tag || undefined, must: f.must ? f.must === 'yes' : undefined,
    sort: view.config.sort.key, dir: view.config.sort.dir, limit: 20_000,
  });
  return listMeasures(core, query).rows.map((m) => m.id);
}

function selectMeasures(core: Core, input: Parsed<'exportPack'>): MeasureRow[] {
  const raw = core.raw();
  const select = `SELECT m.id, m.title, m.description, f.name AS field, m.phase, m.start, m."end", m.budget, m.lead_unit, m.project_lead,
    m.goals, m.impact, m.ikz_partners, m.tags FROM measures m LEFT JOIN fields f ON f.id = m.field_id`;
  if (!input.measureIds && !input.viewId) return raw.prepare(`${select} ORDER BY m.title COLLATE NOCASE, m.id`).all() as MeasureRow[];
  const ids = input.viewId ? viewMeasureIds(core, input.viewId) : [...new Set(input.measureIds)];
  const rows = raw.prepare(`${select} WHERE m.id IN (SELECT value FROM json_each(?)) ORDER BY m.title COLLATE NOCASE, m.id`).all(JSON.stringify(ids)) as MeasureRow[];
  if (rows.length !== ids.length) throw new CoreError('not_found', 'pack_measure_unknown');
  return rows;
}

const split = (text: string | null) => (text ?? '').split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);
const firstSentence = (text: string | null) => {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  const m = /^(.{20,300}?[.!?])(\s|$)/.exec(flat);
  return m ? m[1]! : flat.length > 300 ? `${flat.slice(0, 299)}…` : flat || undefined;
};

/** Only what has a value: a peer's tool should not have to tell "" from absent. */
function compact(p: Record<string, unknown>): PackProjectOut {
  return Object.fromEntries(Object.entries(p).filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))) as PackProjectOut;
}

export function exportPack(core: Core, input: Parsed<'exportPack'>): PackExport {
  const raw = core.raw();
  const measures = selectMeasures(core, input);
  if (measures.length === 0) throw new CoreError('invalid_input', 'pack_nothing_to_export');
  const ozg = new Map<string, string[]>();
  for (const r of raw.prepare('SELECT measure_id, ozg_id FROM measure_ozg_services ORDER BY ozg_id').all() as { measure_id: string; ozg_id: string }[]) {
    ozg.set(r.measure_id, [...(ozg.get(r.measure_id) ?? []), r.ozg_id]);
  }
  const funding = new Map<string, { program: string; amount?: number }[]>();
  const applications = raw.prepare(`SELECT a.measure_id, p.name, coalesce(a.amount_approved, a.amount_requested) AS amount FROM funding_applications a
    JOIN funding_programmes p ON p.id = a.programme_id WHERE a.status = 'approved' ORDER BY p.name`).all() as { measure_id: string; name: string; amount: number | null }[];
  for (const a of applications) funding.set(a.measure_id, [...(funding.get(a.measure_id) ?? []), compact({ program: a.name, amount: a.amount }) as unknown as { program: string }]);

  const ws = raw.prepare('SELECT name, ags FROM workspace_meta LIMIT 1').get() as { name: string; ags: string };
  const contactEmail = input.contactEmail ?? undefined;
  const projects = measures.map((m) => compact({
    id: m.id,
    title: m.title,
    summary: firstSentence(m.goals ?? m.description),
    description: m.description,
    field: m.field,
    ozgIds: ozg.get(m.id),
    status: STATUS_OF_PHASE[m.phase],
    start: m.start,
    end: m.end,
    budget: m.budget !== null ? { total: m.budget, currency: 'EUR' } : undefined,
    funding: funding.get(m.id),
    partners: split(m.ikz_partners).map((name) => ({ name })),
    // Without personal data the contact is the lead unit and the function mailbox, never a person's name.
    contact: compact({ name: input.includePersonalData ? (m.project_lead ?? m.lead_unit) : m.lead_unit, email: contactEmail }),
    results: m.impact,
    tags: split(m.tags),
  }));
  for (const p of projects) if (p.contact && Object.keys(p.contact).length === 0) delete p.contact;

  const now = core.clock.now();
  const keys = input.sign ? signingKeyPair(core) : undefined;
  const title = input.title || `Digitalprojekte ${ws.name}, Stand ${now.slice(8, 10)}.${now.slice(5, 7)}.${now.slice(0, 4)}`;
  const bytes = writePack(
    {
      id: packIdOf(core, input),
      title,
      createdAt: now,
      publisher: compact({ name: ws.name, ags: ws.ags, contact: contactEmail ? { name: 'Digitalisierung', email: contactEmail } : undefined }) as unknown as PackMeta['publisher'],
      license: input.license,
      language: 'de',
    },
    projects,
    keys,
  );
  return {
    bytes,
    fileName: safeFileName(`${title}.cdopack`),
    projectCount: projects.length,
    signed: !!keys,
    fingerprint: keys ? fingerprintOf(keys.publicKey) : null,
  };
}

/**
 * The pack id stays the same for the same selection, so peers who import a
 * newer export get an update instead of a second copy.
 */
function packIdOf(core: Core, input: Parsed<'exportPack'>): string {
  const ws = core.workspace().id;
  if (input.viewId) return `${ws}:view:${input.viewId}`;
  if (!input.measureIds) return `${ws}:all`;
  const selection = createHash('sha256').update([...new Set(input.measureIds)].sort().join(',')).digest('hex').slice(0, 16);
  return `${ws}:selection:${selection}`;
}

/** A file name every system accepts: no path or reserved characters, no trailing dots, short enough. */
export function safeFileName(name: string): string {
  const ext = '.cdopack';
  // oxlint-disable-next-line no-control-regex -- control characters are what is removed
  let base = name.replace(/\.cdopack$/i, '').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/\.{2,}/g, '.').replace(/^[.\s]+/, '').replace(/[.\s]+$/, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `_${base}`;
  // 120 characters stay below 255 bytes even when every one is a multi-byte umlaut.
  return `${base.slice(0, 120).trim() || 'Projektpaket'}${ext}`;
}
