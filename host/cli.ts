/**
 * host/cli.ts — the `cdo-cockpit` command line, bundled to dist/node/cli.mjs
 * (one chunk per command, see scripts/node-bundles.mjs), loaded by
 * dist/node/cli.cjs and started by bin/cdo-cockpit.cjs. Commands live in host/commands/, the
 * dispatch in host/cli-run.ts. Like all of host/ it imports core/, api/ and
 * db/ only. Exit codes: 0 success, 2 bad input (one line on stderr), 1 internal.
 */
import { runCli } from './cli-run.ts';

// `cdo-cockpit check a.cdo | head`: a reader that stops early closes the pipe; that ends
// the output, it is no crash.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
