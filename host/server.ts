/**
 * host/: the loopback HTTP host that carries the one API contract to a
 * browser (browser mode, end-to-end tests), and the CLI beside it. It imports
 * core/, api/ and db/ only — never electron/ or renderer/ — and nothing
 * imports host/.
 *
 * Wire: `POST /api/<method>` with the JSON input (api/wire.ts, so bytes
 * travel) and `Authorization: Bearer <token>`; the body of every /api answer
 * is a Result. `GET /api/events?token=…` streams CockpitEvents (SSE).
 * Everything else is the built renderer.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
// Narrow imports: the host only relays calls to the worker; the contract's schemas and the core stay there.
import type { CallMeta, CockpitEvent } from '../api/index.ts';
import { fail, type ErrorCode, type Result } from '../api/result.ts';
import { decodeWire, encodeWire } from '../api/wire.ts';
import { message, type Lang } from '../core/messages.ts';
import { EventHub } from './event-stream.ts';
import { asLang, hostMessage } from './messages.ts';
import { bearerToken, hostAllowed, newToken, originAllowed, setSecurityHeaders, tokenMatches } from './security.ts';
import { resolveStatic, streamFile } from './static-files.ts';

/** What the host needs from the core: the in-process dispatcher + core and the worker client both fit. */
export interface HostBackend {
  call(method: string, input: unknown, meta?: CallMeta): Promise<Result<unknown>>;
  subscribe(listener: (event: CockpitEvent) => void): () => void;
}

export interface HostOptions {
  backend: HostBackend;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Defaults to a fresh random token per launch; tests may pass their own. */
  token?: string;
  /** Request body cap in bytes (default DEFAULT_MAX_BODY_BYTES). */
  maxBodyBytes?: number;
}

export interface RunningHost {
  port: number;
  token: string;
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The address to open: the token rides in the fragment, which never reaches the server or its logs. */
  url: string;
  close(): Promise<void>;
}

/**
 * Large enough for the biggest file the API takes (a 50 MB pack) once base64 in JSON
 * has made it a third bigger; anything beyond is refused before it is read.
 */
export const DEFAULT_MAX_BODY_BYTES = 72 * 1024 * 1024;
const BIND_ADDRESS = '127.0.0.1';

type BodyResult = { kind: 'ok'; text: string } | { kind: 'too_large' } | { kind: 'aborted' };

/** Reads the body up to `max` bytes; past that it drains the rest so the client can read our 413. */
function readBody(req: IncomingMessage, max: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) {
      req.resume();
      resolve({ kind: 'too_large' });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        tooLarge = true;
        chunks.length = 0;
      } else if (!tooLarge) chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? { kind: 'too_large' } : { kind: 'ok', text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => resolve({ kind: 'aborted' }));
    req.on('aborted', () => resolve({ kind: 'aborted' }));
  });
}

function sendResult(res: ServerResponse, status: number, result: Result<unknown>, extra: Record<string, string> = {}): void {
  const body = encodeWire(result);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(body);
}

function sendText(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...extra,
  });
  res.end(text);
}

function langOf(req: IncomingMessage): Lang | undefined {
  const header = req.headers['x-cdo-lang'];
  return asLang(typeof header === 'string' ? header.trim().toLowerCase() : undefined);
}

