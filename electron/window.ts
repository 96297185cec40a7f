/**
 * Secure defaults for the one cockpit window: the webPreferences, the
 * Content-Security-Policy and the app origin. Pure: no Electron import here,
 * so it can be checked without the Electron binary.
 */
import type { BrowserWindowConstructorOptions } from 'electron';

/** The privileged scheme and host the built renderer is served from. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'cockpit';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** The policy sent with every app:// response: the same one the loopback host sends. */
export { CONTENT_SECURITY_POLICY } from '../core/web/serving.ts';

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (dist/electron/preload.cjs). */
  preload: string;
  /** Window icon (Linux/Windows in development; the packaged app has its own). */
  icon?: string;
}

/** Options for the cockpit window; every security switch is set explicitly, not left to defaults. */
export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 960,
    minHeight: 640,
    title: 'CDO-Cockpit',
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    ...(input.icon ? { icon: input.icon } : {}),
    webPreferences: {
      preload: input.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // Chromium's spellchecker fetches dictionaries from the web on Linux: the app makes no requests.
      spellcheck: false,
      safeDialogs: true,
    },
  };
}
