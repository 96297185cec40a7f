#!/usr/bin/env node
// The `cdo-cockpit` command (package.json "bin"): starts the bundled CLI, or
// says in one line how to build it when that has not happened yet.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'node', 'cli.cjs');
if (!existsSync(cli)) {
  const english = process.argv.some((a, i, all) => a === '--lang=en' || (a === '--lang' && all[i + 1] === 'en'));
  process.stderr.write(
    english
      ? 'CDO-Cockpit is not built yet: please run "npm run build" first.\n'
      : 'Das CDO-Cockpit ist noch nicht gebaut: bitte zuerst „npm run build“ ausführen.\n',
  );
  process.exit(1);
}
require(cli);
