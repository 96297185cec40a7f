import { statSync } from 'node:fs';
import { vacuumInto } from '../../db/index.ts';
import { hostMessage } from '../messages.ts';
import { EXIT, type CommandSpec } from './context.ts';
import { backupHead } from './command-heads.ts';
import { assertNewFile, formatBytes, inCore, inspectWorkspace, leavingNoTrace, positionals, withReadonly } from './workspace-file.ts';

/**
 * `backup <file> <out>`: a consistent copy with VACUUM INTO over a read-only
 * connection, so the workspace itself is not touched (no migration, no lock
 * taken from a running cockpit: a workspace open elsewhere is refused).
 */
export const backupCommand: CommandSpec = {
  ...backupHead,
  async run(ctx, args) {
    const [file, out] = positionals(ctx, this, args, { de: ['Datei', 'Ziel'], en: ['file', 'out'] });
    assertNewFile(ctx, out!);
    await leavingNoTrace([file!], async () => {
      await inspectWorkspace(ctx, file!);
      await inCore(ctx, () => withReadonly(file!, (raw) => vacuumInto(raw, out!)));
    });
    ctx.out(hostMessage(ctx.lang, 'backup_done', { out, size: formatBytes(ctx.lang, statSync(out!).size) }));
    return EXIT.ok;
  },
};
