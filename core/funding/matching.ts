/**
 * What the Förderung module tells without being asked: the application and
 * reporting deadlines of the coming days, and programmes that fit a measure
 * (by its field of action and the words of its title, description and tags,
 * folded the German way), each with the reason it fits.
 */
import type { FundingDeadline, MatchReason, Parsed, ProgrammeSuggestion } from '../../api/index.ts';
import type { Core } from '../core.ts';
import { foldGerman } from '../fold.ts';
import { measureTitle } from '../fact-sheet/milestones.ts';
import { allProgrammes } from './programmes.ts';
import { compareGerman } from '../collate.ts';

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
const dayIso = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

export function listFundingDeadlines(core: Core, days: number): FundingDeadline[] {
  const today = dayNumber(core.clock.now());
  const from = dayIso(today);
  const to = dayIso(today + days);
  const raw = core.raw();
  const programmes = raw.prepare('SELECT id, name, deadline FROM funding_programmes WHERE deadline BETWEEN ? AND ?').all(from, to) as { id: string; name: string; deadline: string }[];
  // A rejected application reports nothing; the others may have a reporting duty.
  const reports = raw.prepare(`SELECT a.id, a.reporting_deadline, a.measure_id, m.title, p.id AS programme_id, p.name FROM funding_applications a
    JOIN measures m ON m.id = a.measure_id JOIN funding_programmes p ON p.id = a.programme_id
    WHERE a.status != 'rejected' AND a.reporting_deadline BETWEEN ? AND ?`).all(from, to) as
    { id: string; reporting_deadline: string; measure_id: string; title: string; programme_id: string; name: string }[];
  const out: FundingDeadline[] = [
    ...programmes.map((p): FundingDeadline => ({
      kind: 'application', date: p.deadline, daysLeft: dayNumber(p.deadline) - today, programmeId: p.id, programmeName: p.name,
      applicationId: null, measureId: null, measureTitle: null,
    })),
    ...reports.map((r): FundingDeadline => ({
      kind: 'reporting', date: r.reporting_deadline, daysLeft: dayNumber(r.reporting_deadline) - today, programmeId: r.programme_id,
      programmeName: r.name, applicationId: r.id, measureId: r.measure_id, measureTitle: r.title,
    })),
  ];
  return out.sort((a, b) => a.date.localeCompare(b.date) || compareGerman(a.programmeName, b.programmeName));
}

/** Words that say nothing about what a programme funds. */
const STOP = new Set(['und', 'oder', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'eines', 'fuer', 'mit', 'von', 'vom', 'zur', 'zum', 'auf', 'aus', 'bei', 'nach', 'ueber', 'sowie', 'alle', 'allen', 'stadt', 'the', 'and', 'for', 'with']);

/** Adjectives too general to make two fields of action the same one. */
const GENERIC = new Set(['digital', 'digitale', 'digitaler', 'digitales', 'interne', 'kommunal', 'kommunale', 'oeffentliche', 'moderne']);

const wordsOf = (text: string): string[] => (foldGerman(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !STOP.has(w));
const listOf = (text: string | null): string[] => (text ?? '').split(/[,;\n]/).map((s) => s.trim()).filter(Boolean);

/**
 * A keyword matches a measure word that contains it (compounds: "Gigabit" in
 * "Gigabitanschlüsse") or, for longer measure words, one it begins with.
 */
function wordMatch(keyword: string, word: string): boolean {
  if (keyword.length >= 4 && word.includes(keyword)) return true;
  return word.length >= 6 && keyword.startsWith(word);
}

export function suggestProgrammes(core: Core, q: Parsed<'suggestProgrammes'>): ProgrammeSuggestion[] {
  measureTitle(core, q.measureId);
  const m = core.raw().prepare('SELECT m.title, m.description, m.tags, f.name AS field_name FROM measures m LEFT JOIN fields f ON f.id = m.field_id WHERE m.id = ?')
    .get(q.measureId) as { title: string; description: string | null; tags: string | null; field_name: string | null };
  const fieldKey = m.field_name ? foldGerman(m.field_name) : null;
  const fieldWords = m.field_name ? wordsOf(m.field_name) : [];
  // Each folded word remembers how the measure wrote it, for the reason.
  const spelled = new Map<string, string>();
  for (const raw of `${m.title} ${m.description ?? ''} ${(m.tags ?? '').replace(/,/g, ' ')}`.match(/[\p{L}\p{N}]+/gu) ?? []) {
    const [w] = wordsOf(raw);
    if (w && !spelled.has(w)) spelled.set(w, raw);
  }
  const words = [...spelled.keys()];

  const out: ProgrammeSuggestion[] = [];
  for (const p of allProgrammes(core)) {
    const reasons: MatchReason[] = [];
    let score = 0;
    if (fieldKey && m.field_name) {
      for (const f of listOf(p.fields)) {
        const key = foldGerman(f);
        // "Digitale Infrastruktur" matches "Infrastruktur" and the other way round; "Digitales" alone does not.
        const fWords = wordsOf(f).filter((w) => w.length >= 5 && !GENERIC.has(w));
        if (key === fieldKey || fWords.some((w) => fieldWords.includes(w))) {
          reasons.push({ kind: 'field', term: f, matched: m.field_name });
          score += 3;
          break;
        }
      }
    }
    for (const k of listOf(p.keywords)) {
      const kWords = wordsOf(k);
      if (kWords.length === 0) continue;
      const hits = kWords.map((kw) => words.find((w) => wordMatch(kw, w)));
      if (hits.every(Boolean)) {
        reasons.push({ kind: 'keyword', term: k, matched: hits.map((h) => spelled.get(h!) ?? h!).join(' ') });
        score += 1;
      }
    }
    if (score > 0) out.push({ programme: p, score, reasons });
  }
  return out.sort((a, b) => b.score - a.score || compareGerman(a.programme.name, b.programme.name)).slice(0, q.limit);
}
