/**
 * The pack format (version 1, docs/pack-format.md) as zod schemas: strict about
 * types, tolerant of absent optional data (null or missing), unknown keys are
 * stripped here and reported separately by the reader.
 */
import { z } from 'zod';
import { PEER_STATUSES } from '../../api/index.ts';

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and a date that exists (no `2025-13`). */
export function isPackDate(s: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const d = new Date(`${m[1]}-${m[2]}-${m[3]}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const AGS = /^(\d{2}|\d{5}|\d{8})$/;
const opt = <T extends z.ZodType>(schema: T) => schema.nullish().transform((v) => v ?? null);
const text = (max: number) => opt(z.string().max(max)).transform((v) => (v && v.trim() ? v.trim() : null));
const required = (max: number) => z.string().trim().min(1).max(max);
const ags = opt(z.string().regex(AGS, { message: 'pack_ags_invalid' }));
const contact = opt(z.object({ name: text(200), email: text(200) }));

export const MANIFEST_KEYS = ['format', 'formatVersion', 'id', 'title', 'createdAt', 'publisher', 'license', 'language', 'files', 'signature'] as const;

export const manifestSchema = z.object({
  format: z.literal('cdo-pack'),
  formatVersion: z.number().int().min(1),
  id: required(100),
  title: required(300),
  createdAt: z.string().max(40).refine((s) => /^\d{4}-\d{2}-\d{2}T/.test(s) && !Number.isNaN(Date.parse(s)), { message: 'pack_datetime_invalid' }),
  publisher: z.object({ name: required(200), ags, contact }),
  license: required(100),
  language: text(20),
  files: z.record(z.string().max(255), z.object({ sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, { message: 'pack_sha256_invalid' }) })),
  signature: opt(z.object({ alg: z.literal('ed25519'), publicKey: z.string().max(200), value: z.string().max(200) })),
});
export type Manifest = z.output<typeof manifestSchema>;

export const PROJECT_KEYS = [
  'id', 'title', 'summary', 'description', 'field', 'ozgIds', 'leikaIds', 'status', 'start', 'end', 'budget',
  'funding', 'partners', 'contact', 'results', 'lessonsLearned', 'tags', 'links', 'attachments',
] as const;

/*
 * Projects are many (up to 20,000 a pack): their schema checks types and limits
 * only, without transforms (zod's pipes cost 3–4× here); read-pack.ts trims
 * and fills in null and [] afterwards.
 */
const pText = (max: number) => z.string().max(max).nullish();
const pList = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max).nullish();
const pAgs = z.string().regex(AGS, { message: 'pack_ags_invalid' }).nullish();
const pDate = z.string().max(10).refine(isPackDate, { message: 'pack_date_invalid' }).nullish();

export const projectSchema = z.object({
  id: required(100),
  title: required(300),
  summary: pText(2000),
  description: pText(20_000),
  field: pText(200),
  ozgIds: pList(z.string().max(30), 200),
  leikaIds: pList(z.string().max(30), 200),
  status: z.enum(PEER_STATUSES, { message: 'pack_status_invalid' }).nullish(),
  start: pDate,
  end: pDate,
  budget: z.object({ total: z.number().finite().min(0).max(1e12), currency: z.string().regex(/^[A-Z]{3}$/).nullish() }).nullish(),
  funding: pList(z.object({ program: required(300), amount: z.number().finite().min(0).max(1e12).nullish() }), 50),
  partners: pList(z.object({ name: required(200), ags: pAgs }), 100),
  contact: z.object({ name: pText(200), email: pText(200) }).nullish(),
  results: pText(20_000),
  lessonsLearned: pText(20_000),
  tags: pList(z.string().max(100), 50),
  links: pList(z.object({ title: pText(300), url: z.string().max(2000) }), 50),
  attachments: pList(z.object({ title: pText(300), file: z.string().max(255) }), 100),
});
export type PackProject = z.output<typeof projectSchema>;

export const projectsFileSchema = z.object({ projects: z.array(z.unknown()) });

/** Links a CDO may click: web and mail addresses only (a `javascript:` link is dropped). */
export function isSafeLink(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === 'mailto:') return u.pathname.length > 0;
    return (u.protocol === 'https:' || u.protocol === 'http:') && !!u.hostname;
  } catch {
    return false;
  }
}

/** Text that looks like markup or script: kept as text, shown as text, but worth a note. */
export const MARKUP = /<\s*[a-zA-Z!/]|javascript:|on\w+\s*=/i;

/** A loose e-mail check: something@something, nothing that could be markup. */
export const EMAIL = /^[^\s@<>"'()]+@[^\s@<>"'()]+\.[^\s@<>"'()]+$/;
