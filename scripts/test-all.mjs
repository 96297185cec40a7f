// `npm test`: type check, lint (with the import rules), build, then every
// vitest project (unit, store, contract, renderer, end-to-end in Chromium).
// Ends with one plain line "N passed, N failed" (", N skipped" if any) for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
const bin = (name) => `node_modules/.bin/${name}`;

function step(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status === 0) results.passed += 1;
  else {
    results.failed += 1;
    console.log(`✖ ${label} failed (exit ${r.status ?? r.signal})`);
  }
  return r.status === 0;
}

step('Typprüfung (tsc)', bin('tsc'), ['--noEmit', '-p', 'tsconfig.json']);
step('Lint (oxlint)', bin('oxlint'), ['--deny-warnings', 'api', 'core', 'db', 'electron', 'host', 'renderer', 'tests', 'scripts']);
const built = step('Build', process.execPath, ['scripts/build.mjs']);

mkdirSync('test-results', { recursive: true });

/** Runs vitest projects and adds their counts; a file that fails to load counts as a failure. */
function vitest(label, projects, report) {
  console.log(`\n▶ ${label}`);
  rmSync(report, { force: true });
  const args = ['run', ...projects.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  spawnSync(bin('vitest'), args, { stdio: 'inherit' });
  if (!existsSync(report)) {
    results.failed += 1;
    console.log(`✖ ${label}: vitest wrote no report`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  results.passed += json.numPassedTests;
  results.failed += json.numFailedTests;
  results.skipped += json.numPendingTests + json.numTodoTests;
  results.failed += json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
}

// The browser journeys run on their own, after the rest: on a 2-core machine
// they would otherwise compete with hundreds of SQLite-backed tests.
vitest('Tests: Einheit, Speicher, Vertrag, Oberfläche (vitest)', ['node', 'renderer'], 'test-results/vitest.json');
if (built) vitest('Tests: Ende-zu-Ende in Chromium (vitest)', ['e2e'], 'test-results/vitest-e2e.json');
else {
  results.failed += 1;
  console.log('✖ Ende-zu-Ende-Tests übersprungen: der Build ist fehlgeschlagen');
}

const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
console.log(`\n${results.passed} passed, ${results.failed} failed${skipped}`);
process.exit(results.failed > 0 ? 1 : 0);
