/**
 * exportAgenda through the real dispatcher on real workspaces: the demo
 * agenda in all five formats with the same content, the public edition
 * without costs and personal names, an empty agenda with placeholders,
 * measures without dates, frozen versions, progress events, bad input.
 */
import type { ExportFormat, Result } from '../../api/index.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';
import { pdfText, unzipText } from './agenda-export-read.ts';

let h: Harness;
afterEach(() => h.cleanup());

/** The document's text in any format, with markup and escapes removed, for "same content" checks. */
function plain(format: ExportFormat, bytes: Uint8Array): string {
  if (format === 'pdf') return pdfText(bytes).replace(/\s+/g, ' ');
  const raw = format === 'docx' ? (unzipText(bytes)['word/document.xml'] as string)
    : format === 'odt' ? (unzipText(bytes)['content.xml'] as string)
      : new TextDecoder().decode(bytes);
  const text = format === 'md' ? raw.replace(/\\(.)/g, '$1') : raw.replace(/<[^>]+>/g, ' ');
  return text.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/\s+/g, ' ');
}

const errorOf = <T>(r: Result<T>) => (r.ok ? null : r.error);

async function demoAgenda(): Promise<string> {
  h = createHarness();
  value(await h.api.createDemoWorkspace({}));
  const [agenda] = value(await h.api.listAgendas({}));
  return agenda!.id;
}

describe('exportAgenda on the demo agenda', () => {
  it('answers DOCX, ODT, PDF, HTML and Markdown with the same headings, measures and money, and a safe file name', async () => {
    const agendaId = await demoAgenda();
    const snapshot = value(await h.api.getAgendaSnapshot({ agendaId }));
    const measures = snapshot.goals.flatMap((g) => [...g.measures, ...g.children.flatMap((c) => c.measures)]).map((m) => m.title);
    expect(measures.length).toBeGreaterThan(5);
    for (const format of ['docx', 'odt', 'pdf', 'html', 'md'] as const) {
      const r = value(await h.api.exportAgenda({ agendaId, format }));
      expect(r.fileName).toBe(`Digitale Agenda Musterstadt 2026–2030 – Version 2.${format}`);
      const text = plain(format, r.bytes);
      const wanted = [snapshot.title, 'Musterstadt', 'Fassung für den Rat', 'Vision und Leitlinien', 'Ausgangslage', 'Umsetzungsplan',
        'Finanzierungsübersicht', 'Anhang: Steckbriefe der Maßnahmen', 'Geplante Kosten je Jahr', ...snapshot.principles.slice(0, 2), ...measures];
      expect({ format, missing: wanted.filter((t) => !text.includes(t)), euros: /\d{1,3}(\.\d{3})+ €/.test(text) }).toEqual({ format, missing: [], euros: true });
    }
  });

  it('leaves costs and personal names out of the public edition', async () => {
    const agendaId = await demoAgenda();
    const snapshot = value(await h.api.getAgendaSnapshot({ agendaId }));
    const ids = snapshot.goals.flatMap((g) => [...g.measures, ...g.children.flatMap((c) => c.measures)]).map((m) => m.id);
    const leads = (await Promise.all(ids.map(async (id) => value(await h.api.getMeasure({ id }))))).map((m) => m.projectLead).filter((n): n is string => !!n);
    expect(leads.length).toBeGreaterThan(3);
    for (const format of ['pdf', 'html', 'md'] as const) {
      const council = plain(format, value(await h.api.exportAgenda({ agendaId, format })).bytes);
      const open = plain(format, value(await h.api.exportAgenda({ agendaId, format, audience: 'public' })).bytes);
      expect(council).toContain(leads[0]);
      expect({ format, names: leads.filter((name) => open.includes(name)) }).toEqual({ format, names: [] });
      expect(open).not.toContain('€');
      expect(open).not.toContain('Finanzierungsübersicht');
      expect(open).toContain('Öffentliche Fassung');
      expect(open).toContain('Umsetzungsplan');
    }
  });

  it('words the document in English for an English caller, keeping the German text of the agenda', async () => {
    const agendaId = await demoAgenda();
    const r = await h.dispatcher.call('exportAgenda', { agendaId, format: 'md', sections: ['vision', 'roadmap'] }, { lang: 'en' });
    const md = plain('md', (value(r) as { bytes: Uint8Array }).bytes);
    expect(md).toContain('Vision and principles');
    expect(md).toContain('Council edition');
    expect(md).toContain('Measures without dates');
    expect(md).toContain('Digitale Agenda Musterstadt 2026–2030');
  });

  it('exports only the chosen sections', async () => {
    const agendaId = await demoAgenda();
    const md = plain('md', value(await h.api.exportAgenda({ agendaId, format: 'md', sections: ['vision', 'roadmap'] })).bytes);
    expect(md).toContain('Vision und Leitlinien');
    expect(md).toContain('Umsetzungsplan');
    expect(md).not.toContain('Ausgangslage');
    expect(md).not.toContain('Anhang');
  });

  it('exports a frozen version with its number and reports progress to the end', async () => {
    const agendaId = await demoAgenda();
    h.events.length = 0;
    const r = value(await h.api.exportAgenda({ agendaId, versionNumber: 1, format: 'html' }));
    expect(r.fileName).toBe('Digitale Agenda Musterstadt 2026–2030 – Version 1.html');
    expect(r.mimeType).toBe('text/html');
    expect(plain('html', r.bytes)).toContain('Version 1 – beschlossen');
    const progress = h.events.filter((e) => e.type === 'progress');
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.every((e) => e.task === 'agendaExport')).toBe(true);
    const last = progress.at(-1)!;
    expect(last.done).toBe(last.total);
  });
});

