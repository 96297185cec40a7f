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
const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const projects = built ? [] : ['--project', 'node', '--project', 'renderer'];
console.log('\n▶ Tests (vitest)');
spawnSync(bin('vitest'), ['run', ...projects, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], { stdio: 'inherit' });

if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  results.passed += json.numPassedTests;
  results.failed += json.numFailedTests;
  results.skipped += json.numPendingTests + json.numTodoTests;
  // A test file that fails to load has no tests to count: count it as a failure.
  const broken = json.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
  results.failed += broken;
} else {
  results.failed += 1;
  console.log('✖ vitest wrote no report');
}

const skipped = results.skipped ? `, ${results.skipped} skipped` : '';
console.log(`\n${results.passed} passed, ${results.failed} failed${skipped}`);
process.exit(results.failed > 0 ? 1 : 0);
