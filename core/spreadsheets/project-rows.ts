/**
 * One row of a project list → the input of saveMeasure, or what is wrong
 * with it, each problem at its column. Values are read the German way first
 * (see cell-values.ts); the result then goes through the very schema the
 * measure form uses, so an imported measure obeys the same rules.
 */
import { measureInput, type Input, type Measure, type Parsed, type ProjectColumn } from '../../api/index.ts';
import { foldGerman } from '../fold.ts';
import type { Lang, MessageKey } from '../messages.ts';
import { message } from '../messages.ts';
import { fieldIssues } from '../validation.ts';
import { dateOf, numberOf, yesNoOf } from './cell-values.ts';
import { MUST_WORDS, PHASE_WORDS, PRIORITY_WORDS, type ProjectMapping } from './project-columns.ts';
import { cellText } from './read-sheet.ts';
import { headerKey, isFormula, type Cell } from './sheet.ts';

export interface RowProblem {
  column: ProjectColumn | null;
  message: string;
}

export interface RowResult {
  /** The parsed input (only when there are no problems). */
  input: Parsed<'saveMeasure'> | null;
  problems: RowProblem[];
  /** A field name the workspace does not know (the measure comes without a field). */
  unknownField: string | null;
}

/** Schema paths → the column that fed them. */
const COLUMN_OF_PATH: Record<string, ProjectColumn> = {
  title: 'title', description: 'description', fieldId: 'field', phase: 'phase', priority: 'priority', start: 'start', end: 'end',
  leadUnit: 'leadUnit', projectLead: 'projectLead', budget: 'budget', progress: 'progress', tags: 'tags', mustLegalDeadline: 'must',
  efaReuse: 'efa', ikzPartners: 'ikzPartners', goals: 'goals',
};

/** The stored measure as saveMeasure input: an update starts from it, so columns the file lacks stay as they are. */
export function inputOf(m: Measure): Input<'saveMeasure'> {
  const { id, title, description, fieldId, phase, priority, start, end, leadUnit, budget, goals, impact, projectLead, participants, risks,
    efaReuse, efaProvider, ikzPartners, progress, mustLegal, mustLegalDeadline, mustCritical, mustPolitical, tags } = m;
  return {
    id, title, description, fieldId, phase, priority, start, end, leadUnit, budget, goals, impact, projectLead, participants, risks,
    efaReuse, efaProvider, ikzPartners, progress, mustLegal, mustLegalDeadline, mustCritical, mustPolitical, tags,
  };
}

export interface RowContext {
  mapping: ProjectMapping;
  /** Folded field name → field id. */
  fields: Map<string, string>;
  lang: Lang;
}

const short = (v: string) => (v.length > 60 ? `${v.slice(0, 57)}…` : v);

