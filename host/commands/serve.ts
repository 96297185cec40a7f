import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
// The worker client only: the core itself runs in the worker (core/index.ts would load all of it here too).
import { startCoreWorker, type CoreWorker } from '../../core/worker-client.ts';
import { hostMessage } from '../messages.ts';
import { afterOpen, passesCheapChecks } from '../open-gate.ts';
import { startHost, type RunningHost } from '../server.ts';
import { CliError, EXIT, type CliContext, type CommandSpec } from './context.ts';
import { serveHead } from './command-heads.ts';

const AUTO_BACKUP_MS = 15 * 60 * 1000;

/** The bundle's own folder (dist/node): the worker sits beside the CLI, the renderer one level up. */
const bundleDir = (): string => __dirname;

function parsePort(ctx: CliContext, value: string | undefined): number {
  if (value === undefined) return 0;
  const port = /^\d{1,5}$/.test(value.trim()) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw CliError.badInput(hostMessage(ctx.lang, 'bad_port', { port: value }));
  return port;
}

/** Best effort: a missing opener or a headless machine is no reason to stop; the URL is printed anyway. */
function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd as string, args as string[], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // ignored on purpose, see above
  }
}

function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((done) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/**
 * `serve [file] [--demo] [--port N] [--open]`: browser mode. The core runs in
 * a worker thread (SQLite never blocks the host), the host carries the API to
 * the browser, and the URL with this launch's token is printed on one line.
 * The URL comes before the workspace has finished opening (its checks and
 * backup take most of a start): the browser loads the page meanwhile, and its
 * calls wait for the open. A failed open still ends the command with the
 * core's message and exit code.
 */
export const serveCommand: CommandSpec = {
  ...serveHead,
  async run(ctx, args) {
    if (args.positionals.length > 1) {
      throw CliError.badInput(hostMessage(ctx.lang, 'too_many_arguments', { extra: args.positionals.slice(1).join(' '), usage: this.usage[ctx.lang] }));
    }
    const file = args.positionals[0] ? resolve(args.positionals[0]) : null;
    if (file && args.values.demo) throw CliError.badInput(hostMessage(ctx.lang, 'file_and_demo'));
    const port = parsePort(ctx, args.values.port);
    const workerFile = join(bundleDir(), 'worker.cjs');
    if (!existsSync(workerFile)) throw new CliError(EXIT.internal, hostMessage(ctx.lang, 'build_missing', { file: workerFile }));
    const rendererDir = join(bundleDir(), '..', 'renderer');

    const worker: CoreWorker = startCoreWorker(workerFile, { dataDir: ctx.dataDir, autoBackupMs: AUTO_BACKUP_MS, lang: ctx.lang });
    // The open (checks, backup) runs in the worker while the host starts and the browser loads the page:
    // calls wait for it (afterOpen), so the page never sees a moment without the workspace.
    const opening = file || args.values.demo ? worker.openFile(file ?? ':demo', { lang: ctx.lang }) : null;
    const opened = async () => {
      const result = await opening;
      if (result && !result.ok) throw CliError.fromApi(result.error);
      return result?.value ?? null;
    };
    let host: RunningHost | null = null;
    try {
      // A file that fails the cheap checks is refused by the worker at once: its message, no address.
      if (file && !passesCheapChecks(file)) await opened();
      try {
        host = await startHost({ backend: opening ? afterOpen(worker, opening) : worker, rendererDir, port });
      } catch (err) {
        if ((err as { code?: unknown }).code === 'EADDRINUSE') throw CliError.badInput(hostMessage(ctx.lang, 'port_in_use', { port }));
        throw err;
      }
      const stopped = waitForStopSignal();
      if (!existsSync(join(rendererDir, 'index.html'))) ctx.err(hostMessage(ctx.lang, 'renderer_missing'));
      ctx.out(hostMessage(ctx.lang, 'serve_running', { url: host.url }));
      ctx.out(hostMessage(ctx.lang, 'serve_hint'));
      if (args.values.open) openBrowser(host.url);
      const workspace = await opened();
      if (workspace) ctx.out(hostMessage(ctx.lang, 'serve_workspace', { name: workspace.name, file: workspace.file }));
      await stopped;
    } finally {
      await host?.close();
      await worker.terminate();
    }
    ctx.out(hostMessage(ctx.lang, 'serve_stopped'));
    return EXIT.ok;
  },
};
