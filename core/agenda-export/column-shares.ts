/**
 * Column widths (percent) for word processors that do not size columns by
 * content (Word and LibreOffice split a table evenly): every column gets at least
 * room for its longest word, so a header like "Ausgangswert" never breaks mid-word,
 * figures keep to one line, and the rest follows how much text the column holds.
 */
import type { DocTable } from '../../api/index.ts';

export function columnShares(t: DocTable): number[] {
  const texts = (i: number) => [t.columns[i]?.label ?? '', ...t.rows.map((r) => r[i] ?? '')];
  const weights = t.columns.map((_, i) => {
    const cells = texts(i);
    const longestWord = Math.max(...cells.flatMap((c) => c.split(/\s+/).map((w) => w.length)));
    // Figures (right-aligned) read badly when wrapped: they get their longest cell.
    if (t.columns[i]?.align === 'right') return Math.max(longestWord, ...cells.slice(1).map((c) => c.length), 4);
    const meanLength = cells.reduce((n, c) => n + c.length, 0) / cells.length;
    // A word is wider than its letter count suggests (capitals, bold headers): 1.25 × keeps it whole.
    return Math.max(longestWord * 1.25, Math.min(meanLength, 60) * 0.7, 4);
  });
  // Plus room for the cell's padding, which a short column feels most.
  const padded = weights.map((w) => w + 3);
  const total = padded.reduce((a, b) => a + b, 0);
  return padded.map((w) => Math.round((w / total) * 100));
}
