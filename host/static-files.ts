/**
 * Serves the built renderer (dist/renderer) read-only. Paths are decoded once
 * and must stay inside the folder, also after following symlinks.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

import { contentTypeOf } from '../core/web/serving.ts';

export { contentTypeOf };

export interface StaticFile {
  path: string;
  size: number;
  contentType: string;
  cacheControl: string;
}

/**
 * Finds the file for a URL path, or null (→ 404). Traversal in any spelling
 * (`..`, encoded, backslashes, NUL) is refused before the file system is asked.
 */
export async function resolveStatic(rootDir: string, urlPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '..' || s === '.' || s.startsWith('..'))) return null;
  const relativePath = segments.length === 0 ? 'index.html' : segments.join('/');
  let root: string;
  let real: string;
  try {
    root = await realpath(resolve(rootDir));
    real = await realpath(join(root, relativePath));
  } catch {
    return null;
  }
  if (!real.startsWith(root + sep)) return null;
  const info = await stat(real).catch(() => null);
  if (!info?.isFile()) return null;
  const isHtml = extname(real).toLowerCase() === '.html';
  // Vite puts content hashes into asset names, so those may be cached for good;
  // index.html names the current hashes and must always be fetched fresh.
  const hashed = segments[0] === 'assets' && !isHtml;
  return {
    path: real,
    size: info.size,
    contentType: contentTypeOf(real),
    cacheControl: isHtml ? 'no-store' : hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
}

export function streamFile(file: StaticFile): NodeJS.ReadableStream {
  return createReadStream(file.path);
}
