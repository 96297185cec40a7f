import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createClient, type ErrorCode } from '../../api/index.ts';
import { httpTransport, takeToken } from '../../renderer/api/transports.ts';
import { startHost, type RunningHost } from '../../host/server.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

describe('takeToken', () => {
  beforeEach(() => window.sessionStorage.clear());

  it('takes the token from #token=…, keeps it for a reload and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/#token=abc%2Fdef');
    expect(takeToken()).toBe('abc/def');
    expect(window.location.hash).toBe('#/');
    expect(window.sessionStorage.getItem('cdo.token')).toBe('abc/def');
    // The reload: no fragment any more, the stored token still works.
    expect(takeToken()).toBe('abc/def');
  });

  it('has no token when the page was opened without one', () => {
    window.history.replaceState(null, '', '/#/overview');
    expect(takeToken()).toBeNull();
    expect(window.location.hash).toBe('#/overview');
  });
});

describe('httpTransport against the real loopback host', () => {
  let h: Harness;
  let host: RunningHost;
  const offline = () => 'Verbindung unterbrochen';

  beforeEach(async () => {
    h = createHarness();
    const rendererDir = join(h.dir, 'renderer');
    mkdirSync(rendererDir);
    host = await startHost({ backend: { call: h.dispatcher.call, subscribe: (l) => h.core.subscribe(l) }, rendererDir, token: 'test-token' });
  });
  afterEach(async () => {
    await host.close();
    h.cleanup();
  });

  it('calls methods with the bearer token and answers Results', async () => {
    const api = createClient(httpTransport({ token: 'test-token', base: host.origin, offlineMessage: offline }));
    const ws = value(await api.createWorkspace({ ags: '05770024' }));
    expect(ws.name).toBe('Minden, Stadt');
    const m = value(await api.saveMeasure({ title: 'Über HTTP', budget: 1234.5 }));
    expect(value(await api.getMeasure({ id: m.id }))).toMatchObject({ title: 'Über HTTP', budget: 1234.5 });
  });

  it('asks for messages in the UI language through X-Cdo-Lang', async () => {
    let lang: 'de' | 'en' = 'en';
    const api = createClient(httpTransport({ token: 'test-token', base: host.origin, offlineMessage: offline }), { lang: () => lang });
    value(await api.createWorkspace({ ags: '05770024' }));
    const en = await api.saveMeasure({ title: '' });
    expect(en.ok ? null : en.error.details?.issues?.[0]).toEqual({ path: 'title', message: 'Required: please fill in.' });
    lang = 'de';
    const de = await api.saveMeasure({ title: '' });
    expect(de.ok ? null : de.error.details?.issues?.[0]?.message).toBe('Pflichtfeld: bitte ausfüllen.');
  });

  it('turns a wrong token into an unauthorized Result instead of throwing', async () => {
    const api = createClient(httpTransport({ token: 'wrong', base: host.origin, offlineMessage: offline }));
    const r = await api.listWorkspaces();
    expect(r.ok ? null : (r.error.code as ErrorCode)).toBe('unauthorized');
  });

  it('answers a plain message when the host cannot be reached', async () => {
    const origin = host.origin;
    await host.close();
    const api = createClient(httpTransport({ token: 'test-token', base: origin, offlineMessage: offline }));
    const r = await api.listWorkspaces();
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: 'Verbindung unterbrochen' } });
    host = { ...host, close: async () => {} };
  });
});

describe('the client', () => {
  it('sends method names only: no "then", "toJSON" or symbol reaches the transport', async () => {
    const sent: string[] = [];
    const api = createClient({ invoke: async (method) => (sent.push(method), { ok: true, value: null }), subscribe: () => () => undefined });
    expect(await Promise.resolve(api)).toBe(api);
    expect(JSON.stringify({ api })).toBe('{"api":{}}');
    expect(String((api as unknown as Record<symbol, unknown>)[Symbol.toPrimitive])).toBe('undefined');
    expect(api.getSession).toBe(api.getSession);
    await api.getSession();
    expect(sent).toEqual(['getSession']);
  });
});
