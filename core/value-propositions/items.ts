/**
 * Items of a value proposition (tasks, problems, benefits; offers, problem
 * relievers, benefit creators), their importance order and the fit links
 * between the two sides. A fit link joins one of our items with the kind of
 * the target group's items it answers (FIT_PAIRS), within one proposition.
 */
import { FIT_PAIRS, VALUE_LIMITS, isOurKind, type Parsed, type ValueItem, type ValueProposition } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { notFound } from '../errors.ts';
import { inStep, type Step } from '../changes/log.ts';
import { getValueProposition, itemsOf } from './read.ts';
import { propositionFor, refused, touch } from './propositions.ts';

interface ItemRow { id: string; proposition_id: string; kind: ValueItem['kind']; text: string; rank: number }

function itemRow(core: Core, id: string): ItemRow | undefined {
  return core.raw().prepare('SELECT id, proposition_id, kind, text, rank FROM value_items WHERE id = ?').get(id) as ItemRow | undefined;
}

/** Gives the listed items ranks 1, 2, 3 … in that order, logging only the ones that change. */
function rerank(core: Core, step: Step, ordered: { id: string; rank: number }[]): void {
  const update = core.raw().prepare('UPDATE value_items SET rank = ?, updated_at = ? WHERE id = ?');
  const now = core.clock.now();
  ordered.forEach((item, n) => {
    if (item.rank !== n + 1) step.track('valueItem', item.id, 'update', () => update.run(n + 1, now, item.id));
  });
}

/** Adds an item at the end of its list (least important; move it up to rank it), or changes an item's text. */
export function saveValueItem(core: Core, input: Parsed<'saveValueItem'>): ValueProposition {
  const p = propositionFor(core, input.propositionId);
  const raw = core.raw();
  const now = core.clock.now();
  if (input.id) {
    const item = itemRow(core, input.id);
    if (!item || item.proposition_id !== p.id) throw refused('id', 'value_item_unknown');
    if (item.kind !== input.kind) throw refused('kind', 'value_item_kind_fixed');
    if (item.text === input.text) return p;
    inStep(core, { action: 'update', entity: 'valueItem', title: input.text }, (step) => {
      step.track('valueItem', item.id, 'update', () => raw.prepare('UPDATE value_items SET text = ?, updated_at = ? WHERE id = ?').run(input.text, now, item.id));
      touch(core, step, p.id);
    });
  } else {
    const rank = p.items.filter((i) => i.kind === input.kind).length + 1;
    // A list longer than a reorder may name could never be put in order again.
    if (rank > VALUE_LIMITS.items) throw refused('text', 'value_item_limit', { max: VALUE_LIMITS.items });
    const id = core.clock.newId();
    inStep(core, { action: 'create', entity: 'valueItem', title: input.text }, (step) => {
      step.track('valueItem', id, 'create', () =>
        raw.prepare("INSERT INTO value_items (id, proposition_id, kind, text, rank, origin, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'local', ?, ?)")
          .run(id, p.id, input.kind, input.text, rank, now, now));
      touch(core, step, p.id);
    });
  }
  return getValueProposition(core, p.id);
}

/** Deletes an item with its fit links; the items below it move up one place. */
export function deleteValueItem(core: Core, id: string): ValueProposition {
  const item = itemRow(core, id);
  if (!item) throw notFound();
  const raw = core.raw();
  inStep(core, { action: 'delete', entity: 'valueItem', title: item.text }, (step) => {
    for (const { id: fid } of raw.prepare('SELECT id FROM value_fits WHERE our_item_id = ? OR their_item_id = ?').all(id, id) as { id: string }[]) {
      step.track('valueFit', fid, 'delete', () => raw.prepare('DELETE FROM value_fits WHERE id = ?').run(fid));
    }
    step.track('valueItem', id, 'delete', () => raw.prepare('DELETE FROM value_items WHERE id = ?').run(id));
    rerank(core, step, itemsOf(core, item.proposition_id).filter((i) => i.kind === item.kind));
    touch(core, step, item.proposition_id);
  });
  return getValueProposition(core, item.proposition_id);
}

/** Puts one list in a new order of importance: `ids` must name each of its items exactly once. */
export function reorderValueItems(core: Core, input: Parsed<'reorderValueItems'>): ValueProposition {
  const p = propositionFor(core, input.propositionId);
  const list = p.items.filter((i) => i.kind === input.kind);
  const byId = new Map(list.map((i) => [i.id, i]));
  if (input.ids.length !== list.length || new Set(input.ids).size !== list.length || input.ids.some((x) => !byId.has(x))) throw refused('ids', 'value_reorder_mismatch');
  const ordered = input.ids.map((x) => byId.get(x)!);
  const moved = ordered.find((i, n) => i.rank !== n + 1);
  if (!moved) return p;
  inStep(core, { action: 'update', entity: 'valueItem', title: moved.text }, (step) => {
    rerank(core, step, ordered);
    touch(core, step, p.id);
  });
  return getValueProposition(core, p.id);
}

/**
 * Links one of our items to the target group's item it answers. The two ids
 * may come in either order; two items of one side, a pair of kinds that do
 * not match, or items of two propositions are refused.
 */
export function saveValueFit(core: Core, input: Parsed<'saveValueFit'>): ValueProposition {
  const a = itemRow(core, input.ourItemId);
  if (!a) throw refused('ourItemId', 'value_item_unknown');
  const b = itemRow(core, input.theirItemId);
  if (!b) throw refused('theirItemId', 'value_item_unknown');
  if (a.proposition_id !== b.proposition_id) throw refused('theirItemId', 'value_fit_other_proposition');
  if (isOurKind(a.kind) === isOurKind(b.kind)) throw refused('theirItemId', 'value_fit_same_side');
  const [ours, theirs] = isOurKind(a.kind) ? [a, b] : [b, a];
  if (FIT_PAIRS[ours.kind as keyof typeof FIT_PAIRS] !== theirs.kind) throw refused('theirItemId', 'value_fit_kind_mismatch');
  const raw = core.raw();
  if (raw.prepare('SELECT id FROM value_fits WHERE our_item_id = ? AND their_item_id = ?').get(ours.id, theirs.id)) throw refused('theirItemId', 'value_fit_exists');
  const id = core.clock.newId();
  const now = core.clock.now();
  inStep(core, { action: 'create', entity: 'valueFit', title: theirs.text }, (step) => {
    step.track('valueFit', id, 'create', () =>
      raw.prepare("INSERT INTO value_fits (id, proposition_id, our_item_id, their_item_id, origin, created_at, updated_at) VALUES (?, ?, ?, ?, 'local', ?, ?)")
        .run(id, ours.proposition_id, ours.id, theirs.id, now, now));
    touch(core, step, ours.proposition_id);
  });
  return getValueProposition(core, ours.proposition_id);
}

export function deleteValueFit(core: Core, id: string): ValueProposition {
  const raw = core.raw();
  const fit = raw.prepare(`SELECT f.id, f.proposition_id, t.text FROM value_fits f JOIN value_items t ON t.id = f.their_item_id WHERE f.id = ?`)
    .get(id) as { id: string; proposition_id: string; text: string } | undefined;
  if (!fit) throw notFound();
  inStep(core, { action: 'delete', entity: 'valueFit', title: fit.text }, (step) => {
    step.track('valueFit', fit.id, 'delete', () => raw.prepare('DELETE FROM value_fits WHERE id = ?').run(fit.id));
    touch(core, step, fit.proposition_id);
  });
  return getValueProposition(core, fit.proposition_id);
}
