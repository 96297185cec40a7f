/**
 * The portfolio table as the CDO sees it (columns, filters, sort of the
 * current view) → an XLSX, ODS or CSV file. The title column always comes
 * first; values are typed (dates as dates, money as numbers).
 */
import type { Measure, Parsed, PortfolioExport, RankingRow, ViewConfig } from '../../api/index.ts';
import type { Core } from '../core.ts';
import type { Lang } from '../messages.ts';
import { listMeasures } from '../measures/measures.ts';
import { getRanking } from '../scoring/ranking.ts';
import { workspaceInfo } from '../workspaces/workspaces.ts';
import { outColumns, outValue } from './export-columns.ts';
import { safeFileName } from '../safe-file-name.ts';
import { writeCsv, writeOds, writeXlsx, type OutTable } from './write-sheet.ts';

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  csv: 'text/csv;charset=utf-8',
} as const;

/** Every measure the view's filters let through, in the view's order. */
export function viewMeasures(core: Core, config: ViewConfig): Measure[] {
  const f = config.filters;
  const query = {
    ...(f.text ? { query: f.text } : {}),
    ...(f.fieldId ? { fieldId: f.fieldId } : {}),
    ...(f.phase ? { phase: f.phase } : {}),
    ...(f.priority ? { priority: f.priority } : {}),
    ...(f.leadUnit ? { leadUnit: f.leadUnit } : {}),
    ...(f.tag ? { tag: f.tag } : {}),
    ...(f.must ? { must: f.must === 'yes' } : {}),
    sort: config.sort.key, dir: config.sort.dir,
  };
  const out: Measure[] = [];
  for (let offset = 0; ; offset += 20_000) {
    const page = listMeasures(core, { ...query, limit: 20_000, offset });
    out.push(...page.rows);
    if (page.rows.length === 0 || out.length >= page.total) return out;
  }
}

export function portfolioTable(core: Core, config: ViewConfig, lang: Lang): OutTable {
  const measures = viewMeasures(core, config);
  const columns = outColumns(config.columns, lang);
  const wantsRanking = config.columns.includes('score') || config.columns.includes('rank');
  const ranking: ReadonlyMap<string, RankingRow> | null = wantsRanking ? new Map(getRanking(core, {}).rows.map((r) => [r.measureId, r])) : null;
  return {
    title: lang === 'de' ? 'Maßnahmen' : 'Measures',
    columns,
    rows: measures.map((m) => columns.map((c) => outValue(c.key, m, ranking, lang))),
  };
}

export async function exportPortfolio(core: Core, input: Parsed<'exportPortfolio'>, lang: Lang): Promise<PortfolioExport> {
  const table = portfolioTable(core, input.config, lang);
  const bytes = input.format === 'xlsx' ? await writeXlsx(table) : input.format === 'ods' ? writeOds(table) : writeCsv(table);
  const day = core.clock.now().slice(0, 10);
  const stem = `${lang === 'de' ? 'Maßnahmen' : 'Measures'} ${workspaceInfo(core).name} ${day}`;
  return { fileName: safeFileName(stem, input.format, 'Massnahmen'), mimeType: MIME[input.format], bytes, rows: table.rows.length };
}
