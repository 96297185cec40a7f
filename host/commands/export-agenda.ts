/**
 * `export-agenda --workspace <file> [--version N] --format docx|odt|pdf|html|md --out <file>`:
 * the digital agenda as a document (the whole council edition). Without
 * --version: the current working state. When --out is a folder, the file gets
 * the cockpit's suggested name inside it. Never overwrites a file.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { EXPORT_FORMATS, type ExportFormat } from '../../api/index.ts';
import { safeFileName } from '../../core/safe-file-name.ts';
import { hostMessage } from '../messages.ts';
import { CliError, EXIT, type CommandSpec } from './context.ts';
import { exportAgendaHead } from './command-heads.ts';
import { callOnWorkspace, requireOption } from './workspace-call.ts';
import { assertNewFile, formatBytes, positionals } from './workspace-file.ts';

function versionNumber(text: string | undefined, lang: 'de' | 'en'): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text.trim());
  if (!/^\d{1,6}$/.test(text.trim()) || n < 1) throw CliError.badInput(hostMessage(lang, 'agenda_bad_version', { version: text.slice(0, 20) }));
  return n;
}

/** A name the user typed must be safe too: what Windows refuses would fail on a colleague's machine. */
function checkOutName(out: string, format: ExportFormat, lang: 'de' | 'en'): void {
  const name = basename(out);
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 && dot < name.length - 1 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  const safe = safeFileName(stem, ext || format);
  if (safe !== (ext ? name : `${name}.${format}`)) throw CliError.badInput(hostMessage(lang, 'agenda_out_name', { name: name.slice(0, 80), suggestion: safe }));
}

export const exportAgendaCommand: CommandSpec = {
  ...exportAgendaHead,
  async run(ctx, args) {
    positionals(ctx, this, args, { de: [], en: [] });
    const format = requireOption(ctx, this, args.values.format, '--format').trim().toLowerCase();
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) throw CliError.badInput(hostMessage(ctx.lang, 'agenda_bad_format', { format: format.slice(0, 20) }));
    const version = versionNumber(args.values.agendaVersion, ctx.lang);
    const workspace = resolve(requireOption(ctx, this, args.values.workspace, '--workspace'));
    const outArg = resolve(requireOption(ctx, this, args.values.out, '--out'));
    const intoFolder = existsSync(outArg) && statSync(outArg).isDirectory();
    if (!intoFolder) {
      checkOutName(outArg, format as ExportFormat, ctx.lang);
      assertNewFile(ctx, outArg);
    }
    const agendas = await callOnWorkspace(ctx, workspace, 'listAgendas', {});
    const agenda = [...agendas].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
    if (!agenda) throw CliError.badInput(hostMessage(ctx.lang, 'agenda_none', { file: workspace }));
    const file = await callOnWorkspace(ctx, workspace, 'exportAgenda', {
      agendaId: agenda.id, format: format as ExportFormat, ...(version !== undefined ? { versionNumber: version } : {}),
    });
    const out = intoFolder ? join(outArg, file.fileName) : outArg;
    if (intoFolder) assertNewFile(ctx, out);
    writeFileSync(out, file.bytes, { flag: 'wx' });
    ctx.out(hostMessage(ctx.lang, 'agenda_export_done', { out, size: formatBytes(ctx.lang, file.bytes.length) }));
    return EXIT.ok;
  },
};
