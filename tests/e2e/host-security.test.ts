/** The host the e2e suite drives is the secured one: no API answer without the per-launch token. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from './support/app-host.ts';

describe('the loopback host under test', () => {
  let app: RunningApp;
  let token: string;
  beforeAll(async () => {
    app = await startApp();
    token = new URL(app.url).hash.replace(/^#token=/, '');
  });
  afterAll(async () => {
    await app?.stop();
  });

  const call = (headers: Record<string, string>) =>
    fetch(`${app.origin}/api/getSession`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });

  it('binds 127.0.0.1 and hands out a token in the URL', () => {
    expect(app.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(token.length).toBeGreaterThanOrEqual(16);
  });

  it('refuses an API call without the Authorization header with 401 and a German message', async () => {
    const res = await call({});
    expect(res.status).toBe(401);
    const body = (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error?.code).toBe('unauthorized');
    expect(body.error?.message).toMatch(/[A-Za-zÄÖÜäöüß]/);
  });

  it('refuses a wrong token with 401', async () => {
    const res = await call({ authorization: `Bearer ${token.slice(0, -2)}xx` });
    expect(res.status).toBe(401);
  });

  it('answers the same call with the token', async () => {
    const res = await call({ authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { ok: boolean }).ok).toBe(true);
  });
});
