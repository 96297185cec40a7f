/**
 * The CLI's dispatcher: arguments → one of host/commands/*, failures → one
 * line on stderr and the exit code. Importable without side effects (tests);
 * host/cli.ts is the entry that runs it.
 */
import { resolve } from 'node:path';
import { defaultDataDir, type Lang } from '../core/index.ts';
import { GLOBAL_OPTIONS, parseCli } from './cli-args.ts';
import { backupCommand } from './commands/backup.ts';
import { checkCommand } from './commands/check.ts';
import { CliError, EXIT, type CliContext, type CommandSpec } from './commands/context.ts';
import { createCommand, demoCommand } from './commands/create.ts';
import { helpText, versionText } from './commands/help.ts';
import { restoreCommand } from './commands/restore.ts';
import { serveCommand } from './commands/serve.ts';
import { importProjectsCommand } from './commands/import-projects.ts';
import { exportPortfolioCommand } from './commands/export-portfolio.ts';
import { exportAgendaCommand } from './commands/export-agenda.ts';
import { exportPackCommand } from './commands/export-pack.ts';
import { importPackCommand } from './commands/import-pack.ts';
import { verifyPackCommand } from './commands/verify-pack.ts';
import { hostMessage } from './messages.ts';

export const COMMANDS: readonly CommandSpec[] = [serveCommand, createCommand, demoCommand, checkCommand, backupCommand, restoreCommand, importProjectsCommand, exportPortfolioCommand, exportAgendaCommand, importPackCommand, exportPackCommand, verifyPackCommand];

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
    io.out(versionText());
    return EXIT.ok;
  }
  if (args.values.help || args.command === 'help') {
    io.out(helpText(lang));
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
