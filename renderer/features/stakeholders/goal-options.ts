/** The goals of every digital agenda as one flat list for the stakeholder dialog (operational goals indented below their strategic goal). */
import type { AgendaGoal, ApiError, Result } from '../../../api/index.ts';
import type { ApiClient } from '../../../api/client.ts';

export interface GoalOption {
  id: string;
  title: string;
  operational: boolean;
}

const flatten = (goals: AgendaGoal[]): GoalOption[] =>
  goals.flatMap((g) => [{ id: g.id, title: g.title, operational: g.kind === 'operational' }, ...flatten(g.children)]);

export async function loadGoalOptions(api: ApiClient): Promise<Result<GoalOption[]>> {
  const fail = (error: ApiError): Result<GoalOption[]> => ({ ok: false, error });
  const agendas = await api.listAgendas();
  if (!agendas.ok) return fail(agendas.error);
  const options: GoalOption[] = [];
  for (const agenda of agendas.value) {
    const snapshot = await api.getAgendaSnapshot({ agendaId: agenda.id });
    if (!snapshot.ok) return fail(snapshot.error);
    options.push(...flatten(snapshot.value.goals));
  }
  return { ok: true, value: options };
}
