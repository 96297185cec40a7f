/**
 * The CLI's dispatcher: arguments → one of host/commands/*, failures → one
 * line on stderr and the exit code. Importable without side effects (tests);
 * host/cli.ts is the entry that runs it.
 */
import { resolve } from 'node:path';
// Deep imports, not core/index.ts: the barrel would load the whole core (every handler) at start.
import { defaultDataDir } from '../core/data-dir.ts';
import type { Lang } from '../core/messages.ts';
import { GLOBAL_OPTIONS, parseCli } from './cli-args.ts';
import { CliError, EXIT, type CliContext, type CommandHead, type CommandSpec } from './commands/context.ts';
import * as heads from './commands/command-heads.ts';
import { hostMessage } from './messages.ts';

/**
 * A command whose module is loaded only when it runs: loading every command
 * at start (spreadsheets, packs, agenda export …) was most of `serve`'s
 * start-up (CPU profile of the host). The head checks the command line first.
 */
const lazy = (head: CommandHead, load: () => Promise<CommandSpec>): CommandSpec => ({
  ...head,
  run: async (ctx, args) => (await load()).run(ctx, args),
});

export const COMMANDS: readonly CommandSpec[] = [
  lazy(heads.serveHead, async () => (await import('./commands/serve.ts')).serveCommand),
  lazy(heads.createHead, async () => (await import('./commands/create.ts')).createCommand),
  lazy(heads.demoHead, async () => (await import('./commands/create.ts')).demoCommand),
  lazy(heads.checkHead, async () => (await import('./commands/check.ts')).checkCommand),
  lazy(heads.backupHead, async () => (await import('./commands/backup.ts')).backupCommand),
  lazy(heads.restoreHead, async () => (await import('./commands/restore.ts')).restoreCommand),
  lazy(heads.importProjectsHead, async () => (await import('./commands/import-projects.ts')).importProjectsCommand),
  lazy(heads.exportPortfolioHead, async () => (await import('./commands/export-portfolio.ts')).exportPortfolioCommand),
  lazy(heads.exportAgendaHead, async () => (await import('./commands/export-agenda.ts')).exportAgendaCommand),
  lazy(heads.importPackHead, async () => (await import('./commands/import-pack.ts')).importPackCommand),
  lazy(heads.exportPackHead, async () => (await import('./commands/export-pack.ts')).exportPackCommand),
  lazy(heads.verifyPackHead, async () => (await import('./commands/verify-pack.ts')).verifyPackCommand),
];

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

const processIo: CliIo = {
  out: (line) => void process.stdout.write(`${line}\n`),
  err: (line) => void process.stderr.write(`${line}\n`),
};

/** A failure is one line: a message with a line break would read as two problems. */
const oneLine = (text: string) => text.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export async function runCli(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const parsed = parseCli(argv);
  if (!parsed.ok) {
    io.err(oneLine(parsed.message));
    return EXIT.badInput;
  }
  const { args } = parsed;
  const lang: Lang = args.lang;
  if (args.values.version) {
    // Loaded on demand: the version lives with the core's about module, which opens the store's code.
    io.out((await import('./commands/help.ts')).versionText());
    return EXIT.ok;
  }
  if (args.values.help || args.command === 'help') {
    io.out((await import('./commands/help.ts')).helpText(lang));
    return EXIT.ok;
  }
  if (args.command === null) {
    io.err(hostMessage(lang, 'missing_command'));
    return EXIT.badInput;
  }
  const command = COMMANDS.find((c) => c.name === args.command);
  if (!command) {
    io.err(oneLine(hostMessage(lang, 'unknown_command', { command: args.command.slice(0, 80) })));
    return EXIT.badInput;
  }
  const foreign = args.given.find((g) => !GLOBAL_OPTIONS.includes(g.name) && !(command.options as readonly string[]).includes(g.name));
  if (foreign) {
    io.err(hostMessage(lang, 'option_not_for_command', { option: foreign.spelled, command: command.name }));
    return EXIT.badInput;
  }
  const ctx: CliContext = {
    lang,
    dataDir: args.values.dataDir ? resolve(args.values.dataDir) : defaultDataDir(),
    out: io.out,
    err: io.err,
  };
  try {
    return await command.run(ctx, { positionals: args.positionals, values: args.values });
  } catch (err) {
    if (err instanceof CliError) {
      io.err(oneLine(err.message));
      return err.exitCode;
    }
    io.err(oneLine(hostMessage(lang, 'internal', { detail: err instanceof Error ? err.message : String(err) })));
    if (process.env.CDO_DEBUG) console.error(err);
    return EXIT.internal;
  }
}
