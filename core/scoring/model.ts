/**
 * The scoring model (Nutzwertanalyse): criteria with weight, scale, direction
 * and axis that the CDO edits. Weights are percent and always make 100.
 * core/scoring/ uses api/, db/ (through the core) and core/changes only.
 */
import type { Criterion, Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { CoreError, notFound } from '../errors.ts';
import { inStep, type Step } from '../changes/log.ts';

interface CriterionRow {
  id: string; name: string; description: string | null; weight: number; scale_max: number;
  direction: Criterion['direction']; axis: Criterion['axis']; sort_order: number; score_count: number;
}

const toCriterion = (r: CriterionRow): Criterion => ({
  id: r.id, name: r.name, description: r.description, weight: r.weight, scaleMax: r.scale_max,
  direction: r.direction, axis: r.axis, sortOrder: r.sort_order, scoreCount: r.score_count,
});

/** A sensible start: what most municipal portfolio boards weigh, on a 0–5 scale. */
export const DEFAULT_CRITERIA: Omit<Criterion, 'id' | 'sortOrder' | 'scoreCount'>[] = [
  { name: 'Strategische Passung', description: 'Beitrag zur Digitalstrategie und zu den Zielen von Rat und Verwaltungsführung.', weight: 25, scaleMax: 5, direction: 'benefit', axis: 'value' },
  { name: 'Nutzen für Bürgerinnen und Bürger', description: 'Weniger Wege und Wartezeit, bessere Erreichbarkeit; wie viele Menschen profitieren.', weight: 20, scaleMax: 5, direction: 'benefit', axis: 'value' },
  { name: 'Nutzen für die Beschäftigten', description: 'Entlastung, weniger Medienbrüche, bessere Arbeitsbedingungen in der Verwaltung.', weight: 15, scaleMax: 5, direction: 'benefit', axis: 'value' },
  { name: 'Dringlichkeit', description: 'Handlungsdruck und Folgen des Abwartens (ohne gesetzliche Pflicht: die ist ein Muss-Kriterium).', weight: 15, scaleMax: 5, direction: 'benefit', axis: 'value' },
  { name: 'Aufwand', description: 'Kosten, Personal und Dauer der Umsetzung.', weight: 15, scaleMax: 5, direction: 'cost', axis: 'effort' },
  { name: 'Risiko', description: 'Technische, rechtliche und organisatorische Risiken.', weight: 10, scaleMax: 5, direction: 'cost', axis: 'effort' },
];

/** Weights are stored with two decimals at most; the sum may be off by rounding only. */
const SUM_TOLERANCE = 0.01;
const round2 = (n: number) => Math.round(n * 100) / 100;

const SELECT = 'SELECT c.*, (SELECT count(*) FROM measure_scores s WHERE s.criterion_id = c.id) AS score_count FROM scoring_criteria c';

export function listCriteria(core: Core): Criterion[] {
  return (core.raw().prepare(`${SELECT} ORDER BY c.sort_order, c.name`).all() as CriterionRow[]).map(toCriterion);
}

/** Writes the default model into a new workspace (not an undoable step). */
export function seedDefaultCriteria(core: Core): void {
  const now = core.clock.now();
  const insert = core.raw().prepare(
    'INSERT INTO scoring_criteria (id, name, description, weight, scale_max, direction, axis, sort_order, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  DEFAULT_CRITERIA.forEach((c, i) => insert.run(core.clock.newId(), c.name, c.description, c.weight, c.scaleMax, c.direction, c.axis, (i + 1) * 10, now, now));
}

function checkSum(weights: number[]): void {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (Math.abs(sum - 100) > SUM_TOLERANCE) {
    throw new CoreError('invalid_input', 'weights_sum', { sum: round2(sum) }, [{ path: 'criteria', key: 'weights_sum' }]);
  }
}

/** Deletes a criterion's scores first, then the criterion, so undo restores the criterion before its scores. */
function removeCriterion(core: Core, step: Step, id: string): void {
  const raw = core.raw();
  const scoreIds = (raw.prepare('SELECT id FROM measure_scores WHERE criterion_id = ?').all(id) as { id: string }[]).map((r) => r.id);
  for (const sid of scoreIds) step.track('score', sid, 'delete', () => raw.prepare('DELETE FROM measure_scores WHERE id = ?').run(sid));
  step.track('criterion', id, 'delete', () => raw.prepare('DELETE FROM scoring_criteria WHERE id = ?').run(id));
}

function refuseInUse(c: Criterion): never {
  throw new CoreError('conflict', 'criterion_in_use', { name: c.name, count: c.scoreCount });
}

/**
 * Saves the whole model as one undo step: listed criteria are created or
 * updated in the given order, existing criteria not listed are removed (with
 * their scores, only when confirmed). Weights must make 100.
 */
export function saveScoringModel(core: Core, input: Parsed<'saveScoringModel'>): Criterion[] {
  const raw = core.raw();
  const existing = new Map(listCriteria(core).map((c) => [c.id, c]));
  const names = new Map<string, number>();
  const maxScore = raw.prepare('SELECT max(score) AS m FROM measure_scores WHERE criterion_id = ?');
  input.criteria.forEach((c, i) => {
    if (c.id && !existing.has(c.id)) throw new CoreError('invalid_input', 'criterion_unknown', {}, [{ path: `criteria.${i}.id`, key: 'criterion_unknown' }]);
    const key = c.name.toLocaleLowerCase('de');
    if (names.has(key)) throw new CoreError('invalid_input', 'criterion_name_taken', { name: c.name }, [{ path: `criteria.${i}.name`, key: 'criterion_name_taken' }]);
    names.set(key, i);
    if (c.id) {
      const max = (maxScore.get(c.id) as { m: number | null }).m;
      if (max !== null && max > c.scaleMax) throw new CoreError('invalid_input', 'scale_below_scores', { max }, [{ path: `criteria.${i}.scaleMax`, key: 'scale_below_scores' }]);
    }
  });
  checkSum(input.criteria.map((c) => c.weight));
  const kept = new Set(input.criteria.flatMap((c) => (c.id ? [c.id] : [])));
  const removed = [...existing.values()].filter((c) => !kept.has(c.id));
  const inUse = removed.find((c) => c.scoreCount > 0);
  if (inUse && !input.confirm) refuseInUse(inUse);

  const now = core.clock.now();
  const title = input.criteria.map((c) => c.name).join(', ');
  const changed = (c: (typeof input.criteria)[number], order: number): boolean => {
    const b = c.id ? existing.get(c.id) : undefined;
    return !b || b.name !== c.name || b.description !== c.description || b.weight !== round2(c.weight)
      || b.scaleMax !== c.scaleMax || b.direction !== c.direction || b.axis !== c.axis || b.sortOrder !== order;
  };
  inStep(core, { action: 'update', entity: 'criterion', title: title.length > 160 ? `${title.slice(0, 159)}…` : title }, (step) => {
    for (const c of removed) removeCriterion(core, step, c.id);
    // Names are unique: renamed rows are parked under their id first, so swapping two names does not clash midway.
    for (const c of input.criteria) {
      const cid = c.id;
      if (cid && existing.get(cid)!.name !== c.name) {
        step.track('criterion', cid, 'update', () => raw.prepare('UPDATE scoring_criteria SET name = id WHERE id = ?').run(cid));
      }
    }
    input.criteria.forEach((c, i) => {
      const order = (i + 1) * 10;
      if (!changed(c, order)) return;
      const values = [c.name, c.description, round2(c.weight), c.scaleMax, c.direction, c.axis, order, now];
      const id = c.id ?? core.clock.newId();
      step.track('criterion', id, c.id ? 'update' : 'create', () => {
        if (c.id) {
          raw.prepare('UPDATE scoring_criteria SET name = ?, description = ?, weight = ?, scale_max = ?, direction = ?, axis = ?, sort_order = ?, updated_at = ? WHERE id = ?')
            .run(...values, id);
        } else {
          raw.prepare('INSERT INTO scoring_criteria (name, description, weight, scale_max, direction, axis, sort_order, updated_at, id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
            .run(...values, id, now);
        }
      });
    });
  });
  return listCriteria(core);
}

/** Shares `total` in proportion to `weights`, in whole percent that add up exactly (largest remainder). */
export function shareOut(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (sum > 0 ? (w / sum) * total : total / weights.length));
  const floors = raw.map(Math.floor);
  let left = Math.round(total - floors.reduce((a, b) => a + b, 0));
  const order = raw.map((r, i) => ({ i, rest: r - Math.floor(r) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors;
}

/**
 * Deletes one criterion (with its scores, only when confirmed) and shares its
 * weight out among the others in proportion, so the model keeps making 100.
 */
export function deleteCriterion(core: Core, input: Parsed<'deleteCriterion'>): Criterion[] {
  const all = listCriteria(core);
  const target = all.find((c) => c.id === input.id);
  if (!target) throw notFound();
  if (target.scoreCount > 0 && !input.confirm) refuseInUse(target);
  const rest = all.filter((c) => c.id !== input.id);
  if (rest.length === 0) throw new CoreError('conflict', 'criterion_last');
  const weights = shareOut(rest.map((c) => c.weight), 100);
  const raw = core.raw();
  const now = core.clock.now();
  inStep(core, { action: 'delete', entity: 'criterion', title: target.name }, (step) => {
    removeCriterion(core, step, target.id);
    rest.forEach((c, i) => {
      if (weights[i] === c.weight) return;
      step.track('criterion', c.id, 'update', () => raw.prepare('UPDATE scoring_criteria SET weight = ?, updated_at = ? WHERE id = ?').run(weights[i], now, c.id));
    });
  });
  return listCriteria(core);
}
