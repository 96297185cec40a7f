/** A stored measure row ↔ the API's Measure, including the fact-sheet columns and the tag encoding. */
import type { Measure, MeasureFactSheet } from '../../api/index.ts';

export interface MeasureRow {
  id: string; title: string; description: string | null; field_id: string | null; field_name: string | null;
  phase: Measure['phase']; priority: Measure['priority']; start: string | null; end: string | null;
  lead_unit: string | null; budget: number | null;
  goals: string | null; impact: string | null; project_lead: string | null; participants: string | null; risks: string | null;
  efa_reuse: number; efa_provider: string | null; ikz_partners: string | null; progress: number;
  must_legal: number; must_legal_deadline: string | null; must_critical: number; must_political: number; tags: string | null;
  origin: string; created_at: string; updated_at: string;
}

/** Tags are stored as one comma-separated text (searchable, one column); the input schema keeps commas out of tags. */
export const encodeTags = (tags: readonly string[]): string | null => (tags.length ? tags.join(',') : null);
export const decodeTags = (text: string | null): string[] => (text ? text.split(',').filter(Boolean) : []);

export const toMeasure = (r: MeasureRow): Measure => ({
  id: r.id, title: r.title, description: r.description, fieldId: r.field_id, fieldName: r.field_name,
  phase: r.phase, priority: r.priority, start: r.start, end: r.end, leadUnit: r.lead_unit, budget: r.budget,
  goals: r.goals, impact: r.impact, projectLead: r.project_lead, participants: r.participants, risks: r.risks,
  efaReuse: r.efa_reuse === 1, efaProvider: r.efa_provider, ikzPartners: r.ikz_partners, progress: r.progress,
  mustLegal: r.must_legal === 1, mustLegalDeadline: r.must_legal_deadline, mustCritical: r.must_critical === 1,
  mustPolitical: r.must_political === 1, tags: decodeTags(r.tags),
  origin: r.origin, createdAt: r.created_at, updatedAt: r.updated_at,
});

/** Fact-sheet input keys → their columns, and the value a new measure starts with. */
export const FACT_SHEET_COLUMNS = {
  goals: ['goals', null],
  impact: ['impact', null],
  projectLead: ['project_lead', null],
  participants: ['participants', null],
  risks: ['risks', null],
  efaReuse: ['efa_reuse', 0],
  efaProvider: ['efa_provider', null],
  ikzPartners: ['ikz_partners', null],
  progress: ['progress', 0],
  mustLegal: ['must_legal', 0],
  mustLegalDeadline: ['must_legal_deadline', null],
  mustCritical: ['must_critical', 0],
  mustPolitical: ['must_political', 0],
  tags: ['tags', null],
} as const satisfies Record<keyof MeasureFactSheet, readonly [string, string | number | null]>;
