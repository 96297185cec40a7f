/**
 * `verify-pack <file>`: checks a peer pack without any workspace — archive
 * safety, checksums, signature, schema — and says what is in it. Exit code 2
 * with the reason when it would be refused.
 */
import { hostMessage } from '../messages.ts';
import { CliError, EXIT, type CommandSpec } from './context.ts';
import { verifyPackHead } from './command-heads.ts';
import { printPackHead, readPackFile } from './pack-file.ts';
import { positionals } from './workspace-file.ts';
import { PackError, readPack } from '../../core/packs/index.ts';
import { message } from '../../core/index.ts';

export const verifyPackCommand: CommandSpec = {
  ...verifyPackHead,
  async run(ctx, args) {
    const [file] = positionals(ctx, this, args, { de: ['Paketdatei'], en: ['pack file'] });
    const bytes = readPackFile(ctx, file!);
    let pack;
    try {
      pack = readPack(bytes, ctx.lang);
    } catch (err) {
      if (err instanceof PackError) throw CliError.badInput(message(ctx.lang, err.key, err.params));
      throw err;
    }
    const { manifest, projects, fingerprint, notes } = pack;
    printPackHead(ctx, { title: manifest.title, publisher: manifest.publisher.name, createdAt: manifest.createdAt, license: manifest.license, projects: projects.length, fingerprint });
    for (const n of notes.filter((x) => x.kind !== 'unsigned')) ctx.out(`  – ${n.message}`);
    ctx.out(hostMessage(ctx.lang, 'pack_verify_ok', { signature: fingerprint ? hostMessage(ctx.lang, 'pack_verify_signature') : '' }));
    return EXIT.ok;
  },
};
