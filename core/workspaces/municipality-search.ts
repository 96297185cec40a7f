import type { Municipality } from '../../api/index.ts';
import { municipalities } from '../../db/index.ts';
import { foldGerman } from '../fold.ts';
import { compareGerman } from '../collate.ts';

let folded: { m: Municipality; name: string }[] | null = null;

/**
 * Finds municipalities by name (German folding, word starts rank first), AGS
 * prefix or PLZ. Larger places first among equals, so "Minden" finds the
 * Stadt before smaller namesakes.
 */
export function municipalitySearch(query: string, limit: number): Municipality[] {
  folded ??= municipalities().map((m) => ({ m, name: foldGerman(m.name) }));
  const q = foldGerman(query.trim());
  if (!q) return [];
  const digits = /^\d+$/.test(q);
  const scored: { m: Municipality; score: number }[] = [];
  for (const { m, name } of folded) {
    let score = -1;
    if (digits) {
      if (m.ags === q) score = 100;
      else if (m.ags.startsWith(q)) score = 60;
      else if (m.plz === q) score = 80;
      else if (m.plz?.startsWith(q)) score = 40;
    } else if (name === q || name.startsWith(`${q},`)) score = 100;
    else if (name.startsWith(q)) score = 80;
    else if (name.includes(` ${q}`) || name.includes(`-${q}`)) score = 60;
    else if (name.includes(q)) score = 30;
    if (score >= 0) scored.push({ m, score });
  }
  scored.sort((a, b) => b.score - a.score || b.m.population - a.m.population || compareGerman(a.m.name, b.m.name));
  return scored.slice(0, limit).map((s) => s.m);
}
