/**
 * The CLI's argument parsing (node:util parseArgs) with our own one-line
 * messages: the command is the first positional, every option is checked
 * against the command it was given to.
 */
import { parseArgs } from 'node:util';
import type { Lang } from '../core/index.ts';
import { asLang, hostMessage } from './messages.ts';

export const OPTIONS = {
  ags: { type: 'string' },
  demo: { type: 'boolean' },
  port: { type: 'string' },
  open: { type: 'boolean' },
  // import-projects, export-portfolio
  workspace: { type: 'string' },
  yes: { type: 'boolean' },
  format: { type: 'string' },
  out: { type: 'string' },
  // export-agenda: its `--version N` (see agendaVersionAlias)
  'agenda-version': { type: 'string' },
  // export-pack
  sign: { type: 'boolean' },
  'data-dir': { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

export type OptionName = keyof typeof OPTIONS;
export const GLOBAL_OPTIONS: readonly OptionName[] = ['data-dir', 'lang', 'help', 'version'];

export interface CliArgs {
  lang: Lang;
  command: string | null;
  positionals: string[];
  values: { ags?: string; demo?: boolean; port?: string; open?: boolean; dataDir?: string; help?: boolean; version?: boolean; workspace?: string; yes?: boolean; format?: string; out?: string; agendaVersion?: string; sign?: boolean };
  /** Options actually given, as the user spelled them (`--ags`, `-h`). */
  given: { name: OptionName; spelled: string }[];
}

export type ParseOutcome = { ok: true; args: CliArgs } | { ok: false; lang: Lang; message: string };

/** The language is needed before anything else can fail, so it is looked up first. */
export function findLang(argv: readonly string[]): { lang: Lang; bad: string | null } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value === undefined) continue;
    const lang = asLang(value.trim().toLowerCase());
    return lang ? { lang, bad: null } : { lang: 'de', bad: value };
  }
  return { lang: 'de', bad: null };
}

const quotedOption = (text: string): string => /'(-{1,2}[^' ]+)/.exec(text)?.[1] ?? text;

/**
 * `export-agenda --version N` names an agenda version, while `--version`
 * elsewhere prints the program's version: for that one command it is read
 * as `--agenda-version`.
 */
function agendaVersionAlias(argv: readonly string[]): string[] {
  if (!argv.includes('export-agenda')) return [...argv];
  return argv.map((a) => (a === '--version' ? '--agenda-version' : a.startsWith('--version=') ? `--agenda-version=${a.slice('--version='.length)}` : a));
}

export function parseCli(rawArgv: readonly string[]): ParseOutcome {
  const argv = agendaVersionAlias(rawArgv);
  const { lang, bad } = findLang(argv);
  if (bad !== null) return { ok: false, lang, message: hostMessage(lang, 'bad_lang', { lang: bad }) };
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true; tokens: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true, tokens: true });
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    const text = err instanceof Error ? err.message : String(err);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { ok: false, lang, message: hostMessage(lang, 'unknown_option', { option: quotedOption(text) }) };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const key = /does not take an argument/.test(text) ? 'option_no_value' : 'option_needs_value';
      return { ok: false, lang, message: hostMessage(lang, key, { option: quotedOption(text) }) };
    }
    throw err;
  }
  const given = parsed.tokens.flatMap((t) => (t.kind === 'option' ? [{ name: t.name as OptionName, spelled: t.rawName }] : []));
  // A value that looks like an option (`--ags --demo`) is a forgotten value, not an AGS.
  for (const t of parsed.tokens) {
    if (t.kind === 'option' && t.inlineValue === false && typeof t.value === 'string' && t.value.startsWith('-')) {
      return { ok: false, lang, message: hostMessage(lang, 'option_needs_value', { option: t.rawName }) };
    }
  }
  const [command, ...positionals] = parsed.positionals;
  const v = parsed.values;
  return {
    ok: true,
    args: {
      lang,
      command: command ?? null,
      positionals,
      values: {
        ...(v.ags !== undefined ? { ags: v.ags } : {}),
        ...(v.demo !== undefined ? { demo: v.demo } : {}),
        ...(v.port !== undefined ? { port: v.port } : {}),
        ...(v.open !== undefined ? { open: v.open } : {}),
        ...(v['data-dir'] !== undefined ? { dataDir: v['data-dir'] } : {}),
        ...(v.help !== undefined ? { help: v.help } : {}),
        ...(v.version !== undefined ? { version: v.version } : {}),
        ...(v.workspace !== undefined ? { workspace: v.workspace } : {}),
        ...(v.yes !== undefined ? { yes: v.yes } : {}),
        ...(v.format !== undefined ? { format: v.format } : {}),
        ...(v.out !== undefined ? { out: v.out } : {}),
        ...(v['agenda-version'] !== undefined ? { agendaVersion: v['agenda-version'] } : {}),
        ...(v.sign !== undefined ? { sign: v.sign } : {}),
      },
      given,
    },
  };
}
