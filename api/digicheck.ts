/**
 * DigiCheck (Standortanalyse): the versioned question catalogue, assessments
 * of one org unit or field with Ist and Soll scores 0–4 per question, the
 * radar per dimension and the comparison with an earlier assessment of the
 * same unit. Schemas and types only; imports zod and api/ siblings (never
 * contract.ts: contract imports this file).
 */
import { z } from 'zod';
import { isoDate } from './domain.ts';

/** The score scale: 0 = nicht vorhanden … 4 = vollständig/optimiert. */
export const DIGICHECK_SCALE = [0, 1, 2, 3, 4] as const;
export const DIGICHECK_SCALE_MAX = 4;

export const DIGICHECK_LIMITS = {
  name: 200, text: 1000, help: 4000, narrative: 20_000, participants: 2000, justification: 4000,
  dimensions: 30, questions: 30, weight: 100,
} as const;

const id = z.string().min(1).max(64);
const optText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
/** A score on the 0–4 scale; null while not answered. */
const score = z.number().int().min(0, { message: 'digicheck_score_range' }).max(DIGICHECK_SCALE_MAX, { message: 'digicheck_score_range' }).nullable();
const weight = z.number().finite().min(0).max(DIGICHECK_LIMITS.weight).default(1);
/** Keys name a dimension or question across catalogue versions; new items get one from the core. */
const key = z.string().trim().regex(/^[a-z0-9_-]{1,64}$/).optional();

export const digicheckQuestionInput = z.object({
  key,
  text: z.string().trim().min(1).max(DIGICHECK_LIMITS.text),
  help: optText(DIGICHECK_LIMITS.help),
  weight,
});

export const digicheckDimensionInput = z.object({
  key,
  name: z.string().trim().min(1).max(DIGICHECK_LIMITS.name),
  description: optText(DIGICHECK_LIMITS.help),
  weight,
  questions: z.array(digicheckQuestionInput).min(1).max(DIGICHECK_LIMITS.questions),
});

/**
 * Saves a catalogue version as a whole. When assessments already use it, the
 * core writes a new version (keys kept) and the old one stays as it was.
 */
export const digicheckCatalogueInput = z
  .object({
    id,
    name: z.string().trim().min(1).max(DIGICHECK_LIMITS.name),
    dimensions: z.array(digicheckDimensionInput).min(1).max(DIGICHECK_LIMITS.dimensions),
  })
  .superRefine((v, ctx) => {
    const dims = new Set<string>();
    v.dimensions.forEach((d, i) => {
      if (d.key && dims.has(d.key)) ctx.addIssue({ code: 'custom', path: ['dimensions', i, 'key'], message: 'digicheck_key_twice', input: d.key });
      if (d.key) dims.add(d.key);
      const questions = new Set<string>();
      d.questions.forEach((q, j) => {
        if (q.key && questions.has(q.key)) ctx.addIssue({ code: 'custom', path: ['dimensions', i, 'questions', j, 'key'], message: 'digicheck_key_twice', input: q.key });
        if (q.key) questions.add(q.key);
      });
    });
  });

export const digicheckCatalogueRef = z.object({ id: id.optional() }).default({});

export const digicheckAssessmentInput = z
  .object({
    id: id.optional(),
    orgUnitId: id.nullish().or(z.literal('')).transform((v) => v || null),
    fieldId: id.nullish().or(z.literal('')).transform((v) => v || null),
    title: z.string().trim().min(1).max(DIGICHECK_LIMITS.name),
    heldOn: isoDate,
    participants: optText(DIGICHECK_LIMITS.participants),
    startingPosition: optText(DIGICHECK_LIMITS.narrative),
    needForChange: optText(DIGICHECK_LIMITS.narrative),
    itChallenges: optText(DIGICHECK_LIMITS.narrative),
  })
  .superRefine((v, ctx) => {
    // One of the two is required: the unit assessed, or a field of action standing in for it.
    if (!v.orgUnitId && !v.fieldId) ctx.addIssue({ code: 'custom', path: ['orgUnitId'], message: 'digicheck_unit_required', input: null });
    if (v.orgUnitId && v.fieldId) ctx.addIssue({ code: 'custom', path: ['fieldId'], message: 'digicheck_unit_or_field', input: v.fieldId });
  });

export const digicheckAssessmentRef = z.object({ id });

export const digicheckAnswerInput = z.object({
  assessmentId: id,
  questionId: id,
  ist: score,
  soll: score,
  justification: optText(DIGICHECK_LIMITS.justification),
});

export const digicheckCompareInput = z.object({
  id,
  /** The earlier assessment of the same unit; default: the one just before. */
  earlierId: id.optional(),
});

export interface DigicheckQuestion {
  id: string;
  key: string;
  text: string;
  help: string | null;
  weight: number;
}

export interface DigicheckDimension {
  id: string;
  key: string;
  name: string;
  description: string | null;
  weight: number;
  questions: DigicheckQuestion[];
}

export interface DigicheckCatalogueSummary {
  id: string;
  name: string;
  version: number;
  /** Assessments answered with this version (such a version is kept as it is). */
  assessments: number;
  /** The newest version of its name: new assessments use it. */
  latest: boolean;
}

export interface DigicheckCatalogue extends DigicheckCatalogueSummary {
  basedOnId: string | null;
  dimensions: DigicheckDimension[];
}

export interface DigicheckCatalogueSave {
  catalogue: DigicheckCatalogue;
  /** True when the edit went into a new version because the old one is in use. */
  newVersion: boolean;
}

/** The unit assessed: an org unit or a field of action. */
export interface DigicheckUnit {
  kind: 'orgUnit' | 'field';
  id: string;
  name: string;
}

export interface DigicheckAnswer {
  questionId: string;
  questionKey: string;
  dimensionKey: string;
  ist: number | null;
  soll: number | null;
  justification: string | null;
}

/** Weighted averages of the answered questions of one dimension (null: none answered). */
export interface DigicheckDimensionScore {
  key: string;
  name: string;
  weight: number;
  ist: number | null;
  soll: number | null;
  answered: number;
  questions: number;
}

export interface DigicheckAssessmentSummary {
  id: string;
  title: string;
  heldOn: string;
  unit: DigicheckUnit;
  catalogueId: string;
  catalogueName: string;
  catalogueVersion: number;
  /** Overall weighted averages over the dimensions (null: nothing answered). */
  ist: number | null;
  soll: number | null;
  answered: number;
  questions: number;
  updatedAt: string;
}

export interface DigicheckAssessment extends DigicheckAssessmentSummary {
  participants: string | null;
  startingPosition: string | null;
  needForChange: string | null;
  itChallenges: string | null;
  dimensions: DigicheckDimensionScore[];
  answers: DigicheckAnswer[];
}

export interface DigicheckAssessmentRef {
  id: string;
  title: string;
  heldOn: string;
}

export interface DigicheckComparisonRow {
  key: string;
  name: string;
  ist: number | null;
  earlierIst: number | null;
  /** ist − earlierIst, null when either is missing. */
  difference: number | null;
}

export interface DigicheckComparison {
  current: DigicheckAssessmentRef;
  earlier: DigicheckAssessmentRef | null;
  /** Earlier assessments of the same unit, newest first. */
  candidates: DigicheckAssessmentRef[];
  rows: DigicheckComparisonRow[];
}
