/**
 * Imported text (peer packs, spreadsheets) is rendered as text, never as HTML
 * (QUALITY.md). React escapes every string it renders; the only ways around
 * that are the ones listed here, and the renderer uses none of them. There is
 * no Markdown rendering, so no sanitizer is needed — a new use of any of these
 * must come with one, and this test makes that a decision, not an accident.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes('node_modules'))
    .map((f) => join(dir, f));
}

const FORBIDDEN: [string, RegExp][] = [
  ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
  ['innerHTML / outerHTML', /\.(inner|outer)HTML\s*=/],
  ['insertAdjacentHTML', /insertAdjacentHTML/],
  ['document.write', /document\.write/],
  ['eval', /(^|[^.\w])eval\s*\(/],
  ['new Function', /new\s+Function\s*\(/],
  ['string timers', /set(Timeout|Interval)\s*\(\s*['"`]/],
  ['iframe / webview / object', /<(iframe|webview|object|embed)\b/],
  ['javascript: URLs', /['"`]javascript:/],
];

describe('the renderer shows imported text only as text', () => {
  const files = sources(join(ROOT, 'renderer'));

  it('finds the renderer sources', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it.each(FORBIDDEN)('uses no %s', (_, pattern) => {
    const hits = files.filter((f) => pattern.test(readFileSync(f, 'utf8'))).map((f) => f.slice(ROOT.length + 1));
    expect(hits).toEqual([]);
  });

  it('the check would notice one', () => {
    expect(FORBIDDEN.filter(([, p]) => p.test('<div dangerouslySetInnerHTML={{ __html: text }} />'))).toHaveLength(1);
    expect(FORBIDDEN.filter(([, p]) => p.test('el.innerHTML = text;'))).toHaveLength(1);
  });
});
