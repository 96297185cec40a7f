/**
 * core/agenda-export: the agenda as a document to share (DOCX, ODT, PDF,
 * HTML, Markdown). gather (read the workspace) → assemble (the document as
 * data) → render (one thin renderer per format). Reports progress as
 * `agendaExport` events. Imports api/ and core/ only; never renderer/.
 */
import { EXPORT_MIME, type AgendaExport, type ExportFormat, type Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import type { Lang } from '../messages.ts';
import { assembleDocument } from './assemble.ts';
import { safeFileName } from '../safe-file-name.ts';
import { gatherAgenda, type AgendaData } from './gather.ts';
import { chartsOf } from './model.ts';
import { renderDocument } from './render.ts';
import { WORDS, fill } from './words.ts';

export const EXPORT_TASK = 'agendaExport';

export async function exportAgenda(core: Core, input: Parsed<'exportAgenda'>, lang: Lang): Promise<AgendaExport> {
  const progress = (done: number, total: number) => core.emit({ type: 'progress', task: EXPORT_TASK, done, total });
  let total = 2;
  progress(0, total);
  try {
    const data = gatherAgenda(core, input.agendaId, input.versionNumber, (done, measures) => {
      total = measures + 2;
      if (done % 10 === 0 || done === measures) progress(done, total);
    });
    const doc = assembleDocument(data, { sections: input.sections, audience: input.audience, lang });
    // Measures read, then one step per chart drawn, then the file written.
    const measures = data.measures.length;
    total = measures + chartsOf(doc).length + 2;
    progress(measures + 1, total);
    const bytes = await renderDocument(doc, input.format, (drawn) => progress(measures + 1 + drawn, total));
    return { fileName: fileNameOf(data, input.format, lang), mimeType: EXPORT_MIME[input.format], bytes };
  } finally {
    // Also on failure: the progress bar must not stay on screen.
    progress(total, total);
  }
}

function fileNameOf(data: AgendaData, format: ExportFormat, lang: Lang): string {
  const w = WORDS[lang];
  const version = data.snapshot.version ? fill(w.fileVersion, { n: data.snapshot.version.number }) : w.fileDraft;
  return safeFileName(fill(w.fileName, { title: data.snapshot.title, municipality: data.municipality, version }), format);
}
