/**
 * The command line under fuzz (QUALITY.md: bad CLI arguments get a clear
 * German message and exit code 2): random commands, options and arguments —
 * missing files, folders, devices, hostile names, junk files — in process
 * through runCli. Every run ends with 0, 1 or 2, never with the "internal
 * error" line, never by throwing, and every error line is a sentence.
 * All paths point into a temp folder (`serve` is left out: it would keep running).
 */
import * as fc from 'fast-check';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS, runCli } from '../../host/cli-run.ts';
import { makeTempDir } from '../support/core-harness.ts';
import { fuzz } from './fuzz-run.ts';
import { NASTY_STRINGS } from './hostile-values.ts';

let dir: string;
let paths: string[];
const home = process.cwd();
beforeAll(async () => {
  dir = makeTempDir('cdo-cli-fuzz-');
  // Junk arguments such as "pdf" or "1" are relative paths: a command that writes a file must write it here, not into the project.
  process.chdir(dir);
  // A real workspace, so some command lines get past the arguments and do their work.
  const workspace = join(dir, 'minden.cdo');
  const created = await runCli(['create', '--ags', '05770024', workspace, '--data-dir', join(dir, 'daten')], { out: () => {}, err: () => {} });
  if (created !== 0) throw new Error(`could not create the test workspace (exit ${created})`);
  mkdirSync(join(dir, 'ordner'));
  writeFileSync(join(dir, 'muell.cdo'), 'kein SQLite');
  writeFileSync(join(dir, 'leer.cdopack'), '');
  writeFileSync(join(dir, 'liste.csv'), 'Titel;Phase\nBürgerportal;Idee\n');
  paths = [...['ordner', 'muell.cdo', 'leer.cdopack', 'liste.csv', 'fehlt.cdo', 'fehlt/tief/x.xlsx', 'neu.xlsx', 'neu.cdopack'].map((p) => join(dir, p)), workspace, workspace];
});

afterAll(() => process.chdir(home));

const BOOLEAN_OPTIONS = new Set(['demo', 'open', 'yes', 'sign']);
const pathArg = fc.constant(null).chain(() => fc.constantFrom(...paths));
const junkArg = fc.oneof(
  fc.constantFrom('05770024', '0', '-', '--', 'fr', 'docx', 'pdf', 'csv', 'xlsx', '/dev/null', '--unbekannt', '-x', '99999999', '1'),
  // NUL and lone surrogates cannot come from a real command line (argv is C strings, decoded by Node).
  fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length < 300 && !/[/\\\ud800-\udfff]/.test(s) && !s.includes('\u0000'))).map((s) => join(dir, `x${s}`)),
);
const value = fc.oneof({ weight: 4, arbitrary: pathArg }, { weight: 1, arbitrary: junkArg });

/** A command line close to what the command expects: its own options with values, paths as arguments. */
const argvFor = (spec: (typeof COMMANDS)[number]) =>
  fc.tuple(
    fc.subarray([...spec.options]).chain((names) => fc.tuple(...names.map((n) => (BOOLEAN_OPTIONS.has(n) ? fc.constant([`--${n}`]) : value.map((v) => [`--${n}`, v]))))),
    fc.array(value, { minLength: 1, maxLength: 2 }),
  ).map(([options, positionals]) => [spec.name, ...positionals, ...options.flat()]);

const argv = fc.tuple(
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...COMMANDS.filter((c) => c.name !== 'serve')).chain(argvFor) },
    { weight: 1, arbitrary: fc.tuple(fc.string({ maxLength: 10 }), fc.array(junkArg, { maxLength: 3 })).map(([c, rest]) => [c, ...rest]) },
  ),
  fc.constantFrom('de', 'en'),
);

// A folder given where a workspace file is expected once ended in EISDIR, an internal error and a stack trace.
it.each([
  ['check', '{ordner}'],
  ['restore', '{ordner}', '{ordner}'],
  ['export-portfolio', '--format', 'csv', '--workspace', '{ordner}', '--out', '{ordner}/x.csv'],
])('refuses a folder given as workspace file with exit 2 and a clear message: %s', async (...args) => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  const err: string[] = [];
  const line = args.map((a) => a.replace('{ordner}', join(dir, 'ordner')));
  const code = await runCli([...line, '--data-dir', join(dir, 'daten')], { out: () => {}, err: (l) => err.push(l) });
  vi.restoreAllMocks();
  expect({ code, internal: err.some((l) => /interner Fehler|\bat .+\.(ts|js):\d+/.test(l)), clear: err.some((l) => /Ordner|Datei/.test(l)) }).toEqual({ code: 2, internal: false, clear: true });
});

it('ends every random command line with 0, 1 or 2 and a clear message, never an internal error', async () => {
  const codes = new Map<number, number>();
  const tried = await fuzz(argv, async ([args, lang]) => {
    const err: string[] = [];
    const line = [...args, '--lang', lang, '--data-dir', join(dir, 'daten')];
    let code: number;
    try {
      code = await runCli(line, { out: () => {}, err: (l) => err.push(l) });
    } catch (e) {
      throw new Error(`runCli threw for ${JSON.stringify(line)}: ${String(e)}`, { cause: e });
    }
    codes.set(code, (codes.get(code) ?? 0) + 1);
    if (![0, 1, 2].includes(code)) throw new Error(`exit ${code} for ${JSON.stringify(line)}`);
    if (err.some((l) => /interner Fehler|internal error|\bat .+\.(ts|js):\d+/.test(l))) throw new Error(`internal error for ${JSON.stringify(line)}: ${err.join(' | ')}`);
    if (code === 2 && !err.some((l) => /[a-zäöüß]{3,}/i.test(l))) throw new Error(`exit 2 without a message for ${JSON.stringify(line)}`);
  }, 60);
  expect(tried).toBeGreaterThanOrEqual(60);
  console.log(`CLI-Fuzz: Exit-Codes ${JSON.stringify(Object.fromEntries(codes))}`);
  expect(codes.get(2)).toBeGreaterThan(0);
});
