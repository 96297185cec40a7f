/**
 * `cdo-cockpit export-agenda` on real workspace files: each format written
 * to --out (or into a folder under the suggested name), --version picks a
 * frozen version, bad arguments give exit 2 and one clear line and write nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../../host/cli-run.ts';
import { makeTempDir } from '../support/core-harness.ts';
import { pdfText } from './agenda-export-read.ts';

let dir: string;
let demo: string;
let empty: string;

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--data-dir', join(dir, 'data')], { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err };
}

beforeAll(async () => {
  dir = makeTempDir('cdo-agenda-cli-');
  demo = join(dir, 'musterstadt.cdo');
  empty = join(dir, 'minden.cdo');
  const made = [await cli('demo', demo), await cli('create', '--ags', '05770024', empty)];
  if (made.some((r) => r.code !== 0)) throw new Error(`workspaces not created: ${made.flatMap((r) => r.err).join(' ')}`);
}, 60_000);

describe('cdo-cockpit export-agenda', () => {
  it('writes the working state as PDF and a frozen version (--version 1) as Markdown', async () => {
    const pdf = join(dir, 'agenda.pdf');
    const r = await cli('export-agenda', '--workspace', demo, '--format', 'pdf', '--out', pdf);
    expect(r).toMatchObject({ code: 0, err: [] });
    expect(r.out).toMatch(/^Geschrieben: .*agenda\.pdf \(\d+/);
    expect(pdfText(readFileSync(pdf))).toContain('Version 2 – Entwurf');
    const md = join(dir, 'agenda-v1.md');
    expect((await cli('export-agenda', '--workspace', demo, '--version', '1', '--format', 'md', '--out', md)).code).toBe(0);
    expect(readFileSync(md, 'utf8')).toContain('Version 1 – beschlossen');
  }, 60_000);

  it('writes into a folder under the suggested, safe file name', async () => {
    const folder = join(dir, 'ausgabe');
    mkdirSync(folder);
    const r = await cli('export-agenda', '--workspace', demo, '--format', 'html', '--out', folder);
    expect(r.code).toBe(0);
    expect(readdirSync(folder)).toEqual(['Digitale Agenda Musterstadt 2026–2030 – Version 2.html']);
  });

  it.each([
    [['--workspace', 'x.cdo', '--format', 'exe', '--out', 'y'], /Format „exe“ gibt es nicht; möglich sind docx, odt, pdf, html und md/],
    [['--workspace', 'x.cdo', '--format', 'pdf'], /Bitte --out angeben/],
    [['--format', 'pdf', '--out', 'y.pdf'], /Bitte --workspace angeben/],
    [['--workspace', 'x.cdo', '--format', 'pdf', '--version', 'zwei', '--out', 'y.pdf'], /„zwei“ ist keine Versionsnummer/],
    [['--workspace', 'x.cdo', '--format', 'pdf', '--version', '0', '--out', 'y.pdf'], /„0“ ist keine Versionsnummer/],
    [['--workspace', 'x.cdo', '--format', 'pdf', '--out', 'CON.pdf'], /„CON\.pdf“ ist nicht auf jedem System zulässig.*Vorschlag: „_CON\.pdf“/],
    [['--workspace', 'x.cdo', '--format', 'pdf', '--out', 'a<b>:c.pdf'], /Vorschlag: „a b c\.pdf“/],
    [['--workspace', 'x.cdo', '--format', 'pdf', '--out', 'agenda.'], /„agenda\.“ ist nicht auf jedem System zulässig/],
  ])('refuses %j with exit 2 and one line', async (args, message) => {
    const r = await cli('export-agenda', ...args);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toEqual([expect.stringMatching(message)]);
  });

  it('refuses a workspace without an agenda, an unknown version and an existing file, writing nothing', async () => {
    const before = readdirSync(dir).sort();
    const none = await cli('export-agenda', '--workspace', empty, '--format', 'pdf', '--out', join(dir, 'leer.pdf'));
    expect(none).toMatchObject({ code: 2, err: [expect.stringMatching(/gibt es noch keine Digitale Agenda/)] });
    const version = await cli('export-agenda', '--workspace', demo, '--version', '9', '--format', 'pdf', '--out', join(dir, 'v9.pdf'));
    expect(version).toMatchObject({ code: 2, err: [expect.stringMatching(/Die Fassung 9 dieser Agenda gibt es nicht/)] });
    const exists = await cli('export-agenda', '--workspace', demo, '--format', 'pdf', '--out', join(dir, 'musterstadt.cdo'));
    expect(exists).toMatchObject({ code: 2, err: [expect.stringMatching(/gibt es bereits/)] });
    expect(readdirSync(dir).sort()).toEqual(before);
    expect(existsSync(join(dir, 'leer.pdf'))).toBe(false);
  });

  it('still prints the program version with --version elsewhere, and lists the command in the help', async () => {
    expect((await cli('--version')).code).toBe(0);
    expect((await cli('--help')).out).toContain('export-agenda --workspace <datei> [--version N] --format docx|odt|pdf|html|md --out <datei>');
  });
});
