/**
 * `import-projects <file.csv|xlsx|ods> --workspace <file> [--yes]`: prints the
 * mapping preview and the row errors; writes only with --yes (all rows in one
 * transaction, one undo step, after the automatic backup on open).
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHEET_LIMITS, type ProjectImport } from '../../api/index.ts';
import { PHASE_LABELS } from '../../core/spreadsheets/export-columns.ts';
import { PROJECT_COLUMN_LABELS } from '../../core/spreadsheets/project-columns.ts';
import { hostMessage } from '../messages.ts';
import { CliError, EXIT, type CliContext, type CommandSpec } from './context.ts';
import { importProjectsHead } from './command-heads.ts';
import { callOnWorkspace, requireOption } from './workspace-call.ts';
import { positionals } from './workspace-file.ts';

/** The file to import, read only after its size is known to be acceptable. */
function readInput(ctx: CliContext, file: string): Uint8Array {
  let size: number;
  try {
    size = statSync(file).isFile() ? statSync(file).size : -1;
  } catch {
    size = -1;
  }
  if (size < 0) throw CliError.badInput(hostMessage(ctx.lang, 'input_missing', { file }));
  if (size > SHEET_LIMITS.importBytes) throw CliError.badInput(hostMessage(ctx.lang, 'input_too_large', { file, max: SHEET_LIMITS.importBytes / 1024 / 1024 }));
  return new Uint8Array(readFileSync(file));
}

/** A plain text table: columns padded to their widest cell; long cells cut, except in the last column, which may run on. */
export function textTable(rows: string[][]): string[] {
  const cut = (s: string, last: boolean) => (!last && s.length > 40 ? `${s.slice(0, 39)}…` : s);
  const cells = rows.map((r) => r.map((c, i) => cut(c.replace(/\s+/g, ' '), i === r.length - 1)));
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd());
}

function printPreview(ctx: CliContext, file: string, p: ProjectImport): void {
  const t = (key: Parameters<typeof hostMessage>[1], params?: Record<string, unknown>) => hostMessage(ctx.lang, key, params);
  const labels = PROJECT_COLUMN_LABELS[ctx.lang];
  ctx.out(t('sheet_preview_head', { file, format: p.format.toUpperCase(), rows: p.rowCount, add: p.add, update: p.update, unchanged: p.unchanged, errors: p.errorRows }));
  ctx.out('');
  ctx.out(t('sheet_preview_columns'));
  const mapping = p.columns.map((c) => [`  ${c.header || '–'}`, '→', c.column ? labels[c.column] : t(c.ignored === 'computed' ? 'sheet_column_computed' : 'sheet_column_ignored')]);
  for (const line of textTable(mapping)) ctx.out(line);
  if (p.sample.length) {
    ctx.out('');
    ctx.out(t('sheet_preview_rows'));
    const head = [t('sheet_col_row'), t('sheet_col_action'), labels.title, labels.field, labels.phase, labels.budget];
    const body = p.sample.map((s) => [String(s.row), t(`sheet_action_${s.action}`), s.title, s.fieldName ?? '–', PHASE_LABELS[ctx.lang][s.phase], s.budget === null ? '–' : `${s.budget.toLocaleString(ctx.lang === 'de' ? 'de-DE' : 'en-GB')} €`]);
    for (const line of textTable([head, ...body])) ctx.out(`  ${line}`);
  }
  if (p.unknownFields.length) ctx.out(`\n${t('sheet_unknown_fields', { names: p.unknownFields.join(', ') })}`);
  if (p.errors.length) {
    ctx.out('');
    ctx.out(t('sheet_preview_errors', { count: p.errorRows }));
    for (const e of p.errors) ctx.out(`  ${t('sheet_error_line', { row: e.row, column: e.header ?? '–', message: e.message })}`);
  }
}

export const importProjectsCommand: CommandSpec = {
  ...importProjectsHead,
  async run(ctx, args) {
    const [file] = positionals(ctx, this, args, { de: ['Tabellendatei'], en: ['spreadsheet file'] });
    const workspace = resolve(requireOption(ctx, this, args.values.workspace, '--workspace'));
    const bytes = readInput(ctx, file!);
    const fileName = file!.split(/[\\/]/).pop()!.slice(0, SHEET_LIMITS.fileName);
    const preview = await callOnWorkspace(ctx, workspace, 'previewProjectImport', { bytes, fileName });
    printPreview(ctx, file!, preview);
    ctx.out('');
    if (!args.values.yes) {
      ctx.out(hostMessage(ctx.lang, 'sheet_preview_only'));
      return EXIT.ok;
    }
    const done = await callOnWorkspace(ctx, workspace, 'importProjects', { bytes, fileName });
    ctx.out(hostMessage(ctx.lang, done.written ? 'sheet_import_done' : 'sheet_import_nothing', { add: done.add, update: done.update, workspace }));
    return EXIT.ok;
  },
};
