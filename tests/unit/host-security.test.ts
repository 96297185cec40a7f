/** The host's guards as plain functions: token, Host and Origin checks, headers. */
import type { IncomingMessage } from 'node:http';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS, hostAllowed, newToken, originAllowed, tokenMatches, bearerToken } from '../../host/security.ts';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('the launch token', () => {
  it('is 32 random bytes, URL-safe, new every time', () => {
    const a = newToken();
    const b = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(a).not.toBe(b);
  });

  it('matches only itself', () => {
    const t = newToken();
    expect(tokenMatches(t, t)).toBe(true);
    expect(tokenMatches(t, `${t} `)).toBe(false);
    expect(tokenMatches(t, t.slice(1))).toBe(false);
    expect(tokenMatches(t, '')).toBe(false);
    expect(tokenMatches(t, null)).toBe(false);
    expect(tokenMatches(t, undefined)).toBe(false);
  });

  it('is read from a Bearer header only', () => {
    expect(bearerToken(req({ authorization: 'Bearer abc_-1' }))).toBe('abc_-1');
    expect(bearerToken(req({ authorization: 'bearer abc' }))).toBeNull();
    expect(bearerToken(req({ authorization: 'Basic abc' }))).toBeNull();
    expect(bearerToken(req({ authorization: 'Bearer a b' }))).toBeNull();
    expect(bearerToken(req({}))).toBeNull();
  });
});

describe('the Host and Origin checks', () => {
  it('accepts exactly 127.0.0.1:<port> and localhost:<port>', () => {
    expect(hostAllowed(req({ host: '127.0.0.1:4321' }), 4321)).toBe(true);
    expect(hostAllowed(req({ host: 'localhost:4321' }), 4321)).toBe(true);
    expect(hostAllowed(req({ host: 'LOCALHOST:4321' }), 4321)).toBe(true);
    const refused = ['127.0.0.1', 'localhost', '127.0.0.1:1234', 'evil.example:4321', '127.0.0.2:4321', 'localhost.evil.example:4321', '0.0.0.0:4321'];
    expect(refused.filter((host) => hostAllowed(req({ host }), 4321))).toEqual([]);
    expect(hostAllowed(req({}), 4321)).toBe(false);
  });

  it('accepts no Origin or our own, nothing else', () => {
    expect(originAllowed(req({}), 4321)).toBe(true);
    expect(originAllowed(req({ origin: 'http://127.0.0.1:4321' }), 4321)).toBe(true);
    expect(originAllowed(req({ origin: 'http://localhost:4321' }), 4321)).toBe(true);
    const refused = ['null', 'http://evil.example', 'https://127.0.0.1:4321', 'http://127.0.0.1:1', 'file://'];
    expect(refused.filter((origin) => originAllowed(req({ origin }), 4321))).toEqual([]);
  });
});

describe('the security headers', () => {
  it('carry a strict CSP without inline or eval scripts', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'frame-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
      'form-action': "'none'",
    });
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('never include CORS headers', () => {
    expect(Object.keys(SECURITY_HEADERS).filter((h) => h.toLowerCase().startsWith('access-control'))).toEqual([]);
  });
});
