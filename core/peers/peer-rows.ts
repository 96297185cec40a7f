/**
 * Reading peer projects from the store: one SELECT joined with their pack and
 * the local field, and the row → API shape conversion. Peer rows are written
 * only by the pack import (core/packs); here they are read-only.
 */
import type { PeerProject, PeerProjectSummary, PeerStatus } from '../../api/index.ts';
import { PEER_STATUSES } from '../../api/index.ts';

export interface PeerRow {
  id: string; pack_row_id: string; project_id: string; title: string; summary: string | null; description: string | null;
  field: string | null; field_id: string | null; field_name: string | null; ozg_ids: string | null; leika_ids: string | null;
  tags: string | null; funding: string | null; partners: string | null; links: string | null; status: string | null;
  start: string | null; end: string | null; budget: number | null; contact_name: string | null; contact_email: string | null;
  results: string | null; lessons_learned: string | null; imported_at: string;
  pack_id: string; pack_title: string; publisher_name: string; publisher_ags: string | null; license: string; signed: number;
}

export const PEER_SELECT = `SELECT p.*, f.name AS field_name, k.pack_id, k.title AS pack_title, k.publisher_name, k.publisher_ags,
  k.license, k.signed FROM peer_projects p JOIN peer_packs k ON k.id = p.pack_row_id LEFT JOIN fields f ON f.id = p.field_id`;

/** A JSON column written by the import; anything unexpected reads as empty, never as an error. */
function jsonList(text: string | null): unknown[] {
  if (!text) return [];
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v : [];
  } catch {
    return [];
  }
}

export const stringList = (text: string | null): string[] => jsonList(text).filter((v): v is string => typeof v === 'string');

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

const peerStatus = (s: string | null): PeerStatus | null => ((PEER_STATUSES as readonly string[]).includes(s ?? '') ? (s as PeerStatus) : null);

export const toSummary = (r: PeerRow): PeerProjectSummary => ({
  id: r.id, title: r.title, summary: r.summary, field: r.field, fieldId: r.field_id, fieldName: r.field_name,
  status: peerStatus(r.status), start: r.start, end: r.end, budget: r.budget, ozgIds: stringList(r.ozg_ids), tags: stringList(r.tags),
  packId: r.pack_row_id, packTitle: r.pack_title, publisherName: r.publisher_name, publisherAgs: r.publisher_ags,
  license: r.license, signed: !!r.signed, importedAt: r.imported_at,
});

/** Links are shown as clickable only when they are web or mail addresses (the import checks too; this is the second lock). */
const safeUrl = (url: string | null) => !!url && /^(https?:\/\/|mailto:)/i.test(url);

export function toProject(r: PeerRow, adoptedAs: PeerProject['adoptedAs']): PeerProject {
  return {
    ...toSummary(r),
    description: r.description,
    leikaIds: stringList(r.leika_ids),
    funding: jsonList(r.funding).map(record).map((f) => ({ program: str(f.program) ?? '', amount: num(f.amount) })).filter((f) => f.program),
    partners: jsonList(r.partners).map(record).map((p) => ({ name: str(p.name) ?? '', ags: str(p.ags) })).filter((p) => p.name),
    links: jsonList(r.links).map(record).map((l) => ({ title: str(l.title) ?? str(l.url) ?? '', url: str(l.url) ?? '' })).filter((l) => safeUrl(l.url)),
    contactName: r.contact_name,
    contactEmail: r.contact_email,
    results: r.results,
    lessonsLearned: r.lessons_learned,
    adoptedAs,
  };
}