describe('exportAgenda on unusual agendas', () => {
  beforeEach(async () => {
    h = createHarness();
    value(await h.api.createWorkspace({ ags: '05770024' }));
  });

  it('turns an empty agenda into a useful document with placeholders in every format', async () => {
    const agenda = value(await h.api.saveAgenda({ title: 'Digitale Agenda Minden', periodFrom: 2027, periodTo: 2031 }));
    for (const format of ['docx', 'odt', 'pdf', 'html', 'md'] as const) {
      const r = value(await h.api.exportAgenda({ agendaId: agenda.id, format }));
      const text = plain(format, r.bytes);
      const wanted = ['Digitale Agenda Minden', 'Stadt Minden', 'Version 1 – Entwurf', 'Die Vision ist noch nicht formuliert.',
        'Der Agenda sind noch keine Handlungsfelder und Ziele zugeordnet.', 'Noch keine Maßnahmen verknüpft.'];
      expect({ format, missing: wanted.filter((t) => !text.includes(t)) }).toEqual({ format, missing: [] });
      expect(r.fileName).toBe(`Digitale Agenda Minden – Version 1.${format}`);
    }
  });

  it('answers a safe file name whatever the agenda is called', async () => {
    for (const [title, name] of [['../../etc/passwd', 'etc passwd – Version 1.md'], ['CON', 'CON – Version 1.md'], ['Agenda <2030>: "Stadt" | Land?*', 'Agenda 2030 Stadt Land – Version 1.md']] as const) {
      const agenda = value(await h.api.saveAgenda({ title, periodFrom: 2027, periodTo: 2031 }));
      expect(value(await h.api.exportAgenda({ agendaId: agenda.id, format: 'md', sections: ['vision'] })).fileName).toBe(name);
    }
  });

  it('lists a measure without dates separately on the roadmap instead of dropping it, and keeps hostile text as text', async () => {
    const hostile = '<script>alert(1)</script> & "Zitat" 😀 \u200F';
    const agenda = value(await h.api.saveAgenda({ title: `Agenda ${hostile}`, periodFrom: 2027, periodTo: 2031, vision: `${hostile} ${'Wort '.repeat(2000)}` }));
    const goal = value(await h.api.saveAgendaGoal({ agendaId: agenda.id, title: 'Alles digital' }));
    const dated = value(await h.api.saveMeasure({ title: 'Mit Terminen', start: '2027-01-01', end: '2027-12-31' }));
    const undated = value(await h.api.saveMeasure({ title: `Ohne Termine ${hostile}`, start: '2027-03-01' }));
    for (const m of [dated, undated]) value(await h.api.linkAgendaMeasure({ goalId: goal.id, measureId: m.id }));
    const md = plain('md', value(await h.api.exportAgenda({ agendaId: agenda.id, format: 'md' })).bytes);
    expect(md).toMatch(/Maßnahmen ohne Termine.*Ohne Termine <script>alert\(1\)<\/script> & "Zitat" 😀/);
    expect(md).toMatch(/Ohne Termine[^|]*\| \| Idee \| Ende \|/);
    const html = new TextDecoder().decode(value(await h.api.exportAgenda({ agendaId: agenda.id, format: 'html' })).bytes);
    expect(html).not.toContain('<script>');
    expect(html).toContain('Ohne Termine &lt;script&gt;');
    const pdf = pdfText(value(await h.api.exportAgenda({ agendaId: agenda.id, format: 'pdf' })).bytes);
    expect(pdf).toContain('Maßnahmen ohne Termine');
    expect(pdf).toContain('Ohne Termine <script>alert(1)</script>');
  });
});

describe('exportAgenda: bad input', () => {
  beforeEach(async () => {
    h = createHarness();
    value(await h.api.createWorkspace({ ags: '05770024' }));
  });

  it('refuses an empty section list, an unknown format and an unknown agenda with clear German messages', async () => {
    const agenda = value(await h.api.saveAgenda({ title: 'Agenda', periodFrom: 2027, periodTo: 2031 }));
    const noSections = errorOf(await h.api.exportAgenda({ agendaId: agenda.id, format: 'pdf', sections: [] }));
    expect(noSections?.code).toBe('invalid_input');
    expect(noSections?.details?.issues).toEqual([{ path: 'sections', message: 'Bitte wählen Sie mindestens einen Abschnitt für den Export.' }]);
    expect(errorOf(await h.api.exportAgenda({ agendaId: agenda.id, format: 'exe' as 'pdf' }))?.code).toBe('invalid_input');
    expect(errorOf(await h.api.exportAgenda({ agendaId: 'gibt-es-nicht', format: 'pdf' }))?.code).toBe('not_found');
    // A failed export leaves no progress bar behind.
    const progress = h.events.filter((e) => e.type === 'progress');
    expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
  });
});
