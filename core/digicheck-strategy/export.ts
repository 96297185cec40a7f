/**
 * Exports the partial strategy of a DigiCheck through the agenda export's
 * renderers (one model, the same five formats). Reports progress as
 * `strategyExport` events like the agenda export.
 */
import { EXPORT_MIME, type AgendaExport, type Parsed } from '../../api/index.ts';
import type { Core } from '../core.ts';
import type { Lang } from '../messages.ts';
import { displayName } from '../agenda-export/gather.ts';
import { chartsOf } from '../agenda-export/model.ts';
import { renderDocument } from '../agenda-export/render.ts';
import { fill } from '../agenda-export/words.ts';
import { safeFileName } from '../safe-file-name.ts';
import { workspaceInfo } from '../workspaces/workspaces.ts';
import { getAssessment } from '../digicheck/read.ts';
import { getPartialStrategy } from './strategy.ts';
import { strategyDocument } from './document.ts';
import { STRATEGY_WORDS } from './words.ts';

export const STRATEGY_EXPORT_TASK = 'strategyExport';

export async function exportPartialStrategy(core: Core, input: Parsed<'exportPartialStrategy'>, lang: Lang): Promise<AgendaExport> {
  const strategy = getPartialStrategy(core, input.assessmentId);
  const assessment = getAssessment(core, input.assessmentId);
  const doc = strategyDocument({
    strategy, assessment, lang, municipality: displayName(workspaceInfo(core).name), today: core.clock.now().slice(0, 10),
  });
  const total = chartsOf(doc).length + 1;
  const progress = (done: number) => core.emit({ type: 'progress', task: STRATEGY_EXPORT_TASK, done, total });
  progress(0);
  try {
    const bytes = await renderDocument(doc, input.format, progress);
    const name = fill(STRATEGY_WORDS[lang].fileName, { unit: strategy.unitName, from: strategy.firstYear, to: strategy.lastYear });
    return { fileName: safeFileName(name, input.format, 'Teilstrategie'), mimeType: EXPORT_MIME[input.format], bytes };
  } finally {
    progress(total);
  }
}
