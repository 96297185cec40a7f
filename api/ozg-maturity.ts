/**
 * OZG maturity (OZG-Reifegrad): which catalogue services matter for this
 * municipality, their maturity Ist and Soll on the OZG Reifegradmodell
 * (version 1.1: levels 0–4; version 2.0: levels 0–7), who is responsible,
 * EfA reuse, and the charts per Themenfeld. Schemas and types only; imports
 * zod and api/ siblings (never contract.ts: contract imports this file).
 */
import { z } from 'zod';
import { isoDate } from './domain.ts';
import type { OzgService } from './fact-sheet.ts';

export const OZG_MODELS = ['1.1', '2.0'] as const;
export type OzgModel = (typeof OZG_MODELS)[number];
/** The highest level of each model version. */
export const OZG_MODEL_MAX: Record<OzgModel, number> = { '1.1': 4, '2.0': 7 };

/** Which services the list shows: by default those municipalities carry out (LeiKa type 2/3 or 4). */
export const OZG_SCOPES = ['municipal', 'relevant', 'all'] as const;
export type OzgScope = (typeof OZG_SCOPES)[number];

export const OZG_MATURITY_LIMITS = { ozgId: 64, query: 200, themenfeld: 200, unit: 200, provider: 200, note: 4000 } as const;

const ozgId = z.string().trim().min(1).max(OZG_MATURITY_LIMITS.ozgId);
const optText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));
const level = z.number().int().min(0).nullish().transform((v) => v ?? null);

export const ozgMaturityInput = z
  .object({
    ozgId,
    relevant: z.boolean().default(true),
    model: z.enum(OZG_MODELS).default('1.1'),
    ist: level,
    soll: level,
    unit: optText(OZG_MATURITY_LIMITS.unit),
    efaProvider: optText(OZG_MATURITY_LIMITS.provider),
    assessedOn: isoDate.nullish().or(z.literal('')).transform((v) => v || null),
    note: optText(OZG_MATURITY_LIMITS.note),
  })
  .superRefine((v, ctx) => {
    // A level above the model's maximum is refused with a message naming that maximum.
    const message = v.model === '1.1' ? 'ozg_level_above_max_11' : 'ozg_level_above_max_20';
    for (const key of ['ist', 'soll'] as const) {
      const value = v[key];
      if (value !== null && value > OZG_MODEL_MAX[v.model]) ctx.addIssue({ code: 'custom', path: [key], message, input: value });
    }
  });

export const ozgMaturityListInput = z.object({
  query: z.string().trim().max(OZG_MATURITY_LIMITS.query).default(''),
  themenfeld: z.string().trim().min(1).max(OZG_MATURITY_LIMITS.themenfeld).optional(),
  scope: z.enum(OZG_SCOPES).default('municipal'),
  /** The catalogue holds some 550 services: the list shows the first ones and the total. */
  limit: z.number().int().min(1).max(1000).default(100),
});

export const ozgMaturityRef = z.object({ ozgId });
export const ozgMaturityChartInput = z.object({ model: z.enum(OZG_MODELS).default('1.1') });

export interface OzgMaturity {
  id: string;
  relevant: boolean;
  model: OzgModel;
  ist: number | null;
  soll: number | null;
  unit: string | null;
  efaProvider: string | null;
  assessedOn: string | null;
  note: string | null;
  updatedAt: string;
}

export interface OzgMaturityRow {
  service: OzgService;
  /** Null while the service has not been assessed. */
  maturity: OzgMaturity | null;
  /** Measures linked to this service (from their fact sheets). */
  measures: { id: string; title: string }[];
}

export interface OzgMaturityList {
  total: number;
  rows: OzgMaturityRow[];
}

export interface OzgThemenfeldMaturity {
  themenfeld: string;
  /** Relevant services per Ist level (index = level, 0…max of the model). */
  counts: number[];
  /** Relevant services assessed with an Ist level in this model, and those at level 3 or higher. */
  assessed: number;
  atLeast3: number;
}

export interface OzgMaturityChart {
  model: OzgModel;
  max: number;
  rows: OzgThemenfeldMaturity[];
  assessed: number;
  atLeast3: number;
  /** Share of assessed relevant services at level ≥ 3 (0–1), null when none is assessed. */
  share: number | null;
}
