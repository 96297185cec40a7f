/** Finding a file of the built renderer: inside the folder only, with the right type and caching. */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentTypeOf, resolveStatic } from '../../host/static-files.ts';
import { makeTempDir } from '../support/core-harness.ts';

let root: string;

beforeAll(() => {
  const base = makeTempDir('cdo-static-');
  root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'assets', 'index-1a2b.js'), '');
  writeFileSync(join(root, 'favicon.svg'), '<svg/>');
  writeFileSync(join(base, 'secret.txt'), 'GEHEIM');
  symlinkSync(join(base, 'secret.txt'), join(root, 'escape.txt'));
});

describe('resolveStatic', () => {
  it('answers index.html for / and never lets it be cached', async () => {
    const f = await resolveStatic(root, '/');
    expect(f).toMatchObject({ contentType: 'text/html; charset=utf-8', cacheControl: 'no-store' });
    expect(f!.path.endsWith('index.html')).toBe(true);
  });

  it('lets hashed assets be cached for good, other files revalidated', async () => {
    expect((await resolveStatic(root, '/assets/index-1a2b.js'))?.cacheControl).toBe('public, max-age=31536000, immutable');
    expect((await resolveStatic(root, '/favicon.svg'))?.cacheControl).toBe('no-cache');
  });

  it.each(['/../secret.txt', '/..%2fsecret.txt', '/%2E%2E/secret.txt', '/assets/../../secret.txt', '/..\\secret.txt', '/%5c..%5csecret.txt', '/index.html%00', '/%ZZ', '/escape.txt', '/assets', '/missing.js'])(
    'answers null for %s',
    async (path) => {
      expect(await resolveStatic(root, path)).toBeNull();
    },
  );

  it('answers null when the renderer folder does not exist', async () => {
    expect(await resolveStatic(join(root, 'nope'), '/')).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.woff2', 'font/woff2'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.PNG', 'image/png'],
    ['a.exe', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});
