/** Reading exported files back in tests: unzip, PDF text and page count (poppler-utils), PDF bookmarks. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

export function unzipText(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  return Object.fromEntries(Object.entries(files).map(([name, data]) => [name, name.endsWith('.png') ? '' : strFromU8(data)]));
}

export function zipNames(bytes: Uint8Array): string[] {
  return Object.keys(unzipSync(bytes));
}

function withPdf<T>(bytes: Uint8Array, run: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'agenda-pdf-'));
  try {
    const file = join(dir, 'agenda.pdf');
    writeFileSync(file, bytes);
    return run(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text as pdftotext extracts it (zero-width spaces removed). */
export function pdfText(bytes: Uint8Array): string {
  return withPdf(bytes, (file) => execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\u200B/g, ''));
}

export function pdfInfo(bytes: Uint8Array): Record<string, string> {
  const out = withPdf(bytes, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

/** The logical structure of a tagged PDF with its text, as `pdfinfo -struct-text` prints it (one element per line, indented by depth). */
export function pdfStructure(bytes: Uint8Array): string {
  return withPdf(bytes, (file) => execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' })).replace(/\u200B/g, '');
}

export function pdfDestinations(bytes: Uint8Array): string[] {
  const out = withPdf(bytes, (file) => execFileSync('pdfinfo', ['-dests', file], { encoding: 'utf8' }));
  return [...out.matchAll(/"([^"]+)"\s*$/gm)].map((m) => m[1] as string);
}

/** Renders every page to PNG at 60 dpi and answers how many images came out. */
export function pdfPageImages(bytes: Uint8Array, keepIn?: string): number {
  return withPdf(bytes, (file, dir) => {
    execFileSync('pdftoppm', ['-png', '-r', '60', file, join(keepIn ?? dir, 'seite')]);
    return readdirSync(keepIn ?? dir).filter((f) => f.startsWith('seite') && f.endsWith('.png')).length;
  });
}

/** The titles of the PDF outline (bookmarks): PDF literal strings, UTF-16BE when they start with a BOM. */
export function pdfBookmarks(bytes: Uint8Array): string[] {
  const raw = Buffer.from(bytes).toString('latin1');
  const titles: string[] = [];
  let at = raw.indexOf('/Title (');
  while (at >= 0) {
    let i = at + 8, depth = 0, s = '';
    for (; i < raw.length; i++) {
      const c = raw[i] as string;
      if (c === '\\') {
        const n = raw[++i] as string;
        const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
        if (/[0-7]/.test(n)) {
          const oct = /^[0-7]{1,3}/.exec(raw.slice(i, i + 3))?.[0] ?? n;
          s += String.fromCharCode(parseInt(oct, 8));
          i += oct.length - 1;
        } else s += map[n] ?? n;
      } else if (c === '(') { depth++; s += c; } else if (c === ')') {
        if (depth === 0) break;
        depth--; s += c;
      } else s += c;
    }
    titles.push(s.startsWith('\u00FE\u00FF') ? Buffer.from(s.slice(2), 'latin1').swap16().toString('utf16le') : s);
    at = raw.indexOf('/Title (', i);
  }
  return titles;
}
