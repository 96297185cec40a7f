/**
 * Serves the built renderer (dist/renderer) over the privileged app:// scheme.
 * A custom scheme instead of file:// gives the page a real origin (so CSP
 * 'self' and the IPC origin check mean something) and lets us add the CSP
 * header to every response. Requests that leave the renderer folder are refused.
 */
import { protocol } from 'electron';
import fs from 'node:fs';
import { promisify } from 'node:util';
import { isAbsolute, relative, resolve } from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './window.ts';
import { contentTypeOf } from '../core/web/serving.ts';


/** Must run before app 'ready' (Electron requirement). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  };
}

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}

function isInside(root: string, target: string): boolean {
  const rel = relative(root, target);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * The file a request URL names inside `root`, or null when the URL is not
 * ours or would leave the folder (.., encoded separators, NUL, drive letters).
 */
export function resolveRequestPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  // After decoding, "%2e%2e%2f" or "%5c" would be path syntax: the page has no reason to send either.
  if (pathname.includes('\0') || pathname.includes('\\') || pathname.split('/').some((part) => part === '..')) return null;
  if (pathname === '/' || pathname === '') pathname = '/index.html';
  const base = resolve(root);
  const target = resolve(base, `.${pathname.startsWith('/') ? pathname : `/${pathname}`}`);
  return isInside(base, target) ? target : null;
}

// Looked up on the `fs` object at call time, through its callback API: that is
// the surface Electron's asar support patches, and the packaged renderer lives
// inside app.asar.
const realpath = (p: string) => promisify(fs.realpath)(p);
const stat = (p: string) => promisify(fs.stat)(p);
const readFile = (p: string) => promisify(fs.readFile)(p);

export type AppRequestHandler = (request: Request) => Promise<Response>;

/** The protocol handler for `root` (the built renderer folder). */
export function createAppHandler(root: string): AppRequestHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'Method Not Allowed');
    const file = resolveRequestPath(root, request.url);
    if (!file) return refuse(403, 'Forbidden');
    try {
      // A symlink inside dist/renderer must not lead out of it either.
      const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
      if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile()) return refuse(404, 'Not Found');
      const body = request.method === 'HEAD' ? null : await readFile(realFile);
      const type = contentTypeOf(realFile);
      return new Response(body, { status: 200, headers: { ...securityHeaders(), 'Content-Type': type } });
    } catch {
      return refuse(404, 'Not Found');
    }
  };
}

export function setupProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppHandler(rendererDir));
}
