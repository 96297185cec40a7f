/**
 * Reading value propositions: one with its items, fit links, measures and
 * fit summary, or the list of all with their coverage counts.
 */
import { VALUE_KINDS, type ValueFit, type ValueItem, type ValueProposition, type ValuePropositionSummary } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { notFound } from '../errors.ts';
import { foldGerman } from '../fold.ts';
import { fitSummary } from './fit-summary.ts';

interface PropositionRow {
  id: string; title: string; target_group: string; stakeholder_id: string | null; stakeholder_name: string | null;
  description: string | null; created_at: string; updated_at: string;
}
interface ItemRow { id: string; proposition_id: string; kind: ValueItem['kind']; text: string; rank: number }
interface FitRow { id: string; proposition_id: string; ourItemId: string; theirItemId: string }

const PROPOSITIONS = `SELECT p.id, p.title, p.target_group, p.stakeholder_id, s.name AS stakeholder_name, p.description, p.created_at, p.updated_at
  FROM value_propositions p LEFT JOIN stakeholders s ON s.id = p.stakeholder_id`;

const sameText = (text: string) => foldGerman(text).replace(/\s+/g, ' ').trim();

/** Items by kind (in the order of VALUE_KINDS), then by importance; a repeated text in one list is flagged. */
function itemsFrom(rows: ItemRow[]): ValueItem[] {
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(`${r.kind}\0${sameText(r.text)}`, (seen.get(`${r.kind}\0${sameText(r.text)}`) ?? 0) + 1);
  return rows
    .map((r) => ({ id: r.id, kind: r.kind, text: r.text, rank: r.rank, duplicate: (seen.get(`${r.kind}\0${sameText(r.text)}`) ?? 0) > 1 }))
    .sort((a, b) => VALUE_KINDS.indexOf(a.kind) - VALUE_KINDS.indexOf(b.kind) || a.rank - b.rank);
}

const groupBy = <T extends { proposition_id: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const r of rows) map.set(r.proposition_id, [...(map.get(r.proposition_id) ?? []), r]);
  return map;
};

const fitOf = (r: FitRow): ValueFit => ({ id: r.id, ourItemId: r.ourItemId, theirItemId: r.theirItemId });

export function itemsOf(core: Core, propositionId: string): ValueItem[] {
  return itemsFrom(core.raw().prepare('SELECT id, proposition_id, kind, text, rank FROM value_items WHERE proposition_id = ?').all(propositionId) as ItemRow[]);
}

export function getValueProposition(core: Core, id: string): ValueProposition {
  const raw = core.raw();
  const p = raw.prepare(`${PROPOSITIONS} WHERE p.id = ?`).get(id) as PropositionRow | undefined;
  if (!p) throw notFound();
  const items = itemsOf(core, id);
  const fits = (raw.prepare('SELECT id, proposition_id, our_item_id AS ourItemId, their_item_id AS theirItemId FROM value_fits WHERE proposition_id = ? ORDER BY created_at, id').all(id) as FitRow[]).map(fitOf);
  const measures = raw.prepare(`SELECT m.id AS measureId, m.title FROM value_proposition_measures l JOIN measures m ON m.id = l.measure_id
    WHERE l.proposition_id = ? ORDER BY m.title COLLATE NOCASE`).all(id) as { measureId: string; title: string }[];
  return {
    id: p.id, title: p.title, targetGroup: p.target_group,
    stakeholder: p.stakeholder_id && p.stakeholder_name !== null ? { id: p.stakeholder_id, name: p.stakeholder_name } : null,
    description: p.description, items, fits, measures, summary: fitSummary(items, fits), createdAt: p.created_at, updatedAt: p.updated_at,
  };
}

/** Every proposition with its coverage, by title; `query` narrows by title, target group or stakeholder (German folding). */
export function listValuePropositions(core: Core, query?: string): ValuePropositionSummary[] {
  const raw = core.raw();
  const items = groupBy(raw.prepare('SELECT id, proposition_id, kind, text, rank FROM value_items').all() as ItemRow[]);
  const fits = groupBy(raw.prepare('SELECT id, proposition_id, our_item_id AS ourItemId, their_item_id AS theirItemId FROM value_fits').all() as FitRow[]);
  const measureCounts = new Map((raw.prepare('SELECT proposition_id AS id, count(*) AS n FROM value_proposition_measures GROUP BY proposition_id').all() as { id: string; n: number }[]).map((r) => [r.id, r.n]));
  const wanted = query ? sameText(query) : '';
  return (raw.prepare(`${PROPOSITIONS} ORDER BY p.title COLLATE NOCASE, p.id`).all() as PropositionRow[])
    .filter((p) => !wanted || sameText([p.title, p.target_group, p.stakeholder_name ?? ''].join(' ')).includes(wanted))
    .map((p) => {
      const summary = fitSummary(itemsFrom(items.get(p.id) ?? []), (fits.get(p.id) ?? []).map(fitOf));
      return {
        id: p.id, title: p.title, targetGroup: p.target_group, stakeholderName: p.stakeholder_name,
        counts: summary.counts, unused: summary.unused.length, measureCount: measureCounts.get(p.id) ?? 0, updatedAt: p.updated_at,
      };
    });
}
