/**
 * German folding for search: "Bürgerportal", "Buergerportal" and "BÜRGERPORTAL"
 * all become "buergerportal". FTS5's unicode61 would fold ü to u, so we fold
 * umlauts and ß ourselves, on both the indexed text and the query.
 */
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

export function foldGerman(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüßẞ]/g, (c) => UMLAUTS[c] ?? c)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '');
}

/** The words of a query, folded, at most 12: letters and digits only, so no FTS5 syntax gets through. */
export function searchWords(query: string): string[] {
  return (foldGerman(query).match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** Query words, folded, each a prefix term for FTS5 ("buerg" finds "Bürgerportal"). */
export function ftsQuery(query: string): string | null {
  const words = searchWords(query);
  if (words.length === 0) return null;
  return words.map((w) => `"${w}"*`).join(' ');
}
