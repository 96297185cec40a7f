/** The CLI's argument parsing: commands, options, and one clear line for each mistake. */
import { findLang, parseCli } from '../../host/cli-args.ts';
import { CliError } from '../../host/commands/context.ts';
import type { ErrorCode } from '../../api/index.ts';

const failed = (argv: string[]) => {
  const r = parseCli(argv);
  if (r.ok) throw new Error('expected a parse error');
  return r;
};
const parsed = (argv: string[]) => {
  const r = parseCli(argv);
  if (!r.ok) throw new Error(r.message);
  return r.args;
};

describe('parseCli', () => {
  it('takes the first positional as the command and the rest as its arguments', () => {
    const a = parsed(['create', '--ags', '05770024', 'minden.cdo']);
    expect(a).toMatchObject({ command: 'create', positionals: ['minden.cdo'], values: { ags: '05770024' }, lang: 'de' });
    expect(a.given.map((g) => g.spelled)).toEqual(['--ags']);
  });

  it('reads serve options and --data-dir', () => {
    const a = parsed(['serve', 'x.cdo', '--port', '8080', '--open', '--data-dir', '/tmp/d']);
    expect(a.values).toEqual({ port: '8080', open: true, dataDir: '/tmp/d' });
  });

  it('answers no command for an empty line', () => {
    expect(parsed([]).command).toBeNull();
  });

  it('names an unknown option in German', () => {
    expect(failed(['check', '--gewalt', 'x']).message).toBe('Unbekannte Option „--gewalt“. Hilfe: cdo-cockpit --help');
  });

  it('names an option without its value', () => {
    expect(failed(['create', 'x.cdo', '--ags']).message).toBe('Die Option „--ags“ braucht einen Wert.');
  });

  it('does not take the next option as a value', () => {
    expect(failed(['create', '--ags', '--lang', 'de', 'x.cdo']).message).toBe('Die Option „--ags“ braucht einen Wert.');
  });

  it('refuses a value for a switch', () => {
    expect(failed(['serve', '--demo=ja']).message).toBe('Die Option „--demo“ nimmt keinen Wert.');
  });

  it('speaks English with --lang en wherever it stands', () => {
    expect(failed(['check', '--gewalt', '--lang', 'en']).message).toBe('Unknown option "--gewalt". Help: cdo-cockpit --help');
    expect(parsed(['--lang=en', 'check', 'x']).lang).toBe('en');
  });

  it('refuses an unknown language in German', () => {
    expect(failed(['--lang', 'fr']).message).toBe('Die Sprache „fr“ gibt es nicht; möglich sind de und en.');
  });
});

describe('findLang', () => {
  it('defaults to German and stops at --', () => {
    expect(findLang([])).toEqual({ lang: 'de', bad: null });
    expect(findLang(['--', '--lang', 'en'])).toEqual({ lang: 'de', bad: null });
    expect(findLang(['--lang', 'EN'])).toEqual({ lang: 'en', bad: null });
  });
});

describe('exit codes of core answers', () => {
  it('gives 1 when the failure is not in what was typed (full disk, read-only file, damaged workspace), 2 otherwise', () => {
    const exit = (code: ErrorCode) => CliError.fromApi({ code, message: 'x' }).exitCode;
    expect(['internal', 'storage_full', 'read_only', 'workspace_damaged'].map((c) => exit(c as ErrorCode))).toEqual([1, 1, 1, 1]);
    expect(['invalid_input', 'not_found', 'workspace_invalid'].map((c) => exit(c as ErrorCode))).toEqual([2, 2, 2]);
  });
});