/** "Gesetzliche Pflicht bis 31.12.2026, Politischer Auftrag" → the three flags and the deadline. */
function mustOf(text: string): { flags: Record<'mustLegal' | 'mustCritical' | 'mustPolitical', boolean>; deadline: string | null; unknown: string | null } {
  const flags = { mustLegal: false, mustCritical: false, mustPolitical: false };
  let deadline: string | null = null;
  for (const part of text.split(/[,;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const until = /^(.*?)\s+(?:bis|until|by)\s+(\S+)$/i.exec(part);
    const reason = MUST_WORDS[headerKey(until ? until[1]! : part)];
    if (!reason) return { flags, deadline, unknown: part };
    flags[reason] = true;
    if (until && reason === 'mustLegal') deadline = dateOf(until[2]!) ?? null;
  }
  return { flags, deadline, unknown: null };
}

export function readProjectRow(cells: Cell[], base: Input<'saveMeasure'> | null, ctx: RowContext): RowResult {
  const problems: RowProblem[] = [];
  const say = (column: ProjectColumn, key: MessageKey, params: Record<string, unknown> = {}) => problems.push({ column, message: message(ctx.lang, key, params) });
  const { index } = ctx.mapping;
  const cellOf = (col: ProjectColumn): Cell => {
    const i = index[col];
    return i === undefined ? null : (cells[i] ?? null);
  };
  const has = (col: ProjectColumn) => index[col] !== undefined;
  const out: Record<string, unknown> = { ...(base ?? {}) };
  let unknownField: string | null = null;

  for (const col of Object.keys(index) as ProjectColumn[]) {
    if (isFormula(cellOf(col))) say(col, 'sheet_formula_no_value');
  }
  const text = (col: ProjectColumn, key: string) => {
    if (has(col) && !isFormula(cellOf(col))) out[key] = cellText(cellOf(col)) || null;
  };
  text('title', 'title');
  if (!out.title) say('title', 'sheet_title_missing');
  text('description', 'description');
  text('leadUnit', 'leadUnit');
  text('projectLead', 'projectLead');
  text('ikzPartners', 'ikzPartners');
  text('goals', 'goals');

  if (has('field')) {
    const name = cellText(cellOf('field'));
    const id = name ? ctx.fields.get(foldGerman(name)) : null;
    if (name && !id) unknownField = name;
    out.fieldId = id ?? null;
  }
  const word = <T>(col: ProjectColumn, words: Record<string, T>, key: MessageKey): T | undefined => {
    const v = cellText(cellOf(col));
    if (!v) return undefined;
    const hit = words[headerKey(v)];
    if (hit === undefined) say(col, key, { value: short(v) });
    return hit;
  };
  if (has('phase')) out.phase = word('phase', PHASE_WORDS, 'sheet_phase_unknown') ?? out.phase;
  if (has('priority')) out.priority = word('priority', PRIORITY_WORDS, 'sheet_priority_unknown') ?? out.priority;

  for (const col of ['start', 'end'] as const) {
    if (!has(col) || isFormula(cellOf(col))) continue;
    const d = dateOf(cellOf(col), col);
    if (d === undefined) say(col, 'import_date', { value: short(cellText(cellOf(col))) });
    else out[col] = d;
  }
  if (has('budget') && !isFormula(cellOf('budget'))) {
    const n = numberOf(cellOf('budget'));
    if (n === undefined) say('budget', 'sheet_amount', { value: short(cellText(cellOf('budget'))) });
    else out.budget = n === null ? null : Math.round(n * 100) / 100;
  }
  if (has('progress') && !isFormula(cellOf('progress'))) {
    const c = cellOf('progress');
    const n = numberOf(c);
    // A percentage-formatted cell stores 45 % as 0.45.
    const percent = typeof c === 'number' && c > 0 && c < 1 ? c * 100 : n;
    if (percent === undefined || (percent !== null && (percent < 0 || percent > 100))) say('progress', 'sheet_progress', { value: short(cellText(c)) });
    else out.progress = Math.round(percent ?? 0);
  }
  if (has('tags')) out.tags = cellText(cellOf('tags')).split(/[,;]/).map((t) => t.trim()).filter(Boolean);
  if (has('efa')) {
    const yes = yesNoOf(cellOf('efa'));
    if (yes === undefined) say('efa', 'sheet_yes_no', { value: short(cellText(cellOf('efa'))) });
    else out.efaReuse = yes ?? false;
  }
  if (has('must')) {
    const m = mustOf(cellText(cellOf('must')));
    if (m.unknown) say('must', 'sheet_must_unknown', { value: short(m.unknown) });
    else Object.assign(out, m.flags, { mustLegalDeadline: m.deadline ?? (m.flags.mustLegal ? (out.mustLegalDeadline ?? null) : null) });
  }

  if (problems.length) return { input: null, problems, unknownField };
  const parsed = measureInput.safeParse(out);
  if (!parsed.success) {
    for (const issue of fieldIssues(parsed.error, ctx.lang)) {
      problems.push({ column: COLUMN_OF_PATH[issue.path.split('.')[0]!] ?? null, message: issue.message });
    }
    return { input: null, problems, unknownField };
  }
  return { input: parsed.data, problems, unknownField };
}
