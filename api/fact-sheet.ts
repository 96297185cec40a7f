/**
 * The measure's fact sheet (Steckbrief): its extra fields, milestones,
 * dependencies between measures and linked OZG services. Schemas and types
 * only; imports zod and api/domain.ts (never contract.ts: contract imports us).
 */
import { z } from 'zod';
import { isoDate, type Measure, type Phase } from './domain.ts';

export const FACT_SHEET_LIMITS = { text: 20_000, short: 200, tag: 40, tags: 20, query: 200 } as const;

const id = z.string().min(1).max(64);

/**
 * Optional, and "missing" is not "empty": a missing key keeps what is stored
 * (older callers that do not know the fact sheet do not wipe it), while
 * "" or null clears the field.
 */
const keptText = (max: number) =>
  z.string().trim().max(max).nullish().transform((v) => (v === undefined ? undefined : v ? v : null));
const keptDate = isoDate.nullish().or(z.literal('')).transform((v) => (v === undefined ? undefined : v || null));

/** A tag: one word or a short phrase; the comma separates tags in the store. */
const tag = z.string().trim().min(1).max(FACT_SHEET_LIMITS.tag).regex(/^[^,;]*$/, { message: 'tag_separator' });

/** Trims, folds inner whitespace and drops duplicates (case-insensitive), keeping the first spelling. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const t = raw.replace(/\s+/g, ' ').trim();
    const key = t.toLocaleLowerCase('de');
    if (!t || seen.has(key)) continue;
    seen.add(key);
    out.push(t);
  }
  return out;
}

/** The fact-sheet part of saveMeasure's input: every key optional (see keptText). */
export const factSheetShape = {
  goals: keptText(FACT_SHEET_LIMITS.text),
  impact: keptText(FACT_SHEET_LIMITS.text),
  projectLead: keptText(FACT_SHEET_LIMITS.short),
  participants: keptText(FACT_SHEET_LIMITS.text),
  risks: keptText(FACT_SHEET_LIMITS.text),
  efaReuse: z.boolean().optional(),
  efaProvider: keptText(FACT_SHEET_LIMITS.short),
  ikzPartners: keptText(FACT_SHEET_LIMITS.text),
  progress: z.number().int().min(0).max(100).optional(),
  mustLegal: z.boolean().optional(),
  mustLegalDeadline: keptDate,
  mustCritical: z.boolean().optional(),
  mustPolitical: z.boolean().optional(),
  tags: z.array(tag).max(FACT_SHEET_LIMITS.tags).optional().transform((v) => (v === undefined ? undefined : normaliseTags(v))),
};

/** What a measure carries besides its core fields (the fields are declared on Measure in domain.ts). */
export type MeasureFactSheet = Pick<Measure, keyof typeof factSheetShape>;

// --- milestones ---

export const milestoneInput = z
  .object({
    id: id.optional(),
    measureId: id,
    title: z.string().trim().min(1).max(FACT_SHEET_LIMITS.short),
    plannedOn: isoDate.nullish().or(z.literal('')).transform((v) => v || null),
    actualOn: isoDate.nullish().or(z.literal('')).transform((v) => v || null),
    done: z.boolean().default(false),
    sortOrder: z.number().int().min(0).max(100_000).optional(),
  })
  .refine((m) => !m.actualOn || m.done, { path: ['actualOn'], message: 'milestone_actual_not_done' });

export interface Milestone {
  id: string;
  measureId: string;
  title: string;
  plannedOn: string | null;
  actualOn: string | null;
  done: boolean;
  sortOrder: number;
  /** Not done and planned before today. */
  overdue: boolean;
}

// --- dependencies ---

export const dependencyInput = z.object({ measureId: id, dependsOnId: id });

/** The other measure of a dependency, as the fact sheet lists it. */
export interface DependencyLink {
  /** The dependency's own id (for removeDependency). */
  id: string;
  measureId: string;
  title: string;
  phase: Phase;
  end: string | null;
}

export interface MeasureDependencies {
  /** Measures this one needs first. */
  dependsOn: DependencyLink[];
  /** Measures that need this one. */
  neededBy: DependencyLink[];
}

// --- OZG services ---

export const ozgQuery = z.object({
  query: z.string().trim().max(FACT_SHEET_LIMITS.query).default(''),
  themenfeld: z.string().trim().min(1).max(FACT_SHEET_LIMITS.short).optional(),
  municipalOnly: z.boolean().default(false),
  limit: z.number().int().min(1).max(200).default(30),
});

export const ozgLinkInput = z.object({ measureId: id, ozgId: z.string().trim().regex(/^\d{1,8}$/, { message: 'ozg_id_format' }) });

export interface OzgService {
  ozgId: string;
  name: string;
  lebenslage: string;
  themenfeld: string;
  /** Carried out by municipalities (LeiKa type 2/3 or 4). */
  municipal: boolean;
  leikaCount: number;
}

export interface MeasureOzgService extends OzgService {
  /** The link's id (for unlinkOzgService). */
  id: string;
}

/** Inputs that name one measure, or one fact-sheet record (milestone, dependency, OZG link). */
export const factSheetMeasureRef = z.object({ measureId: id });
export const factSheetRecordRef = z.object({ id });