export function startHost(options: HostOptions): Promise<RunningHost> {
  const token = options.token ?? newToken();
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const hub = new EventHub();
  let port = 0;

  /** Refusals before a method runs: same shape as any other answer, so the client shows the message. */
  const refuse = (res: ServerResponse, api: boolean, status: number, code: ErrorCode, text: string, extra: Record<string, string> = {}) =>
    api ? sendResult(res, status, fail(code, text), extra) : sendText(res, status, text, extra);

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string, url: URL, lang: Lang): Promise<void> {
    if (name === 'events' && req.method === 'GET') {
      if (!tokenMatches(token, url.searchParams.get('token'))) return refuse(res, true, 401, 'unauthorized', message(lang, 'unauthorized'));
      hub.attach(res);
      return;
    }
    if (req.method !== 'POST') return refuse(res, true, 405, 'unknown_method', hostMessage(lang, 'method_not_allowed'), { Allow: 'POST' });
    if (!tokenMatches(token, bearerToken(req))) {
      req.resume();
      return refuse(res, true, 401, 'unauthorized', message(lang, 'unauthorized'));
    }
    const body = await readBody(req, maxBody);
    if (body.kind === 'aborted') return;
    if (body.kind === 'too_large') {
      return refuse(res, true, 413, 'invalid_input', hostMessage(lang, 'body_too_large', { max: Math.floor(maxBody / (1024 * 1024)) || '< 1' }), { Connection: 'close' });
    }
    let input: unknown = undefined;
    if (body.text.trim() !== '') {
      try {
        input = decodeWire(body.text);
      } catch {
        return refuse(res, true, 400, 'invalid_input', hostMessage(lang, 'invalid_json'));
      }
    }
    const meta: CallMeta = langOf(req) ? { lang } : {};
    let result: Result<unknown>;
    try {
      result = await options.backend.call(name, input, meta);
    } catch (err) {
      // The dispatcher never throws; a backend that does is a bug, reported like the core would.
      console.error(`[host] ${name.slice(0, 80)} failed:`, err);
      return sendResult(res, 500, fail('internal', message(lang, 'internal')));
    }
    sendResult(res, 200, result);
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, url: URL, lang: Lang): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, false, 405, 'unknown_method', hostMessage(lang, 'method_not_allowed'), { Allow: 'GET, HEAD' });
    const file = await resolveStatic(options.rendererDir, url.pathname);
    if (!file) {
      const isRoot = url.pathname === '/' || url.pathname === '/index.html';
      return isRoot ? sendText(res, 503, hostMessage(lang, 'renderer_missing')) : sendText(res, 404, hostMessage(lang, 'not_found'));
    }
    res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.size, 'Cache-Control': file.cacheControl });
    if (req.method === 'HEAD') return void res.end();
    const stream = streamFile(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const lang = langOf(req) ?? 'de';
    const rawPath = req.url ?? '/';
    const api = rawPath === '/api' || rawPath.startsWith('/api/') || rawPath.startsWith('/api?');
    if (!hostAllowed(req, port)) return refuse(res, api, 403, 'unauthorized', hostMessage(lang, 'forbidden_host'));
    if (!originAllowed(req, port)) return refuse(res, api, 403, 'unauthorized', hostMessage(lang, 'forbidden_origin'));
    let url: URL;
    try {
      url = new URL(rawPath, `http://${BIND_ADDRESS}:${port}`);
    } catch {
      return refuse(res, api, 404, 'not_found', hostMessage(lang, 'not_found'));
    }
    if (api) {
      const m = /^\/api\/([^/]+)$/.exec(url.pathname);
      if (!m?.[1]) return refuse(res, true, 404, 'not_found', hostMessage(lang, 'not_found'));
      let name: string;
      try {
        name = decodeURIComponent(m[1]);
      } catch {
        name = m[1];
      }
      return handleApi(req, res, name, url, lang);
    }
    return handleStatic(req, res, url, lang);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      console.error('[host] request failed:', err);
      if (!res.headersSent) sendText(res, 500, message('de', 'internal'));
      else res.destroy();
    });
  });
  const unsubscribe = options.backend.subscribe((event) => hub.publish(event));

  return new Promise((resolve, reject) => {
    server.once('error', (err) => {
      unsubscribe();
      hub.close();
      reject(err);
    });
    server.listen(options.port ?? 0, BIND_ADDRESS, () => {
      port = (server.address() as AddressInfo).port;
      const origin = `http://${BIND_ADDRESS}:${port}`;
      let closing: Promise<void> | null = null;
      resolve({
        port,
        token,
        origin,
        url: `${origin}/#token=${token}`,
        close() {
          closing ??= new Promise<void>((done) => {
            unsubscribe();
            hub.close();
            server.close(() => done());
            // Keep-alive sockets would hold close() open until they time out.
            server.closeAllConnections();
          });
          return closing;
        },
      });
    });
  });
}
