/**
 * Renders the real renderer against a real core (SQLite in a temp folder):
 * the only thing between them is the in-process transport of the harness.
 */
import { cleanup, render, type RenderResult } from '@testing-library/react';
import type { i18n as I18n } from 'i18next';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createClient, type ApiClient } from '../../api/index.ts';
import { ApiProvider } from '../../renderer/api/index.ts';
import { Root } from '../../renderer/app/root.tsx';
import { UndoProvider } from '../../renderer/app/undo.tsx';
import { createI18n, currentLang, type UiLang } from '../../renderer/i18n/index.ts';
import type { CoreOptions } from '../../core/index.ts';
import { createHarness, value, type Harness } from '../support/core-harness.ts';

// jsdom has no layout: recharts' ResponsiveContainer and TanStack Virtual only need the observer to exist.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

export interface AppContext {
  h: Harness;
  i18n: I18n;
  api: ApiClient;
  /** The whole app, as a user starts it. */
  renderApp(): RenderResult;
  /** One view inside the providers the shell gives it. */
  renderView(view: ReactElement): RenderResult;
  /** Opens the demo workspace directly through the API (for tests that start inside the app). */
  openDemo(): Promise<void>;
}

/** Registers a fresh harness per test and tears it down (React first, then the core). */
export function useApp(lang: UiLang = 'de', core: Partial<CoreOptions> = {}): AppContext {
  const ctx = {} as AppContext;
  beforeEach(() => {
    window.history.replaceState(null, '', '/');
    window.localStorage.clear();
    window.sessionStorage.clear();
    ctx.h = createHarness(core);
    ctx.i18n = createI18n(lang);
    ctx.api = createClient(ctx.h.transport, { lang: () => currentLang(ctx.i18n) });
    ctx.renderApp = () => render(<Root api={ctx.api} i18n={ctx.i18n} />);
    ctx.renderView = (view) =>
      render(
        <I18nextProvider i18n={ctx.i18n}>
          <ApiProvider api={ctx.api}>
            <UndoProvider>{view}</UndoProvider>
          </ApiProvider>
        </I18nextProvider>,
      );
    ctx.openDemo = async () => {
      value(await ctx.api.createDemoWorkspace());
    };
  });
  afterEach(() => {
    cleanup();
    ctx.h.cleanup();
  });
  return ctx;
}

/** Goes to a hash route the way a click on a link does. */
export function go(hash: string): void {
  window.location.hash = hash;
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
