/**
 * QUALITY.md: a strict Content-Security-Policy on *every* response — of the
 * loopback host (API answers, refusals, errors, the event stream, static
 * files) and of the app:// protocol (files, refusals, traversal attempts).
 * One table per server, one row per kind of answer, so a new early return
 * that forgets the headers shows up as a failing row.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { ok } from '../../api/index.ts';
import { CONTENT_SECURITY_POLICY as HOST_CSP } from '../../host/security.ts';
import { startHost, type RunningHost } from '../../host/server.ts';
import { makeTempDir } from '../support/core-harness.ts';
import { rawRequest, writeRenderer } from '../contract/transports.ts';

const electron = vi.hoisted(() => ({ protocol: { handle: vi.fn<(scheme: string, handler: unknown) => void>(), registerSchemesAsPrivileged: vi.fn<(schemes: unknown[]) => void>() } }));
vi.mock('electron', () => electron);

import { createAppHandler } from '../../electron/protocol.ts';
import { CONTENT_SECURITY_POLICY as APP_CSP } from '../../electron/window.ts';

/** What makes a policy less than strict: scripts from anywhere but the app, inline script, eval, remote sources. */
function policyProblems(csp: string): string[] {
  const directives = new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
  const problems: string[] = [];
  if (directives.get('default-src')?.join(' ') !== "'self'") problems.push('default-src is not exactly self');
  const scripts = directives.get('script-src') ?? directives.get('default-src') ?? [];
  if (scripts.some((v) => v !== "'self'")) problems.push(`script-src allows ${scripts.join(' ')}`);
  const loose = /unsafe-eval|https?:|\*/.exec(csp);
  if (loose) problems.push(`allows ${loose[0]}`);
  return problems;
}

it('both servers use a strict policy (and the check would notice a loose one)', () => {
  expect(policyProblems(HOST_CSP)).toEqual([]);
  expect(policyProblems(APP_CSP)).toEqual([]);
  expect(policyProblems("default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.example")).toHaveLength(2);
});

describe('the loopback host: every kind of answer carries the CSP and the other security headers', () => {
  let host: RunningHost;
  let rendererless: RunningHost;
  const backend = {
    call: async (method: string) => {
      if (method === 'explode') throw new Error('kaputt');
      return ok(null);
    },
    subscribe: () => () => {},
  };

  beforeAll(async () => {
    // The 500 row makes the host log the backend's failure on purpose.
    vi.spyOn(console, 'error').mockImplementation(() => {});
    host = await startHost({ backend, rendererDir: writeRenderer(join(makeTempDir(), 'renderer')), maxBodyBytes: 1024 });
    rendererless = await startHost({ backend, rendererDir: join(makeTempDir(), 'nicht-gebaut') });
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    await host.close();
    await rendererless.close();
  });

  const auth = () => ({ Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' });
  const own = () => ({ Host: `127.0.0.1:${host.port}` });

  const rows: [string, number, () => Parameters<typeof rawRequest>[1]][] = [
    ['API answer', 200, () => ({ method: 'POST', path: '/api/getAppInfo', headers: auth(), body: '{}' })],
    ['no token', 401, () => ({ method: 'POST', path: '/api/getAppInfo', headers: own(), body: '{}' })],
    ['wrong token', 401, () => ({ method: 'POST', path: '/api/getAppInfo', headers: { ...auth(), Authorization: 'Bearer falsch' }, body: '{}' })],
    ['foreign Host header', 403, () => ({ method: 'POST', path: '/api/getAppInfo', headers: { ...auth(), Host: 'evil.example' }, body: '{}' })],
    ['foreign Origin', 403, () => ({ method: 'POST', path: '/api/getAppInfo', headers: { ...auth(), Origin: 'http://evil.example' }, body: '{}' })],
    ['no such API path', 404, () => ({ method: 'POST', path: '/api/a/b', headers: auth(), body: '{}' })],
    ['GET on a method', 405, () => ({ method: 'GET', path: '/api/getAppInfo', headers: auth() })],
    ['invalid JSON', 400, () => ({ method: 'POST', path: '/api/getAppInfo', headers: auth(), body: '{kaputt' })],
    ['body over the cap', 413, () => ({ method: 'POST', path: '/api/getAppInfo', headers: auth(), body: JSON.stringify({ x: 'x'.repeat(2048) }) })],
    ['backend failure', 500, () => ({ method: 'POST', path: '/api/explode', headers: auth(), body: '{}' })],
    ['event stream without token', 401, () => ({ method: 'GET', path: '/api/events', headers: own() })],
    ['start page', 200, () => ({ path: '/', headers: own() })],
    ['start page, HEAD', 200, () => ({ method: 'HEAD', path: '/', headers: own() })],
    ['missing file', 404, () => ({ path: '/assets/fehlt.js', headers: own() })],
    ['traversal attempt', 404, () => ({ path: '/..%2f..%2fetc%2fpasswd', headers: own() })],
    ['POST to a file', 405, () => ({ method: 'POST', path: '/index.html', headers: own() })],
    ['a CORS preflight', 403, () => ({ method: 'OPTIONS', path: '/api/getAppInfo', headers: { ...own(), Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' } })],
  ];

  function expectHeaders(headers: IncomingHttpHeaders): void {
    expect(headers['content-security-policy']).toBe(HOST_CSP);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(Object.keys(headers).filter((n) => n.startsWith('access-control-'))).toEqual([]);
  }

  it.each(rows)('%s (%i)', async (_, status, make) => {
    const res = await rawRequest(host.port, make());
    expect(res.status).toBe(status);
    expectHeaders(res.headers);
  });

  it('the open event stream (200)', async () => {
    const headers = await new Promise<IncomingHttpHeaders>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: `/api/events?token=${host.token}`, headers: own() }, (res) => {
        expect(res.statusCode).toBe(200);
        resolve(res.headers);
        req.destroy();
      });
      req.on('error', reject);
      req.end();
    });
    expectHeaders(headers);
  });

  it('the hint when the renderer is not built (503)', async () => {
    const res = await rawRequest(rendererless.port, { path: '/', headers: { Host: `127.0.0.1:${rendererless.port}` } });
    expect(res.status).toBe(503);
    expectHeaders(res.headers);
  });
});

describe('the app:// protocol: every kind of answer carries the CSP', () => {
  let root: string;
  beforeAll(() => {
    root = join(makeTempDir('cdo-csp-'), 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>CDO-Cockpit</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  });

  it.each([
    ['app://cockpit/', 'GET', 200],
    ['app://cockpit/index.html', 'HEAD', 200],
    ['app://cockpit/assets/app.js', 'GET', 200],
    ['app://cockpit/assets/fehlt.js', 'GET', 404],
    ['app://evil/index.html', 'GET', 403],
    ['app://cockpit/index.html', 'POST', 405],
    ['app://cockpit/..%2F..%2Fetc%2Fpasswd', 'GET', 0],
    ['app://cockpit/index.html%00.js', 'GET', 0],
  ] as const)('%s %s', async (url, method, status) => {
    const res = await createAppHandler(root)(new Request(url, { method }));
    // 0: any refusal will do (which one is electron-protocol.test.ts's business).
    expect(status === 0 ? res.status >= 400 : res.status === status).toBe(true);
    expect(res.headers.get('content-security-policy')).toBe(APP_CSP);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
