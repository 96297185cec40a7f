/**
 * What only the HTTP host adds to the contract: the launch token, the Host and
 * Origin checks, the security headers on every answer, static files without
 * traversal, server-sent events, the body cap and the bytes codec.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeWire, ok, type CockpitEvent, type Result } from '../../api/index.ts';
import { CONTENT_SECURITY_POLICY } from '../../host/security.ts';
import { startHost, type RunningHost } from '../../host/server.ts';
import { makeTempDir } from '../support/core-harness.ts';
import { httpTransport, postApi, rawRequest, readEvents, writeRenderer, type RawResponse } from './transports.ts';

type Http = Awaited<ReturnType<typeof httpTransport>>;

function expectSecurityHeaders(res: RawResponse | Response): void {
  const get = (name: string) => (res instanceof Response ? res.headers.get(name) : (res.headers[name] as string | undefined));
  expect(get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(get('x-content-type-options')).toBe('nosniff');
  expect(get('referrer-policy')).toBe('no-referrer');
  expect(get('cross-origin-opener-policy')).toBe('same-origin');
  expect(get('cross-origin-resource-policy')).toBe('same-origin');
  const names = res instanceof Response ? [...res.headers.keys()] : Object.keys(res.headers);
  expect(names.filter((n) => n.toLowerCase().startsWith('access-control-'))).toEqual([]);
}

const json = (r: RawResponse) => decodeWire(r.body) as Result<unknown>;

describe('the HTTP host', () => {
  let t: Http;
  let host: RunningHost;
  const auth = () => ({ Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' });
  const hostHeader = () => ({ Host: `127.0.0.1:${host.port}` });

  beforeAll(async () => {
    t = await httpTransport();
    host = t.host;
    // A secret beside the renderer folder: traversal must never reach it.
    writeFileSync(join(t.harness.dir, 'secret.txt'), 'GEHEIM');
  });
  afterAll(async () => {
    await t.close();
  });

  describe('launch', () => {
    it('binds 127.0.0.1 on a random port and prints the token only in the URL fragment', () => {
      expect(host.origin).toBe(`http://127.0.0.1:${host.port}`);
      expect(host.port).toBeGreaterThan(0);
      expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
      expect(host.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('makes a new token for every launch', async () => {
      const other = await startHost({ backend: { call: async () => ok(null), subscribe: () => () => undefined }, rendererDir: makeTempDir() });
      try {
        expect(other.token).not.toBe(host.token);
        expect(other.port).not.toBe(host.port);
      } finally {
        await other.close();
      }
    });
  });

  describe('the token', () => {
    it('refuses a call without a token with 401 and an unauthorized Result in German', async () => {
      const { res, result } = await postApi(host, 'getSession', {}, { token: null });
      expect(res.status).toBe(401);
      expect(result).toEqual({ ok: false, error: { code: 'unauthorized', message: 'Zugriff verweigert: Das Sitzungstoken fehlt oder ist falsch.' } });
      expectSecurityHeaders(res);
    });

    it('refuses a wrong token, also one of the right length', async () => {
      for (const token of ['falsch', `${host.token.slice(0, -1)}${host.token.endsWith('A') ? 'B' : 'A'}`, `${host.token}x`]) {
        const { res, result } = await postApi(host, 'getSession', {}, { token });
        expect(res.status).toBe(401);
        expect(result.ok).toBe(false);
      }
    });

    it('refuses the token in another scheme or in the query string', async () => {
      const basic = await rawRequest(host.port, { method: 'POST', path: '/api/getSession', headers: { ...hostHeader(), Authorization: `Basic ${host.token}` }, body: '{}' });
      expect(basic.status).toBe(401);
      const query = await rawRequest(host.port, { method: 'POST', path: `/api/getSession?token=${host.token}`, headers: hostHeader(), body: '{}' });
      expect(query.status).toBe(401);
    });

    it('says so in English with X-Cdo-Lang: en', async () => {
      const { res, result } = await postApi(host, 'getSession', {}, { token: null, lang: 'en' });
      expect(res.status).toBe(401);
      expect(!result.ok && result.error.message).toBe('Access denied: the session token is missing or wrong.');
    });

    it('a refused call changes nothing', async () => {
      await postApi(host, 'createWorkspace', { ags: '05770024' }, { token: 'falsch' });
      expect(t.harness.core.current).toBeNull();
    });
  });

  describe('the Host header', () => {
    it.each([['evil.example'], ['evil.example:80'], ['127.0.0.1'], ['127.0.0.1:1'], ['localhost'], ['127.0.0.1.nip.io:PORT'], ['[::1]:PORT']])(
      'refuses Host %s with 403 even with the right token',
      async (value) => {
        const r = await rawRequest(host.port, { method: 'POST', path: '/api/getSession', headers: { ...auth(), Host: value.replace('PORT', String(host.port)) }, body: '{}' });
        expect(r.status).toBe(403);
        expect(json(r)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
        expectSecurityHeaders(r);
      },
    );

    it('refuses a foreign Host for static files too', async () => {
      const r = await rawRequest(host.port, { path: '/', headers: { Host: 'evil.example' } });
      expect(r.status).toBe(403);
      expect(r.body).not.toContain('<html');
    });

    it('answers to localhost:<port> as well as 127.0.0.1:<port>', async () => {
      for (const value of [`localhost:${host.port}`, `127.0.0.1:${host.port}`]) {
        const r = await rawRequest(host.port, { method: 'POST', path: '/api/getSession', headers: { ...auth(), Host: value }, body: '{}' });
        expect(r.status).toBe(200);
        expect(json(r).ok).toBe(true);
      }
    });
  });

  describe('the Origin header', () => {
    it.each([['http://evil.example'], ['null'], ['http://127.0.0.1:1'], ['https://127.0.0.1:PORT']])('refuses Origin %s with 403', async (origin) => {
      const r = await rawRequest(host.port, { method: 'POST', path: '/api/getSession', headers: { ...auth(), ...hostHeader(), Origin: origin.replace('PORT', String(host.port)) }, body: '{}' });
      expect(r.status).toBe(403);
      expect(json(r)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      expectSecurityHeaders(r);
    });

    it('accepts our own origin', async () => {
      const r = await rawRequest(host.port, { method: 'POST', path: '/api/getSession', headers: { ...auth(), ...hostHeader(), Origin: host.origin }, body: '{}' });
      expect(r.status).toBe(200);
    });

    it('answers a CORS preflight without any CORS header', async () => {
      const r = await rawRequest(host.port, {
        method: 'OPTIONS',
        path: '/api/getSession',
        headers: { ...hostHeader(), Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
      });
      expect(r.status).toBe(403);
      expectSecurityHeaders(r);
    });
  });

  describe('requests', () => {
    it('refuses GET on a method with 405 and names POST', async () => {
      const r = await rawRequest(host.port, { path: '/api/getSession', headers: { ...auth(), ...hostHeader() } });
      expect(r.status).toBe(405);
      expect(r.headers.allow).toBe('POST');
      expect(json(r).ok).toBe(false);
      expectSecurityHeaders(r);
    });

    it('answers 404 for a path below /api that is no method', async () => {
      const r = await rawRequest(host.port, { method: 'POST', path: '/api/getSession/extra', headers: { ...auth(), ...hostHeader() }, body: '{}' });
      expect(r.status).toBe(404);
      expectSecurityHeaders(r);
    });

    it('refuses invalid JSON with an invalid_input Result in German', async () => {
      const r = await rawRequest(host.port, { method: 'POST', path: '/api/saveMeasure', headers: { ...auth(), ...hostHeader() }, body: '{"title": "offen' });
      expect(r.status).toBe(400);
      expect(json(r)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Die Anfrage enthält kein gültiges JSON.' } });
      expectSecurityHeaders(r);
    });

    it('refuses invalid JSON in English with X-Cdo-Lang: en', async () => {
      const r = await rawRequest(host.port, { method: 'POST', path: '/api/saveMeasure', headers: { ...auth(), ...hostHeader(), 'X-Cdo-Lang': 'en' }, body: '[1,' });
      expect(json(r)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'The request does not contain valid JSON.' } });
    });

    it('treats an empty body as an empty input', async () => {
      const r = await rawRequest(host.port, { method: 'POST', path: '/api/getSession', headers: { ...auth(), ...hostHeader() } });
      expect(r.status).toBe(200);
      expect(json(r).ok).toBe(true);
    });

    it('passes the language of X-Cdo-Lang to the core', async () => {
      const { result } = await postApi(host, 'noSuchMethod', {}, { lang: 'en' });
      expect(!result.ok && result.error.message).toBe('Unknown function "noSuchMethod".');
    });
  });

  describe('static files', () => {
    it('serves index.html for / with no-store, the right type and the CSP', async () => {
      const r = await rawRequest(host.port, { path: '/', headers: hostHeader() });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(r.headers['cache-control']).toBe('no-store');
      expect(r.body).toContain('<title>CDO-Cockpit</title>');
      expectSecurityHeaders(r);
    });

    it.each([
      ['/assets/app-abc123.js', 'text/javascript; charset=utf-8'],
      ['/assets/app-abc123.css', 'text/css; charset=utf-8'],
      ['/assets/fira-sans.woff2', 'font/woff2'],
    ])('serves %s as %s with the CSP', async (path, type) => {
      const r = await rawRequest(host.port, { path, headers: hostHeader() });
      expect(r.status).toBe(200);
      expect(r.headers['content-type']).toBe(type);
      expectSecurityHeaders(r);
    });

    it('needs no token for static files (the page must load to read its fragment)', async () => {
      const r = await fetch(`${host.origin}/index.html`);
      expect(r.status).toBe(200);
      expectSecurityHeaders(r);
    });

    it('answers 404 with the CSP for a missing file', async () => {
      const r = await rawRequest(host.port, { path: '/nope.js', headers: hostHeader() });
      expect(r.status).toBe(404);
      expectSecurityHeaders(r);
    });

    it.each([
      ['/../secret.txt'],
      ['/..%2fsecret.txt'],
      ['/%2e%2e/secret.txt'],
      ['/%2e%2e%2fsecret.txt'],
      ['/assets/..%2f..%2fsecret.txt'],
      ['/assets/%2e%2e/%2e%2e/secret.txt'],
      ['/..%5csecret.txt'],
      ['/%00index.html'],
      ['/index.html%00.js'],
      ['/%E0%A4%A'],
    ])('refuses the traversal %s with 404', async (path) => {
      const r = await rawRequest(host.port, { path, headers: hostHeader() });
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('GEHEIM');
      expectSecurityHeaders(r);
    });

    it('does not follow a symlink out of the renderer folder', async () => {
      symlinkSync(join(t.harness.dir, 'secret.txt'), join(t.harness.dir, 'renderer', 'link.txt'));
      const r = await rawRequest(host.port, { path: '/link.txt', headers: hostHeader() });
      expect(r.status).toBe(404);
      expect(r.body).not.toContain('GEHEIM');
    });

    it('refuses POST to a static path with 405', async () => {
      const r = await rawRequest(host.port, { method: 'POST', path: '/index.html', headers: hostHeader(), body: 'x' });
      expect(r.status).toBe(405);
      expectSecurityHeaders(r);
    });
  });

  describe('server-sent events', () => {
    it('refuses the event stream without the token', async () => {
      const r = await rawRequest(host.port, { path: '/api/events', headers: hostHeader() });
      expect(r.status).toBe(401);
      expectSecurityHeaders(r);
      const wrong = await rawRequest(host.port, { path: '/api/events?token=falsch', headers: hostHeader() });
      expect(wrong.status).toBe(401);
    });

    it('pushes a changed event after a change made over HTTP', async () => {
      const received = await readEvents(
        host.port,
        `/api/events?token=${host.token}`,
        (events) => events.some((e) => e.type === 'changed' && e.entities.includes('workspace')),
        () => void postApi(host, 'createWorkspace', { ags: '05770024' }),
      );
      expect(received.status).toBe(200);
      expect(received.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(received.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(received.events).toContainEqual({ type: 'changed', entities: ['workspace'] } satisfies CockpitEvent);
    });

    it('pushes progress events from the core as they are', async () => {
      const progress: CockpitEvent = { type: 'progress', task: 'import', done: 3, total: 10 };
      const received = await readEvents(host.port, `/api/events?token=${host.token}`, (events) => events.length > 0, () => t.harness.core.emit(progress));
      expect(received.events).toEqual([progress]);
    });
  });
});

describe('the HTTP host with a stand-in backend', () => {
  const seen: unknown[] = [];
  let host: RunningHost;
  let listeners = 0;
  beforeAll(async () => {
    host = await startHost({
      backend: {
        call: async (method, input) => {
          seen.push(input);
          return ok({ method, echo: input });
        },
        subscribe: () => {
          listeners++;
          return () => listeners--;
        },
      },
      rendererDir: writeRenderer(join(makeTempDir(), 'renderer')),
      maxBodyBytes: 4096,
    });
  });
  afterAll(async () => {
    await host.close();
  });

  it('carries bytes both ways through the wire codec', async () => {
    const bytes = new Uint8Array([0, 1, 2, 127, 128, 254, 255]);
    const { result } = await postApi(host, 'importPack', { name: 'paket.zip', bytes });
    expect(seen.at(-1)).toEqual({ name: 'paket.zip', bytes });
    expect((seen.at(-1) as { bytes: unknown }).bytes).toBeInstanceOf(Uint8Array);
    const value = (result as { ok: true; value: { echo: { bytes: Uint8Array } } }).value;
    expect(value.echo.bytes).toBeInstanceOf(Uint8Array);
    expect([...value.echo.bytes]).toEqual([...bytes]);
  });

  it('refuses a body over the cap with 413 and a clear Result, without calling the core', async () => {
    const before = seen.length;
    const { res, result } = await postApi(host, 'saveMeasure', { title: 'x'.repeat(10_000) });
    expect(res.status).toBe(413);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Die Anfrage ist zu groß (höchstens < 1 MB).' } });
    expectSecurityHeaders(res);
    expect(seen.length).toBe(before);
  });

  it('refuses a chunked body over the cap too', async () => {
    const before = seen.length;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode(`"${'y'.repeat(2000)}",`));
        controller.close();
      },
    });
    const res = await fetch(`${host.origin}/api/saveMeasure`, { method: 'POST', headers: { Authorization: `Bearer ${host.token}` }, body, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    expect(seen.length).toBe(before);
  });

  it('unsubscribes from the backend when closed, also with a client still listening', async () => {
    const other = await startHost({
      backend: { call: async () => ok(null), subscribe: () => { listeners++; return () => listeners--; } },
      rendererDir: makeTempDir(),
    });
    const before = listeners;
    const stream = await fetch(`${other.origin}/api/events?token=${other.token}`);
    expect(stream.status).toBe(200);
    await other.close();
    expect(listeners).toBe(before - 1);
  });

  it('answers 503 with a build hint when the renderer is not built', async () => {
    const empty = join(makeTempDir(), 'missing');
    mkdirSync(empty);
    const other = await startHost({ backend: { call: async () => ok(null), subscribe: () => () => undefined }, rendererDir: empty });
    try {
      const r = await fetch(`${other.origin}/`);
      expect(r.status).toBe(503);
      expect(await r.text()).toMatch(/npm run build/);
      expectSecurityHeaders(r);
    } finally {
      await other.close();
    }
  });
});
