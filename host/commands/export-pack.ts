/**
 * `export-pack --workspace <file> --out <file> [--sign]`: every measure of the
 * workspace as a peer pack (CC-BY-4.0, no personal data); --sign signs it with
 * the workspace's own key. Never overwrites a file.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hostMessage } from '../messages.ts';
import { EXIT, type CommandSpec } from './context.ts';
import { exportPackHead } from './command-heads.ts';
import { printPackHead } from './pack-file.ts';
import { callOnWorkspace, requireOption } from './workspace-call.ts';
import { assertNewFile, positionals } from './workspace-file.ts';
import { readPack } from '../../core/packs/index.ts';

export const exportPackCommand: CommandSpec = {
  ...exportPackHead,
  async run(ctx, args) {
    positionals(ctx, this, args, { de: [], en: [] });
    const workspace = resolve(requireOption(ctx, this, args.values.workspace, '--workspace'));
    const out = resolve(requireOption(ctx, this, args.values.out, '--out'));
    assertNewFile(ctx, out);
    const pack = await callOnWorkspace(ctx, workspace, 'exportPack', { sign: args.values.sign ?? false });
    writeFileSync(out, pack.bytes, { flag: 'wx' });
    const { manifest } = readPack(pack.bytes, ctx.lang);
    printPackHead(ctx, { title: manifest.title, publisher: manifest.publisher.name, createdAt: manifest.createdAt, license: manifest.license, projects: pack.projectCount, fingerprint: pack.fingerprint });
    ctx.out(hostMessage(ctx.lang, 'pack_export_done', { projects: pack.projectCount, out }));
    return EXIT.ok;
  },
};
