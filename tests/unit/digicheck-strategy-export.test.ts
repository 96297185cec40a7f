/**
 * exportPartialStrategy through the real dispatcher: the partial strategy as
 * DOCX (parsed back), PDF (pdftotext) and the other agenda formats, with the
 * title page, the three narratives, Ist/Soll per dimension, the
 * recommendations per year and the honest three-year cost sum; English words
 * when asked; bad input refused.
 */
import type { ExportFormat } from '../../api/index.ts';
import { value } from '../support/core-harness.ts';
import { workspaceForEachTest } from '../support/workspaces.ts';
import { pdfText, unzipText } from './agenda-export-read.ts';
import { insertAssessment, recommendation } from './digicheck-strategy-fixture.ts';

const h = workspaceForEachTest();
let assessmentId: string;
beforeEach(async () => {
  assessmentId = insertAssessment(h).id;
  const save = async (extra: Parameters<typeof recommendation>[1]) => value(await h.api.saveRecommendation(recommendation(assessmentId, extra)));
  await save({ title: 'Antragsportal anbinden', description: 'Online-Antrag mit Upload', year: 1, dimensionKey: 'onlinedienste', oneOffMin: 50_000, oneOffMax: 80_000, yearlyMin: 10_000, yearlyMax: 20_000, staffFte: 0.5 });
  const eakte = await save({ title: 'E-Akte einführen', year: 2, priority: 'medium', yearlyMin: 5000, yearlyMax: 5000 });
  value(await h.api.convertRecommendation({ id: eakte.id, to: 'idea' }));
});

function plain(format: ExportFormat, bytes: Uint8Array): string {
  if (format === 'pdf') return pdfText(bytes).replace(/\s+/g, ' ');
  const raw = format === 'docx' ? (unzipText(bytes)['word/document.xml'] as string) : new TextDecoder().decode(bytes);
  return raw.replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/\s+/g, ' ');
}

describe('exportPartialStrategy', () => {
  it.each(['docx', 'pdf', 'html'] as const)('writes the partial strategy as %s with narratives, years and the three-year sum', async (format) => {
    const r = value(await h.api.exportPartialStrategy({ assessmentId, format }));
    expect(r.fileName).toBe(`Teilstrategie Wohngeldstelle 2027-2029.${format}`);
    const text = plain(format, r.bytes);
    for (const expected of [
      'Teilstrategie Digitalisierung – Wohngeldstelle 2027–2029', 'Grundlage: DigiCheck Wohngeldstelle 2026 vom 10.03.2026',
      'Anträge kommen zu zwei Dritteln auf Papier.', 'Nachweise sollen digital eingehen.', 'Das Fachverfahren hat keine Schnittstelle zum Antragsportal.',
      'Ist und Soll je Dimension', 'Onlinedienste', 'Jahr 1 (2027)', 'Jahr 2 (2028)', 'Jahr 3 (2029)', 'Antragsportal anbinden',
      'Online-Antrag mit Upload', 'Wird verfolgt als Idee „E-Akte einführen“', 'Für dieses Jahr sind keine Empfehlungen vorgesehen.',
      // 50–80k one-off + 3 × 10–20k + 2 × 5k
      '90.000–150.000 €', 'Laufende Kosten fallen ab dem Jahr ihrer Empfehlung',
    ]) expect(text).toContain(expected);
  });

  it('speaks English when asked, and reports progress to the end', async () => {
    const r = await h.dispatcher.call('exportPartialStrategy', { assessmentId, format: 'md' }, { lang: 'en' });
    const text = new TextDecoder().decode((value(r) as { bytes: Uint8Array }).bytes);
    expect(text).toContain('Digital partial strategy – Wohngeldstelle 2027–2029');
    expect(text).toContain('Costs and staff');
    const progress = h.events.filter((e) => e.type === 'progress' && e.task === 'strategyExport');
    expect(progress.at(-1)).toMatchObject({ done: expect.any(Number) });
    const last = progress.at(-1) as { done: number; total: number };
    expect(last.done).toBe(last.total);
  });

  it('refuses an unknown format or DigiCheck', async () => {
    const bad = await h.api.exportPartialStrategy({ assessmentId, format: 'exe' as never });
    expect(!bad.ok && bad.error.code).toBe('invalid_input');
    const unknown = await h.api.exportPartialStrategy({ assessmentId: 'nope', format: 'pdf' });
    expect(!unknown.ok && unknown.error.code).toBe('not_found');
  });
});
