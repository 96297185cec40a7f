import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../support/core-harness.ts';

type SchemeList = { scheme: string; privileges: Record<string, unknown> }[];
const electron = vi.hoisted(() => ({
  handle: vi.fn<(scheme: string, handler: unknown) => void>(),
  registerSchemesAsPrivileged: vi.fn<(schemes: SchemeList) => void>(),
}));
vi.mock('electron', () => ({ protocol: electron }));

import { createAppHandler, registerAppScheme, resolveRequestPath, setupProtocol } from '../../electron/protocol.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/window.ts';

const SECRET = 'geheim: nicht ausliefern';
let dir: string;
let root: string;

beforeAll(() => {
  dir = makeTempDir('cdo-protocol-');
  root = join(dir, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>CDO-Cockpit</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'app.css'), 'body{}');
  writeFileSync(join(dir, 'secret.txt'), SECRET);
  try {
    symlinkSync(join(dir, 'secret.txt'), join(root, 'assets', 'link.txt'));
  } catch {
    // Symlinks may be unavailable (Windows without rights); the other cases still run.
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = (url: string, method = 'GET') => createAppHandler(root)(new Request(url, { method }));

describe('the app:// handler', () => {
  it('serves index.html for the start URL and for the bare origin, with the CSP header', async () => {
    for (const url of ['app://cockpit/index.html', 'app://cockpit/']) {
      const res = await get(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(await res.text()).toContain('<title>CDO-Cockpit</title>');
    }
  });

  it('serves assets with their content type and nosniff', async () => {
    const js = await get('app://cockpit/assets/app.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await get('app://cockpit/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers a missing file with 404, still carrying the CSP', async () => {
    const res = await get('app://cockpit/assets/missing.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it.each([
    'app://cockpit/../secret.txt',
    'app://cockpit/%2e%2e/secret.txt',
    'app://cockpit/%2E%2E%2Fsecret.txt',
    'app://cockpit/assets/..%2F..%2Fsecret.txt',
    'app://cockpit/..%5Csecret.txt',
    'app://cockpit/assets/%2e%2e%5c%2e%2e%5csecret.txt',
    'app://cockpit/%2F..%2Fsecret.txt',
    'app://cockpit/index.html%00.js',
    'app://cockpit/%E0%A4%A',
    'app://cockpit/assets/link.txt',
  ])('never serves a file outside the renderer folder: %s', async (url) => {
    const res = await get(url);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await res.text()).not.toContain(SECRET);
  });

  it('refuses other hosts and schemes', async () => {
    expect((await get('app://evil/index.html')).status).toBe(403);
    expect(resolveRequestPath(root, 'file:///index.html')).toBeNull();
    expect(resolveRequestPath(root, 'https://cockpit/index.html')).toBeNull();
  });

  it('refuses anything but GET and HEAD', async () => {
    expect((await get('app://cockpit/index.html', 'POST')).status).toBe(405);
    expect((await get('app://cockpit/index.html', 'HEAD')).status).toBe(200);
  });
});

describe('resolveRequestPath', () => {
  it('maps app URLs to files inside the folder', () => {
    expect(resolveRequestPath(root, 'app://cockpit/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
    expect(resolveRequestPath(root, 'app://cockpit/')).toBe(join(root, 'index.html'));
  });
});

describe('scheme registration', () => {
  it('registers app:// as a standard, secure scheme and handles it with protocol.handle', () => {
    registerAppScheme();
    expect(electron.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    const privileges = electron.registerSchemesAsPrivileged.mock.calls[0]![0][0]!.privileges;
    expect(privileges.bypassCSP).toBeUndefined();
    expect(privileges.corsEnabled).toBeUndefined();
    setupProtocol(root);
    expect(electron.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
