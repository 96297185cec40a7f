#!/usr/bin/env node
// Checks the agenda exports with a real office suite: the demo agenda is
// exported as DOCX and ODT through the CLI, LibreOffice (headless) converts
// each to PDF, and the PDF must have pages and the agenda's title and headings.
// LibreOffice is large and not part of CI: without `soffice` the script says
// so and skips (exit 0). Usage: node scripts/check-exports-libreoffice.mjs
// (needs `npm run build` first; SOFFICE=/path/to/soffice to pick a binary).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'node', 'cli.cjs');
const SOFFICE = process.env.SOFFICE ?? 'soffice';
const EXPECTED = ['Digitale Agenda Musterstadt 2026–2030', 'Vision und Leitlinien', 'Umsetzungsplan', 'Anhang: Steckbriefe der Maßnahmen'];

function has(command, args = ['--version']) {
  const r = spawnSync(command, args, { stdio: 'ignore' });
  return r.error === undefined && r.status === 0;
}

if (!has(SOFFICE)) {
  console.log(`übersprungen: LibreOffice („${SOFFICE}“) ist nicht installiert. Zum Prüfen: apt-get install libreoffice-writer-nogui, dann erneut aufrufen.`);
  process.exit(0);
}
if (!existsSync(CLI)) {
  console.error('Das CDO-Cockpit ist noch nicht gebaut: bitte zuerst „npm run build“ ausführen.');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'cdo-libreoffice-'));
let failures = 0;
try {
  const cli = (...args) => execFileSync(process.execPath, [CLI, ...args, '--data-dir', join(work, 'data')], { encoding: 'utf8' });
  const workspace = join(work, 'musterstadt.cdo');
  cli('demo', workspace);
  for (const format of ['docx', 'odt']) {
    const file = join(work, `agenda.${format}`);
    cli('export-agenda', '--workspace', workspace, '--format', format, '--out', file);
    const started = Date.now();
    // A private profile: a running LibreOffice of the user is neither needed nor disturbed.
    execFileSync(SOFFICE, [`-env:UserInstallation=file://${join(work, `profile-${format}`)}`, '--headless', '--convert-to', 'pdf', '--outdir', join(work, format), file], { stdio: 'ignore', timeout: 120_000 });
    const pdf = join(work, format, 'agenda.pdf');
    const pages = existsSync(pdf) ? Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0) : 0;
    const text = pages > 0 ? execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }) : '';
    // LibreOffice breaks long headings over lines; compare without whitespace.
    const flat = (t) => t.replace(/\s+/g, '');
    const missing = EXPECTED.filter((t) => !flat(text).includes(flat(t)));
    const ok = pages > 2 && missing.length === 0;
    if (!ok) failures++;
    console.log(`${ok ? '✓' : '✗'} ${format.toUpperCase()} → PDF mit LibreOffice: ${pages} Seiten, ${Date.now() - started} ms${missing.length ? `; es fehlt: ${missing.join(', ')}` : ''}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
