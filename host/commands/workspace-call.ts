/**
 * Calling one contract method on a workspace file, as the app would: the
 * file is checked first (ours, not newer, not locked), opened in a fresh
 * core, and the input goes through the contract's schema.
 */
import type { Input, Method, Output } from '../../api/index.ts';
import { Core, createDispatcher, openWorkspaceFile } from '../../core/index.ts';
import { hostMessage } from '../messages.ts';
import { CliError, type CliContext, type CommandSpec } from './context.ts';
import { inspectWorkspace } from './workspace-file.ts';

export function requireOption(ctx: CliContext, spec: CommandSpec, value: string | undefined, option: string): string {
  if (!value) throw CliError.badInput(hostMessage(ctx.lang, 'option_missing', { option, usage: spec.usage[ctx.lang] }));
  return value;
}

export async function callOnWorkspace<M extends Method>(ctx: CliContext, file: string, method: M, input: Input<M>): Promise<Output<M>> {
  await inspectWorkspace(ctx, file);
  const core = new Core({ dataDir: ctx.dataDir, lang: ctx.lang, autoBackupMs: 0 });
  try {
    const dispatcher = createDispatcher(core);
    const opened = await dispatcher.run(() => openWorkspaceFile(core, file), { lang: ctx.lang });
    if (!opened.ok) throw CliError.fromApi(opened.error);
    const result = await dispatcher.call(method, input, { lang: ctx.lang });
    if (!result.ok) {
      // A problem with the file is reported at "bytes": that message says more than the general headline.
      const detail = result.error.details?.issues?.map((i) => i.message).join(' ');
      throw CliError.fromApi(result.error.code === 'invalid_input' && detail ? { ...result.error, message: detail } : result.error);
    }
    return result.value as Output<M>;
  } finally {
    core.close();
  }
}
