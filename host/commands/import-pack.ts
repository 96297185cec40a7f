/**
 * `import-pack <file> --workspace <file> [--yes]`: prints the preview of a
 * peer pack (publisher, licence, signature, what is new or updated, field
 * mapping, notes); imports only with --yes, in one transaction after a backup.
 */
import { resolve } from 'node:path';
import { hostMessage } from '../messages.ts';
import { EXIT, type CommandSpec } from './context.ts';
import { importPackHead } from './command-heads.ts';
import { printPreview, readPackFile } from './pack-file.ts';
import { callOnWorkspace, requireOption } from './workspace-call.ts';
import { positionals } from './workspace-file.ts';

export const importPackCommand: CommandSpec = {
  ...importPackHead,
  async run(ctx, args) {
    const [file] = positionals(ctx, this, args, { de: ['Paketdatei'], en: ['pack file'] });
    const workspace = resolve(requireOption(ctx, this, args.values.workspace, '--workspace'));
    const bytes = readPackFile(ctx, file!);
    const fileName = file!.split(/[\\/]/).pop()!.slice(0, 255);
    const preview = await callOnWorkspace(ctx, workspace, 'previewPackImport', { bytes, fileName });
    printPreview(ctx, preview);
    ctx.out('');
    if (!args.values.yes) {
      ctx.out(hostMessage(ctx.lang, 'pack_preview_only'));
      return EXIT.ok;
    }
    const done = await callOnWorkspace(ctx, workspace, 'importPack', { bytes, fileName });
    ctx.out(hostMessage(ctx.lang, 'pack_import_done', { ...done, workspace }));
    return EXIT.ok;
  },
};
