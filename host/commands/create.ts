import { contract } from '../../api/index.ts';
import { createDemoWorkspace, createWorkspaceFor, message } from '../../core/index.ts';
import { municipalityByAgs } from '../../db/index.ts';
import { hostMessage } from '../messages.ts';
import { CliError, EXIT, type CommandSpec } from './context.ts';
import { createHead, demoHead } from './command-heads.ts';
import { assertNewFile, inCore, positionals } from './workspace-file.ts';

/** `create --ags <AGS> <file>`: a new workspace for a municipality from the shipped list. */
export const createCommand: CommandSpec = {
  ...createHead,
  async run(ctx, args) {
    const [file] = positionals(ctx, this, args, { de: ['Datei'], en: ['file'] });
    const ags = args.values.ags?.trim();
    if (!ags) throw CliError.badInput(hostMessage(ctx.lang, 'missing_ags', { usage: this.usage[ctx.lang] }));
    // The same rule the API applies, so the CLI and the picker agree on what an AGS is.
    if (!contract.createWorkspace.input.safeParse({ ags }).success) throw CliError.badInput(message(ctx.lang, 'ags_format'));
    const municipality = municipalityByAgs(ags);
    if (!municipality) throw CliError.badInput(message(ctx.lang, 'ags_unknown', { ags }));
    assertNewFile(ctx, file!);
    const info = await inCore(ctx, (core) => createWorkspaceFor(core, municipality, { file: file! }));
    ctx.out(hostMessage(ctx.lang, 'created', { name: info.name, ags: info.ags, file: info.file }));
    return EXIT.ok;
  },
};

/** `demo <file>`: the reproducible demo workspace "Musterstadt". */
export const demoCommand: CommandSpec = {
  ...demoHead,
  async run(ctx, args) {
    const [file] = positionals(ctx, this, args, { de: ['Datei'], en: ['file'] });
    assertNewFile(ctx, file!);
    const info = await inCore(ctx, (core) => createDemoWorkspace(core, file!));
    ctx.out(hostMessage(ctx.lang, 'demo_created', { name: info.name, file: info.file }));
    return EXIT.ok;
  },
};
