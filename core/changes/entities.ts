import type { EntityName } from '../../api/index.ts';

/** Tables whose rows are logged and undoable, by entity name. */
export const ENTITY_TABLES: Record<EntityName, string> = {
  measure: 'measures',
  field: 'fields',
  idea: 'ideas',
  milestone: 'milestones',
  dependency: 'measure_dependencies',
  ozgLink: 'measure_ozg_services',
  criterion: 'scoring_criteria',
  score: 'measure_scores',
  costItem: 'cost_items',
  financingItem: 'financing_items',
  programme: 'funding_programmes',
  application: 'funding_applications',
  statusReport: 'status_reports',
  view: 'saved_views',
  partnership: 'partnerships',
  peerAdoption: 'peer_adoptions',
  agenda: 'agendas',
  agendaGoal: 'agenda_goals',
  agendaGoalMeasure: 'agenda_goal_measures',
  indicator: 'agenda_indicators',
  measurement: 'agenda_measurements',
  agendaVersion: 'agenda_versions',
  peerProject: 'peer_projects',
  stakeholder: 'stakeholders',
  stakeholderRelation: 'stakeholder_relations',
  stakeholderMeasure: 'stakeholder_measures',
  stakeholderGoal: 'stakeholder_goals',
  ozgMaturity: 'ozg_maturity',
};

export type Row = Record<string, unknown>;
