/**
 * `export-portfolio --format xlsx|ods|csv --workspace <file> --out <file>`:
 * the portfolio table (standard view: all measures, the standard columns)
 * as a spreadsheet. Never overwrites a file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SHEET_FORMATS, type SheetFileFormat } from '../../api/index.ts';
import { hostMessage } from '../messages.ts';
import { CliError, EXIT, type CommandSpec } from './context.ts';
import { exportPortfolioHead } from './command-heads.ts';
import { callOnWorkspace, requireOption } from './workspace-call.ts';
import { assertNewFile, positionals } from './workspace-file.ts';

export const exportPortfolioCommand: CommandSpec = {
  ...exportPortfolioHead,
  async run(ctx, args) {
    positionals(ctx, this, args, { de: [], en: [] });
    const format = requireOption(ctx, this, args.values.format, '--format').trim().toLowerCase();
    if (!(SHEET_FORMATS as readonly string[]).includes(format)) throw CliError.badInput(hostMessage(ctx.lang, 'sheet_bad_format', { format: format.slice(0, 20) }));
    const workspace = resolve(requireOption(ctx, this, args.values.workspace, '--workspace'));
    const out = resolve(requireOption(ctx, this, args.values.out, '--out'));
    assertNewFile(ctx, out);
    const file = await callOnWorkspace(ctx, workspace, 'exportPortfolio', { format: format as SheetFileFormat, config: {} });
    writeFileSync(out, file.bytes, { flag: 'wx' });
    ctx.out(hostMessage(ctx.lang, 'sheet_export_done', { rows: file.rows, out }));
    return EXIT.ok;
  },
};
