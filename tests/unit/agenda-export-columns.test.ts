import { describe, expect, it } from 'vitest';
import type { DocTable } from '../../api/index.ts';
import { columnShares } from '../../core/agenda-export/column-shares.ts';

const table = (columns: DocTable['columns'], rows: string[][]): DocTable => ({ caption: null, columns, rows, footer: null });

describe('column widths of exported tables (DOCX)', () => {
  it('share the page (about 100 %) and give a long text column more than a short code column', () => {
    const shares = columnShares(table(
      [{ label: 'Kennzahl', align: 'left' }, { label: 'Ebene', align: 'left' }, { label: 'Zielwert', align: 'right' }],
      [['Anteil online beantragbarer Leistungen im Bürgerportal', 'Output', '80 %'], ['Zufriedenheit mit den Online-Leistungen', 'Impact', '4,2 Punkte (1–5)']],
    ));
    expect(shares.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(98);
    expect(shares.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(102);
    expect(shares[0]).toBeGreaterThan(shares[1]!);
  });

  it('keeps a figure column wide enough for its longest figure', () => {
    const [, figures] = columnShares(table(
      [{ label: 'Jahr', align: 'left' }, { label: 'Betrag', align: 'right' }],
      [['2026', '1.250.000,00 €'], ['2027', '12 €']],
    ));
    expect(figures).toBeGreaterThan(50);
  });
});
