import { APP_START_URL, CONTENT_SECURITY_POLICY, createWindowOptions } from '../../electron/window.ts';

/** "a b; c d" → { a: ['b'], c: ['d'] } */
function directives(csp: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of csp.split(';').map((p) => p.trim()).filter(Boolean)) {
    const [name, ...values] = part.split(/\s+/);
    out[name!] = values;
  }
  return out;
}

describe('createWindowOptions', () => {
  const options = createWindowOptions({ preload: '/app/dist/electron/preload.cjs' });
  const web = options.webPreferences!;

  it('isolates and sandboxes the page and gives it no Node', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and allows no <webview>, no insecure content, no experimental features', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.webviewTag).toBe(false);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
  });

  it('loads the given preload and nothing else from Node', () => {
    expect(web.preload).toBe('/app/dist/electron/preload.cjs');
    expect(web).not.toHaveProperty('additionalArguments');
  });

  it('turns off the spellchecker, which would download dictionaries', () => {
    expect(web.spellcheck).toBe(false);
  });

  it('starts hidden (shown when ready) with the product title', () => {
    expect(options.show).toBe(false);
    expect(options.title).toBe('CDO-Cockpit');
  });

  it('starts on the app:// origin, not file://', () => {
    expect(APP_START_URL).toBe('app://cockpit/index.html');
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('allows scripts only from the app itself: no inline script, no eval', () => {
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toContain('wasm-unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'nonce-|'sha\d+-|'strict-dynamic'/);
  });

  it('has no inline styles either (React style props go through the CSSOM, which CSP does not block)', () => {
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('falls back to self and names no remote source at all', () => {
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['font-src']).toEqual(["'self'"]);
    expect(csp['img-src']).toEqual(["'self'", 'data:']);
  });

  it('forbids plugins, frames, base rewriting and form posts', () => {
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['frame-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'none'"]);
  });
});
