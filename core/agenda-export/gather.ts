/**
 * Reads everything the exported agenda shows from the open workspace: the
 * agenda snapshot (a frozen version or the live draft) and, for each linked
 * measure, its fact sheet, milestones, costs and financing. Read-only.
 */
import type { AgendaGoal, AgendaMeasure, AgendaSnapshot, CostItemList, Financing, Measure, Milestone } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { agendaSnapshot } from '../agenda/snapshot.ts';
import { CoreError } from '../errors.ts';
import { listMilestones } from '../fact-sheet/milestones.ts';
import { listCostItems } from '../finance/costs.ts';
import { listFinancing } from '../finance/financing.ts';
import { getMeasure } from '../measures/measures.ts';
import { workspaceInfo } from '../workspaces/workspaces.ts';

export interface MeasureDetails {
  /** null: the measure was deleted after the version was frozen. */
  measure: Measure | null;
  milestones: Milestone[];
  costs: CostItemList | null;
  financing: Financing | null;
}

export interface AgendaData {
  municipality: string;
  /** YYYY-MM-DD */
  today: string;
  snapshot: AgendaSnapshot;
  /** Each linked measure once, in the order of the goal tree. */
  measures: AgendaMeasure[];
  details: Map<string, MeasureDetails>;
}

/** Goals with their operational goals, depth first. */
export function allGoals(goals: AgendaGoal[]): AgendaGoal[] {
  return goals.flatMap((g) => [g, ...allGoals(g.children)]);
}

export function uniqueMeasures(goals: AgendaGoal[]): AgendaMeasure[] {
  const seen = new Map<string, AgendaMeasure>();
  for (const g of allGoals(goals)) for (const m of g.measures) if (!seen.has(m.id)) seen.set(m.id, m);
  return [...seen.values()];
}

function orNull<T>(read: () => T): T | null {
  try {
    return read();
  } catch (err) {
    if (err instanceof CoreError && err.code === 'not_found') return null;
    throw err;
  }
}

/** "Minden, Stadt" → "Stadt Minden": the official list puts the kind last; a title page puts it first. */
export function displayName(name: string): string {
  const m = /^(.+),\s*([^,]+)$/.exec(name.trim());
  return m ? `${m[2]} ${m[1]}` : name;
}

export function gatherAgenda(core: Core, agendaId: string, versionNumber: number | undefined, onMeasure: (done: number, total: number) => void): AgendaData {
  const snapshot = agendaSnapshot(core, agendaId, versionNumber);
  const measures = uniqueMeasures(snapshot.goals);
  const details = new Map<string, MeasureDetails>();
  measures.forEach((m, i) => {
    const measure = orNull(() => getMeasure(core, m.id));
    details.set(m.id, {
      measure,
      milestones: measure ? listMilestones(core, m.id) : [],
      costs: measure ? listCostItems(core, m.id) : null,
      financing: measure ? listFinancing(core, m.id) : null,
    });
    onMeasure(i + 1, measures.length);
  });
  return { municipality: displayName(workspaceInfo(core).name), today: core.clock.now().slice(0, 10), snapshot, measures, details };
}
