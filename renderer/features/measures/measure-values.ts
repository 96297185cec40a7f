/** The values of the measure form (all text, as typed) and the helpers the form and its field groups share. */
import type { Phase, Priority } from '../../../api/index.ts';

export interface Values {
  title: string;
  description: string;
  goals: string;
  impact: string;
  fieldId: string;
  phase: Phase;
  priority: Priority;
  leadUnit: string;
  projectLead: string;
  participants: string;
  start: string;
  end: string;
  budget: string;
  mustLegal: boolean;
  mustLegalDeadline: string;
  mustCritical: boolean;
  mustPolitical: boolean;
  efaReuse: boolean;
  efaProvider: string;
  ikzPartners: string;
  progress: string;
  risks: string;
  tags: string;
}

export type TextKey = { [K in keyof Values]: Values[K] extends string ? K : never }[keyof Values];
export type FlagKey = { [K in keyof Values]: Values[K] extends boolean ? K : never }[keyof Values];
export type Issues = Partial<Record<keyof Values, string>>;

/** Stable control ids, so the error summary can link to each field. */
export const controlId = (key: keyof Values) => `measure-${key}`;

/** The order of the form, which is the order of the error summary. */
export const FIELD_ORDER: (keyof Values)[] = [
  'title', 'description', 'goals', 'impact', 'fieldId', 'phase', 'priority', 'leadUnit', 'projectLead', 'participants',
  'start', 'end', 'budget', 'mustLegal', 'mustLegalDeadline', 'mustCritical', 'mustPolitical', 'efaReuse', 'efaProvider',
  'ikzPartners', 'progress', 'risks', 'tags',
];

/** "OZG, EfA; Bürgerservice" → ['OZG', 'EfA', 'Bürgerservice']: commas and semicolons both separate. */
export function splitTags(text: string): string[] {
  return text.split(/[,;]/).map((t) => t.trim()).filter(Boolean);
}

const CORE_FIELDS = new Set<keyof Values>(['title', 'fieldId', 'phase', 'priority', 'start', 'end', 'leadUnit', 'budget', 'description']);

/** The i18n key of a field's label: the original fields keep theirs, the fact sheet brings its own. */
export function fieldLabelKey(key: keyof Values | string): string {
  return CORE_FIELDS.has(key as keyof Values) ? `measure.field.${key}` : `factSheet.field.${key}`;
}

