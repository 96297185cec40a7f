/** Domain vocabulary shared by every layer: enums and record shapes. Imports only zod. */
import { z } from 'zod';

export const PHASES = ['idea', 'concept', 'implementation', 'operation', 'completed', 'stopped'] as const;
export type Phase = (typeof PHASES)[number];

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const MUNICIPALITY_KINDS = ['gemeinde', 'kreis'] as const;
export type MunicipalityKind = (typeof MUNICIPALITY_KINDS)[number];

/** Entities whose edits are logged and undoable. */
export const ENTITIES = [
  'measure', 'field', 'idea', 'milestone', 'dependency', 'ozgLink', 'criterion', 'score',
  'costItem', 'financingItem', 'programme', 'application', 'statusReport', 'view',
  'partnership', 'peerAdoption',
  'agenda', 'agendaGoal', 'agendaGoalMeasure', 'indicator', 'measurement', 'agendaVersion',
  'stakeholder', 'stakeholderRelation', 'stakeholderMeasure', 'stakeholderGoal',
  // Peer projects are read-only imports (never change-logged); listed here so search hits can name them.
  'peerProject',
  'ozgMaturity',
  // ecosystem: org units, actors, roles
  'orgUnit', 'actor', 'actorField', 'actorRelation', 'roleAssignment',
  // DigiCheck: catalogue, assessments
  'digicheckCatalogue', 'digicheckDimension', 'digicheckQuestion', 'digicheckAssessment', 'digicheckAnswer',
  // DigiCheck: recommendations, partial strategy
  'recommendation',
  // value propositions
  'valueProposition', 'valueItem', 'valueFit', 'valuePropositionMeasure',
] as const;
export type EntityName = (typeof ENTITIES)[number];

export interface Municipality {
  ags: string;
  name: string;
  kind: MunicipalityKind;
  type: string;
  kreis: string | null;
  land: string;
  population: number;
  plz: string | null;
}

export interface WorkspaceInfo {
  id: string;
  name: string;
  ags: string;
  kind: MunicipalityKind;
  land: string;
  population: number;
  file: string;
  schemaVersion: number;
  isDemo: boolean;
}

export interface WorkspaceEntry {
  id: string;
  name: string;
  ags: string;
  file: string;
  lastOpenedAt: string;
  exists: boolean;
}

export interface Field {
  id: string;
  name: string;
  description: string | null;
  color: string;
  sortOrder: number;
  source: string;
  measureCount: number;
}

export interface Measure {
  id: string;
  title: string;
  description: string | null;
  fieldId: string | null;
  fieldName: string | null;
  phase: Phase;
  priority: Priority;
  start: string | null;
  end: string | null;
  leadUnit: string | null;
  budget: number | null;
  // The fact sheet (Steckbrief); inputs and limits in api/fact-sheet.ts.
  goals: string | null;
  impact: string | null;
  projectLead: string | null;
  participants: string | null;
  risks: string | null;
  efaReuse: boolean;
  efaProvider: string | null;
  ikzPartners: string | null;
  /** Percent, 0–100. */
  progress: number;
  mustLegal: boolean;
  mustLegalDeadline: string | null;
  mustCritical: boolean;
  mustPolitical: boolean;
  tags: string[];
  origin: string;
  createdAt: string;
  updatedAt: string;
}

export interface MeasurePage {
  total: number;
  rows: Measure[];
}

/** What an undo/redo step did, as data: the UI words it in its language. */
export interface ChangeLabel {
  action: 'create' | 'update' | 'delete';
  entity: EntityName;
  title: string;
}

export interface UndoState {
  undo: ChangeLabel | null;
  redo: ChangeLabel | null;
}

export interface UndoResult {
  done: ChangeLabel | null;
  state: UndoState;
}

export interface HistoryEntry {
  seq: number;
  at: string;
  action: ChangeLabel['action'];
  undone: boolean;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface SearchHit {
  entity: EntityName;
  id: string;
  title: string;
  snippet: string;
}

export interface FieldPhaseCount {
  fieldId: string | null;
  fieldName: string | null;
  color: string;
  counts: Record<Phase, number>;
}

export interface Overview {
  measureCount: number;
  budgetTotal: number;
  byFieldPhase: FieldPhaseCount[];
}

export interface Backup {
  id: string;
  createdAt: string;
  reason: string;
  sizeBytes: number;
}

export interface DataSource {
  id: string;
  title: string;
  attribution: string;
  licence: string;
  rows: number;
}

export interface AppInfo {
  version: string;
  schemaVersion: number;
  dataSources: DataSource[];
}

export interface Session {
  workspace: WorkspaceInfo | null;
  undo: UndoState;
  /** No workspace open because the last one's check after opening found it damaged: the start screen offers its backups. */
  damaged: { workspace: WorkspaceEntry; message: string } | null;
}

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date_format' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { message: 'date_invalid' });
