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
  // ecosystem: org units, actors, roles
  orgUnit: 'org_units',
  actor: 'actors',
  actorField: 'actor_fields',
  actorRelation: 'actor_relations',
  roleAssignment: 'role_assignments',
  // DigiCheck: catalogue, assessments
  digicheckCatalogue: 'digicheck_catalogues',
  digicheckDimension: 'digicheck_dimensions',
  digicheckQuestion: 'digicheck_questions',
  digicheckAssessment: 'digicheck_assessments',
  digicheckAnswer: 'digicheck_answers',
  // DigiCheck: recommendations, partial strategy
  recommendation: 'digicheck_recommendations',
  // value propositions
  valueProposition: 'value_propositions',
  valueItem: 'value_items',
  valueFit: 'value_fits',
  valuePropositionMeasure: 'value_proposition_measures',
};

export type Row = Record<string, unknown>;
